#include "runtime/rootcheck.h"

#include "base/fsutil.h"

#include <QFile>
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <sched.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <unistd.h>

namespace porthole {
namespace {

// A directory as the kernel knows it: its file system, inode and the mount
// it is seen through (two binds of one directory differ only there).
struct FileIdentity {
    dev_t device = 0;
    ino_t inode = 0;
    quint64 mountId = 0; // 0 when the kernel does not say

    bool sameDirectory(const FileIdentity &other) const { return device == other.device && inode == other.inode; }
    bool sameMountedDirectory(const FileIdentity &other) const
    {
        return sameDirectory(other) && (mountId == 0 || other.mountId == 0 || mountId == other.mountId);
    }
};

std::optional<FileIdentity> identityOf(const QByteArray &path)
{
    struct statx info;
    if (::statx(AT_FDCWD, path.constData(), 0, STATX_INO | STATX_MNT_ID, &info) != 0)
        return std::nullopt;
    return FileIdentity{makedev(info.stx_dev_major, info.stx_dev_minor), info.stx_ino,
                        (info.stx_mask & STATX_MNT_ID) ? quint64(info.stx_mnt_id) : 0};
}

// mountinfo escapes space, tab, newline and backslash as \ooo.
QByteArray unescapeMountField(const QByteArray &field)
{
    QByteArray out;
    out.reserve(field.size());
    for (qsizetype i = 0; i < field.size(); ++i) {
        if (field.at(i) == '\\' && i + 3 < field.size()) {
            bool ok = false;
            const int value = field.mid(i + 1, 3).toInt(&ok, 8);
            if (ok && value < 256) {
                out.append(char(value));
                i += 3;
                continue;
            }
        }
        out.append(field.at(i));
    }
    return out;
}

// The parent of pid from /proc/PID/stat ("pid (comm) state ppid ..."), 0 when unknown.
qint64 parentOf(qint64 pid)
{
    auto stat = readWholeFile(QStringLiteral("/proc/%1/stat").arg(pid), 4096);
    if (!stat)
        return 0;
    const qsizetype close = stat->lastIndexOf(')');
    if (close < 0)
        return 0;
    const QList<QByteArray> fields = stat->mid(close + 2).split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() : 0;
}

QString commandOf(qint64 pid)
{
    return QString::fromUtf8(readWholeFile(QStringLiteral("/proc/%1/comm").arg(pid), 256).value_or(QByteArray()).trimmed());
}

// An ancestor in our mount namespace whose root is not ours: we (or it)
// were chrooted. Ancestors we may not inspect are passed over.
std::optional<QString> ancestorWithOtherRoot(const FileIdentity &ourRoot)
{
    const auto ourNamespace = identityOf("/proc/self/ns/mnt");
    if (!ourNamespace)
        return std::nullopt;
    qint64 pid = parentOf(::getpid());
    for (int depth = 0; pid > 1 && depth < 64; ++depth, pid = parentOf(pid)) {
        const QByteArray proc = QByteArray("/proc/") + QByteArray::number(pid);
        const auto theirNamespace = identityOf(proc + "/ns/mnt");
        if (!theirNamespace || !theirNamespace->sameDirectory(*ourNamespace))
            continue;
        const auto theirRoot = identityOf(proc + "/root/");
        if (theirRoot && !theirRoot->sameMountedDirectory(ourRoot))
            return QStringLiteral("process %1 (%2) in the same mount namespace has another root").arg(pid).arg(commandOf(pid));
    }
    return std::nullopt;
}

// Where a process joining our mount namespace lands: a child joins it
// again with setns(), which sets its root to the namespace's root mount
// followed downwards — exactly what `runc exec` and nsenter do. Nullopt
// when that may not be done here (no CAP_SYS_ADMIN over the namespace).
std::optional<FileIdentity> namespaceRootIdentity()
{
    const int ns = ::open("/proc/self/ns/mnt", O_RDONLY | O_CLOEXEC);
    if (ns < 0)
        return std::nullopt;
    int pipe[2];
    if (::pipe2(pipe, O_CLOEXEC) < 0) {
        ::close(ns);
        return std::nullopt;
    }
    const pid_t child = ::fork();
    if (child == 0) { // only system calls from here
        struct statx info;
        if (::setns(ns, CLONE_NEWNS) == 0 && ::statx(AT_FDCWD, "/", 0, STATX_INO | STATX_MNT_ID, &info) == 0)
            (void)!::write(pipe[1], &info, sizeof info);
        ::_exit(0);
    }
    ::close(pipe[1]);
    ::close(ns);
    struct statx info;
    size_t got = 0;
    while (child > 0 && got < sizeof info) {
        const ssize_t n = ::read(pipe[0], reinterpret_cast<char *>(&info) + got, sizeof info - got);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        got += size_t(n);
    }
    ::close(pipe[0]);
    if (child > 0)
        while (::waitpid(child, nullptr, 0) < 0 && errno == EINTR) {
        }
    if (got != sizeof info)
        return std::nullopt;
    return FileIdentity{makedev(info.stx_dev_major, info.stx_dev_minor), info.stx_ino,
                        (info.stx_mask & STATX_MNT_ID) ? quint64(info.stx_mnt_id) : 0};
}

} // namespace

QList<MountInfoEntry> parseMountInfo(const QByteArray &text)
{
    QList<MountInfoEntry> entries;
    for (const QByteArray &line : text.split('\n')) {
        const QList<QByteArray> fields = line.split(' ');
        if (fields.size() < 5)
            continue;
        bool idOk = false, parentOk = false;
        MountInfoEntry entry;
        entry.id = fields.at(0).toInt(&idOk);
        entry.parentId = fields.at(1).toInt(&parentOk);
        if (!idOk || !parentOk)
            continue;
        entry.root = unescapeMountField(fields.at(3));
        entry.mountPoint = unescapeMountField(fields.at(4));
        entries.append(entry);
    }
    return entries;
}

std::optional<QByteArray> rootMountRoot(const QList<MountInfoEntry> &mounts)
{
    // Later lines are mounted over earlier ones at the same place.
    for (auto it = mounts.crbegin(); it != mounts.crend(); ++it)
        if (it->mountPoint == "/")
            return it->root;
    return std::nullopt;
}

RootFinding findRoot()
{
    const auto ourRoot = identityOf("/");
    if (!ourRoot)
        return {RootVerdict::RealRoot, {}};
    if (const auto initRoot = identityOf("/proc/1/root/")) {
        // Mount ids are only comparable within one mount namespace.
        const auto initNamespace = identityOf("/proc/1/ns/mnt");
        const auto ourNamespace = identityOf("/proc/self/ns/mnt");
        const bool sameNamespace = initNamespace && ourNamespace && initNamespace->sameDirectory(*ourNamespace);
        const bool same = sameNamespace ? initRoot->sameMountedDirectory(*ourRoot) : initRoot->sameDirectory(*ourRoot);
        return same ? RootFinding{RootVerdict::RealRoot, {}}
                    : RootFinding{RootVerdict::Chroot, QStringLiteral("the root of PID 1 is not ours")};
    }
    // /proc/1/root unreadable: not sure yet. Where would setns land?
    if (const auto namespaceRoot = namespaceRootIdentity())
        return namespaceRoot->sameMountedDirectory(*ourRoot)
                   ? RootFinding{RootVerdict::RealRoot, {}}
                   : RootFinding{RootVerdict::Chroot, QStringLiteral("the root of the mount namespace is not ours")};
    // Not allowed to join it: ancestors in the same namespace, then mountinfo.
    if (auto ancestor = ancestorWithOtherRoot(*ourRoot))
        return {RootVerdict::Chroot, *ancestor};
    auto mountinfo = readWholeFile(QStringLiteral("/proc/self/mountinfo"));
    if (!mountinfo)
        return {RootVerdict::RealRoot, {}};
    const auto root = rootMountRoot(parseMountInfo(*mountinfo));
    if (!root)
        return {RootVerdict::Chroot, QStringLiteral("nothing is mounted at / in /proc/self/mountinfo")};
    if (*root != "/")
        return {RootVerdict::Chroot, QStringLiteral("the mount at / is the folder %1 of its file system").arg(QString::fromUtf8(*root))};
    return {RootVerdict::RealRoot, {}};
}

Status refuseInsideChroot()
{
    static const RootFinding finding = findRoot();
    if (finding.verdict == RootVerdict::RealRoot)
        return {};
    return fail(QStringLiteral("porthole runs inside a chroot (%1), where exec and nsenter would land in the host's root "
                               "instead of the container's: run it in a real root or inside a container")
                    .arg(finding.reason),
                125);
}

Status checkProcessRoot(qint64 pid, const QString &root)
{
    const auto expected = identityOf(QFile::encodeName(root));
    if (!expected)
        return fail(QStringLiteral("cannot read the container's root %1: %2").arg(root, systemErrorText(errno)));
    const auto actual = identityOf(QByteArray("/proc/") + QByteArray::number(pid) + "/root/");
    if (!actual)
        return fail(QStringLiteral("cannot read the root of process %1: %2").arg(pid).arg(systemErrorText(errno)));
    if (!actual->sameDirectory(*expected)) // the container has a mount namespace of its own
        return fail(QStringLiteral("process %1 joined the container's namespaces but its root is not the container's "
                                   "file system (is porthole running inside a chroot?); it was stopped before running")
                        .arg(pid),
                    126);
    return {};
}

} // namespace porthole
