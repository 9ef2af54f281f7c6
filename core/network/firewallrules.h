#pragma once
// The firewall plugin's isolation rules (ingressPolicy: same-bridge) name a
// bridge in two chains of iptables' filter table; CNI DEL of a container
// leaves them, as they belong to the network. When the network goes, they
// go too.
#include "base/error.h"

#include <QStringList>

namespace porthole {

// Pure: the "-A CNI-ISOLATION-STAGE-… -i BRIDGE …" / "-o BRIDGE" rules of an
// `iptables -S` listing that name this bridge.
QStringList isolationRulesFor(const QString &listing, const QString &bridge);

// Deletes them (iptables -D); nothing to do when iptables is absent.
Status removeIsolationRules(const QString &bridge);

} // namespace porthole
