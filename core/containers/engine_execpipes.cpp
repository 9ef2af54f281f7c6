// exec without a terminal for a caller other than a terminal (the API
// service): `runc exec` with pipes for the command's stdin, stdout and
// stderr, kept apart as Docker keeps them; and exec on a terminal with
// the request's user, environment and working directory.
#include "containers/containerengine.h"

#include "runtime/childprocess.h"
#include "runtime/execgate.h"
#include "runtime/ptyprocess.h"
#include "runtime/rootcheck.h"

#include <QFile>
#include <cerrno>
#include <fcntl.h>
#include <spawn.h>
#include <unistd.h>
#include <vector>

extern char **environ;

namespace porthole {

namespace {

struct Pipe {
    int read = -1, write = -1;
    Pipe() = default;
    Pipe(const Pipe &) = delete;
    ~Pipe()
    {
        for (int fd : {read, write})
            if (fd >= 0)
                ::close(fd);
    }
    bool open()
    {
        int fds[2];
        if (::pipe2(fds, O_CLOEXEC) != 0)
            return false;
        read = fds[0];
        write = fds[1];
        return true;
    }
    static int take(int &fd)
    {
        const int taken = fd;
        fd = -1;
        return taken;
    }
};

// argv[0] with stdin, stdout and stderr from the pipes, passFds as 3, 4, ...
Result<pid_t> spawnWithPipes(const QStringList &argvList, Pipe *in, Pipe &out, Pipe &err, const QList<int> &passFds)
{
    QList<QByteArray> storage;
    for (const QString &arg : argvList)
        storage.append(QFile::encodeName(arg));
    std::vector<char *> argv;
    for (QByteArray &arg : storage)
        argv.push_back(arg.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    if (in)
        posix_spawn_file_actions_adddup2(&actions, in->read, 0);
    else
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, out.write, 1);
    posix_spawn_file_actions_adddup2(&actions, err.write, 2);
    std::vector<int> sources; // out of the way of 0..4
    for (int fd : passFds)
        sources.push_back(::fcntl(fd, F_DUPFD_CLOEXEC, 100));
    for (size_t i = 0; i < sources.size(); ++i)
        posix_spawn_file_actions_adddup2(&actions, sources[i], int(3 + i));
    pid_t pid = 0;
    const int rc = ::posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    for (int fd : sources)
        ::close(fd);
    if (rc != 0)
        return fail(QStringLiteral("cannot run %1: %2").arg(argvList.first(), systemErrorText(rc)));
    return pid;
}

} // namespace

Result<ExecPipes> ContainerEngine::execWithPipes(const QString &nameOrId, const ExecRequest &request)
{
    if (auto ok = refuseInsideChroot(); !ok)
        return std::unexpected(ok.error());
    auto record = m_store.find(nameOrId);
    if (!record)
        return std::unexpected(record.error());
    ExecRequest plain = request;
    plain.tty = false;
    auto args = execArguments(*record, plain);
    if (!args)
        return std::unexpected(args.error());
    auto gate = ExecGate::open();
    if (!gate)
        return std::unexpected(gate.error());
    Pipe in, out, err;
    if (!in.open() || !out.open() || !err.open())
        return fail(QStringLiteral("cannot make pipes for exec: %1").arg(systemErrorText(errno)));
    auto pid = spawnWithPipes(*args, request.interactive ? &in : nullptr, out, err, {gate->programFd(), gate->childSocketFd()});
    if (!pid)
        return std::unexpected(pid.error());
    ::close(Pipe::take(in.read));
    ::close(Pipe::take(out.write));
    ::close(Pipe::take(err.write));
    // When the runtime ends without starting the command, its own error is on stderr.
    if (auto admitted = gate->admit(m_store.rootfsDir(record->config.id)); !admitted) {
        waitForChild(*pid);
        return std::unexpected(admitted.error().withContext(QStringLiteral("exec in %1").arg(record->config.name)));
    }
    emitExecEvents(*record, request.command);
    ExecPipes pipes;
    pipes.pid = *pid;
    pipes.stdinFd = request.interactive ? Pipe::take(in.write) : -1;
    pipes.stdoutFd = Pipe::take(out.read);
    pipes.stderrFd = Pipe::take(err.read);
    return pipes;
}

} // namespace porthole
