// network connect/disconnect, and names on user networks: every container
// on a user-defined network finds the others by container name and alias
// (Docker's behaviour there) through its /etc/hosts, rewritten in place
// (it is bind-mounted) whenever a container joins or leaves the network.
#include "containers/containerengine.h"

#include "base/fsutil.h"
#include "layers/rootfs.h"

#include <QFile>
#include <QJsonDocument>

namespace porthole {

namespace {

bool onUserNetwork(const ContainerRecord &record)
{
    return !isSpecialNetworkMode(record.config.networkMode) && record.config.networkMode != kDefaultNetwork;
}

// "10.89.1.3\tweb db-alias" for each other container on the network.
QByteArray peerLines(const ContainerRecord &self, const QList<ContainerRecord> &members)
{
    QByteArray lines;
    for (const ContainerRecord &peer : members) {
        if (peer.config.id == self.config.id)
            continue;
        QStringList names{peer.config.name};
        for (const QString &alias : peer.config.networkAliases)
            if (!names.contains(alias))
                names.append(alias);
        lines += peer.state.network.address.toUtf8() + '\t' + names.join(QLatin1Char(' ')).toUtf8() + '\n';
    }
    return lines;
}

// In place: the file is the container's /etc/hosts through a bind mount.
Status rewriteInPlace(const QString &path, const QByteArray &data)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size())
        return fail(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

Status saveConfig(const ContainerStore &store, const ContainerConfig &config)
{
    return writeFileAtomically(store.dir(config.id) + QStringLiteral("/config.json"), QJsonDocument(config.toJson()).toJson());
}

} // namespace

void ContainerEngine::refreshNetworkHosts(const QString &networkId)
{
    if (networkId.isEmpty())
        return;
    auto held = FileLock::acquire(m_store.locksDir() + QStringLiteral("/network-hosts.lock"));
    auto records = m_store.list();
    if (!held || !records)
        return; // names are a convenience: the containers run without them
    QList<ContainerRecord> members;
    for (const ContainerRecord &record : std::as_const(*records))
        if (record.state.network.networkId == networkId && !record.state.network.address.isEmpty() && onUserNetwork(record))
            members.append(record);
    for (const ContainerRecord &record : std::as_const(members)) {
        const ContainerConfig &c = record.config;
        (void)rewriteInPlace(m_store.dir(c.id) + QStringLiteral("/hosts"),
                             containerHosts(c.hostname, c.name, record.state.network.address) + peerLines(record, members));
    }
}

Status ContainerEngine::connectToNetwork(const QString &networkName, const QString &nameOrId, const QStringList &aliases)
{
    auto network = m_networks.find(networkName);
    if (!network)
        return std::unexpected(network.error());
    auto locked = lockContainer(nameOrId);
    if (!locked)
        return std::unexpected(locked.error());
    ContainerConfig &config = locked->record.config;
    const bool live = locked->record.state.state == ContainerState::Running || locked->record.state.state == ContainerState::Paused;
    if (config.networkMode == QLatin1String("host")) // Docker's words
        return fail(QStringLiteral("container sharing network namespace with another container or host cannot be connected to any other network"));
    if (config.networkMode == network->name && live)
        return fail(QStringLiteral("endpoint with name %1 already exists in network %2").arg(config.name, network->name));
    if (config.networkMode != network->name && config.networkMode != QLatin1String("none"))
        return fail(QStringLiteral("container %1 is on network %2: a Porthole container has one network; disconnect it first "
                                   "(network disconnect %2 %1)").arg(config.name, config.networkMode));
    if (live)
        return fail(QStringLiteral("container %1 is running: Porthole connects a created or stopped container; stop it first").arg(config.name));
    if (network->name == kDefaultNetwork && !aliases.isEmpty())
        return fail(QStringLiteral("network-scoped alias is supported only for containers in user defined networks"));
    config.networkMode = network->name;
    for (const QString &alias : aliases)
        if (!config.networkAliases.contains(alias))
            config.networkAliases.append(alias);
    return saveConfig(m_store, config);
}

Status ContainerEngine::disconnectFromNetwork(const QString &networkName, const QString &nameOrId)
{
    auto network = m_networks.find(networkName);
    if (!network)
        return std::unexpected(network.error());
    auto locked = lockContainer(nameOrId);
    if (!locked)
        return std::unexpected(locked.error());
    ContainerConfig &config = locked->record.config;
    if (config.networkMode != network->name) // Docker's words
        return fail(QStringLiteral("container %1 is not connected to network %2").arg(config.name, network->name));
    if (locked->record.state.state == ContainerState::Running || locked->record.state.state == ContainerState::Paused)
        return fail(QStringLiteral("container %1 is running: Porthole disconnects a created or stopped container; stop it first").arg(config.name));
    config.networkMode = QStringLiteral("none");
    config.networkAliases.clear();
    return saveConfig(m_store, config);
}

} // namespace porthole
