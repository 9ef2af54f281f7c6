#include "files/direxport.h"

#include "files/rootdir.h"

#include <QHash>
#include <algorithm>
#include <cerrno>
#include <dirent.h>
#include <fcntl.h>
#include <linux/magic.h>
#include <sys/statfs.h>
#include <unistd.h>

namespace porthole {
namespace {

// What a running container has mounted that is not its files.
bool isPseudoFileSystem(int dirFd)
{
    struct statfs fs;
    if (::fstatfs(dirFd, &fs) < 0)
        return false;
    switch (quint64(fs.f_type)) {
    case PROC_SUPER_MAGIC: case SYSFS_MAGIC: case DEVPTS_SUPER_MAGIC: case CGROUP_SUPER_MAGIC: case CGROUP2_SUPER_MAGIC:
    case 0x19800202 /* mqueue */: case SECURITYFS_MAGIC: case DEBUGFS_MAGIC: case TRACEFS_MAGIC: case BPF_FS_MAGIC:
        return true;
    default:
        return false;
    }
}

// A directory's entry names, sorted (the stream is the same every time).
QList<QByteArray> entryNames(int dirFd)
{
    QList<QByteArray> names;
    const int copy = ::dup(dirFd);
    DIR *dir = copy >= 0 ? ::fdopendir(copy) : nullptr;
    if (!dir) {
        if (copy >= 0)
            ::close(copy);
        return names;
    }
    while (const struct dirent *item = ::readdir(dir)) {
        const QByteArray name(item->d_name);
        if (name != "." && name != "..")
            names.append(name);
    }
    ::closedir(dir);
    std::sort(names.begin(), names.end());
    return names;
}

FileEntry entryFrom(const struct stat &info, const QByteArray &name)
{
    FileEntry entry;
    entry.name = name;
    entry.type = info.st_mode & S_IFMT;
    entry.permissions = info.st_mode & 07777;
    entry.uid = info.st_uid;
    entry.gid = info.st_gid;
    entry.size = S_ISREG(info.st_mode) ? info.st_size : 0;
    entry.mtime = info.st_mtim;
    entry.rdev = info.st_rdev;
    return entry;
}

QByteArray childName(const QByteArray &prefix, const QByteArray &name)
{
    return prefix.isEmpty() ? name : prefix + '/' + name;
}

class Walk {
public:
    Walk(EntrySink &sink, Progress &progress) : m_sink(sink), m_progress(progress) {}

    // The entry name at dirFd (or the top's own descriptor when name is empty).
    Status entry(int dirFd, const QByteArray &name, const struct stat &info, const QByteArray &streamName);

private:
    Status contents(int dirFd, const QByteArray &prefix);
    Status fileData(int fd, qint64 size);
    EntrySink &m_sink;
    Progress &m_progress;
    QHash<QPair<dev_t, ino_t>, QByteArray> m_links;
    QByteArray m_buffer = QByteArray(1 << 20, Qt::Uninitialized);
};

Status Walk::fileData(int fd, qint64 size)
{
    qint64 left = size;
    while (left > 0) {
        if (m_progress.isCancelled())
            return fail(QStringLiteral("cancelled"));
        const ssize_t n = ::read(fd, m_buffer.data(), size_t(std::min<qint64>(left, m_buffer.size())));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return fail(QStringLiteral("cannot read: %1").arg(systemErrorText(errno)));
        if (n == 0) // shrank meanwhile: the header promised size bytes
            m_buffer.fill('\0');
        const qint64 chunk = n == 0 ? std::min<qint64>(left, m_buffer.size()) : n;
        if (auto ok = m_sink.data(m_buffer.constData(), chunk); !ok)
            return ok;
        m_progress.advance(chunk);
        left -= chunk;
    }
    return {};
}

Status Walk::contents(int dirFd, const QByteArray &prefix)
{
    if (isPseudoFileSystem(dirFd))
        return {};
    for (const QByteArray &name : entryNames(dirFd)) {
        struct stat info;
        if (::fstatat(dirFd, name.constData(), &info, AT_SYMLINK_NOFOLLOW) < 0)
            continue; // gone meanwhile
        if (auto ok = entry(dirFd, name, info, childName(prefix, name)); !ok)
            return ok;
    }
    return {};
}

Status Walk::entry(int dirFd, const QByteArray &name, const struct stat &info, const QByteArray &streamName)
{
    FileEntry item = entryFrom(info, streamName);
    const QByteArray at = name.isEmpty() ? QByteArray() : name;
    auto open = [&](int flags) {
        return at.isEmpty() ? ::open(QByteArray("/proc/self/fd/" + QByteArray::number(dirFd)).constData(), flags | O_CLOEXEC)
                            : ::openat(dirFd, at.constData(), flags | O_CLOEXEC | O_NOFOLLOW);
    };
    if (S_ISLNK(info.st_mode)) {
        QByteArray target(4096, Qt::Uninitialized);
        const ssize_t n = ::readlinkat(dirFd, at.constData(), target.data(), size_t(target.size()));
        if (n < 0)
            return fail(QStringLiteral("cannot read link %1: %2").arg(QString::fromUtf8(streamName), systemErrorText(errno)));
        item.linkTarget = target.left(n);
    } else if (S_ISREG(info.st_mode) && info.st_nlink > 1) {
        const QPair<dev_t, ino_t> key(info.st_dev, info.st_ino);
        if (m_links.contains(key)) {
            item.hardLinkTo = m_links.value(key);
            item.size = 0;
        } else {
            m_links.insert(key, streamName);
        }
    }
    if (S_ISREG(info.st_mode) && item.hardLinkTo.isEmpty()) {
        const UniqueFd file(open(O_RDONLY | O_NOCTTY));
        if (!file.isValid())
            return fail(QStringLiteral("cannot read %1: %2").arg(QString::fromUtf8(streamName), systemErrorText(errno)));
        if (auto ok = m_sink.begin(item); !ok)
            return ok;
        m_progress.advance(0, 1);
        return fileData(file.get(), item.size);
    }
    if (S_ISDIR(info.st_mode)) {
        const UniqueFd dir(open(O_RDONLY | O_DIRECTORY));
        if (!dir.isValid())
            return fail(QStringLiteral("cannot read %1: %2").arg(QString::fromUtf8(streamName), systemErrorText(errno)));
        if (!streamName.isEmpty())
            if (auto ok = m_sink.begin(item); !ok)
                return ok;
        m_progress.advance(0, 1);
        return contents(dir.get(), streamName);
    }
    m_progress.advance(0, 1);
    return m_sink.begin(item);
}

qint64 contentBelow(int dirFd, int depth)
{
    if (depth > 256 || isPseudoFileSystem(dirFd))
        return 0;
    qint64 total = 0;
    for (const QByteArray &name : entryNames(dirFd)) {
        struct stat info;
        if (::fstatat(dirFd, name.constData(), &info, AT_SYMLINK_NOFOLLOW) < 0)
            continue;
        if (S_ISREG(info.st_mode))
            total += info.st_size;
        else if (S_ISDIR(info.st_mode))
            if (const UniqueFd child(::openat(dirFd, name.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)); child.isValid())
                total += contentBelow(child.get(), depth + 1);
    }
    return total;
}

} // namespace

Status exportTree(int top, const struct stat &info, const QByteArray &topName, EntrySink &sink, Progress &progress)
{
    Walk walk(sink, progress);
    if (auto ok = walk.entry(top, QByteArray(), info, topName); !ok)
        return ok;
    return sink.close();
}

qint64 treeContentSize(int top, const struct stat &info)
{
    if (S_ISREG(info.st_mode))
        return info.st_size;
    if (!S_ISDIR(info.st_mode))
        return 0;
    const UniqueFd dir(::openat(top, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    return dir.isValid() ? contentBelow(dir.get(), 0) : 0;
}

} // namespace porthole
