#include "files/rootdir.h"

#include <QDir>
#include <QFile>
#include <cerrno>
#include <fcntl.h>
#include <linux/openat2.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace porthole {

UniqueFd &UniqueFd::operator=(UniqueFd &&other) noexcept
{
    if (this != &other) {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = other.release();
    }
    return *this;
}

UniqueFd::~UniqueFd()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

int UniqueFd::release()
{
    return std::exchange(m_fd, -1);
}

int openInRoot(int rootFd, const QByteArray &path, int flags, bool followLast, mode_t mode)
{
    struct open_how how = {};
    how.flags = quint64(flags | O_CLOEXEC | (followLast ? 0 : O_NOFOLLOW));
    how.mode = (flags & (O_CREAT | O_TMPFILE)) ? mode : 0;
    how.resolve = RESOLVE_IN_ROOT | RESOLVE_NO_MAGICLINKS;
    const QByteArray relative = path.isEmpty() ? QByteArray(".") : path;
    long fd;
    do {
        fd = ::syscall(SYS_openat2, rootFd, relative.constData(), &how, sizeof how);
    } while (fd < 0 && errno == EAGAIN);
    return int(fd);
}

QByteArray relativeInRoot(const QString &path)
{
    QString clean = QDir::cleanPath(QLatin1Char('/') + path);
    while (clean.startsWith(QLatin1Char('/')))
        clean.remove(0, 1);
    return QFile::encodeName(clean);
}

Result<RootDir> RootDir::open(const QString &hostPath)
{
    const int fd = ::open(QFile::encodeName(hostPath).constData(), O_PATH | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return fail(QStringLiteral("cannot open %1: %2").arg(hostPath, systemErrorText(errno)));
    return RootDir(UniqueFd(fd), hostPath);
}

Result<UniqueFd> RootDir::openPath(const QString &path, int flags, bool followLast) const
{
    const int fd = openInRoot(m_fd.get(), relativeInRoot(path), flags, followLast);
    if (fd < 0)
        return fail(QStringLiteral("%1: %2").arg(path, systemErrorText(errno)));
    return UniqueFd(fd);
}

int RootDir::statAt(const QString &path, bool followLast, struct stat &info) const
{
    const UniqueFd fd(openInRoot(m_fd.get(), relativeInRoot(path), O_PATH, followLast));
    if (!fd.isValid())
        return errno;
    return ::fstat(fd.get(), &info) < 0 ? errno : 0;
}

Result<QByteArray> RootDir::readLink(const QString &path) const
{
    auto fd = openPath(path, O_PATH, false);
    if (!fd)
        return std::unexpected(fd.error());
    QByteArray target(4096, Qt::Uninitialized);
    const ssize_t n = ::readlinkat(fd->get(), "", target.data(), size_t(target.size()));
    if (n < 0)
        return fail(QStringLiteral("%1: %2").arg(path, systemErrorText(errno)));
    target.truncate(n);
    return target;
}

Result<UniqueFd> RootDir::makeDirectories(const QString &path, mode_t mode) const
{
    UniqueFd current(openInRoot(m_fd.get(), QByteArray(), O_RDONLY | O_DIRECTORY, true));
    if (!current.isValid())
        return fail(QStringLiteral("cannot open %1: %2").arg(m_description, systemErrorText(errno)));
    QByteArray reached;
    for (const QByteArray &part : relativeInRoot(path).split('/')) {
        if (part.isEmpty())
            continue;
        // Each step resolved from the root again: a symlink on the way is
        // followed as the container would, and stays inside.
        reached += (reached.isEmpty() ? QByteArray() : QByteArray("/")) + part;
        int next = openInRoot(m_fd.get(), reached, O_RDONLY | O_DIRECTORY, true);
        if (next < 0 && errno == ENOENT) {
            if (::mkdirat(current.get(), part.constData(), mode) < 0 && errno != EEXIST)
                return fail(QStringLiteral("cannot create %1: %2").arg(path, systemErrorText(errno)));
            next = openInRoot(m_fd.get(), reached, O_RDONLY | O_DIRECTORY, true);
        }
        if (next < 0)
            return fail(QStringLiteral("cannot create %1: %2").arg(path, systemErrorText(errno)));
        current = UniqueFd(next);
    }
    return current;
}

} // namespace porthole
