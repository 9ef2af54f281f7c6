// Disk use and its clean-up: system df, system prune and the prune of
// each kind (containers, images, networks), with Docker's warnings,
// reports and "Total reclaimed space".
#include "cli/commandcontext.h"
#include "cli/listing.h"
#include "cli/tabwriter.h"
#include "cli/verbs.h"
#include "base/humanize.h"
#include "containers/containerengine.h"

namespace porthole {
namespace {

QString reclaimable(qint64 bytes, qint64 total)
{
    const QString size = humanSizePrecision(double(bytes), 4);
    return total > 0 ? QStringLiteral("%1 (%2%)").arg(size).arg(bytes * 100 / total) : size;
}

Listing dfSummary(const DiskUsage &usage)
{
    Listing listing;
    listing.header = {QStringLiteral("TYPE"), QStringLiteral("TOTAL"), QStringLiteral("ACTIVE"), QStringLiteral("SIZE"), QStringLiteral("RECLAIMABLE")};
    listing.headings = {{QStringLiteral("Type"), QStringLiteral("TYPE")}, {QStringLiteral("TotalCount"), QStringLiteral("TOTAL")},
                        {QStringLiteral("Active"), QStringLiteral("ACTIVE")}, {QStringLiteral("Size"), QStringLiteral("SIZE")},
                        {QStringLiteral("Reclaimable"), QStringLiteral("RECLAIMABLE")}};
    qint64 containersSize = 0, containersFree = 0, volumesSize = 0, volumesFree = 0;
    int activeImages = 0, running = 0, linked = 0;
    for (const DiskUsage::Image &image : usage.images)
        activeImages += image.containers > 0 ? 1 : 0;
    for (const DiskUsage::Container &container : usage.containers) {
        const bool live = container.record.state.isLive();
        running += live ? 1 : 0;
        containersSize += container.size;
        containersFree += live ? 0 : container.size;
    }
    for (const DiskUsage::Volume &volume : usage.volumes) {
        linked += volume.links > 0 ? 1 : 0;
        volumesSize += volume.size;
        volumesFree += volume.links > 0 ? 0 : volume.size;
    }
    auto add = [&](const QString &type, qsizetype total, int active, qint64 size, const QString &free) {
        const QStringList row{type, QString::number(total), QString::number(active), humanSizePrecision(double(size), 4), free};
        listing.rows.append(row);
        listing.data.append({{QLatin1String("Type"), row.at(0)}, {QLatin1String("TotalCount"), row.at(1)}, {QLatin1String("Active"), row.at(2)},
                             {QLatin1String("Size"), row.at(3)}, {QLatin1String("Reclaimable"), row.at(4)}});
    };
    add(QStringLiteral("Images"), usage.images.size(), activeImages, usage.layersSize, reclaimable(usage.imagesReclaimable, usage.layersSize));
    add(QStringLiteral("Containers"), usage.containers.size(), running, containersSize, reclaimable(containersFree, containersSize));
    add(QStringLiteral("Local Volumes"), usage.volumes.size(), linked, volumesSize, reclaimable(volumesFree, volumesSize));
    add(QStringLiteral("Build Cache"), 0, 0, 0, humanSizePrecision(0, 4));
    return listing;
}

QString dfVerbose(const DiskUsage &usage)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<QStringList> images, containers, volumes;
    for (const DiskUsage::Image &image : usage.images) {
        const QString tag = image.info.repoTags.value(0);
        images.append({tag.isEmpty() ? QStringLiteral("<none>") : tag.section(QLatin1Char(':'), 0, -2),
                       tag.isEmpty() ? QStringLiteral("<none>") : tag.section(QLatin1Char(':'), -1), image.info.shortId(),
                       humanDuration(image.info.config.created.msecsTo(now)) + QStringLiteral(" ago"), humanSizePrecision(double(image.size), 4),
                       humanSizePrecision(double(image.sharedSize), 4), humanSizePrecision(double(image.size - image.sharedSize), 4),
                       QString::number(image.containers)});
    }
    for (const DiskUsage::Container &c : usage.containers) {
        QString command = c.record.config.processArgs().join(QLatin1Char(' '));
        if (command.size() > 20)
            command = command.left(19) + QChar(0x2026);
        containers.append({c.record.shortId(), c.record.config.image, QLatin1Char('"') + command + QLatin1Char('"'), QString::number(c.localVolumes),
                           humanSizePrecision(double(c.size), 4), humanDuration(c.record.config.created.msecsTo(now)) + QStringLiteral(" ago"),
                           dockerStatus(c.record, now), c.record.config.name});
    }
    for (const DiskUsage::Volume &v : usage.volumes)
        volumes.append({v.info.name, QString::number(v.links), humanSizePrecision(double(v.size), 4)});
    return QStringLiteral("Images space usage:\n\n")
           + formatTable({QStringLiteral("REPOSITORY"), QStringLiteral("TAG"), QStringLiteral("IMAGE ID"), QStringLiteral("CREATED"), QStringLiteral("SIZE"),
                          QStringLiteral("SHARED SIZE"), QStringLiteral("UNIQUE SIZE"), QStringLiteral("CONTAINERS")}, images)
           + QStringLiteral("\nContainers space usage:\n\n")
           + formatTable({QStringLiteral("CONTAINER ID"), QStringLiteral("IMAGE"), QStringLiteral("COMMAND"), QStringLiteral("LOCAL VOLUMES"),
                          QStringLiteral("SIZE"), QStringLiteral("CREATED"), QStringLiteral("STATUS"), QStringLiteral("NAMES")}, containers)
           + QStringLiteral("\nLocal Volumes space usage:\n\n")
           + formatTable({QStringLiteral("VOLUME NAME"), QStringLiteral("LINKS"), QStringLiteral("SIZE")}, volumes)
           + QStringLiteral("\nBuild cache usage: 0B\n\n")
           + formatTable({QStringLiteral("CACHE ID"), QStringLiteral("CACHE TYPE"), QStringLiteral("SIZE"), QStringLiteral("CREATED"),
                          QStringLiteral("LAST USED"), QStringLiteral("USAGE"), QStringLiteral("SHARED")}, {});
}

Status showDiskUsage(const CommandContext &c)
{
    ContainerEngine engine(c.store, c.runtime);
    auto usage = engine.diskUsage();
    if (!usage)
        return std::unexpected(usage.error());
    if (c.command.isSet(QStringLiteral("verbose")) && !c.command.isSet(QStringLiteral("format"))) {
        c.out(dfVerbose(*usage));
        return {};
    }
    return printListing(c, c.command.value(QStringLiteral("format")), dfSummary(*usage));
}

// One section of a prune's report: "Deleted Containers:" and its items, then a blank line.
void printSection(const CommandContext &c, const QString &title, const PruneReport &report)
{
    if (!report.items.isEmpty())
        c.line(title + QLatin1Char('\n') + report.items.join(QLatin1Char('\n')) + QLatin1Char('\n'));
}

Status pruneOne(const CommandContext &c, const QString &warning, const QString &title, bool reclaimedLine,
                const std::function<Result<PruneReport>(ContainerEngine &)> &prune)
{
    PruneReport report;
    if (c.command.isSet(QStringLiteral("force")) || confirm(c, warning)) {
        ContainerEngine engine(c.store, c.runtime);
        auto pruned = prune(engine);
        if (!pruned)
            return std::unexpected(pruned.error());
        report = *pruned;
    }
    printSection(c, title, report);
    if (reclaimedLine)
        c.line(QStringLiteral("Total reclaimed space: ") + humanSizePrecision(double(report.reclaimed), 4));
    return {};
}

Status pruneContainers(const CommandContext &c)
{
    return pruneOne(c, QStringLiteral("WARNING! This will remove all stopped containers.\nAre you sure you want to continue?"),
                    QStringLiteral("Deleted Containers:"), true, [](ContainerEngine &e) { return e.pruneContainers(); });
}

Status pruneImages(const CommandContext &c)
{
    const bool all = c.command.isSet(QStringLiteral("all"));
    return pruneOne(c, all ? QStringLiteral("WARNING! This will remove all images without at least one container associated to them.\nAre you sure you want to continue?")
                           : QStringLiteral("WARNING! This will remove all dangling images.\nAre you sure you want to continue?"),
                    QStringLiteral("Deleted Images:"), true, [all](ContainerEngine &e) { return e.pruneImages(all); });
}

Status pruneNetworks(const CommandContext &c)
{
    return pruneOne(c, QStringLiteral("WARNING! This will remove all custom networks not used by at least one container.\nAre you sure you want to continue?"),
                    QStringLiteral("Deleted Networks:"), false, [](ContainerEngine &e) { return e.pruneNetworks(); });
}

Status pruneSystem(const CommandContext &c)
{
    const bool all = c.command.isSet(QStringLiteral("all"));
    const bool volumes = c.command.isSet(QStringLiteral("volumes"));
    QStringList warnings{QStringLiteral("all stopped containers"), QStringLiteral("all networks not used by at least one container")};
    if (volumes)
        warnings.append(QStringLiteral("all anonymous volumes not used by at least one container"));
    warnings.append(all ? QStringLiteral("all images without at least one container associated to them") : QStringLiteral("all dangling images"));
    warnings.append(all ? QStringLiteral("all build cache") : QStringLiteral("unused build cache"));
    const QString warning = QStringLiteral("WARNING! This will remove:\n  - ") + warnings.join(QStringLiteral("\n  - "))
                            + QStringLiteral("\n\nAre you sure you want to continue?");
    qint64 reclaimed = 0;
    if (c.command.isSet(QStringLiteral("force")) || confirm(c, warning)) {
        ContainerEngine engine(c.store, c.runtime);
        const QList<std::pair<QString, std::function<Result<PruneReport>()>>> steps{
            {QStringLiteral("Deleted Containers:"), [&] { return engine.pruneContainers(); }},
            {QStringLiteral("Deleted Networks:"), [&] { return engine.pruneNetworks(); }},
            {QStringLiteral("Deleted Volumes:"), [&] { return volumes ? engine.pruneVolumes(false) : Result<PruneReport>(PruneReport()); }},
            {QStringLiteral("Deleted Images:"), [&] { return engine.pruneImages(all); }}};
        for (const auto &[title, step] : steps) {
            auto report = step();
            if (!report)
                return std::unexpected(report.error());
            printSection(c, title, *report);
            reclaimed += report->reclaimed;
        }
    }
    c.line(QStringLiteral("Total reclaimed space: ") + humanSizePrecision(double(reclaimed), 4));
    return {};
}

} // namespace

QList<CommandSpec> resourceVerbs()
{
    return {
        Verb("system df", "[OPTIONS]", "Show docker disk usage", showDiskUsage).args(0, 0)
            .flag("verbose", 'v', "Show detailed information on space usage").option("format", 0, "Format output using a custom template"),
        Verb("system prune", "[OPTIONS]", "Remove unused data", pruneSystem).args(0, 0)
            .flag("all", 'a', "Remove all unused images not just dangling ones").flag("force", 'f', "Do not prompt for confirmation")
            .flag("volumes", 0, "Prune anonymous volumes"),
        Verb("container prune", "[OPTIONS]", "Remove all stopped containers", pruneContainers).args(0, 0)
            .flag("force", 'f', "Do not prompt for confirmation"),
        Verb("image prune", "[OPTIONS]", "Remove unused images", pruneImages).args(0, 0)
            .flag("all", 'a', "Remove all unused images, not just dangling ones").flag("force", 'f', "Do not prompt for confirmation"),
        Verb("network prune", "[OPTIONS]", "Remove all unused networks", pruneNetworks).args(0, 0)
            .flag("force", 'f', "Do not prompt for confirmation"),
    };
}

} // namespace porthole
