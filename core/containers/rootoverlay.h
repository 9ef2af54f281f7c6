#pragma once
// The container's root: the kernel's overlayfs, or — for a normal user
// whose kernel refuses it in the user namespace — fuse-overlayfs over the
// same directories.
#include "base/error.h"

#include <QStringList>

namespace porthole {

Status mountContainerOverlay(const QStringList &lowerDirs, const QString &upperDir, const QString &workDir,
                             const QString &mergedDir);

} // namespace porthole
