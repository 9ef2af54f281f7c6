#pragma once
// The store's networks (networks/<name>.json, changed under networks.lock)
// and the default bridge network "porthole" (device porthole0), made on
// first use with a subnet that collides with no route of the host.
// Removal is crash-safe: the record moves to networks/removing/ first (the
// network is gone for every command from then on), then its bridge, its
// firewall rules and its address allocations go, then the record. A removal
// killed midway is finished by the next create or remove, by ps, or by
// system check --repair (finishRemovals).
#include "base/filelock.h"
#include "network/networkconfig.h"
#include "base/storepaths.h"

#include <QList>

namespace porthole {

struct NetworkCreateRequest {
    QString name;
    QString subnet;  // "" to pick a free /16
    QString gateway; // "" for the subnet's first address
    QJsonObject labels;
};

class NetworkStore {
public:
    explicit NetworkStore(const StorePaths &paths) : m_paths(paths) {}

    // All networks, the default one first (made now if missing).
    Result<QList<NetworkConfig>> list();
    // By name, full or short id; "bridge" is the default network.
    Result<NetworkConfig> find(const QString &nameOrId);
    Result<NetworkConfig> create(const NetworkCreateRequest &request);
    // usedBy: the containers still configured with it (refused if any).
    // The record goes first, then the bridge, rules and allocations.
    Status remove(const NetworkConfig &network, const QStringList &usedBy);
    // Networks whose removal was interrupted (their bridges may be left).
    QList<NetworkConfig> pendingRemovals() const;
    // Finishes them; nothing to do (and no lock taken) when there are none.
    Status finishRemovals();
    Result<NetworkConfig> ensureDefault();

    // Where host-local keeps its allocations (one file per address in use).
    QString ipamDataDir() const { return m_paths.runRoot + QStringLiteral("/cni-ipam"); }
    QString networksDir() const { return m_paths.root + QStringLiteral("/networks"); }

private:
    // The networks, read under the store's network lock (held while this lives).
    struct LockedNetworks {
        FileLock lock;
        QList<NetworkConfig> networks;
    };
    Result<LockedNetworks> lockedNetworks() const;
    Result<QList<NetworkConfig>> readAll() const;
    Result<NetworkConfig> readOne(const QString &name) const;
    Result<NetworkConfig> createLocked(const NetworkCreateRequest &request, const QList<NetworkConfig> &existing);
    QString fileFor(const QString &name) const { return networksDir() + QLatin1Char('/') + name + QStringLiteral(".json"); }
    QString removingDir() const { return networksDir() + QStringLiteral("/removing"); }
    // Under the network lock: the bridge, rules, allocations, then the record in removing/.
    Status tearDown(const NetworkConfig &network);
    Status finishRemovalsLocked();

    StorePaths m_paths;
};

// Is "host", "none" or a network name/"bridge": what --network takes.
bool isSpecialNetworkMode(const QString &mode);

} // namespace porthole
