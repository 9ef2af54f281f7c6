#pragma once
// Networks as Docker shows them (`network inspect`, GET /networks): the
// store's bridge networks with the containers attached, and the predefined
// host and none. Shared by the CLI and the API service. Pure.
#include "containers/containerrecord.h"
#include "network/networkconfig.h"

#include <QJsonObject>

namespace porthole {

// host and none: stable digests of their names as ids.
QString predefinedNetworkId(const QString &name);

// One network: Name, Id, Created, Driver, IPAM, Containers (those whose
// process is on it now), Options, Labels.
QJsonObject networkInspectJson(const NetworkConfig &network, const QList<ContainerRecord> &containers);

// host (driver host) and none (driver null), shaped the same way.
QJsonObject predefinedNetworkJson(const QString &name);

} // namespace porthole
