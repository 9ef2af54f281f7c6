#pragma once
// A bridge network as the store keeps it (networks/<name>.json), the CNI
// configuration list it becomes (bridge + host-local IPAM, portmap,
// firewall), and the choice of a free subnet and bridge device. Pure.
#include "base/error.h"
#include "network/ipv4.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

namespace porthole {

inline constexpr QLatin1StringView kDefaultNetwork{"porthole"};

struct NetworkConfig {
    QString name;
    QString id;       // 64 hex digits
    QString bridge;   // the host's bridge device, "porthole0"
    Ipv4Subnet subnet;
    quint32 gateway = 0;
    QJsonObject labels;
    QDateTime created;

    QJsonObject toJson() const;
    static Result<NetworkConfig> fromJson(const QJsonObject &json);
};

// Docker's and Podman's default pools, never chosen automatically.
QList<Ipv4Subnet> reservedSubnets();

// The first /16 (10.89.0.0/16 on) that overlaps none of the taken ones.
Result<Ipv4Subnet> chooseFreeSubnet(const QList<Ipv4Subnet> &taken);

// The first "portholeN" not among the taken device names.
QString chooseBridgeName(const QStringList &taken);

// The gateway for a subnet: the given address checked, or the first one.
Result<quint32> gatewayFor(const Ipv4Subnet &subnet, const QString &requested);

// Whether the interface carries the container's default route: its first
// network's does; another network's (eth1...) reaches only its subnet.
enum class CniRoute { Default, SubnetOnly };

// The CNI configuration list (spec 1.0.0) for the network; host-local keeps
// its allocations under ipamDataDir.
QJsonObject cniConfigList(const NetworkConfig &network, const QString &ipamDataDir, CniRoute route = CniRoute::Default);

} // namespace porthole
