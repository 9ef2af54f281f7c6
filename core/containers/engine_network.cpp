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
#include <QJsonArray>

#include <optional>

namespace porthole {
namespace {

// host-local's refusal of a requested address, in Docker's words.
Error addressError(const Error &error, const QString &requested)
{
    if (!requested.isEmpty() && error.message.contains(QLatin1String("not available")))
        return Error{QStringLiteral("Address already in use"), error.exitCode};
    return error;
}

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
    emitNetworkEvent(record, record.state.network, action);
}

void ContainerEngine::emitNetworkEvent(const ContainerRecord &record, const NetworkAttachment &attachment, const QString &action) const
{
    (void)appendEvent(m_images.paths().root,
                      Event{QDateTime::currentDateTimeUtc(), QStringLiteral("network"), action, attachment.networkId,
                            {{QLatin1String("container"), record.config.id},
                             {QLatin1String("name"), attachment.network},
                             {QLatin1String("type"), QStringLiteral("bridge")},
                             {QLatin1String("address"), attachment.address}}});
}

// The host ports our running containers publish.
QList<PortBinding> ContainerEngine::publishedPorts(const QString &exceptId)
{
    QList<PortBinding> taken;
    for (const ContainerRecord &other : m_store.list().value_or(QList<ContainerRecord>()))
        if (other.config.id != exceptId
            && other.state.isLive())
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
    if (auto ok = cniLoopbackUp(cniCallFor(record, net.namespaceName)); !ok)
        return undo(ok.error().withContext(QStringLiteral("bring up loopback")));
    auto undoAs = [&](const Error &error) -> Status { // the error says which network already
        disconnectNetwork(record);
        return std::unexpected(error);
    };
    if (auto ok = addAttachment(record, -1, *network, record.config.ipv4Address); !ok)
        return undoAs(ok.error());
    emitNetworkEvent(record, QStringLiteral("connect"));
    // The networks it joined besides (network connect, several EndpointsConfig).
    for (const NetworkEndpointConfig &endpoint : std::as_const(record.config.extraNetworks)) {
        auto other = m_networks.find(endpoint.network);
        if (!other)
            return undoAs(other.error().withContext(QStringLiteral("cannot connect container %1").arg(record.config.name)));
        net.extra.append(NetworkAttachment{other->name, other->id, freeInterfaceName(net)});
        if (auto ok = addAttachment(record, int(net.extra.size()) - 1, *other, endpoint.ipv4Address); !ok)
            return undoAs(ok.error());
        emitNetworkEvent(record, net.extra.last(), QStringLiteral("connect"));
    }
    return {};
}

QString ContainerEngine::freeInterfaceName(const ContainerNetworkState &net)
{
    QStringList used;
    for (const NetworkAttachment &attachment : net.attachments())
        used.append(attachment.ifName);
    for (int n = 0;; ++n)
        if (const QString name = QStringLiteral("eth%1").arg(n); !used.contains(name))
            return name;
}

// One interface by CNI ADD: the first network's (index -1: the state's own
// fields, with the default route and the published ports) or the index-th
// other one's. The state names the network before ADD, so a kill from here
// on leaves a record that DEL undoes; on failure DEL runs now.
Status ContainerEngine::addAttachment(ContainerRecord &record, int index, const NetworkConfig &network, const QString &ipv4Address)
{
    ContainerNetworkState &net = record.state.network;
    NetworkAttachment &slot = index < 0 ? static_cast<NetworkAttachment &>(net) : net.extra[index];
    slot.network = network.name;
    slot.networkId = network.id;
    if (auto ok = m_store.saveState(record.config.id, record.state); !ok)
        return ok;
    CniCall call = cniCallFor(record, net.namespaceName);
    call.ifName = slot.ifName;
    if (index < 0)
        call.runtimeConfig.insert(QLatin1String("portMappings"), cniPortMappings(net.ports));
    if (!ipv4Address.isEmpty())
        call.runtimeConfig.insert(QLatin1String("ips"), QJsonArray{ipv4Address});
    const QJsonObject list = cniConfigList(network, m_networks.ipamDataDir(), index < 0 ? CniRoute::Default : CniRoute::SubnetOnly);
    auto failed = [&](const Error &error) -> Status {
        (void)cniDel(list, call, slot.cniResult);
        return std::unexpected(error.withContext(QStringLiteral("cannot connect container %1 to network %2").arg(record.config.name, network.name)));
    };
    auto result = cniAdd(list, call);
    if (!result)
        return failed(addressError(result.error(), ipv4Address).withContext(QStringLiteral("add the interface %1 (CNI)").arg(call.ifName)));
    slot.cniResult = *result;
    auto attachment = parseCniResult(*result, call.ifName);
    if (!attachment)
        return failed(attachment.error());
    slot.address = attachment->address;
    slot.prefixLength = attachment->prefixLength;
    slot.gateway = attachment->gateway;
    slot.macAddress = attachment->macAddress;
    if (auto ok = m_store.saveState(record.config.id, record.state); !ok)
        return failed(ok.error());
    return {};
}

// CNI DEL of one interface; tolerant of what is already gone.
void ContainerEngine::removeAttachment(const ContainerRecord &record, const NetworkAttachment &attachment, bool first)
{
    auto network = m_networks.find(attachment.network);
    if (!network)
        return; // a network is not removed while a container uses it: nothing of it is left
    CniCall call = cniCallFor(record, record.state.network.namespaceName);
    if (runningRootless() && !rootlessNetnsIsUp())
        call.hostNetnsPath.clear(); // gone already: the plugins still give the address back to the pool
    call.ifName = attachment.ifName;
    if (first)
        call.runtimeConfig.insert(QLatin1String("portMappings"), cniPortMappings(record.state.network.ports));
    (void)cniDel(cniConfigList(*network, m_networks.ipamDataDir(), first ? CniRoute::Default : CniRoute::SubnetOnly), call,
                 attachment.cniResult);
}

void ContainerEngine::disconnectNetwork(ContainerRecord &record)
{
    ContainerNetworkState &net = record.state.network;
    if (!net.isConnected())
        return;
    if (runningRootless() && net.network == kDefaultNetwork)
        return disconnectUserModeNetwork(record);
    QStringList networkIds;
    for (qsizetype i = net.extra.size() - 1; i >= -1; --i) {
        const NetworkAttachment &attachment = i < 0 ? static_cast<const NetworkAttachment &>(net) : net.extra.at(i);
        if (attachment.network.isEmpty())
            continue;
        removeAttachment(record, attachment, i < 0);
        if (!attachment.address.isEmpty()) {
            emitNetworkEvent(record, attachment, QStringLiteral("disconnect"));
            networkIds.append(attachment.networkId);
        }
    }
    (void)deleteNetworkNamespace(net.namespaceName);
    if (runningRootless())
        closeRootlessNetwork(net.ports, [&] {
            for (const ContainerRecord &other : m_store.list().value_or(QList<ContainerRecord>()))
                if (other.config.id != record.config.id && other.state.network.isConnected() && other.state.network.network != kDefaultNetwork)
                    return true;
            return false;
        });
    net = {};
    (void)m_store.saveState(record.config.id, record.state);
    refreshNetworkHosts(networkIds); // its peers forget its name
}

Result<QStringList> ContainerEngine::containersUsingNetwork(const NetworkConfig &network)
{
    auto records = m_store.list();
    if (!records)
        return std::unexpected(records.error());
    QStringList users;
    for (const ContainerRecord &record : std::as_const(*records)) {
        bool uses = record.config.networkMode == network.name || record.state.network.on(network.id);
        for (const NetworkEndpointConfig &endpoint : record.config.extraNetworks)
            uses = uses || endpoint.network == network.name;
        if (uses)
            users.append(record.config.name);
    }
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
