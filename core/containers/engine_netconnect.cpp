// network connect/disconnect, and names on user networks. A running
// container gets or loses an interface (eth1, eth2...) in its network
// namespace by the same CNI plugins as at start; a created or stopped one
// has the change recorded, applied at its next start. Every container on a
// user network finds the others by name, alias and short id through its
// /etc/hosts, rewritten in place when one joins or leaves (networkhosts.h).
#include "containers/containerengine.h"

#include "base/fsutil.h"
#include "base/storepaths.h"
#include "containers/networkhosts.h"

#include <QJsonDocument>

namespace porthole {

namespace {

Status saveConfig(const ContainerStore &store, const ContainerConfig &config)
{
    return writeFileAtomically(store.dir(config.id) + QStringLiteral("/config.json"), QJsonDocument(config.toJson()).toJson());
}

qsizetype extraIndex(const ContainerConfig &config, const QString &network)
{
    for (qsizetype i = 0; i < config.extraNetworks.size(); ++i)
        if (config.extraNetworks.at(i).network == network)
            return i;
    return -1;
}

// The first of the others becomes the first network (of the config).
void promoteFirstExtra(ContainerConfig &config)
{
    if (config.extraNetworks.isEmpty()) {
        config.networkMode = QStringLiteral("none");
        config.networkAliases.clear();
        config.ipv4Address.clear();
        return;
    }
    const NetworkEndpointConfig next = config.extraNetworks.takeFirst();
    config.networkMode = next.network;
    config.networkAliases = next.aliases;
    config.ipv4Address = next.ipv4Address;
}

} // namespace

Status ContainerEngine::checkEndpoint(const NetworkConfig &network, const QStringList &aliases, const QString &ipv4Address)
{
    // Docker's words for both.
    if (network.name == kDefaultNetwork && !aliases.isEmpty())
        return fail(QStringLiteral("network-scoped alias is supported only for containers in user defined networks"));
    if (ipv4Address.isEmpty())
        return {};
    if (network.name == kDefaultNetwork)
        return fail(QStringLiteral("user specified IP address is supported on user defined networks only"));
    auto address = parseIpv4(ipv4Address);
    if (!address)
        return fail(QStringLiteral("invalid IPv4 address: %1").arg(ipv4Address));
    if (!network.subnet.contains(*address) || *address == network.subnet.network || *address == network.subnet.broadcast()
        || *address == network.gateway)
        return fail(QStringLiteral("no configured subnet or ip-range contain the IP address %1").arg(ipv4Address));
    return {};
}

void ContainerEngine::refreshNetworkHosts(const QStringList &networkIds, const QString &alsoId)
{
    if (networkIds.isEmpty() && alsoId.isEmpty())
        return;
    auto held = FileLock::acquire(m_store.locksDir() + QStringLiteral("/network-hosts.lock"));
    auto records = m_store.list();
    if (!held || !records)
        return; // names are a convenience: the containers run without them
    for (const ContainerRecord &record : std::as_const(*records)) {
        bool member = record.config.id == alsoId;
        for (const QString &networkId : networkIds)
            if (const NetworkAttachment *on = record.state.network.on(networkId); on && !on->address.isEmpty())
                member = true;
        if (member && record.config.networkMode != QLatin1String("host"))
            (void)rewriteInPlace(m_store.dir(record.config.id) + QStringLiteral("/hosts"), networkHostsFile(record, *records));
    }
}

Status ContainerEngine::connectToNetwork(const QString &networkName, const QString &nameOrId, const QStringList &aliases,
                                         const QString &ipv4Address)
{
    auto network = m_networks.find(networkName);
    if (!network)
        return std::unexpected(network.error());
    auto locked = lockContainer(nameOrId);
    if (!locked)
        return std::unexpected(locked.error());
    ContainerRecord &record = locked->record;
    ContainerConfig &config = record.config;
    const bool live = record.state.isLive();
    // Docker's words, each.
    if (config.networkMode == QLatin1String("host"))
        return fail(QStringLiteral("container sharing network namespace with another container or host cannot be connected to any other network"));
    if (config.networkMode == network->name || extraIndex(config, network->name) >= 0 || (live && record.state.network.on(network->id)))
        return fail(QStringLiteral("endpoint with name %1 already exists in network %2").arg(config.name, network->name));
    if (auto ok = checkEndpoint(*network, aliases, ipv4Address); !ok)
        return ok;
    if (live && runningRootless())
        return fail(QStringLiteral("a rootless container has only the user-mode network (slirp4netns) of the default network: "
                                   "it cannot join %1").arg(network->name));
    if (live && !record.state.network.isConnected())
        return fail(QStringLiteral("container cannot be connected to multiple networks with one of the networks in private (none) mode"));
    const ContainerConfig before = config;
    if (config.networkMode == QLatin1String("none")) {
        config.networkMode = network->name;
        config.networkAliases = aliases;
        config.ipv4Address = ipv4Address;
    } else {
        config.extraNetworks.append({network->name, aliases, ipv4Address});
    }
    if (auto ok = saveConfig(m_store, config); !ok || !live)
        return ok;
    // Running: an interface now. Its first network's slot when it has none left.
    ContainerNetworkState &net = record.state.network;
    const bool first = net.network.isEmpty();
    const QString ifName = freeInterfaceName(net);
    if (!first)
        net.extra.append(NetworkAttachment{network->name, network->id, ifName});
    else
        net.ifName = ifName;
    Status added = addAttachment(record, first ? -1 : int(net.extra.size()) - 1, *network, ipv4Address);
    if (!added) {
        if (first)
            static_cast<NetworkAttachment &>(net) = NetworkAttachment{};
        else
            net.extra.removeLast();
        (void)m_store.saveState(config.id, record.state);
        (void)saveConfig(m_store, before);
        return added;
    }
    emitNetworkEvent(record, first ? net : net.extra.last(), QStringLiteral("connect"));
    refreshNetworkHosts({network->id}, config.id);
    return {};
}

Status ContainerEngine::disconnectFromNetwork(const QString &networkName, const QString &nameOrId)
{
    auto network = m_networks.find(networkName);
    if (!network)
        return std::unexpected(network.error());
    auto locked = lockContainer(nameOrId);
    if (!locked)
        return std::unexpected(locked.error());
    ContainerRecord &record = locked->record;
    ContainerConfig &config = record.config;
    ContainerNetworkState &net = record.state.network;
    const qsizetype index = extraIndex(config, network->name);
    const NetworkAttachment *attached = record.state.isLive() ? net.on(network->id) : nullptr;
    if (config.networkMode != network->name && index < 0 && !attached) // Docker's words
        return fail(QStringLiteral("container %1 is not connected to network %2").arg(config.name, network->name));
    if (config.networkMode == network->name)
        promoteFirstExtra(config);
    else if (index >= 0)
        config.extraNetworks.removeAt(index);
    if (attached) {
        const NetworkAttachment gone = *attached;
        const bool first = attached == &net;
        removeAttachment(record, gone, first);
        if (first) {
            // Its ports went with it; the next of its networks is its first now.
            net.ports.clear();
            static_cast<NetworkAttachment &>(net) = net.extra.isEmpty() ? NetworkAttachment{} : net.extra.takeFirst();
        } else {
            net.extra.removeIf([&](const NetworkAttachment &a) { return a.networkId == gone.networkId; });
        }
        if (auto ok = m_store.saveState(config.id, record.state); !ok)
            return ok;
        emitNetworkEvent(record, gone, QStringLiteral("disconnect"));
    }
    if (auto ok = saveConfig(m_store, config); !ok)
        return ok;
    if (attached)
        refreshNetworkHosts({network->id}, config.id); // its peers forget it, it forgets them
    return {};
}

} // namespace porthole
