#include "layers/layerdirs.h"

#include <algorithm>
#include <cerrno>
#include <fcntl.h>
#include <linux/openat2.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace porthole {
namespace {

constexpr quint64 kInRoot = RESOLVE_IN_ROOT | RESOLVE_NO_MAGICLINKS;

} // namespace

QString shownLayerPath(const QByteArray &path)
{
    return path.isEmpty() ? QStringLiteral("/") : QString::fromLocal8Bit(path);
}

int openat2Inside(int dirfd, const char *path, int flags, mode_t mode, quint64 resolve)
{
    struct open_how how = {};
    how.flags = quint64(flags) | O_CLOEXEC;
    how.mode = (flags & O_CREAT) ? mode : 0;
    how.resolve = resolve;
    for (int attempt = 0;; ++attempt) {
        const long fd = ::syscall(SYS_openat2, dirfd, path, &how, sizeof how);
        // EAGAIN: a rename or mount raced the lookup; the kernel asks to retry.
        if (fd >= 0 || errno != EAGAIN || attempt == 16)
            return int(fd);
    }
}

OwnedFd &OwnedFd::operator=(OwnedFd &&other) noexcept
{
    if (this != &other) {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = other.release();
    }
    return *this;
}

OwnedFd::~OwnedFd()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

int OwnedFd::release()
{
    return std::exchange(m_fd, -1);
}

Result<LayerDirs> LayerDirs::open(const QByteArray &root)
{
    const int fd = ::open(root.constData(), O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return fail(QStringLiteral("cannot open the layer directory %1: %2").arg(QString::fromLocal8Bit(root), systemErrorText(errno)));
    // Probe openat2 once, so an old kernel gets one clear line.
    OwnedFd owned(fd);
    const int probe = openat2Inside(fd, ".", O_PATH | O_DIRECTORY, 0, kInRoot);
    if (probe < 0)
        return fail(errno == ENOSYS ? QStringLiteral("extracting layers needs openat2 (Linux 5.6 or newer)")
                                    : QStringLiteral("cannot open the layer directory: %1").arg(systemErrorText(errno)));
    ::close(probe);
    return LayerDirs(root, std::move(owned));
}

Result<OwnedFd> LayerDirs::openInside(const QByteArray &path, int flags) const
{
    const int fd = openat2Inside(m_root.get(), path.isEmpty() ? "." : path.constData(), flags | O_NOFOLLOW, 0, kInRoot);
    if (fd < 0)
        return fail(QStringLiteral("cannot open %1 in the layer: %2").arg(shownLayerPath(path), systemErrorText(errno)));
    return OwnedFd(fd);
}

// Walks path component by component from the root, making what is missing
// (mode 0755, as tar makes a parent the archive does not list).
Result<OwnedFd> LayerDirs::makeParents(const QByteArray &path)
{
    QByteArray prefix;
    for (const QByteArray &part : path.split('/')) {
        const QByteArray above = prefix;
        prefix = prefix.isEmpty() ? part : prefix + '/' + part;
        const int fd = openat2Inside(m_root.get(), prefix.constData(), O_PATH | O_DIRECTORY, 0, kInRoot);
        if (fd >= 0) {
            ::close(fd);
            continue;
        }
        if (errno != ENOENT)
            return fail(QStringLiteral("cannot open directory %1 in the layer: %2").arg(shownLayerPath(prefix), systemErrorText(errno)));
        auto dir = openInside(above, O_PATH | O_DIRECTORY);
        if (!dir)
            return std::unexpected(dir.error());
        if (::mkdirat(dir->get(), part.constData(), 0755) < 0 && errno != EEXIST)
            return fail(QStringLiteral("cannot create directory %1: %2").arg(shownLayerPath(prefix), systemErrorText(errno)));
    }
    return openInside(path, O_PATH | O_DIRECTORY);
}

Result<LayerDirs::Parent> LayerDirs::parent(const QByteArray &path)
{
    if (m_haveCached && path == m_cachedPath)
        return Parent{m_cached.get(), m_cachedSetgid};
    int fd = openat2Inside(m_root.get(), path.isEmpty() ? "." : path.constData(), O_PATH | O_DIRECTORY, 0, kInRoot);
    OwnedFd opened(fd);
    if (fd < 0) {
        if (errno != ENOENT)
            return fail(QStringLiteral("cannot open directory %1 in the layer: %2").arg(shownLayerPath(path), systemErrorText(errno)));
        auto made = makeParents(path);
        if (!made)
            return std::unexpected(made.error());
        opened = std::move(*made);
    }
    struct stat info;
    if (::fstat(opened.get(), &info) < 0)
        return fail(QStringLiteral("cannot inspect directory %1: %2").arg(shownLayerPath(path), systemErrorText(errno)));
    m_cached = std::move(opened);
    m_cachedPath = path;
    m_cachedSetgid = (info.st_mode & S_ISGID) != 0;
    m_haveCached = true;
    return Parent{m_cached.get(), m_cachedSetgid};
}

void LayerDirs::deferDirectory(const QByteArray &path, mode_t mode, const EntryTimes &times)
{
    m_deferred.append({path, mode, times});
}

Status LayerDirs::finish()
{
    m_cached = OwnedFd();
    m_haveCached = false;
    // Deepest first: a parent's mode may take away the right to reach below.
    std::stable_sort(m_deferred.begin(), m_deferred.end(), [](const Deferred &a, const Deferred &b) {
        return a.path.count('/') + (a.path.isEmpty() ? 0 : 1) > b.path.count('/') + (b.path.isEmpty() ? 0 : 1);
    });
    for (const Deferred &dir : std::as_const(m_deferred)) {
        auto fd = openInside(dir.path, O_RDONLY | O_DIRECTORY);
        if (!fd)
            return std::unexpected(fd.error());
        if (::fchmod(fd->get(), dir.mode) < 0)
            return fail(QStringLiteral("cannot set the mode of %1: %2").arg(shownLayerPath(dir.path), systemErrorText(errno)));
        if (dir.times.any()) {
            const struct timespec times[2] = {dir.times.atime, dir.times.mtime};
            if (::futimens(fd->get(), times) < 0)
                return fail(QStringLiteral("cannot set the times of %1: %2").arg(shownLayerPath(dir.path), systemErrorText(errno)));
        }
    }
    m_deferred.clear();
    return {};
}

} // namespace porthole
