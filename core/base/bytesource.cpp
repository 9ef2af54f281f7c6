#include "base/bytesource.h"

#include "base/archive.h"

#include <QFile>
#include <archive.h>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace porthole {

FdSource::~FdSource()
{
    if (m_owned && m_fd >= 0)
        ::close(m_fd);
}

Result<std::unique_ptr<FdSource>> FdSource::openFile(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        QString reason = systemErrorText(errno); // Go's words, as Docker prints them: lower case
        if (!reason.isEmpty())
            reason[0] = reason.at(0).toLower();
        return fail(QStringLiteral("open %1: %2").arg(path, reason));
    }
    struct stat info;
    if (::fstat(fd, &info) == 0 && S_ISDIR(info.st_mode)) {
        ::close(fd);
        return fail(QStringLiteral("%1 is a directory, not a file").arg(path));
    }
    return std::make_unique<FdSource>(fd, path, true);
}

Result<qint64> FdSource::read(char *buffer, qint64 size)
{
    for (;;) {
        const ssize_t n = ::read(m_fd, buffer, size_t(size));
        if (n >= 0)
            return qint64(n);
        if (errno != EINTR)
            return fail(QStringLiteral("read %1: %2").arg(m_name, systemErrorText(errno)));
    }
}

qint64 FdSource::sizeIfKnown() const
{
    struct stat info;
    if (::fstat(m_fd, &info) == 0 && S_ISREG(info.st_mode))
        return info.st_size;
    return -1;
}

Result<qint64> ArchiveEntrySource::read(char *buffer, qint64 size)
{
    if (m_peekedUsed < m_peeked.size()) {
        const qint64 n = std::min<qint64>(size, m_peeked.size() - m_peekedUsed);
        std::memcpy(buffer, m_peeked.constData() + m_peekedUsed, size_t(n));
        m_peekedUsed += n;
        m_total += n;
        return n;
    }
    const la_ssize_t n = archive_read_data(m_reader, buffer, size_t(size));
    if (n < 0)
        return fail(QStringLiteral("read %1: %2").arg(m_name, archiveErrorText(m_reader)));
    m_hash.addData(buffer, size_t(n));
    m_total += n;
    return qint64(n);
}

Status writeAllToFd(int fd, const char *data, qint64 size)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size_t(size));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return fail(QStringLiteral("write: %1").arg(systemErrorText(errno)));
        }
        data += n;
        size -= n;
    }
    return {};
}

} // namespace porthole
