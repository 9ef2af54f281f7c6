#pragma once
// fuse-overlayfs: the container's root when the kernel refuses an overlay
// mount in the user's namespace (kernels before 5.11, some file systems
// under the store). The same lower, upper and work directories; the FUSE
// daemon stays with the mount and ends when it is unmounted.
#include "base/error.h"

#include <QStringList>

namespace porthole {

// lowerDirs bottom first, as mountOverlay's.
Status mountFuseOverlay(const QStringList &lowerDirs, const QString &upperDir, const QString &workDir, const QString &mergedDir);

} // namespace porthole
