#pragma once
// Streams a directory tree as a tar through libarchive: the merged view of
// a container for `export`, or its writable layer for `commit` (then
// overlayfs whiteouts become ".wh." entries and opaque directories get a
// ".wh..wh..opq" entry, the tar form of layers).
#include "base/error.h"
#include "base/progress.h"

#include <QSet>
#include <QString>

namespace porthole {

enum class PackMode { Filesystem, Layer };

// skip: relative paths left out (the mount points runc creates for
// /etc/hostname, /etc/hosts and /etc/resolv.conf, which are not the user's changes).
Status packTree(const QString &root, int outputFd, PackMode mode, Progress &progress,
                const QSet<QByteArray> &skip = {});

} // namespace porthole
