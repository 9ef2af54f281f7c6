#include "files/tarstream.h"

#include "base/archive.h"

#include <QList>

#include <archive.h>
#include <archive_entry.h>

namespace porthole {
namespace {

using EntryPtr = std::unique_ptr<struct archive_entry, void (*)(struct archive_entry *)>;

class TarSink : public EntrySink {
public:
    explicit TarSink(int fd) : m_archive(archive_write_new())
    {
        archive_write_set_format_pax_restricted(m_archive.get());
        archive_write_set_bytes_per_block(m_archive.get(), 0);
        m_open = archive_write_open_fd(m_archive.get(), fd) == ARCHIVE_OK;
    }

    Status begin(const FileEntry &entry) override
    {
        if (!m_open)
            return error();
        EntryPtr header(archive_entry_new(), archive_entry_free);
        const bool directory = S_ISDIR(entry.type);
        archive_entry_set_pathname(header.get(), (directory ? entry.name + '/' : entry.name).constData());
        archive_entry_set_perm(header.get(), entry.permissions);
        archive_entry_set_uid(header.get(), entry.uid);
        archive_entry_set_gid(header.get(), entry.gid);
        archive_entry_set_mtime(header.get(), entry.mtime.tv_sec, entry.mtime.tv_nsec);
        if (!entry.hardLinkTo.isEmpty()) {
            archive_entry_set_filetype(header.get(), AE_IFREG);
            archive_entry_set_hardlink(header.get(), entry.hardLinkTo.constData());
            archive_entry_set_size(header.get(), 0);
        } else {
            archive_entry_set_filetype(header.get(), entry.type);
            archive_entry_set_size(header.get(), entry.size);
            if (S_ISLNK(entry.type))
                archive_entry_set_symlink(header.get(), entry.linkTarget.constData());
            if (S_ISCHR(entry.type) || S_ISBLK(entry.type))
                archive_entry_set_rdev(header.get(), entry.rdev);
        }
        if (archive_write_header(m_archive.get(), header.get()) != ARCHIVE_OK)
            return error();
        return {};
    }

    Status data(const char *bytes, qint64 size) override
    {
        if (archive_write_data(m_archive.get(), bytes, size_t(size)) != size)
            return error();
        return {};
    }

    Status close() override
    {
        if (archive_write_close(m_archive.get()) != ARCHIVE_OK)
            return error();
        return {};
    }

private:
    Status error() const { return fail(QStringLiteral("cannot write the tar stream: %1").arg(archiveErrorText(m_archive.get()))); }
    ArchiveWriter m_archive;
    bool m_open = false;
};

// One header of the tar as an entry, its name made safe.
Result<FileEntry> entryOf(struct archive_entry *header)
{
    FileEntry entry;
    auto name = normalizeEntryName(archive_entry_pathname(header));
    if (!name)
        return std::unexpected(name.error());
    entry.name = *name;
    entry.type = archive_entry_filetype(header);
    entry.permissions = archive_entry_perm(header) & 07777;
    entry.uid = uid_t(archive_entry_uid(header));
    entry.gid = gid_t(archive_entry_gid(header));
    entry.size = archive_entry_size(header);
    entry.mtime = {archive_entry_mtime(header), archive_entry_mtime_nsec(header)};
    if (const char *link = archive_entry_symlink(header))
        entry.linkTarget = link;
    if (const char *hard = archive_entry_hardlink(header)) {
        auto target = normalizeEntryName(hard);
        if (!target)
            return std::unexpected(target.error());
        entry.hardLinkTo = *target;
        entry.size = 0;
    }
    entry.rdev = archive_entry_rdev(header);
    return entry;
}

} // namespace

std::unique_ptr<EntrySink> tarSink(int fd)
{
    return std::make_unique<TarSink>(fd);
}

Result<QByteArray> normalizeEntryName(const QByteArray &name)
{
    QList<QByteArray> parts;
    for (const QByteArray &part : name.split('/')) {
        if (part.isEmpty() || part == ".")
            continue;
        if (part == "..") {
            if (parts.isEmpty())
                return fail(QStringLiteral("invalid tar entry %1: it leaves the destination directory").arg(QString::fromUtf8(name)));
            parts.removeLast();
            continue;
        }
        parts.append(part);
    }
    return parts.join('/');
}

Status readTar(int fd, EntrySink &sink, Progress &progress)
{
    ArchiveReader reader(archive_read_new());
    archive_read_support_format_tar(reader.get());
    archive_read_support_format_gnutar(reader.get());
    archive_read_support_filter_all(reader.get());
    if (archive_read_open_fd(reader.get(), fd, 1 << 16) != ARCHIVE_OK)
        return fail(QStringLiteral("cannot read the tar stream: %1").arg(archiveErrorText(reader.get())));
    static thread_local QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        struct archive_entry *header = nullptr;
        const int rc = archive_read_next_header(reader.get(), &header);
        if (rc == ARCHIVE_EOF)
            break;
        if (rc != ARCHIVE_OK && rc != ARCHIVE_WARN)
            return fail(QStringLiteral("cannot read the tar stream: %1").arg(archiveErrorText(reader.get())));
        auto entry = entryOf(header);
        if (!entry)
            return std::unexpected(entry.error());
        if (entry->name.isEmpty())
            continue; // "./": the destination itself
        if (auto ok = sink.begin(*entry); !ok)
            return ok;
        progress.advance(0, 1);
        for (la_ssize_t n; (n = archive_read_data(reader.get(), buffer.data(), size_t(buffer.size()))) != 0;) {
            if (n < 0)
                return fail(QStringLiteral("cannot read the tar stream: %1").arg(archiveErrorText(reader.get())));
            if (progress.isCancelled())
                return fail(QStringLiteral("cancelled"));
            if (auto ok = sink.data(buffer.constData(), n); !ok)
                return ok;
            progress.advance(n);
        }
    }
    return sink.close();
}

} // namespace porthole
