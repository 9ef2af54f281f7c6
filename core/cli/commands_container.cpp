// The container verbs: create, run -d, start, stop, kill, pause, unpause,
// rm, ps, and the exit command conmon runs. Each turns flags into one
// engine call and prints Docker's output.
#include "cli/commands_internal.h"
#include "containers/containerengine.h"
#include "runtime/attach.h"
#include "runtime/conmon.h"
#include "containers/containerlogs.h"
#include "base/events.h"
#include "base/fsutil.h"
#include "cli/gotemplate.h"
#include "base/humanize.h"
#include "cli/tabwriter.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>
#include <QFileInfo>
#include <QRegularExpression>
#include <optional>
#include <cstring>

namespace porthole {
namespace {

Result<qint64> parseMemory(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d+)([bkmg]?)b?$"), QRegularExpression::CaseInsensitiveOption);
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return fail(QStringLiteral("invalid size: '%1'").arg(text), 125);
    const QString unit = match.captured(2).toLower();
    const qint64 factor = unit == QLatin1String("k") ? 1024 : unit == QLatin1String("m") ? 1 << 20 : unit == QLatin1String("g") ? 1 << 30 : 1;
    const qint64 bytes = match.captured(1).toLongLong() * factor;
    if (bytes > 0 && bytes < 6 * (1 << 20))
        return fail(QStringLiteral("Minimum memory limit allowed is 6MB"), 125);
    return bytes;
}

Result<BindMount> parseVolume(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char(':'));
    if (parts.size() < 2 || parts.size() > 3 || !parts.at(1).startsWith(QLatin1Char('/')))
        return fail(QStringLiteral("invalid volume specification: '%1' (use HOST:CONTAINER[:ro])").arg(text), 125);
    if (!parts.at(0).startsWith(QLatin1Char('/')))
        return fail(QStringLiteral("invalid volume specification: '%1': named volumes are not supported, give an absolute host path").arg(text), 125);
    if (parts.size() == 3 && parts.at(2) != QLatin1String("ro") && parts.at(2) != QLatin1String("rw"))
        return fail(QStringLiteral("invalid mode: %1").arg(parts.at(2)), 125);
    if (!QFileInfo::exists(parts.at(0)))
        return fail(QStringLiteral("invalid volume specification: bind source path does not exist: %1").arg(parts.at(0)), 125);
    return BindMount{QDir::cleanPath(parts.at(0)), QDir::cleanPath(parts.at(1)), parts.size() == 3 && parts.at(2) == QLatin1String("ro")};
}

Result<CreateRequest> createRequest(const ParsedCommand &command)
{
    CreateRequest request;
    for (const QString &path : command.values(QStringLiteral("env-file"))) {
        auto bytes = readWholeFile(path, 1 << 20);
        if (!bytes)
            return fail(QStringLiteral("open %1: no such file or directory").arg(path), 125);
        for (const QByteArray &raw : bytes->split('\n')) {
            const QString line = QString::fromUtf8(raw).trimmed();
            if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
                continue;
            request.env.append(line.contains(QLatin1Char('=')) ? line
                                                                : line + QLatin1Char('=') + qEnvironmentVariable(line.toLocal8Bit().constData()));
        }
    }
    request.init = command.isSet(QStringLiteral("init"));
    request.restart = command.value(QStringLiteral("restart"), QStringLiteral("no"));
    request.image = command.args.first();
    request.command = command.args.mid(1);
    request.name = command.value(QStringLiteral("name"));
    if (request.name.startsWith(QLatin1Char('/')))
        request.name = request.name.mid(1);
    request.tty = command.isSet(QStringLiteral("tty"));
    request.interactive = command.isSet(QStringLiteral("interactive"));
    request.autoRemove = command.isSet(QStringLiteral("rm"));
    for (const QString &entry : command.values(QStringLiteral("env")))
        request.env.append(entry.contains(QLatin1Char('=')) ? entry : entry + QLatin1Char('=') + qEnvironmentVariable(entry.toLocal8Bit().constData()));
    request.workingDir = command.value(QStringLiteral("workdir"));
    if (!request.workingDir.isEmpty() && !request.workingDir.startsWith(QLatin1Char('/')))
        return fail(QStringLiteral("the working directory '%1' is invalid, it needs to be an absolute path").arg(request.workingDir), 125);
    request.user = command.value(QStringLiteral("user"));
    request.hostname = command.value(QStringLiteral("hostname"));
    request.entrypointSet = command.isSet(QStringLiteral("entrypoint"));
    request.entrypoint = command.value(QStringLiteral("entrypoint"));
    request.stopSignal = command.value(QStringLiteral("stop-signal"));
    if (command.isSet(QStringLiteral("stop-timeout"))) {
        bool ok = false;
        request.stopTimeout = command.value(QStringLiteral("stop-timeout")).toInt(&ok);
        if (!ok || request.stopTimeout < 0)
            return fail(QStringLiteral("invalid --stop-timeout: %1").arg(command.value(QStringLiteral("stop-timeout"))), 125);
    }
    if (command.isSet(QStringLiteral("memory"))) {
        auto memory = parseMemory(command.value(QStringLiteral("memory")));
        if (!memory)
            return std::unexpected(memory.error());
        request.memory = *memory;
    }
    if (command.isSet(QStringLiteral("pids-limit"))) {
        bool ok = false;
        request.pidsLimit = command.value(QStringLiteral("pids-limit")).toLongLong(&ok);
        if (!ok)
            return fail(QStringLiteral("invalid --pids-limit: %1").arg(command.value(QStringLiteral("pids-limit"))), 125);
    }
    for (const QString &label : command.values(QStringLiteral("label")))
        request.labels.insert(label.section(QLatin1Char('='), 0, 0), label.section(QLatin1Char('='), 1));
    request.network = command.isSet(QStringLiteral("network")) ? command.value(QStringLiteral("network")) : command.value(QStringLiteral("net"));
    for (const QString &publish : command.values(QStringLiteral("publish"))) {
        auto port = parsePublish(publish);
        if (!port)
            return std::unexpected(Error{port.error().message, 125});
        request.ports.append(*port);
    }
    for (const QString &volume : command.values(QStringLiteral("volume"))) {
        auto bind = parseVolume(volume);
        if (!bind)
            return std::unexpected(bind.error());
        request.volumes.append(*bind);
    }
    return request;
}

Status createContainer(const CommandContext &c)
{
    auto request = createRequest(c.command);
    if (!request)
        return std::unexpected(request.error());
    ContainerEngine engine(c.store, c.runtime);
    engine.setRunStepObserver(c.io.runStep);
    auto record = engine.create(*request);
    if (!record)
        return std::unexpected(record.error());
    c.line(record->config.id);
    return {};
}

// A start hook that connects to the attach socket once the container
// exists and before its process runs, so no output is missed.
ContainerEngine::StartHook connectBeforeStart(ContainerEngine &engine, std::optional<AttachConnection> &connection)
{
    return [&engine, &connection](const ContainerRecord &record) -> Status {
        auto connected = AttachConnection::connect(attachSocketPath(engine.store().socketsDir(), record.config.id));
        if (!connected)
            return std::unexpected(connected.error());
        connection.emplace(std::move(*connected));
        return {};
    };
}

// Relays the container's streams until it exits or the user detaches;
// returns its exit code (0 after detaching), as `docker run`/`attach` do.
Status attachAndWait(const CommandContext &c, ContainerEngine &engine, const QString &id, AttachConnection &connection,
                     const QString &detachKeys, bool withStdin, bool sigProxy = true)
{
    auto record = engine.store().read(id);
    if (!record)
        return std::unexpected(record.error());
    auto keys = parseDetachKeys(detachKeys.isEmpty() ? QStringLiteral("ctrl-p,ctrl-q") : detachKeys);
    if (!keys)
        return std::unexpected(keys.error());
    AttachOptions options;
    options.controlPath = engine.store().bundleDir(id) + QStringLiteral("/ctl");
    options.inputFd = withStdin && record->config.openStdin ? c.io.inputFd : -1;
    options.outputFd = c.io.outputFd;
    options.errorFd = 2;
    options.tty = record->config.tty;
    options.detachKeys = *keys;
    if (sigProxy && !record->config.tty) // with a tty, ^C travels as a byte
        options.forwardSignal = [&engine, id](int signal) { (void)engine.kill(id, QString::fromLatin1(sigabbrev_np(signal))); };
    auto end = relayAttach(connection, options);
    if (!end)
        return std::unexpected(end.error());
    if (*end == AttachEnd::Detached)
        return {};
    // The output ended: the process exited. Record it here rather than wait
    // for conmon's exit command to start (it finds the work done).
    const QString exitFile = engine.store().exitsDir() + QLatin1Char('/') + id;
    for (int i = 0; i < 400 && !QFileInfo::exists(exitFile); ++i)
        QThread::msleep(5);
    const auto exitCode = readWholeFile(exitFile);
    if (auto ok = engine.cleanup(id); !ok)
        return ok;
    const int code = exitCode ? exitCode->trimmed().toInt() : 0;
    return code == 0 ? Status{} : fail(QString(), code);
}

Status runContainer(const CommandContext &c)
{
    auto request = createRequest(c.command);
    if (!request)
        return std::unexpected(request.error());
    const bool detach = c.command.isSet(QStringLiteral("detach"));
    if (!detach && c.io.outputFd < 0)
        return fail(QStringLiteral("an attached run needs a terminal: use -d, then open a console"), 125);
    ContainerEngine engine(c.store, c.runtime);
    engine.setRunStepObserver(c.io.runStep);
    auto record = engine.create(*request);
    if (!record)
        return std::unexpected(record.error());
    auto failedStart = [&](const Error &error) -> Status {
        if (record->config.autoRemove) // --rm: nothing stays behind
            (void)engine.remove(record->config.id, true);
        return std::unexpected(Error{error.message, 125});
    };
    if (detach) {
        if (auto ok = engine.start(record->config.id); !ok)
            return failedStart(ok.error());
        c.line(record->config.id);
        return {};
    }
    std::optional<AttachConnection> connection;
    const auto connectFirst = connectBeforeStart(engine, connection);
    if (auto ok = engine.start(record->config.id, connectFirst, true); !ok)
        return failedStart(ok.error());
    return attachAndWait(c, engine, record->config.id, *connection, c.command.value(QStringLiteral("detach-keys")), true,
                         !c.command.isExplicitlyFalse(QStringLiteral("sig-proxy")));
}

Status attachContainer(const CommandContext &c)
{
    if (c.io.outputFd < 0)
        return fail(QStringLiteral("attach needs a terminal: open a console for the container instead"));
    ContainerEngine engine(c.store, c.runtime);
    auto record = engine.find(c.command.args.first());
    if (!record)
        return std::unexpected(record.error());
    if (auto ok = checkAction(record->state.state, LifecycleAction::Attach, c.command.args.first()); !ok) {
        if (record->state.state != ContainerState::Paused)
            return fail(QStringLiteral("You cannot attach to a stopped container, start it first"));
        return ok;
    }
    auto connection = AttachConnection::connect(attachSocketPath(engine.store().socketsDir(), record->config.id));
    if (!connection)
        return std::unexpected(connection.error());
    return attachAndWait(c, engine, record->config.id, *connection, c.command.value(QStringLiteral("detach-keys")),
                         !c.command.isSet(QStringLiteral("no-stdin")), !c.command.isExplicitlyFalse(QStringLiteral("sig-proxy")));
}

// Applies one engine call to each named container, printing each name as
// Docker does, reporting failures one by one.
template <typename Call>
Status eachContainer(const CommandContext &c, Call call)
{
    ContainerEngine engine(c.store, c.runtime);
    engine.setRunStepObserver(c.io.runStep);
    bool anyFailed = false;
    for (const QString &name : c.command.args) {
        if (auto ok = call(engine, name); !ok) {
            if (c.io.err)
                c.io.err(QStringLiteral("Error: ") + ok.error().message + QLatin1Char('\n'));
            anyFailed = true;
            continue;
        }
        c.line(name);
    }
    return anyFailed ? fail(QString()) : Status{};
}

Status startContainers(const CommandContext &c)
{
    if (c.command.isSet(QStringLiteral("attach")) || c.command.isSet(QStringLiteral("interactive"))) {
        if (c.command.args.size() != 1)
            return fail(QStringLiteral("you cannot start and attach multiple containers at once"));
        if (c.io.outputFd < 0)
            return fail(QStringLiteral("start -a needs a terminal: open a console for the container instead"));
        ContainerEngine engine(c.store, c.runtime);
        std::optional<AttachConnection> connection;
        const auto connectFirst = connectBeforeStart(engine, connection);
        if (auto ok = engine.start(c.command.args.first(), connectFirst); !ok)
            return ok;
        auto record = engine.find(c.command.args.first());
        if (!record)
            return std::unexpected(record.error());
        return attachAndWait(c, engine, record->config.id, *connection, c.command.value(QStringLiteral("detach-keys")),
                             c.command.isSet(QStringLiteral("interactive")));
    }
    return eachContainer(c, [](ContainerEngine &e, const QString &n) { return e.start(n); });
}

// -t/--time of stop and restart; -1 when absent (the container's own).
Result<int> stopTimeout(const ParsedCommand &command)
{
    if (!command.isSet(QStringLiteral("time")))
        return -1;
    bool ok = false;
    const int timeout = command.value(QStringLiteral("time")).toInt(&ok);
    if (!ok || timeout < 0)
        return fail(QStringLiteral("invalid argument \"%1\" for \"-t, --time\" flag").arg(command.value(QStringLiteral("time"))), 125);
    return timeout;
}

Status stopContainers(const CommandContext &c)
{
    auto parsed = stopTimeout(c.command);
    if (!parsed)
        return std::unexpected(parsed.error());
    const int timeout = *parsed;
    return eachContainer(c, [timeout](ContainerEngine &e, const QString &n) { return e.stop(n, timeout); });
}

Status killContainers(const CommandContext &c)
{
    const QString signal = c.command.value(QStringLiteral("signal"), QStringLiteral("KILL"));
    return eachContainer(c, [signal](ContainerEngine &e, const QString &n) { return e.kill(n, signal); });
}

Status pauseContainers(const CommandContext &c)
{
    return eachContainer(c, [](ContainerEngine &e, const QString &n) { return e.pause(n); });
}

Status unpauseContainers(const CommandContext &c)
{
    return eachContainer(c, [](ContainerEngine &e, const QString &n) { return e.unpause(n); });
}

Status removeContainers(const CommandContext &c)
{
    const bool force = c.command.isSet(QStringLiteral("force"));
    return eachContainer(c, [force](ContainerEngine &e, const QString &n) { return e.remove(n, force); });
}

Status execInContainer(const CommandContext &c)
{
    if (c.io.outputFd < 0)
        return fail(QStringLiteral("exec needs a terminal: open a console for the container instead"));
    ExecRequest request;
    request.command = c.command.args.mid(1);
    request.env = c.command.values(QStringLiteral("env"));
    request.workingDir = c.command.value(QStringLiteral("workdir"));
    request.user = c.command.value(QStringLiteral("user"));
    request.tty = c.command.isSet(QStringLiteral("tty"));
    request.interactive = c.command.isSet(QStringLiteral("interactive"));
    request.detach = c.command.isSet(QStringLiteral("detach"));
    ContainerEngine engine(c.store, c.runtime);
    auto code = engine.exec(c.command.args.first(), request);
    if (!code)
        return std::unexpected(code.error());
    if (*code != 0)
        return fail(QString(), *code); // the command's own status, nothing to add
    return {};
}

Status exportContainer(const CommandContext &c)
{
    ContainerEngine engine(c.store, c.runtime);
    const QString output = c.command.value(QStringLiteral("output"));
    if (!output.isEmpty() && output != QLatin1String("-")) {
        auto file = AtomicOutputFile::create(output);
        if (!file)
            return std::unexpected(file.error());
        if (auto ok = engine.exportFilesystem(c.command.args.first(), file->fd(), c.progress); !ok)
            return ok;
        return file->commit();
    }
    if (c.io.outputFd < 0)
        return fail(QStringLiteral("choose a file to export to with -o"));
    if (c.io.outputIsTerminal)
        return fail(QStringLiteral("cowardly refusing to save to a terminal. Use the -o flag or redirect"));
    return engine.exportFilesystem(c.command.args.first(), c.io.outputFd, c.progress);
}

Status commitContainer(const CommandContext &c)
{
    CommitRequest request;
    request.reference = c.command.args.value(1);
    request.changes = c.command.values(QStringLiteral("change"));
    request.message = c.command.value(QStringLiteral("message"));
    request.author = c.command.value(QStringLiteral("author"));
    request.pause = c.command.value(QStringLiteral("pause"), QStringLiteral("true")) == QLatin1String("true");
    ContainerEngine engine(c.store, c.runtime);
    auto id = engine.commit(c.command.args.first(), request, c.progress);
    if (!id)
        return std::unexpected(id.error());
    c.line(*id);
    return {};
}

Status diffContainer(const CommandContext &c)
{
    ContainerEngine engine(c.store, c.runtime);
    auto changes = engine.diff(c.command.args.first());
    if (!changes)
        return std::unexpected(changes.error());
    for (const FileChange &change : std::as_const(*changes))
        c.line(QString(change.kind) + QLatin1Char(' ') + change.path);
    return {};
}

Status restartContainers(const CommandContext &c)
{
    auto parsed = stopTimeout(c.command);
    if (!parsed)
        return std::unexpected(parsed.error());
    const int timeout = *parsed;
    return eachContainer(c, [timeout](ContainerEngine &e, const QString &n) { return e.restart(n, timeout); });
}

Status renameContainer(const CommandContext &c)
{
    ContainerEngine engine(c.store, c.runtime);
    return engine.rename(c.command.args.at(0), c.command.args.at(1));
}

Status waitContainers(const CommandContext &c)
{
    ContainerEngine engine(c.store, c.runtime);
    for (const QString &name : c.command.args) {
        auto code = engine.wait(name);
        if (!code)
            return std::unexpected(code.error());
        c.line(QString::number(*code));
    }
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
    for (const QString &name : c.command.args) {
        auto record = engine.find(name);
        if (!record)
            return std::unexpected(record.error());
        all.append(engine.inspect(*record));
    }
    return printInspected(c, all);
}

bool eventMatches(const Event &event, const QStringList &filters)
{
    QHash<QString, QStringList> byKey;
    for (const QString &filter : filters)
        byKey[filter.section(QLatin1Char('='), 0, 0)].append(filter.section(QLatin1Char('='), 1));
    auto allowed = [&](const QString &key, const QStringList &candidates) {
        if (!byKey.contains(key))
            return true;
        for (const QString &wanted : byKey.value(key))
            for (const QString &candidate : candidates)
                if (!candidate.isEmpty() && (candidate == wanted || (key == QLatin1String("container") && candidate.startsWith(wanted) && candidate.size() == 64)))
                    return true;
        return false;
    };
    const QString name = event.attributes.value(QLatin1String("name")).toString();
    return allowed(QStringLiteral("type"), {event.type}) && allowed(QStringLiteral("event"), {event.action})
           && allowed(QStringLiteral("container"), {event.id, name}) && allowed(QStringLiteral("image"), {event.attributes.value(QLatin1String("image")).toString()});
}

Status streamEvents(const CommandContext &c)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime since, until;
    if (c.command.isSet(QStringLiteral("since")) && !(since = parseTimeArgument(c.command.value(QStringLiteral("since")), now)).isValid())
        return fail(QStringLiteral("invalid value for \"since\": %1").arg(c.command.value(QStringLiteral("since"))));
    if (c.command.isSet(QStringLiteral("until")) && !(until = parseTimeArgument(c.command.value(QStringLiteral("until")), now)).isValid())
        return fail(QStringLiteral("invalid value for \"until\": %1").arg(c.command.value(QStringLiteral("until"))));
    for (const QString &filter : c.command.values(QStringLiteral("filter")))
        if (!QStringList{QStringLiteral("type"), QStringLiteral("event"), QStringLiteral("container"), QStringLiteral("image")}.contains(filter.section(QLatin1Char('='), 0, 0)) || !filter.contains(QLatin1Char('=')))
            return fail(QStringLiteral("invalid filter '%1'").arg(filter));
    // Without --since, only what happens from now on, as Docker does.
    qint64 offset = 0;
    if (!since.isValid())
        offset = QFileInfo(eventsJournalPath(c.store.paths().root)).size();
    for (;;) {
        auto events = readEvents(c.store.paths().root, offset);
        if (!events)
            return std::unexpected(events.error());
        for (const Event &event : std::as_const(*events)) {
            if ((since.isValid() && event.time < since) || (until.isValid() && event.time > until))
                continue;
            if (!eventMatches(event, c.command.values(QStringLiteral("filter"))))
                continue;
            if (c.command.isSet(QStringLiteral("format"))) {
                auto text = renderTemplate(c.command.value(QStringLiteral("format")), event.toJson());
                if (!text)
                    return std::unexpected(text.error());
                c.line(*text);
            } else {
                c.line(event.toText());
            }
        }
        if ((until.isValid() && QDateTime::currentDateTimeUtc() > until) || c.progress.isCancelled())
            return {};
        QThread::msleep(100);
    }
}

Status cleanupContainer(const CommandContext &c)
{
    ContainerEngine engine(c.store, c.runtime);
    return engine.cleanup(c.command.args.first());
}

QString quotedCommand(const ContainerRecord &record, bool noTrunc)
{
    QString command = record.config.processArgs().join(QLatin1Char(' '));
    if (!noTrunc && command.size() > 20)
        command = command.left(19) + QChar(0x2026);
    return QLatin1Char('"') + command + QLatin1Char('"');
}

Result<bool> matchesFilters(const ContainerRecord &record, const QStringList &filters)
{
    QHash<QString, QStringList> byKey;
    for (const QString &filter : filters) {
        const QString key = filter.section(QLatin1Char('='), 0, 0);
        if (!filter.contains(QLatin1Char('=')) || !QStringList{QStringLiteral("status"), QStringLiteral("name"), QStringLiteral("id"),
                                                             QStringLiteral("ancestor"), QStringLiteral("label")}.contains(key))
            return fail(QStringLiteral("invalid filter '%1'").arg(filter));
        byKey[key].append(filter.section(QLatin1Char('='), 1));
    }
    auto any = [&](const QString &key, auto predicate) {
        if (!byKey.contains(key))
            return true;
        for (const QString &value : byKey.value(key))
            if (predicate(value))
                return true;
        return false;
    };
    const QString status = record.state.state == ContainerState::Exited ? QStringLiteral("exited") : stateName(record.state.state);
    return any(QStringLiteral("status"), [&](const QString &v) { return v == status; })
           && any(QStringLiteral("name"), [&](const QString &v) { return record.config.name.contains(QRegularExpression(v)); })
           && any(QStringLiteral("id"), [&](const QString &v) { return record.config.id.startsWith(v); })
           && any(QStringLiteral("ancestor"), [&](const QString &v) {
                  const QString image = record.config.image.contains(QLatin1Char(':')) ? record.config.image : record.config.image + QStringLiteral(":latest");
                  const QString wanted = v.contains(QLatin1Char(':')) || v.startsWith(QLatin1String("sha256")) ? v : v + QStringLiteral(":latest");
                  return image == wanted || record.config.imageId.startsWith(v) || record.config.imageId.mid(7).startsWith(v);
              })
           && any(QStringLiteral("label"), [&](const QString &v) {
                  const QString key = v.section(QLatin1Char('='), 0, 0);
                  return record.config.labels.contains(key)
                         && (!v.contains(QLatin1Char('=')) || record.config.labels.value(key).toString() == v.section(QLatin1Char('='), 1));
              });
}

Status listContainers(const CommandContext &c)
{
    ContainerEngine engine(c.store, c.runtime);
    auto records = engine.list();
    if (!records)
        return std::unexpected(records.error());
    const bool all = c.command.isSet(QStringLiteral("all")) || c.command.isSet(QStringLiteral("latest")) || c.command.isSet(QStringLiteral("last"))
                     || c.command.isSet(QStringLiteral("filter"));
    const bool noTrunc = c.command.isSet(QStringLiteral("no-trunc"));
    const bool sizes = c.command.isSet(QStringLiteral("size"));
    int limit = c.command.isSet(QStringLiteral("latest")) ? 1 : c.command.value(QStringLiteral("last"), QStringLiteral("-1")).toInt();
    QString format = c.command.value(QStringLiteral("format"));
    const bool table = format.startsWith(QLatin1String("table"));
    if (table)
        format = format.mid(5).trimmed();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<QStringList> rows;
    QStringList formatted;
    for (const ContainerRecord &record : std::as_const(*records)) {
        const bool live = record.state.state == ContainerState::Running || record.state.state == ContainerState::Paused;
        auto wanted = matchesFilters(record, c.command.values(QStringLiteral("filter")));
        if (!wanted)
            return std::unexpected(wanted.error());
        if ((!all && !live) || !*wanted)
            continue;
        if (limit == 0)
            break;
        --limit;
        const QString id = noTrunc ? record.config.id : record.shortId();
        if (c.command.isSet(QStringLiteral("quiet"))) {
            c.line(id);
            continue;
        }
        QString size;
        if (sizes) {
            auto image = c.store.image(record.config.imageId);
            const qint64 own = directorySize(engine.store().writableLayerDir(record.config.id));
            size = QStringLiteral("%1 (virtual %2)").arg(humanSize(own), humanSize(own + (image ? image->size : 0)));
        }
        const QStringList row{id, record.config.image, quotedCommand(record, noTrunc),
                              humanDuration(record.config.created.msecsTo(now)) + QStringLiteral(" ago"), dockerStatus(record, now),
                              publishedPortsText(record), record.config.name, size};
        if (!format.isEmpty()) {
            QStringList labels;
            for (auto it = record.config.labels.begin(); it != record.config.labels.end(); ++it)
                labels.append(it.key() + QLatin1Char('=') + it.value().toString());
            const QJsonObject data{{QLatin1String("ID"), id}, {QLatin1String("Image"), record.config.image},
                                   {QLatin1String("Command"), row.at(2)}, {QLatin1String("CreatedAt"), record.config.created.toString(Qt::ISODate)},
                                   {QLatin1String("RunningFor"), humanDuration(record.config.created.msecsTo(now))},
                                   {QLatin1String("Status"), row.at(4)}, {QLatin1String("State"), stateName(record.state.state)},
                                   {QLatin1String("Names"), record.config.name}, {QLatin1String("Ports"), row.at(5)},
                                   {QLatin1String("Labels"), labels.join(QLatin1Char(','))}, {QLatin1String("Size"), size}};
            auto text = renderTemplate(format, data);
            if (!text)
                return std::unexpected(text.error());
            formatted.append(*text);
            continue;
        }
        rows.append(sizes ? row : row.mid(0, 7));
    }
    if (c.command.isSet(QStringLiteral("quiet")))
        return {};
    if (!format.isEmpty()) {
        if (table) {
            // A header from the field names, as Docker derives it.
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
            QList<QStringList> tableRows;
            for (const QString &line : std::as_const(formatted))
                tableRows.append(line.split(QLatin1Char('\t')));
            c.out(formatTable(header.split(QLatin1Char('\t')), tableRows));
            return {};
        }
        for (const QString &line : std::as_const(formatted))
            c.line(line);
        return {};
    }
    QStringList header{QStringLiteral("CONTAINER ID"), QStringLiteral("IMAGE"), QStringLiteral("COMMAND"), QStringLiteral("CREATED"),
                       QStringLiteral("STATUS"), QStringLiteral("PORTS"), QStringLiteral("NAMES")};
    if (sizes)
        header.append(QStringLiteral("SIZE"));
    c.out(formatTable(header, rows));
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

} // namespace

CommandHandler containerCommandHandler(const QString &path)
{
    static const QHash<QString, CommandHandler> handlers = {
        {QStringLiteral("container create"), createContainer},   {QStringLiteral("container run"), runContainer},
        {QStringLiteral("container start"), startContainers},    {QStringLiteral("container stop"), stopContainers},
        {QStringLiteral("container kill"), killContainers},      {QStringLiteral("container pause"), pauseContainers},
        {QStringLiteral("container unpause"), unpauseContainers}, {QStringLiteral("container rm"), removeContainers},
        {QStringLiteral("container ls"), listContainers},        {QStringLiteral("container cleanup"), cleanupContainer},
        {QStringLiteral("container exec"), execInContainer},
        {QStringLiteral("container attach"), attachContainer},
        {QStringLiteral("container top"), showTop},
        {QStringLiteral("container export"), exportContainer},
        {QStringLiteral("container commit"), commitContainer},
        {QStringLiteral("container diff"), diffContainer},
        {QStringLiteral("container restart"), restartContainers},
        {QStringLiteral("container rename"), renameContainer},
        {QStringLiteral("container wait"), waitContainers},
        {QStringLiteral("container logs"), showLogs},
        {QStringLiteral("container inspect"), inspectContainers},
        {QStringLiteral("events"), streamEvents},
    };
    return handlers.value(path);
}

} // namespace porthole
