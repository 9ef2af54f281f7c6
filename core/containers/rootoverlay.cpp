#include "containers/rootoverlay.h"

#include "base/storepaths.h"
#include "layers/rootfs.h"
#include "runtime/fuseoverlay.h"

namespace porthole {

Status mountContainerOverlay(const QStringList &lowerDirs, const QString &upperDir, const QString &workDir,
                             const QString &mergedDir)
{
    auto kernel = mountOverlay(lowerDirs, upperDir, workDir, mergedDir);
    if (kernel || !runningRootless())
        return kernel;
    if (auto fuse = mountFuseOverlay(lowerDirs, upperDir, workDir, mergedDir); !fuse)
        return std::unexpected(Error{kernel.error().message + QStringLiteral("; ") + fuse.error().message, 1});
    return {};
}

} // namespace porthole
