// stats: live figures of containers (CPU %, MEM USAGE / LIMIT, MEM %,
// NET I/O, BLOCK I/O, PIDS), as Docker prints them, frame after frame or
// once with --no-stream.
#include "cli/commandcontext.h"
#include "cli/listing.h"
#include "cli/verbs.h"
#include "base/storepaths.h"
#include "containers/containerengine.h"

#include <QCoreApplication>

namespace porthole {
namespace {

// Where the figures come from: a normal user's container has no cgroup of
// its own (stats/procreader.h); {{.Source}} says it per row.
QString figuresSource()
{
    return runningRootless() ? QStringLiteral("proc") : QStringLiteral("cgroup");
}

QString rootlessNote()
{
    return QCoreApplication::translate("porthole::Stats",
                                       "Note: a normal user's containers have no cgroup of their own: CPU, memory (Pss), block I/O "
                                       "and PIDs are summed from /proc/PID/stat, smaps_rollup and io of each container's processes; "
                                       "NET I/O from its network namespace; the limit is the host's memory.");
}

Listing statsListing(const QList<ContainerStats> &frame, bool noTrunc)
{
    Listing listing;
    listing.header = {QStringLiteral("CONTAINER ID"), QStringLiteral("NAME"), QStringLiteral("CPU %"), QStringLiteral("MEM USAGE / LIMIT"),
                      QStringLiteral("MEM %"), QStringLiteral("NET I/O"), QStringLiteral("BLOCK I/O"), QStringLiteral("PIDS")};
    listing.headings = {{QStringLiteral("Container"), QStringLiteral("CONTAINER")}, {QStringLiteral("Name"), QStringLiteral("NAME")},
                        {QStringLiteral("ID"), QStringLiteral("CONTAINER ID")},     {QStringLiteral("CPUPerc"), QStringLiteral("CPU %")},
                        {QStringLiteral("MemUsage"), QStringLiteral("MEM USAGE / LIMIT")}, {QStringLiteral("MemPerc"), QStringLiteral("MEM %")},
                        {QStringLiteral("NetIO"), QStringLiteral("NET I/O")},        {QStringLiteral("BlockIO"), QStringLiteral("BLOCK I/O")},
                        {QStringLiteral("PIDs"), QStringLiteral("PIDS")}};
    for (const ContainerStats &row : frame) {
        const StatsColumns columns = statsColumns(row.figures);
        const QString id = noTrunc ? row.id : row.id.left(12);
        listing.rows.append({id, row.name, columns.cpu, columns.memUsage, columns.memPercent, columns.netIo, columns.blockIo, columns.pids});
        listing.data.append({{QLatin1String("Container"), id}, {QLatin1String("Name"), row.name}, {QLatin1String("ID"), id},
                             {QLatin1String("CPUPerc"), columns.cpu}, {QLatin1String("MemUsage"), columns.memUsage},
                             {QLatin1String("MemPerc"), columns.memPercent}, {QLatin1String("NetIO"), columns.netIo},
                             {QLatin1String("BlockIO"), columns.blockIo}, {QLatin1String("PIDs"), columns.pids},
                             {QLatin1String("Source"), figuresSource()}});
    }
    return listing;
}

Status showStats(const CommandContext &c)
{
    StatsRequest request;
    request.containers = c.command.args;
    request.all = c.command.isSet(QStringLiteral("all"));
    request.stream = !c.command.isSet(QStringLiteral("no-stream"));
    const bool noTrunc = c.command.isSet(QStringLiteral("no-trunc"));
    const QString format = c.command.value(QStringLiteral("format"));
    ContainerEngine engine(c.store, c.runtime);
    Status printed;
    bool notedSource = false;
    auto ok = engine.stats(request, [&](const QList<ContainerStats> &frame) {
        const bool cleared = request.stream && c.io.outputIsTerminal;
        if (cleared)
            c.out(QStringLiteral("\033[2J\033[H")); // each frame on a clean screen, as Docker draws it
        if (runningRootless() && c.io.err && (cleared || !notedSource))
            c.io.err(rootlessNote() + QLatin1Char('\n'));
        notedSource = true;
        printed = printListing(c, format, statsListing(frame, noTrunc));
        return bool(printed);
    }, c.progress);
    if (!ok)
        return ok;
    return printed;
}

} // namespace

QList<CommandSpec> statsVerbs()
{
    return {
        Verb("container stats", "[OPTIONS] [CONTAINER...]", "Display a live stream of container(s) resource usage statistics", showStats)
            .aliases({"stats"}).flag("all", 'a', "Show all containers (default shows just running)")
            .flag("no-stream", 0, "Disable streaming stats and only pull the first result")
            .flag("no-trunc", 0, "Do not truncate output").option("format", 0, "Format output using a custom template"),
    };
}

} // namespace porthole
