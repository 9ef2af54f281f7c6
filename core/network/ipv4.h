#pragma once
// IPv4 addresses and subnets as numbers: parsing "10.90.0.0/16", overlap
// tests, and the host's routes read from /proc/net/route. Pure functions.
#include "base/error.h"

#include <QList>
#include <QString>

namespace porthole {

struct Ipv4Subnet {
    quint32 network = 0; // host byte order, host bits zero
    int prefix = 0;

    quint32 mask() const { return prefix == 0 ? 0 : ~quint32(0) << (32 - prefix); }
    quint32 broadcast() const { return network | ~mask(); }
    bool contains(quint32 address) const { return (address & mask()) == network; }
    bool overlaps(const Ipv4Subnet &other) const;
    QString toString() const; // "10.90.0.0/16"
    bool operator==(const Ipv4Subnet &) const = default;
};

QString ipv4ToString(quint32 address);
Result<quint32> parseIpv4(const QString &text);
// "10.90.0.0/16"; the address must be the network's first one.
Result<Ipv4Subnet> parseSubnet(const QString &text);

// The destinations of /proc/net/route, without the default route.
QList<Ipv4Subnet> parseProcNetRoute(const QByteArray &text);

} // namespace porthole
