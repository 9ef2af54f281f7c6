#pragma once
// What a dropped file is, read with libarchive without extracting anything:
// a root filesystem tar (for import) or an image archive (Docker's save
// layouts or an OCI layout, for load), compressed or not; with the entry
// count, total size, the files of a root filesystem and the image names and
// layers of an archive. The preview before anything is written.
#include "base/error.h"
#include "layers/layerbrowse.h"
#include "base/progress.h"

#include <QStringList>

namespace porthole {

struct ArchivePreview {
    enum class Kind { RootFilesystem, ImageArchive };
    Kind kind = Kind::RootFilesystem;
    QString format;          // "root filesystem", "Docker image archive", "OCI image layout"
    qint64 entries = 0;
    qint64 totalSize = 0;    // bytes of file content
    QList<LayerFile> files;  // a root filesystem's entries (up to maxFiles)
    bool filesTruncated = false;
    QStringList imageNames;  // an archive's tags ("busybox:latest")
    int layerCount = 0;      // an archive's layer blobs
};

// Fails with a clear one-line message for anything that is not a readable
// tar: garbage, truncated or corrupt compression, an empty file.
Result<ArchivePreview> probeArchive(const QString &path, Progress &progress, int maxFiles = 100000);

} // namespace porthole
