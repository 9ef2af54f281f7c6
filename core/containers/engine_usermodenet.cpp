// Rootless networking on the default network, as Podman's default: the
// container's network namespace (a file in the user's runtime directory)
// connected by slirp4netns of its own; its published ports are slirp4netns
// host forwards. What was started is recorded in the network state
// (cniResult holds {"slirp4netns": {"pid", "apiSocket"}}), so cleanup can
// end it from another process. The other networks are bridges in the
// user's network namespace (engine_network.cpp, network/rootlessnetns.h).
#include "containers/containerengine.h"

#include "base/filelock.h"
#include "base/fsutil.h"
#include "network/netns.h"
#include "network/usermodenet.h"

#include <QFile>
#include <QJsonObject>

#include <optional>

namespace porthole {

Status ContainerEngine::connectUserModeNetwork(ContainerRecord &record)
{
    ContainerNetworkState &net = record.state.network;
    net = {};
    net.namespaceName = networkNamespaceName(record.config.id);
    net.network = record.config.networkMode;
    net.ports = record.config.ports;
    auto portsLock = reservePublishedPorts(record); // held until the ports are recorded
    if (!portsLock)
        return std::unexpected(portsLock.error());
    auto undo = [&](const Error &error) -> Status {
        disconnectUserModeNetwork(record);
        return std::unexpected(error.withContext(QStringLiteral("cannot connect container %1 to the user-mode network")
                                                     .arg(record.config.name)));
    };
    (void)deleteNetworkNamespace(net.namespaceName); // a leftover of a crash
    if (auto ok = createNetworkNamespace(net.namespaceName); !ok)
        return undo(ok.error());
    const QString socket = m_images.paths().runRoot + QStringLiteral("/slirp/") + record.config.id.left(12) + QStringLiteral(".sock");
    (void)makeDirectories(m_images.paths().runRoot + QStringLiteral("/slirp"));
    auto slirp = startSlirp4netns(networkNamespacePath(net.namespaceName), socket);
    if (!slirp)
        return undo(slirp.error());
    net.cniResult = {{QLatin1String("slirp4netns"),
                      QJsonObject{{QLatin1String("pid"), slirp->pid}, {QLatin1String("apiSocket"), slirp->apiSocket}}}};
    net.address = userModeAddress();
    net.prefixLength = kUserModePrefixLength;
    net.gateway = userModeGateway();
    if (auto ok = m_store.saveState(record.config.id, record.state); !ok)
        return undo(ok.error());
    for (const PortBinding &port : std::as_const(net.ports))
        if (auto ok = addSlirpForward(slirp->apiSocket, port, port.containerPort); !ok)
            return undo(ok.error());
    emitNetworkEvent(record, QStringLiteral("connect"));
    return {};
}

void ContainerEngine::disconnectUserModeNetwork(ContainerRecord &record)
{
    ContainerNetworkState &net = record.state.network;
    const QJsonObject slirp = net.cniResult.value(QLatin1String("slirp4netns")).toObject();
    stopSlirp4netns(slirp.value(QLatin1String("pid")).toInteger());
    if (const QString socket = slirp.value(QLatin1String("apiSocket")).toString(); !socket.isEmpty())
        QFile::remove(socket);
    (void)deleteNetworkNamespace(net.namespaceName);
    if (!net.address.isEmpty())
        emitNetworkEvent(record, QStringLiteral("disconnect"));
    net = {};
    (void)m_store.saveState(record.config.id, record.state);
}

} // namespace porthole
