#include "network/networkstore.h"

#include "base/filelock.h"
#include "base/fsutil.h"
#include "base/ids.h"
#include "network/firewallrules.h"
#include "network/netns.h"
#include "network/rootlessnetns.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <algorithm>
#include <cerrno>
#include <cstdio>

namespace porthole {
namespace {

QStringList hostInterfaces()
{
    return QDir(QStringLiteral("/sys/class/net")).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System);
}

QList<Ipv4Subnet> hostRoutes()
{
    return parseProcNetRoute(readWholeFile(QStringLiteral("/proc/net/route")).value_or(QByteArray()));
}

} // namespace

bool isSpecialNetworkMode(const QString &mode)
{
    return mode == QLatin1String("host") || mode == QLatin1String("none");
}

Result<NetworkConfig> NetworkStore::readOne(const QString &name) const
{
    auto bytes = readWholeFile(fileFor(name));
    if (!bytes)
        return std::unexpected(bytes.error());
    return NetworkConfig::fromJson(QJsonDocument::fromJson(*bytes).object());
}

Result<QList<NetworkConfig>> NetworkStore::readAll() const
{
    QList<NetworkConfig> networks;
    const QStringList files = QDir(networksDir()).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        auto network = readOne(file.chopped(5));
        if (!network)
            return std::unexpected(network.error());
        networks.append(*network);
    }
    std::stable_partition(networks.begin(), networks.end(), [](const NetworkConfig &n) { return n.name == kDefaultNetwork; });
    return networks;
}

Result<NetworkStore::LockedNetworks> NetworkStore::lockedNetworks() const
{
    if (auto ok = makeDirectories(networksDir()); !ok)
        return std::unexpected(ok.error());
    auto lock = FileLock::acquire(m_paths.root + QStringLiteral("/networks.lock"));
    if (!lock)
        return std::unexpected(lock.error());
    auto networks = readAll();
    if (!networks)
        return std::unexpected(networks.error());
    return LockedNetworks{std::move(*lock), std::move(*networks)};
}

Result<QList<NetworkConfig>> NetworkStore::list()
{
    if (auto made = ensureDefault(); !made)
        return std::unexpected(made.error());
    return readAll();
}

Result<NetworkConfig> NetworkStore::find(const QString &nameOrId)
{
    const QString wanted = nameOrId == QLatin1String("bridge") ? QString(kDefaultNetwork) : nameOrId;
    auto networks = list();
    if (!networks)
        return std::unexpected(networks.error());
    for (const NetworkConfig &network : *networks)
        if (network.name == wanted || network.id == wanted)
            return network;
    QList<NetworkConfig> byPrefix;
    for (const NetworkConfig &network : *networks)
        if (wanted.size() >= 3 && network.id.startsWith(wanted))
            byPrefix.append(network);
    if (byPrefix.size() == 1)
        return byPrefix.first();
    return fail(QStringLiteral("network %1 not found").arg(nameOrId));
}

Result<NetworkConfig> NetworkStore::ensureDefault()
{
    if (QFileInfo::exists(fileFor(kDefaultNetwork)))
        return readOne(kDefaultNetwork);
    auto locked = lockedNetworks();
    if (!locked)
        return std::unexpected(locked.error());
    for (const NetworkConfig &network : locked->networks)
        if (network.name == kDefaultNetwork)
            return network; // another process made it meanwhile
    return createLocked({QString(kDefaultNetwork), {}, {}, {}}, locked->networks);
}

Result<NetworkConfig> NetworkStore::create(const NetworkCreateRequest &request)
{
    static const QRegularExpression validName(QStringLiteral("^[a-zA-Z0-9][a-zA-Z0-9_.-]*$"));
    if (!validName.match(request.name).hasMatch())
        return fail(QStringLiteral("invalid network name \"%1\": only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed").arg(request.name));
    if (request.name == QLatin1String("bridge") || isSpecialNetworkMode(request.name))
        return fail(QStringLiteral("network with name %1 already exists (it is predefined)").arg(request.name));
    if (auto made = ensureDefault(); !made)
        return std::unexpected(made.error());
    auto locked = lockedNetworks();
    if (!locked)
        return std::unexpected(locked.error());
    return createLocked(request, locked->networks);
}

Result<NetworkConfig> NetworkStore::createLocked(const NetworkCreateRequest &request, const QList<NetworkConfig> &existing)
{
    // A removal killed midway still owns its name's allocations and maybe its bridge.
    if (auto ok = finishRemovalsLocked(); !ok)
        return std::unexpected(ok.error());
    QList<Ipv4Subnet> taken = hostRoutes();
    QStringList bridges = hostInterfaces();
    for (const NetworkConfig &network : existing) {
        if (network.name == request.name)
            return fail(QStringLiteral("network with name %1 already exists").arg(request.name));
        taken.append(network.subnet);
        bridges.append(network.bridge);
    }
    NetworkConfig network;
    network.name = request.name;
    network.id = newContainerId();
    network.bridge = chooseBridgeName(bridges);
    network.labels = request.labels;
    network.created = QDateTime::currentDateTimeUtc();
    if (request.subnet.isEmpty()) {
        auto free = chooseFreeSubnet(taken);
        if (!free)
            return std::unexpected(free.error());
        network.subnet = *free;
    } else {
        auto subnet = parseSubnet(request.subnet);
        if (!subnet && subnet.error().message.startsWith(QLatin1String("invalid CIDR"))) // Docker's words
            return fail(QStringLiteral("Invalid subnet %1 : %2").arg(request.subnet, subnet.error().message));
        if (!subnet)
            return std::unexpected(subnet.error());
        for (const NetworkConfig &other : existing)
            if (other.subnet.overlaps(*subnet))
                return fail(QStringLiteral("subnet %1 overlaps network %2 (%3)").arg(subnet->toString(), other.name, other.subnet.toString()));
        for (const Ipv4Subnet &route : hostRoutes())
            if (route.overlaps(*subnet))
                return fail(QStringLiteral("subnet %1 overlaps the host's route to %2").arg(subnet->toString(), route.toString()));
        network.subnet = *subnet;
    }
    auto gateway = gatewayFor(network.subnet, request.gateway);
    if (!gateway)
        return std::unexpected(gateway.error());
    network.gateway = *gateway;
    if (auto ok = makeDirectories(networksDir()); !ok)
        return std::unexpected(ok.error());
    if (auto ok = writeFileAtomically(fileFor(network.name), QJsonDocument(network.toJson()).toJson()); !ok)
        return std::unexpected(ok.error());
    return network;
}

Status NetworkStore::remove(const NetworkConfig &network, const QStringList &usedBy)
{
    if (network.name == kDefaultNetwork)
        return fail(QStringLiteral("%1 is the default network and cannot be removed").arg(network.name));
    if (!usedBy.isEmpty())
        return fail(QStringLiteral("network %1 is in use by container %2: remove the container first")
                        .arg(network.name, usedBy.join(QStringLiteral(", "))));
    auto lock = FileLock::acquire(m_paths.root + QStringLiteral("/networks.lock"));
    if (!lock)
        return std::unexpected(lock.error());
    if (auto ok = finishRemovalsLocked(); !ok)
        return ok;
    if (auto ok = makeDirectories(removingDir()); !ok)
        return ok;
    // The intent, recorded before anything goes: from here on the network is
    // gone for every command, and what it held is collected even after a kill.
    const QString removing = removingDir() + QLatin1Char('/') + network.name + QStringLiteral(".json");
    if (::rename(QFile::encodeName(fileFor(network.name)).constData(), QFile::encodeName(removing).constData()) < 0) {
        if (errno == ENOENT)
            return fail(QStringLiteral("network %1 not found").arg(network.name));
        return fail(QStringLiteral("cannot remove network %1: %2").arg(network.name, systemErrorText(errno)));
    }
    if (auto ok = syncDirectory(networksDir()); !ok)
        return ok;
    return tearDown(network);
}

QList<NetworkConfig> NetworkStore::pendingRemovals() const
{
    QList<NetworkConfig> pending;
    const QDir dir(removingDir());
    for (const QString &file : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        auto bytes = readWholeFile(dir.filePath(file));
        auto network = bytes ? NetworkConfig::fromJson(QJsonDocument::fromJson(*bytes).object()) : Result<NetworkConfig>(std::unexpected(bytes.error()));
        if (network) {
            pending.append(*network);
        } else { // a record that cannot be read still names the network: its allocations can go
            NetworkConfig unnamed;
            unnamed.name = file.chopped(5);
            pending.append(unnamed);
        }
    }
    return pending;
}

Status NetworkStore::finishRemovals()
{
    if (pendingRemovals().isEmpty())
        return {};
    auto lock = FileLock::acquire(m_paths.root + QStringLiteral("/networks.lock"));
    if (!lock)
        return std::unexpected(lock.error());
    return finishRemovalsLocked();
}

Status NetworkStore::finishRemovalsLocked()
{
    for (const NetworkConfig &network : pendingRemovals())
        if (auto ok = tearDown(network); !ok)
            return ok;
    return {};
}

Status NetworkStore::tearDown(const NetworkConfig &network)
{
    if (!network.bridge.isEmpty() && runningRootless()) {
        deleteRootlessBridge(network.bridge); // in the user's network namespace
    } else if (!network.bridge.isEmpty()) {
        if (auto ok = deleteLinkDevice(network.bridge); !ok)
            return ok;
        (void)removeIsolationRules(network.bridge); // left by the firewall plugin; none without iptables
    }
    if (auto ok = removeTree(ipamDataDir() + QLatin1Char('/') + network.name); !ok)
        return ok;
    const QString removing = removingDir() + QLatin1Char('/') + network.name + QStringLiteral(".json");
    if (!QFile::remove(removing) && QFileInfo::exists(removing))
        return fail(QStringLiteral("cannot remove network %1's record").arg(network.name));
    return {};
}

} // namespace porthole
