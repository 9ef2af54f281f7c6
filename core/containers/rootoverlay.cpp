#include "containers/rootoverlay.h"

#include "base/error.h"
#include "base/storepaths.h"
#include "layers/rootfs.h"
#include "runtime/fuseoverlay.h"

#include <QFile>
#include <cerrno>
#include <sys/mount.h>

namespace porthole {
namespace {

// In a user namespace overlayfs may not write trusted.overlay.* (opaque
// directories, whiteouts of directories): userxattr has it keep them as
// user.overlay.* instead, as Podman's native rootless overlay does.
Status mountUserOverlay(const QStringList &lowerDirs, const QString &upperDir, const QString &workDir, const QString &mergedDir)
{
    QStringList topFirst;
    for (auto it = lowerDirs.crbegin(); it != lowerDirs.crend(); ++it)
        topFirst.append(*it);
    const QByteArray options = QFile::encodeName(QStringLiteral("lowerdir=") + topFirst.join(QLatin1Char(':')) + QStringLiteral(",upperdir=")
                                                 + upperDir + QStringLiteral(",workdir=") + workDir + QStringLiteral(",userxattr"));
    if (lowerDirs.isEmpty() || options.size() >= 4096)
        return mountOverlay(lowerDirs, upperDir, workDir, mergedDir); // its own refusal
    if (::mount("overlay", QFile::encodeName(mergedDir).constData(), "overlay", 0, options.constData()) < 0)
        return fail(QStringLiteral("cannot mount the container's root filesystem: %1").arg(systemErrorText(errno)));
    return {};
}

} // namespace

Status mountContainerOverlay(const QStringList &lowerDirs, const QString &upperDir, const QString &workDir,
                             const QString &mergedDir)
{
    if (!runningRootless())
        return mountOverlay(lowerDirs, upperDir, workDir, mergedDir);
    // PORTHOLE_ROOTLESS_OVERLAY=fuse-overlayfs asks for fuse-overlayfs
    // without trying the kernel (as Podman's mount_program), =kernel for the
    // kernel's alone; unset, the kernel's, then fuse-overlayfs if refused.
    const QString choice = qEnvironmentVariable("PORTHOLE_ROOTLESS_OVERLAY");
    if (choice == QLatin1String("fuse-overlayfs"))
        return mountFuseOverlay(lowerDirs, upperDir, workDir, mergedDir);
    if (!choice.isEmpty() && choice != QLatin1String("kernel"))
        return fail(QStringLiteral("PORTHOLE_ROOTLESS_OVERLAY=%1: the choices are kernel and fuse-overlayfs").arg(choice));
    auto kernel = mountUserOverlay(lowerDirs, upperDir, workDir, mergedDir);
    if (kernel || choice == QLatin1String("kernel"))
        return kernel;
    if (auto fuse = mountFuseOverlay(lowerDirs, upperDir, workDir, mergedDir); !fuse)
        return std::unexpected(Error{kernel.error().message + QStringLiteral("; ") + fuse.error().message, 1});
    return {};
}

} // namespace porthole
