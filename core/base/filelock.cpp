#include "base/filelock.h"

#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace porthole {

Result<FileLock> FileLock::acquire(const QString &path, Mode mode)
{
    const QByteArray name = path.toLocal8Bit();
    const int fd = ::open(name.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return fail(QStringLiteral("cannot open lock file %1: %2").arg(path, systemErrorText(errno)));
    const int operation = mode == Mode::Wait ? LOCK_EX : (LOCK_EX | LOCK_NB);
    int rc;
    do {
        rc = ::flock(fd, operation);
    } while (rc < 0 && errno == EINTR);
    if (rc < 0) {
        const int saved = errno;
        ::close(fd);
        if (saved == EWOULDBLOCK)
            return fail(QStringLiteral("%1 is locked by another process").arg(path));
        return fail(QStringLiteral("cannot lock %1: %2").arg(path, systemErrorText(saved)));
    }
    return FileLock(fd);
}

bool FileLock::isStillAt(const QString &path) const
{
    struct stat held{};
    struct stat named{};
    if (m_fd < 0 || ::fstat(m_fd, &held) != 0 || ::stat(path.toLocal8Bit().constData(), &named) != 0)
        return false;
    return held.st_dev == named.st_dev && held.st_ino == named.st_ino;
}

FileLock &FileLock::operator=(FileLock &&other) noexcept
{
    if (this != &other) {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = other.m_fd;
        other.m_fd = -1;
    }
    return *this;
}

FileLock::~FileLock()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

} // namespace porthole
