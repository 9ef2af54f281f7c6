// A container as Docker shows it: inspect's JSON, the STATUS and PORTS
// columns.
#include "containers/containerinspect.h"

#include "base/humanize.h"
#include "containers/networkhosts.h"
#include "network/netns.h"
#include "network/networkstore.h"

#include <QJsonArray>

namespace porthole {

QString publishedPortsText(const ContainerRecord &record)
{
    QStringList texts;
    for (const PortBinding &port : record.state.network.ports)
        texts.append(port.toText());
    return texts.join(QStringLiteral(", "));
}

QJsonObject portBindingsJson(const QList<PortBinding> &ports)
{
    QJsonObject bindings;
    for (const PortBinding &port : ports) {
        QJsonArray list = bindings.value(port.containerKey()).toArray();
        list.append(QJsonObject{{QLatin1String("HostIp"), port.hostIp},
                                {QLatin1String("HostPort"), port.hostPort ? QString::number(port.hostPort) : QString()}});
        bindings.insert(port.containerKey(), list);
    }
    return bindings;
}

namespace {

// One network's entry of NetworkSettings.Networks: on a user network it
// joined, Docker also answers to the short id there.
QJsonObject endpointJson(const ContainerRecord &record, const QString &network, const NetworkAttachment *attached)
{
    QStringList aliases = aliasesOn(record.config, network);
    if (attached && network != kDefaultNetwork && !aliases.contains(record.shortId()))
        aliases.append(record.shortId());
    const QString requested = requestedAddressOn(record.config, network);
    return {{QLatin1String("NetworkID"), attached ? attached->networkId : QString()},
            {QLatin1String("IPAMConfig"), requested.isEmpty() ? QJsonValue() : QJsonValue(QJsonObject{{QLatin1String("IPv4Address"), requested}})},
            {QLatin1String("Aliases"), aliases.isEmpty() ? QJsonValue() : QJsonValue(QJsonArray::fromStringList(aliases))},
            {QLatin1String("Gateway"), attached ? attached->gateway : QString()},
            {QLatin1String("IPAddress"), attached ? attached->address : QString()},
            {QLatin1String("IPPrefixLen"), attached ? attached->prefixLength : 0},
            {QLatin1String("MacAddress"), attached ? attached->macAddress : QString()}};
}

} // namespace

QJsonObject networkSettingsJson(const ContainerRecord &record)
{
    const ContainerNetworkState &net = record.state.network;
    QJsonObject networks;
    if (net.isConnected()) {
        const QList<NetworkAttachment> attachments = net.attachments();
        for (const NetworkAttachment &attachment : attachments)
            networks.insert(attachment.network, endpointJson(record, attachment.network, &attachment));
    } else {
        if (!isSpecialNetworkMode(record.config.networkMode) || record.config.networkMode == QLatin1String("host"))
            networks.insert(record.config.networkMode, endpointJson(record, record.config.networkMode, nullptr));
        for (const NetworkEndpointConfig &endpoint : record.config.extraNetworks)
            networks.insert(endpoint.network, endpointJson(record, endpoint.network, nullptr));
    }
    return {{QLatin1String("SandboxKey"), net.isConnected() ? networkNamespacePath(net.namespaceName) : QString()},
            {QLatin1String("Ports"), portBindingsJson(net.isConnected() ? net.ports : QList<PortBinding>())},
            {QLatin1String("IPAddress"), net.address},
            {QLatin1String("IPPrefixLen"), net.prefixLength},
            {QLatin1String("Gateway"), net.gateway},
            {QLatin1String("MacAddress"), net.macAddress},
            {QLatin1String("Networks"), networks}};
}

namespace {

QString inspectTime(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QStringLiteral("0001-01-01T00:00:00Z");
}

QJsonObject stateJson(const ContainerRuntimeState &s)
{
    return {{QLatin1String("Status"), stateName(s.state)},
            {QLatin1String("Running"), s.isLive()},
            {QLatin1String("Paused"), s.state == ContainerState::Paused},
            {QLatin1String("Restarting"), false},
            {QLatin1String("OOMKilled"), false},
            {QLatin1String("Dead"), s.state == ContainerState::Dead},
            {QLatin1String("Pid"), s.pid},
            {QLatin1String("ExitCode"), s.exitCode},
            {QLatin1String("Error"), QString()},
            {QLatin1String("StartedAt"), inspectTime(s.startedAt)},
            {QLatin1String("FinishedAt"), inspectTime(s.finishedAt)}};
}

QJsonArray mountsJson(const QList<MountSpec> &volumes, const VolumeStore &store)
{
    QJsonArray mounts;
    for (const MountSpec &mount : volumes) {
        QJsonObject json{{QLatin1String("Type"), mount.typeName()},
                         {QLatin1String("Source"), mount.type == MountSpec::Type::Volume ? store.dataDir(mount.source) : mount.source},
                         {QLatin1String("Destination"), mount.destination},
                         {QLatin1String("Mode"), mount.readOnly ? QStringLiteral("ro") : mount.type == MountSpec::Type::Volume ? QStringLiteral("z") : QString()},
                         {QLatin1String("RW"), !mount.readOnly},
                         {QLatin1String("Propagation"), mount.type == MountSpec::Type::Bind ? QStringLiteral("rprivate") : QString()}};
        if (mount.type == MountSpec::Type::Volume) {
            json.insert(QLatin1String("Name"), mount.source);
            json.insert(QLatin1String("Driver"), QStringLiteral("local"));
        }
        mounts.append(json);
    }
    return mounts;
}

// -v mounts are HostConfig.Binds ("SOURCE:DESTINATION[:ro]"), --mount ones HostConfig.Mounts.
QJsonObject hostConfigJson(const ContainerConfig &c)
{
    QJsonArray binds, mounts;
    for (const MountSpec &mount : c.volumes) {
        if (mount.fromMountFlag)
            mounts.append(QJsonObject{{QLatin1String("Type"), mount.typeName()}, {QLatin1String("Source"), mount.source},
                                      {QLatin1String("Target"), mount.destination}, {QLatin1String("ReadOnly"), mount.readOnly}});
        else if (!mount.anonymous)
            binds.append(mount.bindText());
    }
    return {{QLatin1String("Binds"), binds.isEmpty() ? QJsonValue() : QJsonValue(binds)},
            {QLatin1String("Mounts"), mounts},
            {QLatin1String("AutoRemove"), c.autoRemove},
            {QLatin1String("Memory"), c.memory},
            {QLatin1String("PidsLimit"), c.pidsLimit},
            {QLatin1String("NetworkMode"), c.networkMode},
            // The log conmon keeps, which `logs` reads: what Docker's clients call json-file.
            {QLatin1String("LogConfig"), QJsonObject{{QLatin1String("Type"), QStringLiteral("json-file")}, {QLatin1String("Config"), QJsonObject()}}},
            {QLatin1String("PortBindings"), portBindingsJson(c.ports)},
            {QLatin1String("Init"), c.init ? QJsonValue(true) : QJsonValue(QJsonValue::Null)},
            {QLatin1String("RestartPolicy"),
             QJsonObject{{QLatin1String("Name"), c.restartPolicy.isEmpty() ? QStringLiteral("no") : c.restartPolicy},
                         {QLatin1String("MaximumRetryCount"), c.restartRetries}}}};
}

QJsonObject graphDriverJson(const ContainerStore &store, const QString &id, const QStringList &layerDirs)
{
    QStringList lowers; // highest first, as overlayfs lists them
    for (auto it = layerDirs.crbegin(); it != layerDirs.crend(); ++it)
        lowers.append(*it);
    return {{QLatin1String("Name"), QStringLiteral("overlay")},
            {QLatin1String("Data"), QJsonObject{{QLatin1String("LowerDir"), lowers.join(QLatin1Char(':'))},
                                                {QLatin1String("UpperDir"), store.writableLayerDir(id)},
                                                {QLatin1String("WorkDir"), store.overlayWorkDir(id)},
                                                {QLatin1String("MergedDir"), store.rootfsDir(id)}}}};
}

QJsonObject configJson(const ContainerConfig &c)
{
    return {{QLatin1String("Hostname"), c.hostname},
            {QLatin1String("User"), c.user},
            {QLatin1String("Tty"), c.tty},
            {QLatin1String("OpenStdin"), c.openStdin},
            {QLatin1String("Env"), QJsonArray::fromStringList(c.env)},
            {QLatin1String("Cmd"), QJsonArray::fromStringList(c.cmd)},
            {QLatin1String("Image"), c.image},
            {QLatin1String("WorkingDir"), c.workingDir},
            {QLatin1String("Entrypoint"), c.entrypoint.isEmpty() ? QJsonValue() : QJsonValue(QJsonArray::fromStringList(c.entrypoint))},
            {QLatin1String("Labels"), c.labels},
            {QLatin1String("StopSignal"), c.stopSignal.isEmpty() ? QStringLiteral("SIGTERM") : c.stopSignal},
            {QLatin1String("StopTimeout"), c.stopTimeout}};
}

} // namespace

QJsonObject inspectContainer(const ContainerStore &store, const VolumeStore &volumes, const ContainerRecord &record, const QStringList &layerDirs)
{
    const ContainerConfig &c = record.config;
    const QString dir = store.dir(c.id);
    const QStringList args = c.processArgs();
    return {
        {QLatin1String("Id"), c.id},
        {QLatin1String("Created"), inspectTime(c.created)},
        {QLatin1String("Path"), args.value(0)},
        {QLatin1String("Args"), QJsonArray::fromStringList(args.mid(1))},
        {QLatin1String("State"), stateJson(record.state)},
        {QLatin1String("Image"), c.imageId},
        {QLatin1String("ResolvConfPath"), QString(dir + QStringLiteral("/resolv.conf"))},
        {QLatin1String("HostnamePath"), QString(dir + QStringLiteral("/hostname"))},
        {QLatin1String("HostsPath"), QString(dir + QStringLiteral("/hosts"))},
        {QLatin1String("LogPath"), store.logPath(c.id)},
        {QLatin1String("Name"), QString(QLatin1Char('/') + c.name)},
        {QLatin1String("RestartCount"), record.state.restartCount},
        {QLatin1String("Driver"), QStringLiteral("overlay")},
        {QLatin1String("Platform"), QStringLiteral("linux")},
        {QLatin1String("HostConfig"), hostConfigJson(c)},
        {QLatin1String("GraphDriver"), graphDriverJson(store, c.id, layerDirs)},
        {QLatin1String("Mounts"), mountsJson(c.volumes, volumes)},
        {QLatin1String("Config"), configJson(c)},
        {QLatin1String("NetworkSettings"), networkSettingsJson(record)},
    };
}

QString dockerStatus(const ContainerRecord &record, const QDateTime &now)
{
    switch (record.state.state) {
    case ContainerState::Created:
        return QStringLiteral("Created");
    case ContainerState::Running:
        return QStringLiteral("Up ") + humanDuration(record.state.startedAt.msecsTo(now));
    case ContainerState::Paused:
        return QStringLiteral("Up ") + humanDuration(record.state.startedAt.msecsTo(now)) + QStringLiteral(" (Paused)");
    case ContainerState::Exited:
        return QStringLiteral("Exited (%1) %2 ago").arg(record.state.exitCode).arg(humanDuration(record.state.finishedAt.msecsTo(now)));
    case ContainerState::Removing:
        return QStringLiteral("Removal In Progress");
    case ContainerState::Dead:
        return QStringLiteral("Dead");
    }
    return {};
}

} // namespace porthole
