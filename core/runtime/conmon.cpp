#include "runtime/conmon.h"

#include "runtime/runtimeerrors.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QElapsedTimer>
#include <cerrno>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace porthole {

QStringList conmonArguments(const ConmonLaunch &launch)
{
    QStringList args{QStringLiteral("--api-version"), QStringLiteral("1"),
                     QStringLiteral("-c"), launch.id, QStringLiteral("-u"), launch.id.left(12),
                     QStringLiteral("-n"), launch.name,
                     QStringLiteral("-r"), launch.runtime,
                     QStringLiteral("--runtime-arg"), QStringLiteral("--root"),
                     QStringLiteral("--runtime-arg"), launch.runtimeRoot,
                     QStringLiteral("-b"), launch.bundle,
                     QStringLiteral("-p"), launch.bundle + QStringLiteral("/pidfile"),
                     QStringLiteral("-P"), launch.bundle + QStringLiteral("/conmon.pid"),
                     QStringLiteral("-l"), QStringLiteral("k8s-file:") + launch.logPath,
                     QStringLiteral("--exit-dir"), launch.exitDir,
                     QStringLiteral("--socket-dir-path"), launch.socketDir,
                     QStringLiteral("--log-level"), QStringLiteral("warning")};
    if (!launch.exitCommand.isEmpty()) {
        args << QStringLiteral("--exit-command") << launch.exitCommand.first();
        for (const QString &arg : launch.exitCommand.mid(1))
            args << QStringLiteral("--exit-command-arg") << arg;
    }
    if (launch.terminal)
        args << QStringLiteral("-t");
    if (launch.stdinOpen)
        args << QStringLiteral("-i");
    if (launch.stdinOpen && launch.leaveStdinOpen)
        args << QStringLiteral("--leave-stdin-open");
    return args;
}

Result<SyncMessage> parseSyncMessage(const QByteArray &line)
{
    const QJsonObject json = QJsonDocument::fromJson(line).object();
    if (!json.contains(QLatin1String("data")))
        return fail(QStringLiteral("unexpected message from conmon: %1").arg(QString::fromUtf8(line.trimmed())));
    return SyncMessage{json.value(QLatin1String("data")).toInteger(), json.value(QLatin1String("message")).toString()};
}

namespace {

// Reads one line from fd within the deadline.
Result<QByteArray> readLine(int fd, QElapsedTimer &timer, int timeoutMs)
{
    QByteArray line;
    for (;;) {
        const int left = timeoutMs - int(timer.elapsed());
        if (left <= 0)
            return fail(QStringLiteral("conmon did not report the container's start within %1 s").arg(timeoutMs / 1000));
        struct pollfd pfd{fd, POLLIN, 0};
        const int ready = ::poll(&pfd, 1, left);
        if (ready < 0 && errno == EINTR)
            continue;
        if (ready <= 0)
            continue;
        char c;
        const ssize_t n = ::read(fd, &c, 1);
        if (n == 0)
            return fail(QStringLiteral("conmon exited before the container was created"));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return fail(QStringLiteral("reading from conmon: %1").arg(systemErrorText(errno)));
        }
        if (c == '\n')
            return line;
        line.append(c);
    }
}

} // namespace

Result<qint64> launchConmon(const ConmonLaunch &launch, int timeoutMs)
{
    int pipeFds[2];
    if (::pipe2(pipeFds, O_CLOEXEC) < 0)
        return fail(QStringLiteral("pipe: %1").arg(systemErrorText(errno)));
    if (pipeFds[1] <= 3) { // dup2 onto itself would keep close-on-exec
        const int moved = ::fcntl(pipeFds[1], F_DUPFD_CLOEXEC, 10);
        ::close(pipeFds[1]);
        pipeFds[1] = moved;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    // conmon finds its end of the sync pipe as fd 3 ($_OCI_SYNCPIPE); stdio
    // goes to /dev/null so conmon never holds the caller's terminal.
    posix_spawn_file_actions_adddup2(&actions, pipeFds[1], 3);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);

    QList<QByteArray> argStorage{QFile::encodeName(launch.conmon)};
    for (const QString &arg : conmonArguments(launch))
        argStorage.append(arg.toUtf8());
    std::vector<char *> argv;
    for (QByteArray &arg : argStorage)
        argv.push_back(arg.data());
    argv.push_back(nullptr);
    QList<QByteArray> envStorage{"_OCI_SYNCPIPE=3"};
    for (char **e = environ; *e; ++e)
        if (!QByteArray(*e).startsWith("_OCI_") && !QByteArray(*e).startsWith("NOTIFY_SOCKET="))
            envStorage.append(QByteArray(*e));
    std::vector<char *> envp;
    for (QByteArray &entry : envStorage)
        envp.push_back(entry.data());
    envp.push_back(nullptr);

    pid_t pid = 0;
    const int rc = ::posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
    posix_spawn_file_actions_destroy(&actions);
    ::close(pipeFds[1]);
    if (rc != 0) {
        ::close(pipeFds[0]);
        return fail(QStringLiteral("cannot run %1: %2").arg(launch.conmon, systemErrorText(rc)));
    }
    QElapsedTimer timer;
    timer.start();
    auto line = readLine(pipeFds[0], timer, timeoutMs);
    ::close(pipeFds[0]);
    ::waitpid(pid, nullptr, 0); // conmon's first process exits once it has daemonised
    if (!line)
        return std::unexpected(line.error());
    auto message = parseSyncMessage(*line);
    if (!message)
        return std::unexpected(message.error());
    if (message->data < 0)
        return std::unexpected(runtimeFailure(message->message));
    return message->data;
}

} // namespace porthole
