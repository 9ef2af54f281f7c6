// The container's network while it runs: before the process starts, a named
// network namespace and CNI ADD on its network (an address from the pool,
// published ports); when it exits, CNI DEL and the namespace removed.
// Rootless, the default network is slirp4netns per container, as Podman's
// (engine_usermodenet.cpp); on the other networks the same plugins run
// inside the user's network namespace, where their bridges are: it is made
// by the first container to connect and ended with the last, and published
// ports come in through its slirp4netns (network/rootlessnetns.h).
#include "containers/containerengine.h"

#include "network/cni.h"
#include "base/events.h"
#include "base/storepaths.h"
#include "network/netns.h"
#include "network/rootlessnetns.h"

#include <QFileInfo>

#include <optional>

namespace porthole {
namespace {

CniCall cniCallFor(const ContainerRecord &record, const QString &namespaceName)
{
    CniCall call;
    call.pluginDir = cniPluginDir();
    call.containerId = record.config.id;
    call.netnsPath = networkNamespacePath(namespaceName);
    if (runningRootless())
        call.hostNetnsPath = rootlessNetnsPath();
    return call;
}

// The portmap plugin's mappings: rootless, the ports arrive on the user's
// namespace's own address, whatever host address slirp4netns listens on.
QJsonArray cniPortMappings(const QList<PortBinding> &ports)
{
    return portMappingsForCni(runningRootless() ? portsInsideRootlessNetns(ports) : ports);
}

} // namespace

void ContainerEngine::emitNetworkEvent(const ContainerRecord &record, const QString &action) const
{
    const ContainerNetworkState &net = record.state.network;
    (void)appendEvent(m_images.paths().root,
                      Event{QDateTime::currentDateTimeUtc(), QStringLiteral("network"), action, net.networkId,
                            {{QLatin1String("container"), record.config.id},
                             {QLatin1String("name"), net.network},
                             {QLatin1String("type"), QStringLiteral("bridge")},
                             {QLatin1String("address"), net.address}}});
}

// The host ports our running containers publish.
QList<PortBinding> ContainerEngine::publishedPorts(const QString &exceptId)
{
    QList<PortBinding> taken;
    for (const ContainerRecord &other : m_store.list().value_or(QList<ContainerRecord>()))
        if (other.config.id != exceptId
            && (other.state.state == ContainerState::Running || other.state.state == ContainerState::Paused))
            taken += other.state.network.ports;
    return taken;
}

// Fixed host ports must be free (Docker's refusal otherwise); a port given
// alone gets a free one.
Result<std::optional<FileLock>> ContainerEngine::reservePublishedPorts(ContainerRecord &record)
{
    ContainerNetworkState &net = record.state.network;
    std::optional<FileLock> portsLock;
    if (!net.ports.isEmpty()) {
        auto held = FileLock::acquire(m_store.locksDir() + QStringLiteral("/published-ports.lock"));
        if (!held)
            return std::unexpected(held.error());
        portsLock.emplace(std::move(*held));
    }
    if (auto ok = choosePublishedPorts(record.config.id, net.ports); !ok)
        return std::unexpected(ok.error());
    if (auto ok = m_store.saveState(record.config.id, record.state); !ok)
        return std::unexpected(ok.error());
    return portsLock;
}

Status ContainerEngine::choosePublishedPorts(const QString &id, QList<PortBinding> &ports)
{
    if (ports.isEmpty())
        return {};
    QList<PortBinding> taken = publishedPorts(id);
    for (PortBinding &port : ports) {
        if (port.hostPort != 0) {
            if (auto ok = checkHostPortFree(port, taken); !ok)
                return ok;
        } else {
            auto free = pickFreeHostPort(port.protocol, port.hostIp, taken);
            if (!free)
                return std::unexpected(free.error());
            port.hostPort = *free;
        }
        taken.append(port);
    }
    return {};
}

Status ContainerEngine::connectNetwork(ContainerRecord &record)
{
    if (isSpecialNetworkMode(record.config.networkMode))
        return {};
    if (runningRootless() && record.config.networkMode == kDefaultNetwork)
        return connectUserModeNetwork(record);
    auto network = m_networks.find(record.config.networkMode);
    if (!network)
        return std::unexpected(network.error().withContext(QStringLiteral("cannot connect container %1").arg(record.config.name)));
    ContainerNetworkState &net = record.state.network;
    net = {};
    net.namespaceName = networkNamespaceName(record.config.id);
    net.network = network->name;
    net.networkId = network->id;
    net.ports = record.config.ports;
    // Held until the ports are recorded: two starts never take one port.
    auto portsLock = reservePublishedPorts(record);
    if (!portsLock)
        return std::unexpected(portsLock.error());
    auto undo = [&](const Error &error) -> Status {
        disconnectNetwork(record);
        return std::unexpected(error.withContext(QStringLiteral("cannot connect container %1 to network %2")
                                                     .arg(record.config.name, network->name)));
    };
    if (runningRootless())
        if (auto ok = openRootlessNetwork(net.ports); !ok)
            return undo(ok.error());
    (void)deleteNetworkNamespace(net.namespaceName); // a leftover of a crash
    if (auto ok = createNetworkNamespace(net.namespaceName); !ok)
        return undo(ok.error().withContext(QStringLiteral("create the network namespace")));
    CniCall call = cniCallFor(record, net.namespaceName);
    if (auto ok = cniLoopbackUp(call); !ok)
        return undo(ok.error().withContext(QStringLiteral("bring up loopback")));
    call.runtimeConfig.insert(QLatin1String("portMappings"), cniPortMappings(net.ports));
    auto result = cniAdd(cniConfigList(*network, m_networks.ipamDataDir()), call);
    if (!result)
        return undo(result.error().withContext(QStringLiteral("add the interface (CNI)")));
    net.cniResult = *result;
    auto attachment = parseCniResult(*result, call.ifName);
    if (!attachment)
        return undo(attachment.error());
    net.address = attachment->address;
    net.prefixLength = attachment->prefixLength;
    net.gateway = attachment->gateway;
    net.macAddress = attachment->macAddress;
    if (auto ok = m_store.saveState(record.config.id, record.state); !ok)
        return undo(ok.error());
    emitNetworkEvent(record, QStringLiteral("connect"));
    return {};
}

void ContainerEngine::disconnectNetwork(ContainerRecord &record)
{
    ContainerNetworkState &net = record.state.network;
    if (!net.isConnected())
        return;
    if (runningRootless() && net.network == kDefaultNetwork)
        return disconnectUserModeNetwork(record);
    if (auto network = m_networks.find(net.network)) {
        CniCall call = cniCallFor(record, net.namespaceName);
        if (runningRootless() && !rootlessNetnsIsUp())
            call.hostNetnsPath.clear(); // gone already: the plugins still give the address back to the pool
        call.runtimeConfig.insert(QLatin1String("portMappings"), cniPortMappings(net.ports));
        (void)cniDel(cniConfigList(*network, m_networks.ipamDataDir()), call, net.cniResult);
    }
    (void)deleteNetworkNamespace(net.namespaceName);
    if (runningRootless())
        closeRootlessNetwork(net.ports, [&] {
            for (const ContainerRecord &other : m_store.list().value_or(QList<ContainerRecord>()))
                if (other.config.id != record.config.id && other.state.network.isConnected() && other.state.network.network != kDefaultNetwork)
                    return true;
            return false;
        });
    const bool hadAddress = !net.address.isEmpty();
    if (hadAddress)
        emitNetworkEvent(record, QStringLiteral("disconnect"));
    const QString networkId = net.networkId;
    net = {};
    (void)m_store.saveState(record.config.id, record.state);
    if (hadAddress)
        refreshNetworkHosts(networkId); // its peers forget its name
}

Result<QStringList> ContainerEngine::containersUsingNetwork(const NetworkConfig &network)
{
    auto records = m_store.list();
    if (!records)
        return std::unexpected(records.error());
    QStringList users;
    for (const ContainerRecord &record : std::as_const(*records))
        if (record.config.networkMode == network.name)
            users.append(record.config.name);
    return users;
}

Status ContainerEngine::removeNetwork(const QString &nameOrId)
{
    auto network = m_networks.find(nameOrId);
    if (!network)
        return std::unexpected(network.error());
    auto users = containersUsingNetwork(*network);
    if (!users)
        return std::unexpected(users.error());
    if (auto ok = m_networks.remove(*network, *users); !ok) // its bridge, rules and allocations too
        return ok;
    (void)appendEvent(m_images.paths().root, Event{QDateTime::currentDateTimeUtc(), QStringLiteral("network"),
                                                   QStringLiteral("destroy"), network->id,
                                                   {{QLatin1String("name"), network->name}, {QLatin1String("type"), QStringLiteral("bridge")}}});
    return {};
}

} // namespace porthole
