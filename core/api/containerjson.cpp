#include "api/containerjson.h"

#include "containers/containerinspect.h"
#include "volumes/mountspec.h"

#include <QDir>
#include <QJsonArray>

namespace porthole::api {

namespace {

QJsonArray portsJson(const ContainerRecord &record)
{
    const bool live = record.state.isLive();
    QJsonArray ports;
    for (const PortBinding &port : live ? record.state.network.ports : record.config.ports) {
        QJsonObject entry{{QStringLiteral("PrivatePort"), port.containerPort}, {QStringLiteral("Type"), port.protocol}};
        if (live) {
            entry.insert(QStringLiteral("IP"), port.hostIp.isEmpty() ? QStringLiteral("0.0.0.0") : port.hostIp);
            entry.insert(QStringLiteral("PublicPort"), port.hostPort);
        }
        ports.append(entry);
    }
    return ports;
}

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    if (value.isString())
        list.append(value.toString());
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

Result<QList<PortBinding>> portBindings(const QJsonObject &bindings)
{
    QList<PortBinding> ports;
    for (auto it = bindings.begin(); it != bindings.end(); ++it) {
        const QString key = it.key(); // "80/tcp"
        for (const QJsonValue &host : it.value().toArray()) {
            const QString ip = host.toObject().value(QLatin1String("HostIp")).toString();
            const QString port = host.toObject().value(QLatin1String("HostPort")).toString();
            QString text = (ip.isEmpty() ? QString() : ip + QLatin1Char(':')) + (port.isEmpty() ? QString() : port + QLatin1Char(':')) + key;
            if (port.isEmpty() && !ip.isEmpty())
                text = ip + QStringLiteral("::") + key;
            auto binding = parsePublish(text);
            if (!binding)
                return std::unexpected(binding.error());
            ports.append(*binding);
        }
    }
    return ports;
}

// HostConfig.Binds: each as -v reads it (a host path, a named volume or an anonymous one).
Result<QList<MountSpec>> binds(const QJsonArray &specs)
{
    QList<MountSpec> mounts;
    for (const QJsonValue &spec : specs) {
        auto mount = parseVolumeFlag(spec.toString());
        if (!mount)
            return std::unexpected(mount.error());
        mounts.append(*mount);
    }
    return mounts;
}

void readHostConfig(const QJsonObject &host, CreateRequest &request)
{
    request.autoRemove = host.value(QLatin1String("AutoRemove")).toBool();
    request.memory = qint64(host.value(QLatin1String("Memory")).toDouble());
    request.pidsLimit = qint64(host.value(QLatin1String("PidsLimit")).toDouble());
    request.init = host.value(QLatin1String("Init")).toBool();
    const QString mode = host.value(QLatin1String("NetworkMode")).toString();
    request.network = mode == QLatin1String("default") ? QString() : mode;
    const QJsonObject policy = host.value(QLatin1String("RestartPolicy")).toObject();
    const QString policyName = policy.value(QLatin1String("Name")).toString();
    const int retries = policy.value(QLatin1String("MaximumRetryCount")).toInt();
    if (!policyName.isEmpty())
        request.restart = retries > 0 ? QStringLiteral("%1:%2").arg(policyName).arg(retries) : policyName;
}

} // namespace

QJsonObject containerSummaryJson(const ContainerRecord &record)
{
    const ContainerConfig &config = record.config;
    QJsonObject networks;
    for (const NetworkAttachment &attachment : record.state.network.attachments())
        networks.insert(attachment.network, QJsonObject{{QStringLiteral("NetworkID"), attachment.networkId},
                                                        {QStringLiteral("IPAddress"), attachment.address},
                                                        {QStringLiteral("IPPrefixLen"), attachment.prefixLength},
                                                        {QStringLiteral("Gateway"), attachment.gateway},
                                                        {QStringLiteral("MacAddress"), attachment.macAddress}});
    return QJsonObject{{QStringLiteral("Id"), config.id},
                       {QStringLiteral("Names"), QJsonArray{QString(QLatin1Char('/') + config.name)}},
                       {QStringLiteral("Image"), config.image},
                       {QStringLiteral("ImageID"), config.imageId},
                       {QStringLiteral("Command"), config.processArgs().join(QLatin1Char(' '))},
                       {QStringLiteral("Created"), config.created.toSecsSinceEpoch()},
                       {QStringLiteral("Ports"), portsJson(record)},
                       {QStringLiteral("Labels"), config.labels},
                       {QStringLiteral("State"), stateName(record.state.state)},
                       {QStringLiteral("Status"), dockerStatus(record, QDateTime::currentDateTimeUtc())},
                       {QStringLiteral("HostConfig"), QJsonObject{{QStringLiteral("NetworkMode"), config.networkMode}}},
                       {QStringLiteral("NetworkSettings"), QJsonObject{{QStringLiteral("Networks"), networks}}},
                       {QStringLiteral("Mounts"), QJsonArray()}};
}

Result<CreateRequest> createRequestFromJson(const QJsonObject &body, const QString &name)
{
    CreateRequest request;
    request.image = body.value(QLatin1String("Image")).toString();
    if (request.image.isEmpty())
        return fail(QStringLiteral("No image was specified"));
    request.name = name;
    const QStringList entrypoint = stringList(body.value(QLatin1String("Entrypoint")));
    request.command = stringList(body.value(QLatin1String("Cmd")));
    if (!entrypoint.isEmpty()) { // the engine takes one entrypoint word; the rest leads the command
        request.entrypoint = entrypoint.first();
        request.entrypointSet = true;
        request.command = entrypoint.mid(1) + request.command;
    }
    request.env = stringList(body.value(QLatin1String("Env")));
    request.workingDir = body.value(QLatin1String("WorkingDir")).toString();
    request.user = body.value(QLatin1String("User")).toString();
    request.hostname = body.value(QLatin1String("Hostname")).toString();
    request.tty = body.value(QLatin1String("Tty")).toBool();
    request.interactive = body.value(QLatin1String("OpenStdin")).toBool();
    request.labels = body.value(QLatin1String("Labels")).toObject();
    request.stopSignal = body.value(QLatin1String("StopSignal")).toString();
    if (body.contains(QLatin1String("StopTimeout")) && !body.value(QLatin1String("StopTimeout")).isNull())
        request.stopTimeout = body.value(QLatin1String("StopTimeout")).toInt();
    request.pull = QStringLiteral("never"); // a missing image is 404: the client pulls
    const QJsonObject host = body.value(QLatin1String("HostConfig")).toObject();
    readHostConfig(host, request);
    auto ports = portBindings(host.value(QLatin1String("PortBindings")).toObject());
    if (!ports)
        return std::unexpected(ports.error());
    request.ports = *ports;
    auto mounts = binds(host.value(QLatin1String("Binds")).toArray());
    if (!mounts)
        return std::unexpected(mounts.error());
    request.volumes = *mounts;
    // NetworkingConfig: the aliases and address on each network it joins (docker-compose names each
    // container by its service); the first is HostConfig's NetworkMode, the others its further networks.
    const QJsonObject endpoints = body.value(QLatin1String("NetworkingConfig")).toObject().value(QLatin1String("EndpointsConfig")).toObject();
    const QString network = request.network.isEmpty() ? endpoints.keys().value(0) : request.network;
    if (request.network.isEmpty() && !network.isEmpty() && network != QLatin1String("default"))
        request.network = network;
    for (auto it = endpoints.begin(); it != endpoints.end(); ++it) {
        const QJsonObject endpoint = it.value().toObject();
        NetworkEndpointConfig config{it.key(), stringList(endpoint.value(QLatin1String("Aliases"))),
                                     endpoint.value(QLatin1String("IPAMConfig")).toObject().value(QLatin1String("IPv4Address")).toString()};
        if (it.key() == network) {
            request.networkAliases = config.aliases;
            request.ipv4Address = config.ipv4Address;
        } else {
            request.extraNetworks.append(config);
        }
    }
    return request;
}

} // namespace porthole::api
