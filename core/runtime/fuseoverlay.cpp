#include "runtime/fuseoverlay.h"

#include <QProcess>
#include <QStandardPaths>

namespace porthole {

Status mountFuseOverlay(const QStringList &lowerDirs, const QString &upperDir, const QString &workDir, const QString &mergedDir)
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("fuse-overlayfs"));
    if (program.isEmpty())
        return fail(QStringLiteral("the kernel refused an overlay mount here and fuse-overlayfs was not found: install it "
                                   "(apt-get install fuse-overlayfs)"));
    QStringList topFirst;
    for (auto it = lowerDirs.crbegin(); it != lowerDirs.crend(); ++it)
        topFirst.append(*it);
    QProcess fuse; // it daemonises once the mount is made
    fuse.start(program, {QStringLiteral("-o"), QStringLiteral("lowerdir=") + topFirst.join(QLatin1Char(':')) + QStringLiteral(",upperdir=")
                                                   + upperDir + QStringLiteral(",workdir=") + workDir,
                         mergedDir});
    if (!fuse.waitForStarted(10000) || !fuse.waitForFinished(30000))
        return fail(QStringLiteral("fuse-overlayfs did not mount %1: %2").arg(mergedDir, fuse.errorString()));
    if (fuse.exitStatus() != QProcess::NormalExit || fuse.exitCode() != 0)
        return fail(QStringLiteral("fuse-overlayfs: %1 (is /dev/fuse readable and writable by all?)")
                        .arg(QString::fromLocal8Bit(fuse.readAllStandardError().trimmed()).section(QLatin1Char('\n'), -1)));
    return {};
}

} // namespace porthole
