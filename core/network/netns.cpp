#include "network/netns.h"

#include "base/storepaths.h"
#include "network/usermodenet.h"

#include <QFileInfo>
#include <QProcess>

namespace porthole {
namespace {

Status runIp(const QStringList &args)
{
    QProcess ip;
    ip.start(QStringLiteral("ip"), args);
    if (!ip.waitForStarted(10000))
        return fail(QStringLiteral("cannot run ip (install iproute2): %1").arg(ip.errorString()));
    ip.closeWriteChannel();
    ip.waitForFinished(30000);
    if (ip.exitStatus() != QProcess::NormalExit || ip.exitCode() != 0)
        return fail(QStringLiteral("ip %1: %2").arg(args.join(QLatin1Char(' ')),
                                                    QString::fromLocal8Bit(ip.readAllStandardError().trimmed())));
    return {};
}

} // namespace

QString networkNamespaceName(const QString &containerId)
{
    return QStringLiteral("porthole-") + containerId.left(12);
}

QString networkNamespacePath(const QString &name)
{
    if (runningRootless()) // a normal user has no /run/netns: its own runtime directory (usermodenet.h)
        return StorePaths::userRunRoot() + QStringLiteral("/netns/") + name;
    return QStringLiteral("/run/netns/") + name;
}

Status createNetworkNamespace(const QString &name)
{
    if (runningRootless())
        return createNamespaceFile(networkNamespacePath(name));
    return runIp({QStringLiteral("netns"), QStringLiteral("add"), name});
}

Status deleteNetworkNamespace(const QString &name)
{
    if (!QFileInfo::exists(networkNamespacePath(name)))
        return {};
    if (runningRootless())
        return removeNamespaceFile(networkNamespacePath(name));
    return runIp({QStringLiteral("netns"), QStringLiteral("delete"), name});
}

Status deleteLinkDevice(const QString &device)
{
    if (device.isEmpty() || !QFileInfo::exists(QStringLiteral("/sys/class/net/") + device))
        return {};
    return runIp({QStringLiteral("link"), QStringLiteral("delete"), device});
}

} // namespace porthole
