#include "base/archive.h"

#include <archive.h>
#include <archive_entry.h>
#include <cerrno>

namespace porthole {
namespace {

struct EntryFree {
    void operator()(struct archive_entry *e) const { archive_entry_free(e); }
};
using Entry = std::unique_ptr<struct archive_entry, EntryFree>;

Entry newEntry(const QString &name, mode_t type, mode_t permissions, qint64 size, time_t mtime)
{
    Entry entry(archive_entry_new());
    archive_entry_set_pathname(entry.get(), name.toUtf8().constData());
    archive_entry_set_filetype(entry.get(), type);
    archive_entry_set_perm(entry.get(), permissions);
    archive_entry_set_size(entry.get(), size);
    archive_entry_set_mtime(entry.get(), mtime, 0);
    return entry;
}

} // namespace

void ArchiveReadFree::operator()(struct archive *a) const
{
    archive_read_free(a);
}

void ArchiveWriteFree::operator()(struct archive *a) const
{
    archive_write_free(a);
}

QString archiveErrorText(struct archive *a)
{
    const char *text = archive_error_string(a);
    QString message = text ? QString::fromLocal8Bit(text) : QStringLiteral("unknown error");
    const int errnum = archive_errno(a);
    const bool systemProblem = errnum == ENOSPC || errnum == EDQUOT || errnum == EIO || errnum == EROFS
                               || errnum == EACCES || errnum == EPERM;
    if (systemProblem && !message.contains(systemErrorText(errnum)))
        message += QStringLiteral(" (") + systemErrorText(errnum) + QLatin1Char(')');
    return message;
}

TarWriter::TarWriter(int fd, QString what) : m_archive(archive_write_new()), m_what(std::move(what))
{
    archive_write_set_format_pax_restricted(m_archive.get());
    archive_write_set_bytes_per_block(m_archive.get(), 0);
    archive_write_set_bytes_in_last_block(m_archive.get(), 1);
    m_open = archive_write_open_fd(m_archive.get(), fd) == ARCHIVE_OK;
}

Error TarWriter::error() const
{
    return Error{QStringLiteral("cannot write %1: %2").arg(m_what, archiveErrorText(m_archive.get()))};
}

Status TarWriter::openStatus() const
{
    return m_open ? Status{} : std::unexpected(error());
}

Status TarWriter::header(const QString &name, mode_t type, mode_t permissions, qint64 size, time_t mtime)
{
    Entry entry = newEntry(name, type, permissions, size, mtime);
    if (!m_open || archive_write_header(m_archive.get(), entry.get()) != ARCHIVE_OK)
        return std::unexpected(error());
    return {};
}

Status TarWriter::data(const char *bytes, qint64 size)
{
    while (size > 0) {
        const la_ssize_t n = archive_write_data(m_archive.get(), bytes, size_t(size));
        if (n <= 0)
            return std::unexpected(error());
        bytes += n;
        size -= n;
    }
    return {};
}

Status TarWriter::file(const QString &name, const QByteArray &bytes, mode_t permissions, time_t mtime)
{
    if (auto ok = header(name, AE_IFREG, permissions, bytes.size(), mtime); !ok)
        return ok;
    return data(bytes.constData(), bytes.size());
}

Status TarWriter::directory(const QString &name, mode_t permissions, time_t mtime)
{
    return header(name, AE_IFDIR, permissions, 0, mtime);
}

Status TarWriter::hardLink(const QString &name, const QString &target, mode_t permissions, time_t mtime)
{
    Entry entry = newEntry(name, AE_IFREG, permissions, 0, mtime);
    archive_entry_set_hardlink(entry.get(), target.toUtf8().constData());
    if (!m_open || archive_write_header(m_archive.get(), entry.get()) != ARCHIVE_OK)
        return std::unexpected(error());
    return {};
}

Status TarWriter::close()
{
    if (!m_open || archive_write_close(m_archive.get()) != ARCHIVE_OK)
        return std::unexpected(error());
    return {};
}

} // namespace porthole
