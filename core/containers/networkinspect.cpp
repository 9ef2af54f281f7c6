#include "containers/networkinspect.h"

#include "base/sha256.h"

#include <QJsonArray>

namespace porthole {

QString predefinedNetworkId(const QString &name)
{
    return Sha256::hexOf(QByteArray("porthole network ") + name.toUtf8());
}

QJsonObject networkInspectJson(const NetworkConfig &network, const QList<ContainerRecord> &containers)
{
    QJsonObject attached;
    for (const ContainerRecord &record : containers) {
        const ContainerNetworkState &net = record.state.network;
        if (!net.isConnected() || net.networkId != network.id)
            continue;
        attached.insert(record.config.id, QJsonObject{{QLatin1String("Name"), record.config.name},
                                                      {QLatin1String("EndpointID"), record.config.id},
                                                      {QLatin1String("MacAddress"), net.macAddress},
                                                      {QLatin1String("IPv4Address"), QStringLiteral("%1/%2").arg(net.address).arg(net.prefixLength)},
                                                      {QLatin1String("IPv6Address"), QString()}});
    }
    const QJsonObject ipamConfig{{QLatin1String("Subnet"), network.subnet.toString()},
                                 {QLatin1String("Gateway"), ipv4ToString(network.gateway)}};
    return {{QLatin1String("Name"), network.name},
            {QLatin1String("Id"), network.id},
            {QLatin1String("Created"), network.created.toUTC().toString(Qt::ISODateWithMs)},
            {QLatin1String("Scope"), QStringLiteral("local")},
            {QLatin1String("Driver"), QStringLiteral("bridge")},
            {QLatin1String("EnableIPv6"), false},
            {QLatin1String("IPAM"), QJsonObject{{QLatin1String("Driver"), QStringLiteral("host-local")},
                                                {QLatin1String("Options"), QJsonObject()},
                                                {QLatin1String("Config"), QJsonArray{ipamConfig}}}},
            {QLatin1String("Internal"), false},
            {QLatin1String("Attachable"), false},
            {QLatin1String("Ingress"), false},
            {QLatin1String("ConfigOnly"), false},
            {QLatin1String("Containers"), attached},
            // As Docker: the default network names its bridge device; a user network's options are the
            // user's (docker-compose compares them with its file's and wants no others).
            {QLatin1String("Options"), network.name == kDefaultNetwork ? QJsonObject{{QLatin1String("com.docker.network.bridge.name"), network.bridge}}
                                                                       : QJsonObject()},
            {QLatin1String("Labels"), network.labels}};
}

QJsonObject predefinedNetworkJson(const QString &name)
{
    return {{QLatin1String("Name"), name},
            {QLatin1String("Id"), predefinedNetworkId(name)},
            {QLatin1String("Created"), QStringLiteral("0001-01-01T00:00:00Z")},
            {QLatin1String("Scope"), QStringLiteral("local")},
            {QLatin1String("Driver"), name == QLatin1String("host") ? QStringLiteral("host") : QStringLiteral("null")},
            {QLatin1String("EnableIPv6"), false},
            {QLatin1String("IPAM"), QJsonObject{{QLatin1String("Driver"), QStringLiteral("default")},
                                                {QLatin1String("Options"), QJsonValue()},
                                                {QLatin1String("Config"), QJsonArray()}}},
            {QLatin1String("Internal"), false},
            {QLatin1String("Attachable"), false},
            {QLatin1String("Ingress"), false},
            {QLatin1String("ConfigOnly"), false},
            {QLatin1String("Containers"), QJsonObject()},
            {QLatin1String("Options"), QJsonObject()},
            {QLatin1String("Labels"), QJsonObject()}};
}

} // namespace porthole
