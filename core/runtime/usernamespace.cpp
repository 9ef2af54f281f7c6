#include "runtime/usernamespace.h"

#include "base/fsutil.h"
#include "base/storepaths.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <cerrno>
#include <climits>
#include <csignal>
#include <cstdlib>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <pwd.h>
#include <sched.h>
#include <spawn.h>
#include <sys/file.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <linux/magic.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace porthole {

QList<IdMapping> subordinateRanges(const QByteArray &text, const QString &userName, uint id)
{
    QList<IdMapping> ranges;
    const QByteArray name = userName.toUtf8();
    const QByteArray number = QByteArray::number(id);
    for (const QByteArray &raw : text.split('\n')) {
        const QByteArray line = raw.trimmed();
        const QList<QByteArray> fields = line.split(':');
        if (line.startsWith('#') || fields.size() != 3 || (fields.at(0) != name && fields.at(0) != number))
            continue;
        bool startOk = false, countOk = false;
        const quint64 start = fields.at(1).toULongLong(&startOk);
        const quint64 count = fields.at(2).toULongLong(&countOk);
        if (startOk && countOk && count > 0 && start + count <= quint64(UINT_MAX))
            ranges.append({0, start, count});
    }
    return ranges;
}

QList<IdMapping> namespaceMappings(uint id, const QList<IdMapping> &ranges)
{
    QList<IdMapping> mappings{{0, id, 1}};
    quint64 next = 1;
    for (const IdMapping &range : ranges) {
        if (mappings.size() == 340) // the kernel's limit of lines in a map
            break;
        mappings.append({next, range.outside, range.count});
        next += range.count;
    }
    return mappings;
}

QString noSubordinateIdsWarning(const QString &userName)
{
    return QStringLiteral("warning: %1 has no subordinate ids in /etc/subuid and /etc/subgid, so containers see one user "
                          "only; add them with: sudo usermod --add-subuids 100000-165535 --add-subgids 100000-165535 %1")
        .arg(userName);
}

namespace {

QString pauseFile(const QString &name)
{
    return StorePaths::userRunRoot() + QLatin1Char('/') + name;
}

// A live process of this user named porthole-pause.
bool isOurPause(qint64 pid)
{
    if (pid <= 0)
        return false;
    struct stat info;
    const QByteArray proc = "/proc/" + QByteArray::number(pid);
    if (::stat(proc.constData(), &info) != 0 || info.st_uid != ::getuid())
        return false;
    // "pid (comm) S ...": a zombie left unreaped holds no namespace any more.
    const QByteArray stat = readWholeFile(QString::fromLatin1(QByteArray(proc + "/stat")), 4096).value_or(QByteArray());
    const qsizetype close = stat.lastIndexOf(')');
    return close > 0 && stat.mid(stat.indexOf('(') + 1, close - stat.indexOf('(') - 1) == "porthole-pause"
           && stat.size() > close + 2 && stat.at(close + 2) != 'Z' && stat.at(close + 2) != 'X';
}

// Runs a helper (newuidmap, newgidmap) and returns its error output as the failure.
Status runHelper(const QString &program, const QStringList &args)
{
    const QString path = QStandardPaths::findExecutable(program, {QStringLiteral("/usr/bin"), QStringLiteral("/bin")});
    if (path.isEmpty())
        return fail(QStringLiteral("%1 was not found: install uidmap (apt-get install uidmap)").arg(program));
    int err[2];
    if (::pipe2(err, O_CLOEXEC) != 0)
        return fail(QStringLiteral("pipe: %1").arg(systemErrorText(errno)));
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, err[1], 2);
    QList<QByteArray> storage{QFile::encodeName(path)};
    for (const QString &arg : args)
        storage.append(arg.toUtf8());
    std::vector<char *> argv;
    for (QByteArray &arg : storage)
        argv.push_back(arg.data());
    argv.push_back(nullptr);
    pid_t pid = 0;
    const int rc = ::posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(err[1]);
    QByteArray output;
    char buffer[512];
    for (ssize_t n; rc == 0 && ((n = ::read(err[0], buffer, sizeof buffer)) > 0 || (n < 0 && errno == EINTR));)
        output.append(buffer, n > 0 ? n : 0);
    ::close(err[0]);
    if (rc != 0)
        return fail(QStringLiteral("cannot run %1: %2").arg(path, systemErrorText(rc)));
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return fail(QStringLiteral("%1 %2: %3").arg(program, args.join(QLatin1Char(' ')),
                                                    QString::fromLocal8Bit(output.trimmed()).section(QLatin1Char('\n'), -1)));
    return {};
}

QStringList mapArguments(pid_t pid, const QList<IdMapping> &mappings)
{
    QStringList args{QString::number(pid)};
    for (const IdMapping &m : mappings)
        args << QString::number(m.inside) << QString::number(m.outside) << QString::number(m.count);
    return args;
}

Status writeProcFile(pid_t pid, const char *name, const QByteArray &text)
{
    const QString path = QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1String(name));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
        return fail(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

// The user to 0 and its subordinate ranges above (newuidmap/newgidmap);
// with no ranges, the user alone, written directly.
Status writeMappings(pid_t pid, QString *warning)
{
    const uid_t uid = ::getuid();
    const gid_t gid = ::getgid();
    const struct passwd *pw = ::getpwuid(uid);
    const QString name = pw ? QString::fromLocal8Bit(pw->pw_name) : QString::number(uid);
    const auto uidRanges = subordinateRanges(readWholeFile(QStringLiteral("/etc/subuid")).value_or(QByteArray()), name, uid);
    const auto gidRanges = subordinateRanges(readWholeFile(QStringLiteral("/etc/subgid")).value_or(QByteArray()), name, uid);
    if (uidRanges.isEmpty() || gidRanges.isEmpty()) {
        if (warning)
            *warning = noSubordinateIdsWarning(name);
        if (auto ok = writeProcFile(pid, "uid_map", QStringLiteral("0 %1 1\n").arg(uid).toLatin1()); !ok)
            return ok;
        if (auto ok = writeProcFile(pid, "setgroups", "deny"); !ok)
            return ok;
        return writeProcFile(pid, "gid_map", QStringLiteral("0 %1 1\n").arg(gid).toLatin1());
    }
    if (auto ok = runHelper(QStringLiteral("newuidmap"), mapArguments(pid, namespaceMappings(uid, uidRanges))); !ok)
        return ok;
    return runHelper(QStringLiteral("newgidmap"), mapArguments(pid, namespaceMappings(gid, gidRanges)));
}

// ps shows the pause process as porthole-pause, not as the command that
// forked it: its argument area (fields 48 and 49 of /proc/self/stat) is
// overwritten in place, as setproctitle does. System calls only.
void nameThisProcess(const char *name)
{
    ::prctl(PR_SET_NAME, name, 0, 0, 0);
    char stat[4096];
    const int fd = ::open("/proc/self/stat", O_RDONLY | O_CLOEXEC);
    const ssize_t n = fd >= 0 ? ::read(fd, stat, sizeof stat - 1) : -1;
    if (fd >= 0)
        ::close(fd);
    if (n <= 0)
        return;
    stat[n] = '\0';
    const char *field = std::strrchr(stat, ')');
    unsigned long values[2] = {0, 0};
    for (int number = 2; field && number < 49; ++number) { // ") " ends field 2
        field = std::strchr(field + 1, ' ');
        if (field && number >= 47)
            values[number - 47] = std::strtoul(field + 1, nullptr, 10);
    }
    char *start = reinterpret_cast<char *>(values[0]);
    const size_t size = values[1] > values[0] ? values[1] - values[0] : 0;
    if (start && size > 1) {
        std::memset(start, 0, size);
        std::strncpy(start, name, size - 1);
    }
}

// Enters the namespaces of process pid (user first, then mount). System calls only.
int joinNamespacesOf(pid_t pid)
{
    char path[64];
    std::snprintf(path, sizeof path, "/proc/%d/ns/user", int(pid));
    const int userFd = ::open(path, O_RDONLY | O_CLOEXEC);
    std::snprintf(path, sizeof path, "/proc/%d/ns/mnt", int(pid));
    const int mountFd = ::open(path, O_RDONLY | O_CLOEXEC);
    int result = 0;
    if (userFd < 0 || mountFd < 0 || ::setns(userFd, CLONE_NEWUSER) != 0 || ::setns(mountFd, CLONE_NEWNS) != 0)
        result = errno ? errno : EINVAL;
    for (int fd : {userFd, mountFd})
        if (fd >= 0)
            ::close(fd);
    return result;
}

// The pause process: unshares (or, adopting, enters the namespaces a
// container's conmon still holds), waits for its maps, then holds them.
[[noreturn]] void pauseChild(int readyFd, int goFd, int lockFd, pid_t adoptFrom)
{
    ::close(lockFd);
    int result = adoptFrom > 0 ? joinNamespacesOf(adoptFrom) : ::unshare(CLONE_NEWUSER | CLONE_NEWNS) == 0 ? 0 : errno;
    (void)!::write(readyFd, &result, sizeof result);
    char go = 0;
    if (result != 0 || ::read(goFd, &go, 1) != 1 || go != 'y')
        ::_exit(1);
    ::setsid();
    nameThisProcess("porthole-pause");
    (void)!::chdir("/");
    const int null = ::open("/dev/null", O_RDWR);
    for (int fd = 0; fd < 3 && null >= 0; ++fd)
        ::dup2(null, fd);
    ::close_range(3, ~0U, 0);
    for (int sig : {SIGINT, SIGHUP, SIGPIPE, SIGQUIT, SIGUSR1, SIGUSR2})
        ::signal(sig, SIG_IGN);
    for (;;)
        ::pause();
}

// "user:[4026531837]": which namespace a /proc/PID/ns link names.
QByteArray namespaceOf(const QString &link)
{
    char target[64] = {};
    const ssize_t n = ::readlink(QFile::encodeName(link).constData(), target, sizeof target - 1);
    return n > 0 ? QByteArray(target, n) : QByteArray();
}

// A live conmon of this user's containers in a user namespace other than
// ours: the pause process that held it has ended, the namespace lives on
// with its containers and mounts. 0 when there is none.
pid_t orphanedMonitor()
{
    const QDir bundles(StorePaths::userRunRoot() + QStringLiteral("/bundles"));
    const QByteArray ours = namespaceOf(QStringLiteral("/proc/self/ns/user"));
    for (const QString &id : bundles.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const qint64 pid = readWholeFile(bundles.filePath(id) + QStringLiteral("/conmon.pid"), 64).value_or(QByteArray()).trimmed().toLongLong();
        const QString proc = QStringLiteral("/proc/%1").arg(pid);
        struct stat info;
        if (pid <= 0 || ::stat(QFile::encodeName(proc).constData(), &info) != 0 || info.st_uid != ::getuid()
            || readWholeFile(proc + QStringLiteral("/comm"), 64).value_or(QByteArray()).trimmed() != "conmon")
            continue;
        const QByteArray theirs = namespaceOf(proc + QStringLiteral("/ns/user"));
        if (!theirs.isEmpty() && theirs != ours)
            return pid_t(pid);
    }
    return 0;
}

Result<pid_t> startPauseProcess(int lockFd, QString *warning, pid_t adoptFrom)
{
    int ready[2], go[2];
    if (::pipe2(ready, O_CLOEXEC) != 0 || ::pipe2(go, O_CLOEXEC) != 0)
        return fail(QStringLiteral("pipe: %1").arg(systemErrorText(errno)));
    const pid_t pid = ::fork();
    if (pid == 0)
        pauseChild(ready[1], go[0], lockFd, adoptFrom);
    ::close(ready[1]);
    ::close(go[0]);
    auto finish = [&](Status status) -> Result<pid_t> {
        const char answer = status ? 'y' : 'n';
        (void)!::write(go[1], &answer, 1);
        ::close(go[1]);
        ::close(ready[0]);
        if (!status) {
            if (pid > 0)
                ::waitpid(pid, nullptr, 0);
            return std::unexpected(status.error());
        }
        return pid;
    };
    if (pid < 0)
        return finish(fail(QStringLiteral("fork: %1").arg(systemErrorText(errno))));
    int result = EIO;
    if (::read(ready[0], &result, sizeof result) != sizeof result || result != 0)
        return finish(fail(QStringLiteral("cannot create a user namespace: %1 (is kernel.unprivileged_userns_clone "
                                          "or user.max_user_namespaces 0?)").arg(systemErrorText(result))));
    if (auto ok = adoptFrom > 0 ? Status{} : writeMappings(pid, warning); !ok)
        return finish(std::unexpected(ok.error().withContext(QStringLiteral("set up the user namespace"))));
    if (auto ok = replaceFile(pauseFile(QStringLiteral("pause.pid")), QByteArray::number(pid) + '\n'); !ok)
        return finish(ok);
    return finish({});
}

// setns() into the pause process's user and mount namespaces; the working
// directory is kept (setns into a mount namespace moves it to /).
Status joinPause(pid_t pid)
{
    const QByteArray proc = "/proc/" + QByteArray::number(pid);
    const int userFd = ::open(QByteArray(proc + "/ns/user").constData(), O_RDONLY | O_CLOEXEC);
    const int mountFd = ::open(QByteArray(proc + "/ns/mnt").constData(), O_RDONLY | O_CLOEXEC);
    char cwd[PATH_MAX];
    const bool haveCwd = ::getcwd(cwd, sizeof cwd) != nullptr;
    Status status;
    if (userFd < 0 || mountFd < 0)
        status = fail(QStringLiteral("cannot open the namespaces of the pause process %1: %2").arg(pid).arg(systemErrorText(errno)));
    else if (::setns(userFd, CLONE_NEWUSER) != 0)
        status = fail(QStringLiteral("cannot join the user namespace of process %1: %2").arg(pid).arg(systemErrorText(errno)));
    else if (::setns(mountFd, CLONE_NEWNS) != 0)
        status = fail(QStringLiteral("cannot join the mount namespace of process %1: %2").arg(pid).arg(systemErrorText(errno)));
    else if (::setresgid(0, 0, 0) != 0 || ::setresuid(0, 0, 0) != 0)
        status = fail(QStringLiteral("cannot become root in the user namespace: %1").arg(systemErrorText(errno)));
    if (userFd >= 0)
        ::close(userFd);
    if (mountFd >= 0)
        ::close(mountFd);
    if (status && (!haveCwd || ::chdir(cwd) != 0))
        (void)!::chdir("/");
    return status;
}

} // namespace

qint64 pauseProcessPid()
{
    const qint64 pid = readWholeFile(pauseFile(QStringLiteral("pause.pid")), 64).value_or(QByteArray()).trimmed().toLongLong();
    return isOurPause(pid) ? pid : 0;
}

Status enterUserNamespace(QString *warning)
{
    if (::geteuid() == 0) // root, or already inside (conmon's exit command, a joined porthole)
        return {};
    const QString runRoot = StorePaths::userRunRoot();
    if (auto ok = StorePaths::ensurePrivateDirectory(runRoot); !ok)
        return ok;
    const int lockFd = ::open(QFile::encodeName(pauseFile(QStringLiteral("pause.lock"))).constData(),
                              O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (lockFd < 0 || ::flock(lockFd, LOCK_EX) != 0)
        return fail(QStringLiteral("cannot lock %1: %2").arg(pauseFile(QStringLiteral("pause.lock")), systemErrorText(errno)));
    qint64 pid = pauseProcessPid();
    Status status;
    if (pid == 0) {
        // A pause process that ended leaves its namespace with the running
        // containers' conmons: a new one adopts it, so they stay reachable.
        auto started = startPauseProcess(lockFd, warning, orphanedMonitor());
        if (started)
            pid = *started;
        else
            status = std::unexpected(started.error());
    }
    if (status)
        status = joinPause(pid_t(pid));
    ::close(lockFd);
    return status;
}

bool idMapped(const char *mapFile, uint id)
{
    const auto map = readWholeFile(QString::fromLatin1(mapFile), 64 << 10);
    if (!map)
        return true;
    for (const QByteArray &line : map->split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() == 3 && fields.at(0).toULongLong() <= id && id - fields.at(0).toULongLong() < fields.at(2).toULongLong())
            return true;
    }
    return false;
}

bool cgroupV2()
{
    struct statfs info;
    return ::statfs("/sys/fs/cgroup", &info) == 0 && info.f_type == CGROUP2_SUPER_MAGIC;
}

// A rootless container gets no cgroup of its own (the spec asks for none):
// on cgroup v1 a normal user cannot have one; placing it in a delegated
// cgroup v2 subtree is not done yet. Limits and pause are refused rather
// than silently not applied.
Status refuseRootlessLimits(qint64 memory, qint64 pidsLimit)
{
    if (!runningRootless() || (memory <= 0 && pidsLimit <= 0))
        return {};
    const QString option = memory > 0 ? QStringLiteral("--memory") : QStringLiteral("--pids-limit");
    if (cgroupV2())
        return fail(QStringLiteral("%1 cannot be applied to a rootless container yet: Porthole does not place it in a "
                                   "delegated cgroup v2 subtree; leave it out or run as root").arg(option),
                    125);
    return fail(QStringLiteral("%1 cannot be applied to a rootless container on cgroup v1, which gives a normal user "
                               "no cgroup of its own: leave it out, run as root, or boot with cgroup v2 "
                               "(systemd.unified_cgroup_hierarchy=1)").arg(option),
                125);
}

Status refuseRootlessPause()
{
    if (!runningRootless())
        return {};
    return fail(cgroupV2() ? QStringLiteral("pause needs the cgroup freezer, and a rootless container has no cgroup of its own yet")
                           : QStringLiteral("pause needs the cgroup freezer, which a rootless container on cgroup v1 does not have"));
}

} // namespace porthole
