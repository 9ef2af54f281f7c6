// volume create/ls/inspect/rm/prune, with Docker's columns and texts.
#include "cli/commandcontext.h"
#include "cli/listing.h"
#include "cli/verbs.h"
#include "base/humanize.h"
#include "containers/containerengine.h"

#include <QJsonArray>

namespace porthole {
namespace {

QJsonObject keyValues(const QStringList &pairs)
{
    QJsonObject object;
    for (const QString &pair : pairs)
        object.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
    return object;
}

Status createVolume(const CommandContext &c)
{
    VolumeCreateRequest request;
    request.name = c.command.value(QStringLiteral("name"));
    if (!c.command.args.isEmpty()) {
        if (!request.name.isEmpty())
            return fail(QStringLiteral("conflicting options: cannot specify a volume-name through both --name and as a positional arg"));
        request.name = c.command.args.first();
    }
    request.driver = c.command.value(QStringLiteral("driver"), QStringLiteral("local"));
    request.labels = keyValues(c.command.values(QStringLiteral("label")));
    request.options = keyValues(c.command.values(QStringLiteral("opt")));
    ContainerEngine engine(c.store, c.runtime);
    auto volume = engine.createVolume(request);
    if (!volume)
        return std::unexpected(Error{volume.error().message, 1});
    c.line(volume->name);
    return {};
}

// -f dangling=true|false, name=, label=KEY[=VALUE], driver=.
Result<bool> volumeMatches(const VolumeUsage &usage, const QStringList &filters)
{
    for (const QString &filter : filters) {
        const QString key = filter.section(QLatin1Char('='), 0, 0);
        const QString value = filter.section(QLatin1Char('='), 1);
        if (key == QLatin1String("dangling")) {
            if (value != QLatin1String("true") && value != QLatin1String("false") && value != QLatin1String("1") && value != QLatin1String("0"))
                return fail(QStringLiteral("invalid filter 'dangling=%1'").arg(value));
            if (usage.containers.isEmpty() != (value == QLatin1String("true") || value == QLatin1String("1")))
                return false;
        } else if (key == QLatin1String("name")) {
            if (!usage.volume.name.contains(value))
                return false;
        } else if (key == QLatin1String("driver")) {
            if (usage.volume.driver != value)
                return false;
        } else if (key == QLatin1String("label")) {
            const QString labelKey = value.section(QLatin1Char('='), 0, 0);
            if (!usage.volume.labels.contains(labelKey)
                || (value.contains(QLatin1Char('=')) && usage.volume.labels.value(labelKey).toString() != value.section(QLatin1Char('='), 1)))
                return false;
        } else {
            return fail(QStringLiteral("invalid filter '%1'").arg(filter));
        }
    }
    return true;
}

QJsonObject volumeTemplateData(const VolumeUsage &usage)
{
    QStringList labels;
    for (auto it = usage.volume.labels.begin(); it != usage.volume.labels.end(); ++it)
        labels.append(it.key() + QLatin1Char('=') + it.value().toString());
    return {{QLatin1String("Name"), usage.volume.name},
            {QLatin1String("Driver"), usage.volume.driver},
            {QLatin1String("Scope"), QStringLiteral("local")},
            {QLatin1String("Mountpoint"), usage.volume.mountpoint},
            {QLatin1String("Labels"), labels.join(QLatin1Char(','))},
            {QLatin1String("Links"), QString::number(usage.containers.size())},
            {QLatin1String("Size"), usage.size >= 0 ? humanSizePrecision(double(usage.size), 4) : QStringLiteral("N/A")},
            {QLatin1String("CreatedAt"), usage.volume.createdAt.toUTC().toString(Qt::ISODate)}};
}

Status listVolumes(const CommandContext &c)
{
    const QString format = c.command.value(QStringLiteral("format"));
    ContainerEngine engine(c.store, c.runtime);
    auto usage = engine.volumeUsage(format.contains(QLatin1String(".Size")));
    if (!usage)
        return std::unexpected(usage.error());
    Listing listing;
    listing.header = {QStringLiteral("DRIVER"), QStringLiteral("VOLUME NAME")};
    listing.headings = {{QStringLiteral("Name"), QStringLiteral("VOLUME NAME")}, {QStringLiteral("Driver"), QStringLiteral("DRIVER")},
                        {QStringLiteral("Mountpoint"), QStringLiteral("MOUNTPOINT")}, {QStringLiteral("Links"), QStringLiteral("LINKS")},
                        {QStringLiteral("CreatedAt"), QStringLiteral("CREATED")}};
    for (const VolumeUsage &volume : std::as_const(*usage)) {
        auto wanted = volumeMatches(volume, c.command.values(QStringLiteral("filter")));
        if (!wanted)
            return std::unexpected(wanted.error());
        if (!*wanted)
            continue;
        if (c.command.isSet(QStringLiteral("quiet"))) {
            c.line(volume.volume.name);
            continue;
        }
        listing.rows.append({volume.volume.driver, volume.volume.name});
        listing.data.append(volumeTemplateData(volume));
    }
    if (c.command.isSet(QStringLiteral("quiet")))
        return {};
    return printListing(c, format, listing);
}

Status inspectVolumes(const CommandContext &c)
{
    ContainerEngine engine(c.store, c.runtime);
    QJsonArray all;
    for (const QString &name : c.command.args) {
        auto volume = engine.volumes().find(name);
        if (!volume)
            return std::unexpected(volume.error());
        all.append(volume->inspectJson());
    }
    return printInspected(c, all);
}

Status removeVolumes(const CommandContext &c)
{
    ContainerEngine engine(c.store, c.runtime);
    bool anyFailed = false;
    for (const QString &name : c.command.args) {
        if (auto ok = engine.removeVolume(name, c.command.isSet(QStringLiteral("force"))); !ok) {
            if (c.io.err)
                c.io.err(QStringLiteral("Error: ") + ok.error().message + QLatin1Char('\n'));
            anyFailed = true;
            continue;
        }
        c.line(name);
    }
    return anyFailed ? fail(QString()) : Status{};
}

Status pruneVolumes(const CommandContext &c)
{
    const bool all = c.command.isSet(QStringLiteral("all"));
    const QString warning = all ? QStringLiteral("WARNING! This will remove all local volumes not used by at least one container.\n"
                                                 "Are you sure you want to continue?")
                                : QStringLiteral("WARNING! This will remove anonymous local volumes not used by at least one container.\n"
                                                 "Are you sure you want to continue?");
    PruneReport report;
    if (c.command.isSet(QStringLiteral("force")) || confirm(c, warning)) {
        ContainerEngine engine(c.store, c.runtime);
        auto pruned = engine.pruneVolumes(all);
        if (!pruned)
            return std::unexpected(pruned.error());
        report = *pruned;
    }
    if (!report.items.isEmpty())
        c.line(QStringLiteral("Deleted Volumes:\n") + report.items.join(QLatin1Char('\n')) + QLatin1Char('\n'));
    c.line(QStringLiteral("Total reclaimed space: ") + humanSizePrecision(double(report.reclaimed), 4));
    return {};
}

} // namespace

QList<CommandSpec> volumeVerbs()
{
    return {
        Verb("volume create", "[OPTIONS] [VOLUME]", "Create a volume", createVolume).args(0, 1)
            .option("driver", 'd', "Specify volume driver name").option("name", 0, "Specify volume name")
            .option("opt", 'o', "Set driver specific options").option("label", 0, "Set metadata for a volume"),
        Verb("volume ls", "[OPTIONS]", "List volumes", listVolumes).aliases({"volume list"}).args(0, 0)
            .flag("quiet", 'q', "Only display volume names").option("format", 0, "Format output using a custom template")
            .option("filter", 'f', "Provide filter values (e.g. \"dangling=true\")"),
        Verb("volume inspect", "[OPTIONS] VOLUME [VOLUME...]", "Display detailed information on one or more volumes", inspectVolumes)
            .args(1).option("format", 'f', "Format output using a custom template"),
        Verb("volume rm", "[OPTIONS] VOLUME [VOLUME...]", "Remove one or more volumes", removeVolumes).aliases({"volume remove"}).args(1)
            .flag("force", 'f', "Force the removal of one or more volumes"),
        Verb("volume prune", "[OPTIONS]", "Remove unused local volumes", pruneVolumes).args(0, 0)
            .flag("all", 'a', "Remove all unused volumes, not just anonymous ones").flag("force", 'f', "Do not prompt for confirmation"),
    };
}

} // namespace porthole
