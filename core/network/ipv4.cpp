#include "network/ipv4.h"

#include <QStringList>
#include <QSysInfo>
#include <QtEndian>

namespace porthole {

bool Ipv4Subnet::overlaps(const Ipv4Subnet &other) const
{
    const int shorter = std::min(prefix, other.prefix);
    const quint32 common = shorter == 0 ? 0 : ~quint32(0) << (32 - shorter);
    return (network & common) == (other.network & common);
}

QString Ipv4Subnet::toString() const
{
    return ipv4ToString(network) + QLatin1Char('/') + QString::number(prefix);
}

QString ipv4ToString(quint32 address)
{
    return QStringLiteral("%1.%2.%3.%4").arg(address >> 24).arg((address >> 16) & 0xff).arg((address >> 8) & 0xff).arg(address & 0xff);
}

Result<quint32> parseIpv4(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char('.'));
    if (parts.size() != 4)
        return fail(QStringLiteral("invalid IPv4 address: %1").arg(text));
    quint32 address = 0;
    for (const QString &part : parts) {
        bool ok = false;
        const uint value = part.toUInt(&ok);
        if (!ok || value > 255 || part.isEmpty() || part.size() > 3)
            return fail(QStringLiteral("invalid IPv4 address: %1").arg(text));
        address = (address << 8) | value;
    }
    return address;
}

Result<Ipv4Subnet> parseSubnet(const QString &text)
{
    const int slash = text.indexOf(QLatin1Char('/'));
    if (slash < 0)
        return fail(QStringLiteral("invalid CIDR address: %1").arg(text));
    auto address = parseIpv4(text.left(slash));
    bool ok = false;
    const int prefix = text.mid(slash + 1).toInt(&ok);
    if (!address || !ok || prefix < 0 || prefix > 32)
        return fail(QStringLiteral("invalid CIDR address: %1").arg(text));
    Ipv4Subnet subnet{*address, prefix};
    if ((*address & subnet.mask()) != *address)
        return fail(QStringLiteral("invalid subnet %1: the address has host bits set; did you mean %2?")
                        .arg(text, Ipv4Subnet{*address & subnet.mask(), prefix}.toString()));
    return subnet;
}

QList<Ipv4Subnet> parseProcNetRoute(const QByteArray &text)
{
    // Iface Destination Gateway Flags RefCnt Use Metric Mask ...; the
    // numbers are hexadecimal in the kernel's (little-endian) byte order.
    auto hostOrder = [](quint32 printed) { return QSysInfo::ByteOrder == QSysInfo::LittleEndian ? qbswap(printed) : printed; };
    QList<Ipv4Subnet> routes;
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> fields = lines[i].simplified().split(' ');
        if (fields.size() < 8)
            continue;
        bool okDest = false, okMask = false;
        const quint32 destination = hostOrder(fields[1].toUInt(&okDest, 16));
        const quint32 mask = hostOrder(fields[7].toUInt(&okMask, 16));
        if (!okDest || !okMask || mask == 0)
            continue;
        const int prefix = qPopulationCount(mask);
        routes.append({destination & mask, prefix});
    }
    return routes;
}

} // namespace porthole
