#include "network/rootlessnetns.h"

#include "base/filelock.h"
#include "base/fsutil.h"
#include "base/storepaths.h"
#include "network/usermodenet.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <linux/magic.h>
#include <optional>
#include <sys/statfs.h>

namespace porthole {
namespace {

struct RootlessNetns {
    QString path;      // the namespace file
    qint64 slirpPid = 0;
    QString apiSocket; // slirp4netns's
};

QString statePath() { return StorePaths::userRunRoot() + QStringLiteral("/rootless-netns.json"); }
QString lockPath() { return StorePaths::userRunRoot() + QStringLiteral("/rootless-netns.lock"); }

// What is recorded, when it still holds: slirp4netns alive and the file a
// bound network namespace.
std::optional<RootlessNetns> recorded()
{
    const QJsonObject json = QJsonDocument::fromJson(readWholeFile(statePath(), 4096).value_or(QByteArray())).object();
    RootlessNetns netns{rootlessNetnsPath(), json.value(QLatin1String("slirpPid")).toInteger(),
                        json.value(QLatin1String("apiSocket")).toString()};
    if (netns.slirpPid <= 0)
        return std::nullopt;
    const auto comm = readWholeFile(QStringLiteral("/proc/%1/comm").arg(netns.slirpPid), 64);
    struct statfs info;
    if (!comm || comm->trimmed() != "slirp4netns" || ::statfs(QFile::encodeName(netns.path).constData(), &info) != 0
        || info.f_type != NSFS_MAGIC)
        return std::nullopt;
    return netns;
}

void removeRootlessNetns();

Result<RootlessNetns> ensureRootlessNetns()
{
    if (auto up = recorded())
        return *up;
    removeRootlessNetns(); // what a crash, or the end of the pause's namespaces, left
    auto undo = [](const Error &error) -> Result<RootlessNetns> {
        removeRootlessNetns();
        return std::unexpected(error.withContext(QStringLiteral("cannot make the user's network namespace")));
    };
    if (auto ok = createNamespaceFile(rootlessNetnsPath()); !ok)
        return undo(ok.error());
    auto slirp = startSlirp4netns(rootlessNetnsPath(), StorePaths::userRunRoot() + QStringLiteral("/rootless-netns.sock"));
    if (!slirp)
        return undo(slirp.error());
    const QJsonObject state{{QLatin1String("slirpPid"), slirp->pid}, {QLatin1String("apiSocket"), slirp->apiSocket}};
    if (auto ok = writeFileAtomically(statePath(), QJsonDocument(state).toJson()); !ok) {
        stopSlirp4netns(slirp->pid);
        return undo(ok.error());
    }
    return RootlessNetns{rootlessNetnsPath(), slirp->pid, slirp->apiSocket};
}

void removeRootlessNetns()
{
    const QJsonObject json = QJsonDocument::fromJson(readWholeFile(statePath(), 4096).value_or(QByteArray())).object();
    stopSlirp4netns(json.value(QLatin1String("slirpPid")).toInteger());
    if (const QString socket = json.value(QLatin1String("apiSocket")).toString(); !socket.isEmpty())
        QFile::remove(socket);
    (void)removeNamespaceFile(rootlessNetnsPath());
    QFile::remove(statePath());
}

void unpublishRootlessPorts(const QList<PortBinding> &ports)
{
    const auto netns = recorded();
    if (ports.isEmpty() || !netns)
        return;
    auto list = askSlirp(netns->apiSocket, QByteArrayLiteral(R"({"execute": "list_hostfwd"})"));
    if (!list)
        return;
    for (int id : forwardIdsOf(*list, ports))
        (void)askSlirp(netns->apiSocket, removeForwardRequest(id));
}

Status publishRootlessPorts(const RootlessNetns &netns, const QList<PortBinding> &ports)
{
    for (qsizetype i = 0; i < ports.size(); ++i) {
        if (auto ok = addSlirpForward(netns.apiSocket, ports.at(i), ports.at(i).hostPort); !ok) {
            unpublishRootlessPorts(ports.mid(0, i));
            return ok;
        }
    }
    return {};
}

} // namespace

QString rootlessNetnsPath() { return StorePaths::userRunRoot() + QStringLiteral("/netns/rootless-netns"); }

bool rootlessNetnsIsUp() { return recorded().has_value(); }

Status openRootlessNetwork(const QList<PortBinding> &ports)
{
    auto lock = FileLock::acquire(lockPath());
    if (!lock)
        return std::unexpected(lock.error());
    auto netns = ensureRootlessNetns();
    if (!netns)
        return std::unexpected(netns.error());
    return publishRootlessPorts(*netns, ports);
}

void closeRootlessNetwork(const QList<PortBinding> &ports, const std::function<bool()> &othersConnected)
{
    auto lock = FileLock::acquire(lockPath());
    unpublishRootlessPorts(ports);
    if (!othersConnected())
        removeRootlessNetns(); // the last one out: slirp4netns stopped, the namespace unbound
}

void deleteRootlessBridge(const QString &bridge)
{
    if (bridge.isEmpty() || !recorded())
        return;
    QProcess ip;
    ip.start(QStringLiteral("nsenter"), {QStringLiteral("--net=") + rootlessNetnsPath(), QStringLiteral("ip"), QStringLiteral("link"),
                                         QStringLiteral("delete"), bridge});
    ip.waitForFinished(30000); // "Cannot find device" when it was never made: nothing to do
}

QList<PortBinding> portsInsideRootlessNetns(QList<PortBinding> ports)
{
    for (PortBinding &port : ports)
        port.hostIp.clear();
    return ports;
}

QByteArray removeForwardRequest(int id)
{
    return QJsonDocument(QJsonObject{{QLatin1String("execute"), QStringLiteral("remove_hostfwd")},
                                     {QLatin1String("arguments"), QJsonObject{{QLatin1String("id"), id}}}})
        .toJson(QJsonDocument::Compact);
}

QList<int> forwardIdsOf(const QByteArray &listReply, const QList<PortBinding> &ports)
{
    QList<int> ids;
    const QJsonArray entries = QJsonDocument::fromJson(listReply).object().value(QLatin1String("return")).toObject()
                                   .value(QLatin1String("entries")).toArray();
    for (const QJsonValue &value : entries) {
        const QJsonObject entry = value.toObject();
        for (const PortBinding &port : ports)
            if (entry.value(QLatin1String("proto")).toString() == port.protocol
                && entry.value(QLatin1String("host_port")).toInt() == int(port.hostPort)
                && entry.value(QLatin1String("host_addr")).toString()
                       == (port.hostIp.isEmpty() ? QStringLiteral("0.0.0.0") : port.hostIp))
                ids.append(entry.value(QLatin1String("id")).toInt());
    }
    return ids;
}

} // namespace porthole
