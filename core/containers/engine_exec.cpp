// exec, the consoles (exec and nsenter on a terminal, attach) and top:
// processes put into a running container, each checked to see the
// container's root before it runs.
#include "containers/containerengine.h"
#include "base/storepaths.h"
#include "runtime/rawterminal.h"
#include "runtime/usernamespace.h"
#include "stats/procreader.h"

#include "containers/containeruser.h"
#include "runtime/childprocess.h"
#include "runtime/ptyprocess.h"
#include "runtime/conmon.h"
#include "runtime/execgate.h"
#include "runtime/rootcheck.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <optional>
#include <unistd.h>

namespace porthole {
namespace {

// runc exec cannot enter a working directory that does not exist, and
// would say so in a raw log line: Docker's one line and exit code instead
// (a symbolic link is left to the runtime, which resolves it inside).
Status checkExecDirectory(const QString &rootfs, const QString &cwd)
{
    if (cwd.isEmpty())
        return {};
    const QFileInfo info(rootfs + cwd);
    if (info.exists() || info.isSymLink())
        return {};
    return fail(QStringLiteral("chdir to cwd (\"%1\") set in config.json failed: no such file or directory").arg(cwd), 126);
}

// exec -d once the runtime is started: the command runs (0, the runtime
// stays in the background as its parent), or the runtime ended without it.
Result<int> finishDetached(pid_t pid, const Result<bool> &admitted)
{
    if (admitted && *admitted)
        return 0;
    const int exitCode = waitForChild(pid);
    if (!admitted)
        return std::unexpected(admitted.error());
    return fail(QStringLiteral("the runtime could not start the command (exit status %1)").arg(exitCode), 126);
}

} // namespace

Result<QStringList> ContainerEngine::execArguments(const ContainerRecord &record, const ExecRequest &request)
{
    // Docker names the container by its name when it is paused, by its id when it is not running.
    const bool paused = record.state.state == ContainerState::Paused;
    if (auto ok = checkAction(record.state.state, LifecycleAction::Exec, paused ? record.config.name : record.config.id); !ok)
        return std::unexpected(ok.error());
    if (request.command.isEmpty())
        return fail(QStringLiteral("exec requires a command"), 125);
    auto rt = runtime();
    if (!rt)
        return std::unexpected(rt.error());
    QStringList args{rt->path(), QStringLiteral("--root"), m_store.runtimeRoot(), QStringLiteral("exec")};
    if (request.tty)
        args << QStringLiteral("--tty");
    const QString user = request.user.isEmpty() ? record.config.user : request.user;
    if (!user.isEmpty()) {
        auto ids = resolveUser(user, m_store.rootfsDir(record.config.id));
        if (!ids) // as Docker's exec: the process cannot start
            return std::unexpected(Error{ids.error().message, 126});
        args << QStringLiteral("--user") << QStringLiteral("%1:%2").arg(ids->uid).arg(ids->gid);
        for (uint gid : processGroups(*ids))
            args << QStringLiteral("--additional-gids") << QString::number(gid);
    }
    const QString cwd = !request.workingDir.isEmpty() ? request.workingDir : record.config.workingDir;
    if (auto ok = checkExecDirectory(m_store.rootfsDir(record.config.id), cwd); !ok)
        return std::unexpected(ok.error());
    if (!cwd.isEmpty())
        args << QStringLiteral("--cwd") << cwd;
    QStringList env = record.config.env;
    env.append(QStringLiteral("HOSTNAME=") + record.config.hostname);
    if (request.tty)
        env.append(QStringLiteral("TERM=xterm"));
    env += request.env;
    for (const QString &entry : std::as_const(env))
        args << QStringLiteral("--env") << entry;
    args << QStringLiteral("--preserve-fds") << QString::number(ExecGate::kPreservedFds);
    args << record.config.id << ExecGate::wrap(request.command);
    return args;
}

// Runs `runc exec` with the gate program first: the command starts only
// once its process is seen in the container's root.
Result<int> ContainerEngine::exec(const QString &nameOrId, const ExecRequest &request)
{
    if (auto ok = refuseInsideChroot(); !ok)
        return std::unexpected(ok.error());
    // The container's lock is held until the command has started inside
    // it: a stop, kill or pause racing the exec waits, so the exec meets
    // the state it was checked in, or Docker's refusal, never runc's
    // failure halfway into namespaces that are going.
    auto locked = lockContainer(nameOrId);
    if (!locked)
        return std::unexpected(locked.error());
    std::optional<FileLock> held(std::move(locked->lock));
    const std::optional<ContainerRecord> record(std::move(locked->record));
    auto args = execArguments(*record, request);
    if (!args)
        return std::unexpected(args.error());
    auto gate = ExecGate::open();
    if (!gate)
        return std::unexpected(gate.error());
    // -t without a terminal of ours: the command still gets a tty (ours, on
    // a pty), and what it prints is passed on, as Docker does.
    const bool ownTerminal = request.tty && !request.detach && !::isatty(STDIN_FILENO);
    std::optional<PtyProcess> pty;
    // -t on our own terminal: raw before runc starts, as Docker's client
    // does; runc sets it raw only once the command may have printed.
    std::optional<RawTerminal> raw;
    if (request.tty && !request.detach && !ownTerminal)
        raw.emplace(STDIN_FILENO);
    Result<pid_t> pid = pid_t(0);
    if (ownTerminal) {
        auto spawned = spawnOnPty(*args, 24, 80, {gate->programFd(), gate->childSocketFd()});
        if (!spawned)
            return std::unexpected(spawned.error());
        pty = *spawned;
        pid = pid_t(spawned->pid);
    } else if (request.detach) {
        // -d: runc stays the command's parent and reaps it, as Docker's shim
        // does (runc exec --detach left it to the host's init: a zombie in
        // the container for as long as that init took).
        const QString program = args->takeFirst();
        pid = spawnInBackground(program, *args, {gate->programFd(), gate->childSocketFd()});
    } else {
        const QString program = args->takeFirst();
        pid = spawnInheritingStdio(program, *args, request.interactive || request.tty, {gate->programFd(), gate->childSocketFd()},
                                   request.outputFd, request.errorFd);
    }
    if (!pid)
        return std::unexpected(pid.error());
    auto admitted = gate->admit(m_store.rootfsDir(record->config.id));
    held.reset();
    if (admitted)
        emitExecEvents(*record, request.command);
    if (request.detach)
        return finishDetached(*pid, admitted);
    if (pty)
        copyPtyOutput(pty->masterFd, request.outputFd >= 0 ? request.outputFd : STDOUT_FILENO);
    const int exitCode = waitForChild(*pid);
    if (!admitted)
        return std::unexpected(admitted.error().withContext(QStringLiteral("exec in %1").arg(record->config.name)));
    return exitCode;
}

// Docker's two events of an exec: `exec_create: ls /tmp`, `exec_start: ls /tmp`.
void ContainerEngine::emitExecEvents(const ContainerRecord &record, const QStringList &command) const
{
    for (const char *action : {"exec_create: ", "exec_start: "})
        emitEvent(record, QString::fromLatin1(action) + command.join(QLatin1Char(' ')));
}

Result<PtyProcess> ContainerEngine::execOnTerminal(const QString &nameOrId, QStringList command, int rows, int columns)
{
    ExecRequest request;
    request.command = command;
    return execOnTerminal(nameOrId, request, rows, columns);
}

Result<PtyProcess> ContainerEngine::execOnTerminal(const QString &nameOrId, ExecRequest request, int rows, int columns)
{
    if (auto ok = refuseInsideChroot(); !ok)
        return std::unexpected(ok.error());
    auto record = m_store.find(nameOrId);
    if (!record)
        return std::unexpected(record.error());
    const QString merged = m_store.rootfsDir(record->config.id);
    if (request.command.isEmpty())
        request.command = {QFileInfo::exists(merged + QStringLiteral("/bin/bash")) ? QStringLiteral("/bin/bash") : QStringLiteral("/bin/sh")};
    request.tty = true;
    request.interactive = true;
    request.detach = false;
    auto args = execArguments(*record, request);
    if (!args)
        return std::unexpected(args.error());
    auto gate = ExecGate::open();
    if (!gate)
        return std::unexpected(gate.error());
    auto process = spawnOnPty(*args, rows, columns, {gate->programFd(), gate->childSocketFd()});
    if (!process)
        return process;
    // When the runtime ended on its own, its error is on the terminal.
    if (auto admitted = gate->admit(merged); !admitted) {
        ::close(process->masterFd);
        waitForChild(pid_t(process->pid));
        return std::unexpected(admitted.error().withContext(QStringLiteral("exec in %1").arg(record->config.name)));
    }
    emitExecEvents(*record, request.command);
    return process;
}

// The container's main process must have the container's root: nsenter
// takes its root and working directory from it.
Status ContainerEngine::checkMainProcessRoot(const ContainerRecord &record) const
{
    return checkProcessRoot(record.state.pid, m_store.rootfsDir(record.config.id));
}

Result<PtyProcess> ContainerEngine::nsenterOnTerminal(const QString &nameOrId, int rows, int columns)
{
    if (auto ok = refuseInsideChroot(); !ok)
        return std::unexpected(ok.error());
    auto record = m_store.find(nameOrId);
    if (!record)
        return std::unexpected(record.error());
    if (auto ok = checkAction(record->state.state, LifecycleAction::Exec, nameOrId); !ok)
        return std::unexpected(ok.error());
    if (auto ok = checkMainProcessRoot(*record); !ok)
        return std::unexpected(ok.error().withContext(QStringLiteral("nsenter %1").arg(record->config.name)));
    const QString nsenter = QStandardPaths::findExecutable(QStringLiteral("nsenter"));
    if (nsenter.isEmpty())
        return fail(QStringLiteral("nsenter was not found: install util-linux"));
    // The seed's third way in: all of the container's namespaces, then the
    // root and working directory of its main process named explicitly (so
    // the shell is in the container's files whatever the caller's root),
    // then its shell.
    const QString proc = QStringLiteral("/proc/%1").arg(record->state.pid);
    auto process = spawnOnPty({nsenter, QStringLiteral("--target"), QString::number(record->state.pid), QStringLiteral("--all"),
                               QStringLiteral("--root=") + proc + QStringLiteral("/root"), QStringLiteral("--wd=") + proc + QStringLiteral("/cwd"),
                               QStringLiteral("/bin/sh")},
                              rows, columns);
    if (process) // not one of Docker's events (Docker has no nsenter): the lesson sees it
        emitEvent(*record, QStringLiteral("nsenter"));
    return process;
}

Result<AttachConnection> ContainerEngine::attachConsole(const QString &nameOrId)
{
    auto record = m_store.find(nameOrId);
    if (!record)
        return std::unexpected(record.error());
    if (auto ok = checkAction(record->state.state, LifecycleAction::Attach, nameOrId); !ok)
        return std::unexpected(ok.error());
    if (auto ok = checkMainProcessRoot(*record); !ok)
        return std::unexpected(ok.error().withContext(QStringLiteral("attach %1").arg(record->config.name)));
    auto connection = AttachConnection::connect(attachSocketPath(m_store.socketsDir(), record->config.id));
    if (connection)
        emitEvent(*record, QStringLiteral("attach"));
    return connection;
}

Status ContainerEngine::resizeConsole(const QString &nameOrId, int rows, int columns)
{
    auto record = m_store.find(nameOrId);
    if (!record)
        return std::unexpected(record.error());
    return resizeTerminal(m_store.bundleDir(record->config.id) + QStringLiteral("/ctl"), rows, columns);
}

Result<QList<QStringList>> ContainerEngine::top(const QString &nameOrId, const QStringList &psOptions)
{
    auto record = m_store.find(nameOrId);
    if (!record)
        return std::unexpected(record.error());
    if (!record->state.isLive())
        return fail(QStringLiteral("Container %1 is not running").arg(record->config.id));
    auto rt = runtime();
    if (!rt)
        return std::unexpected(rt.error());
    QProcess runcPs;
    runcPs.start(rt->path(), {QStringLiteral("--root"), m_store.runtimeRoot(), QStringLiteral("ps"), QStringLiteral("--format"),
                              QStringLiteral("json"), record->config.id});
    const bool listed = runcPs.waitForFinished(10000) && runcPs.exitCode() == 0;
    if (!listed && !runningRootless())
        return fail(QStringLiteral("cannot list the processes of %1").arg(nameOrId));
    QSet<qint64> pids;
    for (const auto &pid : QJsonDocument::fromJson(runcPs.readAllStandardOutput()).array())
        pids.insert(pid.toInteger());
    if (!listed) // rootless without a cgroup: the members of its pid namespace
        for (qint64 pid : pidNamespaceMembers(record->state.pid))
            pids.insert(pid);
    QProcess ps;
    ps.start(QStringLiteral("ps"), psOptions.isEmpty() ? QStringList{QStringLiteral("-ef")} : psOptions);
    if (!ps.waitForFinished(10000) || ps.exitCode() != 0)
        return fail(QStringLiteral("ps %1 failed: %2").arg(psOptions.join(QLatin1Char(' ')), QString::fromLocal8Bit(ps.readAllStandardError()).trimmed()));
    const QStringList lines = QString::fromLocal8Bit(ps.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.isEmpty())
        return QList<QStringList>();
    const QStringList header = lines.first().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const qsizetype pidColumn = header.indexOf(QStringLiteral("PID"));
    if (pidColumn < 0)
        return fail(QStringLiteral("Couldn't find PID field in ps output"));
    QList<QStringList> rows{header};
    for (const QString &line : lines.mid(1)) {
        QStringList fields = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (fields.size() < header.size() || !pids.contains(fields.at(pidColumn).toLongLong()))
            continue;
        const QString last = fields.mid(header.size() - 1).join(QLatin1Char(' ')); // the command keeps its spaces
        fields = fields.mid(0, header.size() - 1);
        fields.append(last);
        rows.append(fields);
    }
    return rows;
}

} // namespace porthole
