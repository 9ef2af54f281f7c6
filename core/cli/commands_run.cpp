// The verbs that make and start containers: create, run, start, attach.
// Flags become a CreateRequest (one engine call); attached runs relay the
// container's streams until it exits or the user detaches.
#include "cli/commandcontext.h"
#include "cli/layerlines.h"
#include "cli/verbs.h"
#include "base/fsutil.h"
#include "containers/containerengine.h"
#include "runtime/attach.h"
#include "runtime/conmon.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QThread>
#include <cstring>
#include <sys/ioctl.h>
#include <optional>

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

// --env-file: KEY=VALUE lines; a bare KEY takes this process's value.
Status readEnvFiles(const ParsedCommand &command, CreateRequest &request)
{
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
    return {};
}

// -m, --pids-limit, --stop-timeout: numbers with Docker's errors.
Status readLimits(const ParsedCommand &command, CreateRequest &request)
{
    if (command.isSet(QStringLiteral("stop-timeout"))) {
        auto timeout = command.intValue(QStringLiteral("stop-timeout"));
        if (!timeout)
            return std::unexpected(timeout.error());
        if (*timeout < 0)
            return fail(QStringLiteral("invalid --stop-timeout: %1").arg(*timeout), 125);
        request.stopTimeout = int(*timeout);
    }
    if (command.isSet(QStringLiteral("memory"))) {
        auto memory = parseMemory(command.value(QStringLiteral("memory")));
        if (!memory && memory.error().message.startsWith(QLatin1String("invalid size")))
            return std::unexpected(command.invalidArgument(QStringLiteral("memory"), memory.error().message));
        if (!memory)
            return std::unexpected(memory.error());
        request.memory = *memory;
    }
    if (command.isSet(QStringLiteral("pids-limit"))) {
        auto limit = command.intValue(QStringLiteral("pids-limit"));
        if (!limit)
            return std::unexpected(limit.error());
        request.pidsLimit = *limit;
    }
    return {};
}

// --network/--net, -p, -v.
Status readConnections(const ParsedCommand &command, CreateRequest &request)
{
    request.network = command.isSet(QStringLiteral("network")) ? command.value(QStringLiteral("network")) : command.value(QStringLiteral("net"));
    for (const QString &publish : command.values(QStringLiteral("publish"))) {
        auto port = parsePublish(publish);
        if (!port)
            return std::unexpected(Error{port.error().message, 125});
        request.ports.append(*port);
    }
    for (const QString &volume : command.values(QStringLiteral("volume"))) {
        auto mount = parseVolumeFlag(volume);
        if (!mount)
            return std::unexpected(mount.error());
        request.volumes.append(*mount);
    }
    for (const QString &text : command.values(QStringLiteral("mount"))) {
        auto mount = parseMountFlag(text);
        if (!mount)
            return std::unexpected(mount.error());
        request.volumes.append(*mount);
    }
    for (const QString &text : command.values(QStringLiteral("tmpfs"))) { // --tmpfs /run[:size=64m]
        auto mount = parseMountFlag(QStringLiteral("type=tmpfs,target=") + text.section(QLatin1Char(':'), 0, 0));
        if (!mount)
            return std::unexpected(mount.error());
        for (const QString &option : text.section(QLatin1Char(':'), 1).split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (option.startsWith(QLatin1String("size=")))
                mount->tmpfsSize = parseRamSize(option.mid(5)).value_or(0);
        mount->fromMountFlag = false;
        request.volumes.append(*mount);
    }
    return {};
}

Result<CreateRequest> createRequest(const ParsedCommand &command)
{
    CreateRequest request;
    if (auto ok = readEnvFiles(command, request); !ok)
        return std::unexpected(ok.error());
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
    request.pull = command.value(QStringLiteral("pull"), QStringLiteral("missing"));
    request.platform = command.value(QStringLiteral("platform"));
    for (const QString &label : command.values(QStringLiteral("label")))
        request.labels.insert(label.section(QLatin1Char('='), 0, 0), label.section(QLatin1Char('='), 1));
    if (auto ok = readLimits(command, request); !ok)
        return std::unexpected(ok.error());
    if (auto ok = readConnections(command, request); !ok)
        return std::unexpected(ok.error());
    return request;
}

// What create tells while it works: run steps, Docker's warnings and a
// pull's progress, on stderr as Docker prints them.
void observeCreate(const CommandContext &c, ContainerEngine &engine, LayerLines &pullLines)
{
    engine.setRunStepObserver(c.io.runStep);
    engine.setWarningObserver([&c](const QString &warning) {
        if (c.io.err)
            c.io.err(warning + QLatin1Char('\n'));
    });
    engine.setPullObserver(pullLines.observer());
}

Status createContainer(const CommandContext &c)
{
    auto request = createRequest(c.command);
    if (!request)
        return std::unexpected(request.error());
    ContainerEngine engine(c.store, c.runtime);
    LayerLines pullLines([&c](const QString &text) { if (c.io.err) c.io.err(text); }, false);
    observeCreate(c, engine, pullLines);
    auto record = engine.create(*request, c.progress);
    if (!record) // the daemon's refusal: exit 1 for create (run's is 125), as Docker's
        return std::unexpected(Error{record.error().message, 1});
    c.line(record->config.id);
    return {};
}

// A start hook that connects to the attach socket once the container
// exists and before its process runs, so no output is missed. A tty gets
// the size of our terminal from its first instant (as Docker's
// ConsoleSize), so `stty size` is right from the first line.
ContainerEngine::StartHook connectBeforeStart(const CommandContext &c, ContainerEngine &engine, std::optional<AttachConnection> &connection)
{
    struct winsize size = {};
    if (c.io.outputFd >= 0 && ::ioctl(c.io.outputFd, TIOCGWINSZ, &size) == 0 && size.ws_row > 0)
        engine.setConsoleSize(size.ws_row, size.ws_col);
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
    options.errorFd = c.io.errorFd >= 0 ? c.io.errorFd : 2;
    options.tty = record->config.tty;
    options.detachKeys = *keys;
    options.cancel = &c.progress; // the window's Stop, a signal to the CLI: detach
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
    if (!detach && request->tty && request->interactive && !c.io.inputIsTerminal)
        return fail(QStringLiteral("the input device is not a TTY"));
    if (!detach && c.io.outputFd < 0)
        return fail(QStringLiteral("an attached run needs a terminal: use -d, then open a console"), 125);
    ContainerEngine engine(c.store, c.runtime);
    LayerLines pullLines([&c](const QString &text) { if (c.io.err) c.io.err(text); }, false);
    observeCreate(c, engine, pullLines);
    auto record = engine.create(*request, c.progress);
    if (!record) // run exits 125 for whatever kept the container from being made, as Docker's
        return std::unexpected(Error{record.error().message, 125});
    auto failedStart = [&](const Error &error) -> Status {
        if (record->config.autoRemove) // --rm: nothing stays behind
            (void)engine.remove(record->config.id, true);
        return std::unexpected(Error{error.message, error.exitCode == 126 || error.exitCode == 127 ? error.exitCode : 125});
    };
    if (detach) {
        if (auto ok = engine.start(record->config.id); !ok)
            return failedStart(ok.error());
        c.line(record->config.id);
        return {};
    }
    std::optional<AttachConnection> connection;
    const auto connectFirst = connectBeforeStart(c, engine, connection);
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

Status startContainers(const CommandContext &c)
{
    if (c.command.isSet(QStringLiteral("attach")) || c.command.isSet(QStringLiteral("interactive"))) {
        if (c.command.args.size() != 1)
            return fail(QStringLiteral("you cannot start and attach multiple containers at once"));
        if (c.io.outputFd < 0)
            return fail(QStringLiteral("start -a needs a terminal: open a console for the container instead"));
        ContainerEngine engine(c.store, c.runtime);
        std::optional<AttachConnection> connection;
        const auto connectFirst = connectBeforeStart(c, engine, connection);
        if (auto ok = engine.start(c.command.args.first(), connectFirst); !ok)
            return ok;
        auto record = engine.find(c.command.args.first());
        if (!record)
            return std::unexpected(record.error());
        return attachAndWait(c, engine, record->config.id, *connection, c.command.value(QStringLiteral("detach-keys")),
                             c.command.isSet(QStringLiteral("interactive")));
    }
    return eachContainer(c, [](ContainerEngine &e, const QString &n) { return e.start(n); }, QStringLiteral("%2"),
                         QStringLiteral("failed to start containers: %1"));
}

QList<FlagSpec> createFlags()
{
    return {
        boolFlag("interactive", 'i', "Keep STDIN open even if not attached"), boolFlag("tty", 't', "Allocate a pseudo-TTY"),
        valueFlag("name", 0, "Assign a name to the container"), boolFlag("rm", 0, "Automatically remove the container when it exits"),
        valueFlag("env", 'e', "Set environment variables"), valueFlag("workdir", 'w', "Working directory inside the container"),
        valueFlag("user", 'u', "Username or UID (format: <name|uid>[:<gid>])"), valueFlag("hostname", 'h', "Container host name"),
        valueFlag("entrypoint", 0, "Overwrite the default ENTRYPOINT of the image"), valueFlag("stop-signal", 0, "Signal to stop the container"),
        valueFlag("stop-timeout", 0, "Timeout (in seconds) to stop a container"), valueFlag("memory", 'm', "Memory limit"),
        valueFlag("pids-limit", 0, "Tune container pids limit"), valueFlag("label", 'l', "Set meta data on a container"),
        valueFlag("volume", 'v', "Bind mount a volume ([HOST-DIR|VOLUME:]CONTAINER-DIR[:ro])"),
        valueFlag("mount", 0, "Attach a filesystem mount to the container (type=bind|volume|tmpfs,source=...,target=...)"),
        valueFlag("tmpfs", 0, "Mount a tmpfs directory (/path[:size=64m])"), valueFlag("env-file", 0, "Read in a file of environment variables"),
        boolFlag("init", 0, "Run an init inside the container that forwards signals and reaps processes"),
        valueFlag("restart", 0, "Restart policy to apply when a container exits (no, on-failure[:N], always, unless-stopped)"),
        valueFlag("network", 0, "Connect a container to a network (bridge, host, none or a network's name)"),
        valueFlag("net", 0, "Connect a container to a network (same as --network)"),
        valueFlag("publish", 'p', "Publish a container's port to the host ([HOSTIP:]HOSTPORT:CONTAINERPORT[/tcp|udp])"),
        valueFlag("pull", 0, "Pull image before running (\"always\"|\"missing\"|\"never\")"),
        valueFlag("platform", 0, "Set platform if server is multi-platform capable"),
    };
}

} // namespace

QList<CommandSpec> runVerbs()
{
    return {
        Verb("container create", "[OPTIONS] IMAGE [COMMAND] [ARG...]", "Create a new container", createContainer)
            .aliases({"create"}).args(1).flags(createFlags()).argumentsEndFlags(),
        Verb("container run", "[OPTIONS] IMAGE [COMMAND] [ARG...]", "Create and run a new container from an image", runContainer)
            .aliases({"run"}).args(1).flags(createFlags()).argumentsEndFlags()
            .flag("detach", 'd', "Run container in background and print container ID")
            .option("detach-keys", 0, "Override the key sequence for detaching a container")
            .flag("sig-proxy", 0, "Proxy received signals to the process (default true)"),
        Verb("container start", "[OPTIONS] CONTAINER [CONTAINER...]", "Start one or more stopped containers", startContainers)
            .aliases({"start"}).args(1).flag("attach", 'a', "Attach STDOUT/STDERR and forward signals")
            .flag("interactive", 'i', "Attach container's STDIN").option("detach-keys", 0, "Override the key sequence for detaching a container"),
        Verb("container attach", "[OPTIONS] CONTAINER", "Attach local standard input, output, and error streams to a running container", attachContainer)
            .aliases({"attach"}).args(1, 1).option("detach-keys", 0, "Override the key sequence for detaching a container")
            .flag("no-stdin", 0, "Do not attach STDIN").flag("sig-proxy", 0, "Proxy all received signals to the process (default true)"),
    };
}

} // namespace porthole
