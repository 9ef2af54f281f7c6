// network create/ls/inspect/rm and port.
#include "cli/commandcontext.h"
#include "cli/verbs.h"
#include "containers/containerengine.h"
#include "containers/networkinspect.h"
#include "cli/gotemplate.h"
#include "cli/tabwriter.h"

#include <QJsonArray>
#include <algorithm>
#include <QJsonDocument>

namespace porthole {
namespace {

Status createNetwork(const CommandContext &c)
{
    const QString driver = c.command.value(QStringLiteral("driver"), QStringLiteral("bridge"));
    if (driver != QLatin1String("bridge"))
        return fail(QStringLiteral("network driver \"%1\" is not supported: only bridge").arg(driver));
    NetworkCreateRequest request;
    request.name = c.command.args.first();
    request.subnet = c.command.value(QStringLiteral("subnet"));
    request.gateway = c.command.value(QStringLiteral("gateway"));
    if (!request.gateway.isEmpty() && request.subnet.isEmpty())
        return fail(QStringLiteral("--gateway needs --subnet"));
    for (const QString &label : c.command.values(QStringLiteral("label")))
        request.labels.insert(label.section(QLatin1Char('='), 0, 0), label.section(QLatin1Char('='), 1));
    NetworkStore networks(c.store.paths());
    auto network = networks.create(request);
    if (!network)
        return std::unexpected(network.error());
    c.line(network->id);
    return {};
}

Status listNetworks(const CommandContext &c)
{
    NetworkStore networks(c.store.paths());
    auto all = networks.list();
    if (!all)
        return std::unexpected(all.error());
    const bool noTrunc = c.command.isSet(QStringLiteral("no-trunc"));
    auto shown = [&](const QString &id) { return noTrunc ? id : id.left(12); };
    QList<QStringList> rows;
    for (const NetworkConfig &network : std::as_const(*all))
        rows.append({shown(network.id), network.name, QStringLiteral("bridge"), QStringLiteral("local")});
    rows.append({shown(predefinedNetworkId(QStringLiteral("host"))), QStringLiteral("host"), QStringLiteral("host"), QStringLiteral("local")});
    rows.append({shown(predefinedNetworkId(QStringLiteral("none"))), QStringLiteral("none"), QStringLiteral("null"), QStringLiteral("local")});
    std::sort(rows.begin(), rows.end(), [](const QStringList &a, const QStringList &b) { return a.at(1) < b.at(1); }); // by name, as Docker
    if (c.command.isSet(QStringLiteral("format"))) {
        QList<QJsonObject> objects;
        for (const QStringList &row : std::as_const(rows))
            objects.append({{QLatin1String("ID"), row.at(0)}, {QLatin1String("Name"), row.at(1)}, {QLatin1String("Driver"), row.at(2)},
                            {QLatin1String("Scope"), row.at(3)}, {QLatin1String("IPv6"), QStringLiteral("false")},
                            {QLatin1String("Internal"), QStringLiteral("false")}});
        return printTemplated(c, c.command.value(QStringLiteral("format")), objects, {{QStringLiteral("ID"), QStringLiteral("NETWORK ID")}});
    }
    if (c.command.isSet(QStringLiteral("quiet"))) {
        for (const QStringList &row : std::as_const(rows))
            c.line(row.first());
        return {};
    }
    c.out(formatTable({QStringLiteral("NETWORK ID"), QStringLiteral("NAME"), QStringLiteral("DRIVER"), QStringLiteral("SCOPE")}, rows));
    return {};
}

Status inspectNetworks(const CommandContext &c)
{
    ContainerEngine engine(c.store, c.runtime);
    auto containers = engine.list();
    if (!containers)
        return std::unexpected(containers.error());
    QJsonArray all;
    QStringList notFound;
    for (const QString &name : c.command.args) {
        if (auto network = engine.networks().find(name))
            all.append(networkInspectJson(*network, *containers));
        else
            notFound.append(QStringLiteral("No such network: ") + name); // Docker's words here
    }
    return printInspected(c, all, notFound);
}

Status removeNetworks(const CommandContext &c)
{
    ContainerEngine engine(c.store, c.runtime);
    QStringList errors; // each one reported, as Docker does
    for (const QString &name : c.command.args) {
        if (name == QLatin1String("none") || name == QLatin1String("host"))
            errors.append(QStringLiteral("%1 is a pre-defined network and cannot be removed").arg(name));
        else if (!engine.networks().find(name))
            errors.append(QStringLiteral("No such network: ") + name);
        else if (auto ok = engine.removeNetwork(name); !ok)
            errors.append(ok.error().message);
        else
            c.line(name);
    }
    for (qsizetype i = 0; i + 1 < errors.size(); ++i)
        if (c.io.err)
            c.io.err(QStringLiteral("Error: ") + errors.at(i) + QLatin1Char('\n'));
    return errors.isEmpty() ? Status{} : fail(errors.last());
}

Status showPorts(const CommandContext &c)
{
    ContainerEngine engine(c.store, c.runtime);
    auto record = engine.find(c.command.args.first());
    if (!record)
        return std::unexpected(record.error());
    const QString wanted = c.command.args.value(1);
    bool any = false;
    for (const PortBinding &port : record->state.network.ports) {
        if (!wanted.isEmpty() && wanted != port.containerKey() && wanted != QString::number(port.containerPort))
            continue;
        any = true;
        const QString host = (port.hostIp.isEmpty() ? QStringLiteral("0.0.0.0") : port.hostIp) + QLatin1Char(':') + QString::number(port.hostPort);
        c.line(wanted.isEmpty() ? port.containerKey() + QStringLiteral(" -> ") + host : host);
    }
    if (!wanted.isEmpty() && !any)
        return fail(QStringLiteral("No public port '%1' published for %2").arg(wanted.contains(QLatin1Char('/')) ? wanted : wanted + QStringLiteral("/tcp"),
                                                                                 c.command.args.first()));
    return {};
}

} // namespace

QList<CommandSpec> networkVerbs()
{
    return {
        Verb("network create", "[OPTIONS] NETWORK", "Create a network", createNetwork).args(1, 1)
            .option("subnet", 0, "Subnet in CIDR format (default: a free /16)").option("gateway", 0, "IPv4 gateway for the subnet")
            .option("driver", 'd', "Driver to manage the network (bridge)").option("label", 0, "Set metadata on a network"),
        Verb("network ls", "[OPTIONS]", "List networks", listNetworks).aliases({"network list"}).args(0, 0)
            .flag("quiet", 'q', "Only display network IDs").flag("no-trunc", 0, "Do not truncate the output")
            .option("format", 0, "Pretty-print networks using a Go template"),
        Verb("network inspect", "[OPTIONS] NETWORK [NETWORK...]", "Display detailed information on one or more networks", inspectNetworks)
            .args(1).option("format", 'f', "Format output using a Go template"),
        Verb("network rm", "NETWORK [NETWORK...]", "Remove one or more networks", removeNetworks).aliases({"network remove"}).args(1),
        Verb("container port", "CONTAINER [PRIVATE_PORT[/PROTO]]", "List port mappings or a specific mapping for the container", showPorts)
            .aliases({"port"}).args(1, 2),
    };
}

} // namespace porthole
