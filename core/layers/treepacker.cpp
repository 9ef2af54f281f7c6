#include "layers/treepacker.h"

#include "base/archive.h"

#include "layers/overlayxattrs.h"

#include <QFile>
#include <archive.h>
#include <archive_entry.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/xattr.h>

namespace porthole {
namespace {

bool isWhiteout(struct archive_entry *entry)
{
    return archive_entry_filetype(entry) == AE_IFCHR && archive_entry_rdev(entry) == makedev(0, 0);
}

bool isOpaque(const QByteArray &path)
{
    char value[4] = {};
    return ::lgetxattr(path.constData(), overlayOpaqueXattr(), value, sizeof value) == 1 && value[0] == 'y';
}

Status writeEmptyFile(struct archive *writer, const QByteArray &name, struct archive_entry *like)
{
    struct archive_entry *entry = archive_entry_new();
    archive_entry_set_pathname(entry, name.constData());
    archive_entry_set_filetype(entry, AE_IFREG);
    archive_entry_set_perm(entry, 0644);
    archive_entry_set_size(entry, 0);
    archive_entry_set_mtime(entry, archive_entry_mtime(like), 0);
    const int rc = archive_write_header(writer, entry);
    archive_entry_free(entry);
    return rc == ARCHIVE_OK ? Status{} : fail(QStringLiteral("cannot write tar: %1").arg(archiveErrorText(writer)));
}

Status copyContent(struct archive *disk, struct archive *writer, Progress &progress)
{
    static thread_local QByteArray buffer(1 << 16, Qt::Uninitialized);
    for (;;) {
        if (progress.isCancelled())
            return fail(QStringLiteral("cancelled"));
        const la_ssize_t n = archive_read_data(disk, buffer.data(), size_t(buffer.size()));
        if (n < 0)
            return fail(QStringLiteral("cannot read: %1").arg(archiveErrorText(disk)));
        if (n == 0)
            return {};
        if (archive_write_data(writer, buffer.constData(), size_t(n)) != n)
            return fail(QStringLiteral("cannot write tar: %1").arg(archiveErrorText(writer)));
        progress.advance(n);
    }
}

} // namespace

namespace {

// Writes one entry read from disk (its path relative to the root): a
// whiteout becomes a ".wh." file in layer mode, hard links are written
// once, then as links (busybox has hundreds).
Status packEntry(struct archive *disk, struct archive *writer, struct archive_entry_linkresolver *links, struct archive_entry *&entry,
                 const QByteArray &relative, PackMode mode, Progress &progress)
{
    const QByteArray source = archive_entry_sourcepath(entry);
    const bool directory = archive_entry_filetype(entry) == AE_IFDIR;
    if (mode == PackMode::Layer && isWhiteout(entry)) {
        const qsizetype slash = relative.lastIndexOf('/');
        return writeEmptyFile(writer, QByteArray(relative.left(slash + 1) + ".wh." + relative.mid(slash + 1)), entry);
    }
    dropOverlayXattrs(entry);
    archive_entry_set_pathname(entry, (directory ? QByteArray(relative + '/') : relative).constData());
    struct archive_entry *unused = nullptr;
    if (!directory)
        archive_entry_linkify(links, &entry, &unused);
    if (archive_write_header(writer, entry) != ARCHIVE_OK)
        return fail(QStringLiteral("cannot write tar: %1").arg(archiveErrorText(writer)));
    if (archive_entry_filetype(entry) == AE_IFREG && archive_entry_size(entry) > 0 && !archive_entry_hardlink(entry))
        if (auto ok = copyContent(disk, writer, progress); !ok)
            return ok;
    if (mode == PackMode::Layer && directory && isOpaque(source))
        return writeEmptyFile(writer, QByteArray(relative + "/.wh..wh..opq"), entry);
    return {};
}

} // namespace

Status packTree(const QString &root, int outputFd, PackMode mode, Progress &progress, const QSet<QByteArray> &skip)
{
    ArchiveReader disk(archive_read_disk_new());
    ArchiveWriter writer(archive_write_new());
    archive_read_disk_set_standard_lookup(disk.get());
    archive_read_disk_set_symlink_physical(disk.get());
    archive_read_disk_set_behavior(disk.get(), ARCHIVE_READDISK_NO_TRAVERSE_MOUNTS | ARCHIVE_READDISK_NO_FFLAGS);
    archive_write_set_format_pax_restricted(writer.get());
    if (archive_write_open_fd(writer.get(), outputFd) != ARCHIVE_OK)
        return fail(QStringLiteral("cannot write tar: %1").arg(archiveErrorText(writer.get())));
    std::unique_ptr<struct archive_entry_linkresolver, void (*)(struct archive_entry_linkresolver *)> links(
        archive_entry_linkresolver_new(), archive_entry_linkresolver_free);
    archive_entry_linkresolver_set_strategy(links.get(), ARCHIVE_FORMAT_TAR_PAX_RESTRICTED);
    const QByteArray base = QFile::encodeName(root);
    if (archive_read_disk_open(disk.get(), base.constData()) != ARCHIVE_OK)
        return fail(QStringLiteral("cannot read %1: %2").arg(root, archiveErrorText(disk.get())));
    for (;;) {
        std::unique_ptr<struct archive_entry, void (*)(struct archive_entry *)> owned(archive_entry_new(), archive_entry_free);
        struct archive_entry *entry = owned.get();
        const int rc = archive_read_next_header2(disk.get(), entry);
        if (rc == ARCHIVE_EOF)
            break;
        if (rc != ARCHIVE_OK && rc != ARCHIVE_WARN)
            return fail(QStringLiteral("cannot read %1: %2").arg(root, archiveErrorText(disk.get())));
        archive_read_disk_descend(disk.get());
        QByteArray relative = QByteArray(archive_entry_sourcepath(entry)).mid(base.size());
        while (relative.startsWith('/'))
            relative = relative.mid(1);
        if (relative.isEmpty() || skip.contains(relative))
            continue; // the root itself, or a left-out path
        const Status packed = packEntry(disk.get(), writer.get(), links.get(), entry, relative, mode, progress);
        (void)owned.release();
        owned.reset(entry); // linkify may hand back another entry: free the one we hold now
        if (!packed)
            return packed;
        progress.advance(0, 1);
    }
    if (archive_write_close(writer.get()) != ARCHIVE_OK)
        return fail(QStringLiteral("cannot write tar: %1").arg(archiveErrorText(writer.get())));
    return {};
}

} // namespace porthole
