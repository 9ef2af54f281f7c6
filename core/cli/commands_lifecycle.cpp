// The lifecycle verbs on running containers: stop, kill, pause, unpause,
// rm, restart, rename, wait, and the exit command conmon runs. Each is one
// engine call per named container, printing each name as Docker does.
#include "cli/commandcontext.h"
#include "cli/verbs.h"
#include "containers/containerengine.h"

namespace porthole {
namespace {

// -t/--time of stop and restart; -1 when absent (the container's own).
Result<int> stopTimeout(const ParsedCommand &command)
{
    if (!command.isSet(QStringLiteral("time")))
        return -1;
    auto timeout = command.intValue(QStringLiteral("time"));
    if (!timeout)
        return std::unexpected(timeout.error());
    if (*timeout < 0)
        return std::unexpected(command.invalidArgument(QStringLiteral("time"), QStringLiteral("a negative time is not supported")));
    return int(*timeout);
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
    if (!signal.isEmpty() && !isSignal(signal)) // refused before any container, as Docker's daemon does
        return fail(QStringLiteral("Invalid signal: %1").arg(signal));
    return eachContainer(c, [signal](ContainerEngine &e, const QString &n) { return e.kill(n, signal); },
                         QStringLiteral("Cannot kill container: %1: %2"));
}

Status pauseContainers(const CommandContext &c)
{
    return eachContainer(c, [](ContainerEngine &e, const QString &n) { return e.pause(n); });
}

Status unpauseContainers(const CommandContext &c)
{
    return eachContainer(c, [](ContainerEngine &e, const QString &n) { return e.unpause(n); });
}

// With -f, a container that does not exist is reported but is no failure
// (Docker 20.10 and later).
Status removeContainers(const CommandContext &c)
{
    const bool force = c.command.isSet(QStringLiteral("force"));
    ContainerEngine engine(c.store, c.runtime);
    bool anyFailed = false;
    for (const QString &name : c.command.args) {
        auto removed = engine.remove(name, force, c.command.isSet(QStringLiteral("volumes")));
        if (removed) {
            c.line(name);
            continue;
        }
        if (c.io.err)
            c.io.err(QStringLiteral("Error: ") + removed.error().message + QLatin1Char('\n'));
        anyFailed = anyFailed || !(force && removed.error().message.startsWith(QLatin1String("No such container:")));
    }
    return anyFailed ? fail(QString()) : Status{};
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
    const QString &name = c.command.args.at(0);
    auto renamed = engine.rename(name, c.command.args.at(1));
    if (renamed)
        return {};
    // Docker's daemon answer, then its client's line.
    QString message = renamed.error().message;
    if (message.startsWith(QLatin1String("Conflict.")))
        message.prepend(QStringLiteral("Error when allocating new name: "));
    if (c.io.err)
        c.io.err(QStringLiteral("Error: ") + message + QLatin1Char('\n'));
    return fail(QStringLiteral("failed to rename container named %1").arg(name));
}

Status waitContainers(const CommandContext &c)
{
    ContainerEngine engine(c.store, c.runtime);
    for (const QString &name : c.command.args) {
        auto code = engine.wait(name, &c.progress);
        if (!code)
            return std::unexpected(code.error());
        c.line(QString::number(*code));
    }
    return {};
}

Status cleanupContainer(const CommandContext &c)
{
    ContainerEngine engine(c.store, c.runtime);
    return engine.cleanup(c.command.args.first());
}

} // namespace

QList<CommandSpec> lifecycleVerbs()
{
    return {
        Verb("container stop", "[OPTIONS] CONTAINER [CONTAINER...]", "Stop one or more running containers", stopContainers)
            .aliases({"stop"}).args(1).option("time", 't', "Seconds to wait before killing the container"),
        Verb("container kill", "[OPTIONS] CONTAINER [CONTAINER...]", "Kill one or more running containers", killContainers)
            .aliases({"kill"}).args(1).option("signal", 's', "Signal to send to the container"),
        Verb("container pause", "CONTAINER [CONTAINER...]", "Pause all processes within one or more containers", pauseContainers)
            .aliases({"pause"}).args(1),
        Verb("container unpause", "CONTAINER [CONTAINER...]", "Unpause all processes within one or more containers", unpauseContainers)
            .aliases({"unpause"}).args(1),
        Verb("container rm", "[OPTIONS] CONTAINER [CONTAINER...]", "Remove one or more containers", removeContainers)
            .aliases({"rm", "container remove"}).args(1).flag("force", 'f', "Force the removal of a running container (uses SIGKILL)")
            .flag("volumes", 'v', "Remove anonymous volumes associated with the container"),
        Verb("container restart", "[OPTIONS] CONTAINER [CONTAINER...]", "Restart one or more containers", restartContainers)
            .aliases({"restart"}).args(1).option("time", 't', "Seconds to wait before killing the container"),
        Verb("container rename", "CONTAINER NEW_NAME", "Rename a container", renameContainer).aliases({"rename"}).args(2, 2),
        Verb("container wait", "CONTAINER [CONTAINER...]", "Block until one or more containers stop, then print their exit codes", waitContainers)
            .aliases({"wait"}).args(1),
        Verb("container cleanup", "CONTAINER", "Record a container's exit (run by conmon)", cleanupContainer).args(1, 1),
    };
}

} // namespace porthole
