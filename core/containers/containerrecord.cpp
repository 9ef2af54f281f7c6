#include "containers/containerrecord.h"

#include <QJsonArray>

namespace porthole {
namespace {

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList toList(const QJsonValue &value)
{
    QStringList list;
    for (const auto &item : value.toArray())
        list.append(item.toString());
    return list;
}

QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QStringLiteral("0001-01-01T00:00:00Z");
}

QDateTime parseTime(const QJsonValue &value)
{
    const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() && time.date().year() > 1 ? time : QDateTime();
}

QJsonArray portsToJson(const QList<PortBinding> &ports)
{
    QJsonArray array;
    for (const PortBinding &port : ports)
        array.append(port.toJson());
    return array;
}

QList<PortBinding> portsFromJson(const QJsonValue &value)
{
    QList<PortBinding> ports;
    for (const auto &item : value.toArray())
        ports.append(PortBinding::fromJson(item.toObject()));
    return ports;
}

} // namespace

QJsonObject ContainerNetworkState::toJson() const
{
    if (!isConnected())
        return {};
    return {{QLatin1String("Namespace"), namespaceName},
            {QLatin1String("Network"), network},
            {QLatin1String("NetworkId"), networkId},
            {QLatin1String("CniResult"), cniResult},
            {QLatin1String("IPAddress"), address},
            {QLatin1String("IPPrefixLen"), prefixLength},
            {QLatin1String("Gateway"), gateway},
            {QLatin1String("MacAddress"), macAddress},
            {QLatin1String("Ports"), portsToJson(ports)}};
}

ContainerNetworkState ContainerNetworkState::fromJson(const QJsonObject &json)
{
    ContainerNetworkState state;
    state.namespaceName = json.value(QLatin1String("Namespace")).toString();
    state.network = json.value(QLatin1String("Network")).toString();
    state.networkId = json.value(QLatin1String("NetworkId")).toString();
    state.cniResult = json.value(QLatin1String("CniResult")).toObject();
    state.address = json.value(QLatin1String("IPAddress")).toString();
    state.prefixLength = json.value(QLatin1String("IPPrefixLen")).toInt();
    state.gateway = json.value(QLatin1String("Gateway")).toString();
    state.macAddress = json.value(QLatin1String("MacAddress")).toString();
    state.ports = portsFromJson(json.value(QLatin1String("Ports")));
    return state;
}

QJsonObject ContainerConfig::toJson() const
{
    QJsonArray mounts;
    for (const MountSpec &mount : volumes)
        mounts.append(mount.toJson());
    return {{QLatin1String("Id"), id},
            {QLatin1String("Name"), name},
            {QLatin1String("Image"), image},
            {QLatin1String("ImageId"), imageId},
            {QLatin1String("Entrypoint"), toArray(entrypoint)},
            {QLatin1String("Cmd"), toArray(cmd)},
            {QLatin1String("Env"), toArray(env)},
            {QLatin1String("WorkingDir"), workingDir},
            {QLatin1String("User"), user},
            {QLatin1String("Hostname"), hostname},
            {QLatin1String("Tty"), tty},
            {QLatin1String("OpenStdin"), openStdin},
            {QLatin1String("AutoRemove"), autoRemove},
            {QLatin1String("Labels"), labels},
            {QLatin1String("StopSignal"), stopSignal},
            {QLatin1String("StopTimeout"), stopTimeout},
            {QLatin1String("Memory"), memory},
            {QLatin1String("PidsLimit"), pidsLimit},
            {QLatin1String("Mounts"), mounts},
            {QLatin1String("Init"), init},
            {QLatin1String("RestartPolicy"), restartPolicy},
            {QLatin1String("RestartRetries"), restartRetries},
            {QLatin1String("NetworkMode"), networkMode},
            {QLatin1String("NetworkAliases"), toArray(networkAliases)},
            {QLatin1String("Ports"), portsToJson(ports)},
            {QLatin1String("Created"), timeText(created)}};
}

Result<ContainerConfig> ContainerConfig::fromJson(const QJsonObject &json)
{
    ContainerConfig config;
    config.id = json.value(QLatin1String("Id")).toString();
    if (config.id.size() != 64)
        return fail(QStringLiteral("damaged container record: bad id"));
    config.name = json.value(QLatin1String("Name")).toString();
    config.image = json.value(QLatin1String("Image")).toString();
    config.imageId = json.value(QLatin1String("ImageId")).toString();
    config.entrypoint = toList(json.value(QLatin1String("Entrypoint")));
    config.cmd = toList(json.value(QLatin1String("Cmd")));
    config.env = toList(json.value(QLatin1String("Env")));
    config.workingDir = json.value(QLatin1String("WorkingDir")).toString();
    config.user = json.value(QLatin1String("User")).toString();
    config.hostname = json.value(QLatin1String("Hostname")).toString();
    config.tty = json.value(QLatin1String("Tty")).toBool();
    config.openStdin = json.value(QLatin1String("OpenStdin")).toBool();
    config.autoRemove = json.value(QLatin1String("AutoRemove")).toBool();
    config.labels = json.value(QLatin1String("Labels")).toObject();
    config.stopSignal = json.value(QLatin1String("StopSignal")).toString();
    config.stopTimeout = json.value(QLatin1String("StopTimeout")).toInt(10);
    config.memory = json.value(QLatin1String("Memory")).toInteger();
    config.pidsLimit = json.value(QLatin1String("PidsLimit")).toInteger();
    for (const auto &value : json.value(QLatin1String("Mounts")).toArray())
        config.volumes.append(MountSpec::fromJson(value.toObject()));
    config.init = json.value(QLatin1String("Init")).toBool();
    config.restartPolicy = json.value(QLatin1String("RestartPolicy")).toString(QStringLiteral("no"));
    config.restartRetries = json.value(QLatin1String("RestartRetries")).toInt();
    config.networkMode = json.value(QLatin1String("NetworkMode")).toString(QStringLiteral("porthole"));
    config.networkAliases = toList(json.value(QLatin1String("NetworkAliases")));
    config.ports = portsFromJson(json.value(QLatin1String("Ports")));
    config.created = parseTime(json.value(QLatin1String("Created")));
    return config;
}

QJsonObject ContainerRuntimeState::toJson() const
{
    return {{QLatin1String("Status"), stateName(state)},
            {QLatin1String("Pid"), pid},
            {QLatin1String("MonitorPid"), monitorPid},
            {QLatin1String("ExitCode"), exitCode},
            {QLatin1String("StartedAt"), timeText(startedAt)},
            {QLatin1String("FinishedAt"), timeText(finishedAt)},
            {QLatin1String("RestartCount"), restartCount},
            {QLatin1String("StoppedByUser"), stoppedByUser},
            {QLatin1String("Network"), network.toJson()}};
}

ContainerRuntimeState ContainerRuntimeState::fromJson(const QJsonObject &json)
{
    ContainerRuntimeState state;
    state.state = stateFromName(json.value(QLatin1String("Status")).toString()).value_or(ContainerState::Dead);
    state.pid = json.value(QLatin1String("Pid")).toInteger();
    state.monitorPid = json.value(QLatin1String("MonitorPid")).toInteger();
    state.exitCode = json.value(QLatin1String("ExitCode")).toInt();
    state.startedAt = parseTime(json.value(QLatin1String("StartedAt")));
    state.finishedAt = parseTime(json.value(QLatin1String("FinishedAt")));
    state.restartCount = json.value(QLatin1String("RestartCount")).toInt();
    state.stoppedByUser = json.value(QLatin1String("StoppedByUser")).toBool();
    state.network = ContainerNetworkState::fromJson(json.value(QLatin1String("Network")).toObject());
    return state;
}

} // namespace porthole
