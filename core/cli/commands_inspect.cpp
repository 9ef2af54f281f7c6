// The verbs that show containers: ps, top, logs and container inspect.
#include "cli/commandcontext.h"
#include "cli/verbs.h"
#include "base/fsutil.h"
#include "base/humanize.h"
#include "cli/gotemplate.h"
#include "cli/tabwriter.h"
#include "containers/containerengine.h"
#include "containers/containerfilters.h"
#include "containers/containerlogs.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QThread>

namespace porthole {
namespace {

// Docker's COMMAND: the program, then its arguments, those with a space in
// single quotes ("sh -c 'exit 3'").
QString quotedCommand(const ContainerRecord &record, bool noTrunc)
{
    QStringList words = record.config.processArgs();
    for (qsizetype i = 1; i < words.size(); ++i)
        if (words.at(i).contains(QLatin1Char(' ')))
            words[i] = QLatin1Char('\'') + words.at(i) + QLatin1Char('\'');
    QString command = words.join(QLatin1Char(' '));
    if (!noTrunc && command.size() > 20)
        command = command.left(19) + QChar(0x2026);
    return QLatin1Char('"') + command + QLatin1Char('"');
}

struct PsOptions {
    bool all = false;
    bool noTrunc = false;
    bool sizes = false;
    bool quiet = false;
    int limit = -1;
    QString format; // a Go template, without its "table" prefix
    bool table = false;
};

PsOptions psOptions(const ParsedCommand &command)
{
    PsOptions options;
    options.all = command.isSet(QStringLiteral("all")) || command.isSet(QStringLiteral("latest")) || command.isSet(QStringLiteral("last"))
                  || command.isSet(QStringLiteral("filter"));
    options.noTrunc = command.isSet(QStringLiteral("no-trunc"));
    options.sizes = command.isSet(QStringLiteral("size"));
    options.quiet = command.isSet(QStringLiteral("quiet"));
    options.limit = command.isSet(QStringLiteral("latest")) ? 1 : command.value(QStringLiteral("last"), QStringLiteral("-1")).toInt();
    options.format = command.value(QStringLiteral("format"));
    options.table = options.format.startsWith(QLatin1String("table"));
    if (options.table)
        options.format = options.format.mid(5).trimmed();
    return options;
}

// What --format's template sees of one row.
QJsonObject psTemplateData(const ContainerRecord &record, const QStringList &row, const QString &size, const QDateTime &now)
{
    QStringList labels;
    for (auto it = record.config.labels.begin(); it != record.config.labels.end(); ++it)
        labels.append(it.key() + QLatin1Char('=') + it.value().toString());
    QStringList mounts; // Docker's: each source, shortened to 15 characters unless --no-trunc
    for (const MountSpec &mount : record.config.volumes)
        mounts.append(row.at(0).size() > 12 || mount.source.size() <= 15 ? mount.source : mount.source.left(14) + QChar(0x2026));
    return {{QLatin1String("ID"), row.at(0)}, {QLatin1String("Image"), record.config.image},
            {QLatin1String("Command"), row.at(2)}, {QLatin1String("CreatedAt"), goTimeText(record.config.created)},
            {QLatin1String("RunningFor"), QString(humanDuration(record.config.created.msecsTo(now)) + QStringLiteral(" ago"))},
            {QLatin1String("Status"), row.at(4)}, {QLatin1String("State"), stateName(record.state.state)},
            {QLatin1String("Names"), record.config.name}, {QLatin1String("Ports"), row.at(5)},
            {QLatin1String("Labels"), labels.join(QLatin1Char(','))}, {QLatin1String("Size"), size},
            {QLatin1String("Mounts"), mounts.join(QLatin1Char(','))}, {QLatin1String("Networks"), record.config.networkMode}};
}

// "table {{.ID}}\t{{.Names}}": a header from the field names, as Docker derives it.
QStringList psTableHeader(const QString &format)
{
    QString header = format;
    static const QRegularExpression field(QStringLiteral("\\{\\{\\s*\\.(\\w+)\\s*\\}\\}"));
    const QHash<QString, QString> names{{QStringLiteral("ID"), QStringLiteral("CONTAINER ID")}, {QStringLiteral("Names"), QStringLiteral("NAMES")},
                                        {QStringLiteral("RunningFor"), QStringLiteral("CREATED")}, {QStringLiteral("CreatedAt"), QStringLiteral("CREATED AT")}};
    auto it = field.globalMatch(format);
    while (it.hasNext()) {
        const auto match = it.next();
        header.replace(match.captured(0), names.value(match.captured(1), match.captured(1).toUpper()));
    }
    header.replace(QLatin1String("\\t"), QLatin1String("\t"));
    return header.split(QLatin1Char('\t'));
}

void printPsFormatted(const CommandContext &c, const PsOptions &options, const QStringList &formatted)
{
    if (!options.table) {
        for (const QString &line : formatted)
            c.line(line);
        return;
    }
    QList<QStringList> rows;
    for (const QString &line : formatted)
        rows.append(line.split(QLatin1Char('\t')));
    c.out(formatTable(psTableHeader(options.format), rows));
}

void printPsTable(const CommandContext &c, const PsOptions &options, const QList<QStringList> &rows)
{
    QStringList header{QStringLiteral("CONTAINER ID"), QStringLiteral("IMAGE"), QStringLiteral("COMMAND"), QStringLiteral("CREATED"),
                       QStringLiteral("STATUS"), QStringLiteral("PORTS"), QStringLiteral("NAMES")};
    if (options.sizes)
        header.append(QStringLiteral("SIZE"));
    c.out(formatTable(header, rows));
}

// SIZE: the writable layer, and with the image's layers (virtual).
QString psSize(const CommandContext &c, ContainerEngine &engine, const ContainerRecord &record)
{
    auto image = c.store.image(record.config.imageId);
    const qint64 own = directorySize(engine.store().writableLayerDir(record.config.id));
    return QStringLiteral("%1 (virtual %2)").arg(humanSize(own), humanSize(own + (image ? image->size : 0)));
}

Status listContainers(const CommandContext &c)
{
    ContainerEngine engine(c.store, c.runtime);
    auto records = engine.list();
    if (!records)
        return std::unexpected(records.error());
    const PsOptions options = psOptions(c.command);
    int limit = options.limit;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<QStringList> rows;
    QStringList formatted;
    for (const ContainerRecord &record : std::as_const(*records)) {
        const bool live = record.state.state == ContainerState::Running || record.state.state == ContainerState::Paused;
        auto wanted = matchesContainerFilters(record, c.command.values(QStringLiteral("filter")));
        if (!wanted)
            return std::unexpected(wanted.error());
        if ((!options.all && !live) || !*wanted)
            continue;
        if (limit-- == 0)
            break;
        const QString id = options.noTrunc ? record.config.id : record.shortId();
        if (options.quiet) {
            c.line(id);
            continue;
        }
        const QString size = options.sizes ? psSize(c, engine, record) : QString();
        const QStringList row{id, record.config.image, quotedCommand(record, options.noTrunc),
                              humanDuration(record.config.created.msecsTo(now)) + QStringLiteral(" ago"), dockerStatus(record, now),
                              publishedPortsText(record), record.config.name, size};
        if (options.format.isEmpty()) {
            rows.append(options.sizes ? row : row.mid(0, 7));
            continue;
        }
        auto text = renderTemplate(options.format, psTemplateData(record, row, size, now));
        if (!text)
            return std::unexpected(text.error());
        formatted.append(*text);
    }
    if (options.quiet)
        return {};
    if (options.format.isEmpty())
        printPsTable(c, options, rows);
    else
        printPsFormatted(c, options, formatted);
    return {};
}

Status showTop(const CommandContext &c)
{
    ContainerEngine engine(c.store, c.runtime);
    auto rows = engine.top(c.command.args.first(), c.command.args.mid(1));
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->isEmpty())
        return {};
    c.out(formatTable(rows->first(), rows->mid(1)));
    return {};
}

Status showLogs(const CommandContext &c)
{
    ContainerEngine engine(c.store, c.runtime);
    auto record = engine.find(c.command.args.first());
    if (!record)
        return std::unexpected(record.error());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime since;
    if (c.command.isSet(QStringLiteral("since"))) {
        since = parseTimeArgument(c.command.value(QStringLiteral("since")), now);
        if (!since.isValid())
            return fail(QStringLiteral("invalid value for \"since\": %1").arg(c.command.value(QStringLiteral("since"))));
    }
    int tail = -1;
    if (c.command.isSet(QStringLiteral("tail")) && c.command.value(QStringLiteral("tail")) != QLatin1String("all")) {
        bool ok = false;
        tail = c.command.value(QStringLiteral("tail")).toInt(&ok);
        if (!ok || tail < 0)
            return fail(QStringLiteral("invalid value for \"tail\": %1").arg(c.command.value(QStringLiteral("tail"))));
    }
    const bool stamps = c.command.isSet(QStringLiteral("timestamps"));
    auto print = [&](const LogLine &line) {
        const QString text = (stamps ? QString::fromLatin1(line.timestamp) + QLatin1Char(' ') : QString()) + QString::fromUtf8(line.text);
        if (line.stderrStream && c.io.err)
            c.io.err(text);
        else
            c.out(text);
    };
    QFile log(engine.store().logPath(record->config.id));
    QByteArray rest;
    QList<LogLine> lines;
    if (log.open(QIODevice::ReadOnly))
        lines = parseLogLines(log.readAll(), rest);
    lines.erase(std::remove_if(lines.begin(), lines.end(), [&](const LogLine &l) { return since.isValid() && l.time < since; }), lines.end());
    if (tail >= 0 && lines.size() > tail)
        lines = lines.mid(lines.size() - tail);
    for (const LogLine &line : std::as_const(lines))
        print(line);
    if (!c.command.isSet(QStringLiteral("follow")))
        return {};
    for (;;) {
        if (c.progress.isCancelled())
            return {};
        if (!log.isOpen())
            log.open(QIODevice::ReadOnly);
        const QByteArray more = log.isOpen() ? log.readAll() : QByteArray();
        for (const LogLine &line : parseLogLines(more, rest))
            print(line);
        auto current = engine.store().read(record->config.id);
        const bool live = current && (current->state.state == ContainerState::Running || current->state.state == ContainerState::Paused
                                      || current->state.state == ContainerState::Created);
        if (!live && more.isEmpty())
            return {};
        QThread::msleep(100);
    }
}

Status inspectContainers(const CommandContext &c)
{
    ContainerEngine engine(c.store, c.runtime);
    QJsonArray all;
    QStringList notFound;
    for (const QString &name : c.command.args) {
        if (auto record = engine.find(name))
            all.append(engine.inspect(*record));
        else
            notFound.append(record.error().message);
    }
    return printInspected(c, all, notFound);
}

} // namespace

QList<CommandSpec> containerInfoVerbs()
{
    return {
        Verb("container ls", "[OPTIONS]", "List containers", listContainers).aliases({"ps", "container list", "container ps"}).args(0, 0)
            .flag("all", 'a', "Show all containers (default shows just running)").flag("quiet", 'q', "Only display container IDs")
            .flag("no-trunc", 0, "Don't truncate output").flag("latest", 'l', "Show the latest created container")
            .option("last", 'n', "Show n last created containers").flag("size", 's', "Display total file sizes")
            .option("filter", 'f', "Filter output based on conditions provided").option("format", 0, "Format output using a Go template"),
        Verb("container top", "CONTAINER [ps OPTIONS]", "Display the running processes of a container", showTop)
            .aliases({"top"}).args(1).argumentsEndFlags(),
        Verb("container logs", "[OPTIONS] CONTAINER", "Fetch the logs of a container", showLogs).aliases({"logs"}).args(1, 1)
            .flag("follow", 'f', "Follow log output").flag("timestamps", 't', "Show timestamps")
            .option("tail", 'n', "Number of lines to show from the end of the logs")
            .option("since", 0, "Show logs since timestamp or relative (e.g. 42m)"),
        Verb("container inspect", "[OPTIONS] CONTAINER [CONTAINER...]", "Display detailed information on one or more containers", inspectContainers)
            .args(1).option("format", 'f', "Format output using a Go template"),
    };
}

} // namespace porthole
