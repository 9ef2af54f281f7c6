#include "runtime/childprocess.h"

#include <QFile>
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char **environ;

namespace porthole {

namespace {

struct SpawnStreams {
    bool withStdin = false;
    bool background = false;
    int outputFd = -1;
    int errorFd = -1;
};

Result<pid_t> spawn(const QString &program, const QStringList &args, const QList<int> &passFds, SpawnStreams streams)
{
    QList<QByteArray> storage{QFile::encodeName(program)};
    for (const QString &arg : args)
        storage.append(arg.toUtf8());
    std::vector<char *> argv;
    for (QByteArray &arg : storage)
        argv.push_back(arg.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    if (!streams.withStdin)
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    if (streams.background) { // its own session, none of our streams
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
        posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSID);
    }
    std::vector<int> sources; // out of the way of 1, 2, 3, 4, ...
    for (int fd : passFds)
        sources.push_back(::fcntl(fd, F_DUPFD_CLOEXEC, 100));
    for (auto [fd, target] : {std::pair{streams.outputFd, 1}, std::pair{streams.errorFd, 2}})
        if (fd >= 0) {
            sources.push_back(::fcntl(fd, F_DUPFD_CLOEXEC, 100));
            posix_spawn_file_actions_adddup2(&actions, sources.back(), target);
        }
    for (qsizetype i = 0; i < passFds.size(); ++i)
        posix_spawn_file_actions_adddup2(&actions, sources[size_t(i)], int(3 + i));
    pid_t pid = 0;
    const int rc = ::posix_spawn(&pid, argv[0], &actions, &attributes, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
    for (int fd : sources)
        ::close(fd);
    if (rc != 0)
        return fail(QStringLiteral("cannot run %1: %2").arg(program, systemErrorText(rc)));
    return pid;
}

} // namespace

Result<pid_t> spawnInheritingStdio(const QString &program, const QStringList &args, bool withStdin, const QList<int> &passFds,
                                   int outputFd, int errorFd)
{
    return spawn(program, args, passFds, {withStdin, false, outputFd, errorFd});
}

Result<pid_t> spawnInBackground(const QString &program, const QStringList &args, const QList<int> &passFds)
{
    return spawn(program, args, passFds, {false, true, -1, -1});
}

int waitForChild(pid_t pid)
{
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    if (WIFSIGNALED(status))
        return 128 + WTERMSIG(status);
    return WEXITSTATUS(status);
}

bool processAlive(qint64 pid)
{
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
}

} // namespace porthole
