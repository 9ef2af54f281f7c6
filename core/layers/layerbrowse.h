#pragma once
// The files of a stack of layer directories, as the GUI's file browser shows
// them: one layer on its own (whiteouts listed as deletions), or the merged
// view overlayfs would give (an upper layer's file wins, whiteouts and opaque
// directories hide what is below). Computed from the directories, so it works
// for stopped containers and images too.
#include "base/error.h"

#include <QList>
#include <QStringList>

namespace porthole {

struct LayerFile {
    QString path;        // "/etc/hostname"
    char kind = 'f';     // f file, d directory, l symlink, o other, w whiteout
    qint64 size = 0;
    int layer = 0;       // index into the given directories (top first)
    QString linkTarget;  // for symlinks
};

// layerDirsTopFirst: the directories, top layer first. maxEntries guards
// against huge trees (an error past it).
Result<QList<LayerFile>> mergedLayerFiles(const QStringList &layerDirsTopFirst, int maxEntries = 500000);
Result<QList<LayerFile>> singleLayerFiles(const QString &layerDir, int maxEntries = 500000);

} // namespace porthole
