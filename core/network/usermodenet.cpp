#include "network/usermodenet.h"

#include "base/fsutil.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sched.h>
#include <spawn.h>
#include <sys/mount.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char **environ;

namespace porthole {

QString userModeAddress() { return QStringLiteral("10.0.2.100"); }
QString userModeGateway() { return QStringLiteral("10.0.2.2"); }
QString userModeNameServer() { return QStringLiteral("10.0.2.3"); }

Status createNamespaceFile(const QString &path)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return fail(QStringLiteral("cannot create %1").arg(QFileInfo(path).absolutePath()));
    const QByteArray file = QFile::encodeName(path);
    const int fd = ::open(file.constData(), O_RDONLY | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return fail(QStringLiteral("cannot create %1: %2").arg(path, systemErrorText(errno)));
    ::close(fd);
    // A child makes the namespace and binds it on the file: our mount
    // namespace, so the runtime started later joins it by path.
    const pid_t child = ::fork();
    if (child == 0) {
        if (::unshare(CLONE_NEWNET) != 0)
            ::_exit(errno);
        ::_exit(::mount("/proc/self/ns/net", file.constData(), nullptr, MS_BIND, nullptr) == 0 ? 0 : errno);
    }
    if (child < 0)
        return fail(QStringLiteral("fork: %1").arg(systemErrorText(errno)));
    int status = 0;
    while (::waitpid(child, &status, 0) < 0 && errno == EINTR) {
    }
    const int error = WIFEXITED(status) ? WEXITSTATUS(status) : EINTR;
    if (error != 0) {
        ::unlink(file.constData());
        return fail(QStringLiteral("cannot create a network namespace at %1: %2").arg(path, systemErrorText(error)));
    }
    return {};
}

Status removeNamespaceFile(const QString &path)
{
    const QByteArray file = QFile::encodeName(path);
    if (::umount2(file.constData(), MNT_DETACH) != 0 && errno != EINVAL && errno != ENOENT)
        return fail(QStringLiteral("cannot unmount the network namespace %1: %2").arg(path, systemErrorText(errno)));
    if (::unlink(file.constData()) != 0 && errno != ENOENT)
        return fail(QStringLiteral("cannot remove %1: %2").arg(path, systemErrorText(errno)));
    return {};
}

namespace {

// Waits for slirp4netns to write '1' on its ready descriptor.
Status waitReady(int fd, qint64 pid, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        const int left = timeoutMs - int(timer.elapsed());
        if (left <= 0)
            return fail(QStringLiteral("slirp4netns did not configure the network within %1 s").arg(timeoutMs / 1000));
        struct pollfd pfd{fd, POLLIN, 0};
        const int ready = ::poll(&pfd, 1, left);
        if (ready <= 0)
            continue;
        char c = 0;
        const ssize_t n = ::read(fd, &c, 1);
        if (n < 0 && errno == EINTR)
            continue;
        if (n == 1 && c == '1')
            return {};
        int status = 0;
        ::waitpid(pid_t(pid), &status, WNOHANG);
        return fail(QStringLiteral("slirp4netns exited before the network was configured (exit %1): is /dev/net/tun "
                                   "readable and writable by all (chmod 0666 /dev/net/tun)?")
                        .arg(WIFEXITED(status) ? WEXITSTATUS(status) : -1));
    }
}

} // namespace

Result<QByteArray> askSlirp(const QString &apiSocket, const QByteArray &request)
{
    const QByteArray path = QFile::encodeName(apiSocket);
    struct sockaddr_un address = {};
    address.sun_family = AF_UNIX;
    if (size_t(path.size()) >= sizeof address.sun_path)
        return fail(QStringLiteral("the socket path %1 is too long").arg(apiSocket));
    std::memcpy(address.sun_path, path.constData(), size_t(path.size()));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0 || ::connect(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
        const int error = errno;
        if (fd >= 0)
            ::close(fd);
        return fail(QStringLiteral("cannot reach slirp4netns at %1: %2").arg(apiSocket, systemErrorText(error)));
    }
    (void)!::write(fd, request.constData(), size_t(request.size()));
    ::shutdown(fd, SHUT_WR);
    QByteArray reply;
    char buffer[1024];
    for (ssize_t n; (n = ::read(fd, buffer, sizeof buffer)) > 0 || (n < 0 && errno == EINTR);)
        reply.append(buffer, n > 0 ? n : 0);
    ::close(fd);
    return reply;
}

Result<SlirpProcess> startSlirp4netns(const QString &netnsPath, const QString &apiSocket, int timeoutMs)
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("slirp4netns"));
    if (program.isEmpty())
        return fail(QStringLiteral("slirp4netns was not found: install it (apt-get install slirp4netns)"));
    QFile::remove(apiSocket);
    int ready[2];
    if (::pipe2(ready, O_CLOEXEC) != 0)
        return fail(QStringLiteral("pipe: %1").arg(systemErrorText(errno)));
    QList<QByteArray> storage{QFile::encodeName(program), "--configure", "--mtu=65520", "--disable-host-loopback",
                              "--ready-fd=3", "--api-socket", QFile::encodeName(apiSocket), "--netns-type=path",
                              QFile::encodeName(netnsPath), "tap0"};
    std::vector<char *> argv;
    for (QByteArray &arg : storage)
        argv.push_back(arg.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, ready[1], 3);
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSID); // outlives us, with the container
    pid_t pid = 0;
    const int rc = ::posix_spawn(&pid, argv[0], &actions, &attributes, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attributes);
    ::close(ready[1]);
    if (rc != 0) {
        ::close(ready[0]);
        return fail(QStringLiteral("cannot run %1: %2").arg(program, systemErrorText(rc)));
    }
    auto ok = waitReady(ready[0], pid, timeoutMs);
    ::close(ready[0]);
    if (!ok) {
        stopSlirp4netns(pid);
        return std::unexpected(ok.error());
    }
    return SlirpProcess{pid, apiSocket};
}

QByteArray hostForwardRequest(const PortBinding &port, quint16 guestPort)
{
    const QJsonObject arguments{{QLatin1String("proto"), port.protocol},
                                {QLatin1String("host_addr"), port.hostIp.isEmpty() ? QStringLiteral("0.0.0.0") : port.hostIp},
                                {QLatin1String("host_port"), int(port.hostPort)},
                                {QLatin1String("guest_port"), int(guestPort)}};
    return QJsonDocument(QJsonObject{{QLatin1String("execute"), QStringLiteral("add_hostfwd")},
                                     {QLatin1String("arguments"), arguments}})
        .toJson(QJsonDocument::Compact);
}

Status addSlirpForward(const QString &apiSocket, const PortBinding &port, quint16 guestPort)
{
    auto reply = askSlirp(apiSocket, hostForwardRequest(port, guestPort));
    if (!reply)
        return std::unexpected(reply.error());
    const QJsonObject json = QJsonDocument::fromJson(*reply).object();
    if (json.contains(QLatin1String("return")))
        return {};
    const int lowest = readWholeFile(QStringLiteral("/proc/sys/net/ipv4/ip_unprivileged_port_start"), 32)
                           .value_or(QByteArray("1024")).trimmed().toInt();
    if (port.hostPort < lowest)
        return fail(QStringLiteral("a normal user cannot publish host port %1 (below %2): choose a port of %2 or more")
                        .arg(port.hostPort).arg(lowest));
    return fail(QStringLiteral("cannot publish %1: %2 (is the host port in use?)")
                    .arg(port.toText(), json.value(QLatin1String("error")).toObject().value(QLatin1String("desc")).toString()));
}

void stopSlirp4netns(qint64 pid)
{
    if (pid <= 0)
        return;
    const auto comm = readWholeFile(QStringLiteral("/proc/%1/comm").arg(pid), 64);
    if (!comm || comm->trimmed() != "slirp4netns")
        return;
    ::kill(pid_t(pid), SIGTERM);
    ::waitpid(pid_t(pid), nullptr, WNOHANG); // ours when this process started it
}

QByteArray userModeResolvConf(const QByteArray &hostResolvConf)
{
    QByteArray out = "nameserver " + userModeNameServer().toLatin1() + '\n';
    for (const QByteArray &line : hostResolvConf.split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (trimmed.startsWith("search ") || trimmed.startsWith("options ") || trimmed.startsWith("domain "))
            out += trimmed + '\n';
    }
    return out;
}

} // namespace porthole
