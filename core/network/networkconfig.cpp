#include "network/networkconfig.h"

#include <QJsonArray>

namespace porthole {

QJsonObject NetworkConfig::toJson() const
{
    return {{QLatin1String("Name"), name},
            {QLatin1String("Id"), id},
            {QLatin1String("Driver"), QStringLiteral("bridge")},
            {QLatin1String("Bridge"), bridge},
            {QLatin1String("Subnet"), subnet.toString()},
            {QLatin1String("Gateway"), ipv4ToString(gateway)},
            {QLatin1String("Labels"), labels},
            {QLatin1String("Created"), created.toUTC().toString(Qt::ISODateWithMs)}};
}

Result<NetworkConfig> NetworkConfig::fromJson(const QJsonObject &json)
{
    NetworkConfig network;
    network.name = json.value(QLatin1String("Name")).toString();
    network.id = json.value(QLatin1String("Id")).toString();
    network.bridge = json.value(QLatin1String("Bridge")).toString();
    auto subnet = parseSubnet(json.value(QLatin1String("Subnet")).toString());
    auto gateway = parseIpv4(json.value(QLatin1String("Gateway")).toString());
    if (network.name.isEmpty() || network.id.size() != 64 || network.bridge.isEmpty() || !subnet || !gateway)
        return fail(QStringLiteral("damaged network record %1").arg(network.name));
    network.subnet = *subnet;
    network.gateway = *gateway;
    network.labels = json.value(QLatin1String("Labels")).toObject();
    network.created = QDateTime::fromString(json.value(QLatin1String("Created")).toString(), Qt::ISODateWithMs);
    return network;
}

QList<Ipv4Subnet> reservedSubnets()
{
    return {{(172u << 24) | (17u << 16), 16}, {(10u << 24) | (88u << 16), 16}};
}

Result<Ipv4Subnet> chooseFreeSubnet(const QList<Ipv4Subnet> &taken)
{
    QList<Ipv4Subnet> candidates;
    for (quint32 second = 89; second <= 255; ++second)
        candidates.append({(10u << 24) | (second << 16), 16});
    for (quint32 second = 18; second <= 31; ++second)
        candidates.append({(172u << 24) | (second << 16), 16});
    const QList<Ipv4Subnet> avoid = taken + reservedSubnets();
    for (const Ipv4Subnet &candidate : candidates)
        if (std::none_of(avoid.begin(), avoid.end(), [&](const Ipv4Subnet &s) { return s.overlaps(candidate); }))
            return candidate;
    return fail(QStringLiteral("no free /16 subnet left in 10.89.0.0-10.255.0.0 or 172.18.0.0-172.31.0.0: "
                               "remove a network or give one with --subnet"));
}

QString chooseBridgeName(const QStringList &taken)
{
    for (int n = 0;; ++n) {
        const QString name = QStringLiteral("porthole%1").arg(n);
        if (!taken.contains(name))
            return name;
    }
}

Result<quint32> gatewayFor(const Ipv4Subnet &subnet, const QString &requested)
{
    if (subnet.prefix > 30)
        return fail(QStringLiteral("subnet %1 is too small: it needs room for a gateway and a container (/30 or larger)")
                        .arg(subnet.toString()));
    if (requested.isEmpty())
        return subnet.network + 1;
    auto gateway = parseIpv4(requested);
    if (!gateway)
        return std::unexpected(gateway.error());
    if (!subnet.contains(*gateway) || *gateway == subnet.network || *gateway == subnet.broadcast())
        return fail(QStringLiteral("gateway %1 is not a usable address of subnet %2").arg(requested, subnet.toString()));
    return *gateway;
}

QJsonObject cniConfigList(const NetworkConfig &network, const QString &ipamDataDir, CniRoute route)
{
    const QJsonObject range{{QLatin1String("subnet"), network.subnet.toString()},
                            {QLatin1String("gateway"), ipv4ToString(network.gateway)}};
    QJsonObject ipam{{QLatin1String("type"), QStringLiteral("host-local")},
                     {QLatin1String("ranges"), QJsonArray{QJsonArray{range}}},
                     {QLatin1String("dataDir"), ipamDataDir}};
    if (route == CniRoute::Default)
        ipam.insert(QLatin1String("routes"), QJsonArray{QJsonObject{{QLatin1String("dst"), QStringLiteral("0.0.0.0/0")}}});
    // "ips": a requested address (--ip) reaches host-local as runtimeConfig.
    const QJsonObject bridge{{QLatin1String("type"), QStringLiteral("bridge")},
                             {QLatin1String("bridge"), network.bridge},
                             {QLatin1String("isGateway"), true},
                             {QLatin1String("ipMasq"), true},
                             {QLatin1String("hairpinMode"), true},
                             {QLatin1String("capabilities"), QJsonObject{{QLatin1String("ips"), true}}},
                             {QLatin1String("ipam"), ipam}};
    const QJsonObject portmap{{QLatin1String("type"), QStringLiteral("portmap")},
                              {QLatin1String("capabilities"), QJsonObject{{QLatin1String("portMappings"), true}}}};
    // same-bridge: traffic from other bridges is dropped, so networks are
    // isolated from each other, as Docker's are.
    const QJsonObject firewall{{QLatin1String("type"), QStringLiteral("firewall")},
                               {QLatin1String("backend"), QStringLiteral("iptables")},
                               {QLatin1String("ingressPolicy"), QStringLiteral("same-bridge")}};
    return {{QLatin1String("cniVersion"), QStringLiteral("1.0.0")},
            {QLatin1String("name"), network.name},
            {QLatin1String("plugins"), QJsonArray{bridge, portmap, firewall}}};
}

} // namespace porthole
