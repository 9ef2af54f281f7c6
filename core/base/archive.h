#pragma once
// libarchive, owned and explained: readers and writers freed by RAII, the
// error text of a failed call (with the system's reason when the disk or
// permissions are the cause), and the one tar writer every archive the
// engine makes goes through (image archives, the starter image).
#include "base/error.h"

#include <QByteArray>
#include <QString>
#include <memory>
#include <sys/types.h>

struct archive;

namespace porthole {

struct ArchiveReadFree {
    void operator()(struct archive *a) const;
};
struct ArchiveWriteFree {
    void operator()(struct archive *a) const;
};
using ArchiveReader = std::unique_ptr<struct archive, ArchiveReadFree>;
using ArchiveWriter = std::unique_ptr<struct archive, ArchiveWriteFree>;

// archive_error_string, plus errno's text for a full disk, an I/O error or
// a refused permission; "unknown error" when libarchive gives none.
QString archiveErrorText(struct archive *a);

// A pax tar written straight to a file descriptor: unblocked (each piece
// goes to write(2) without a copy through a 10 KiB block buffer), the last
// block not padded beyond the tar's own end.
class TarWriter {
public:
    // what names the output in errors: "the image archive".
    TarWriter(int fd, QString what);
    Status openStatus() const;

    // A header: type is AE_IFREG, AE_IFDIR, ...; size of the data to follow.
    Status header(const QString &name, mode_t type, mode_t permissions, qint64 size, time_t mtime);
    Status data(const char *bytes, qint64 size);
    Status file(const QString &name, const QByteArray &bytes, mode_t permissions, time_t mtime);
    Status directory(const QString &name, mode_t permissions, time_t mtime);
    // A hard link to an entry written before.
    Status hardLink(const QString &name, const QString &target, mode_t permissions, time_t mtime);
    Status close();

private:
    Error error() const;
    ArchiveWriter m_archive;
    QString m_what;
    bool m_open = false;
};

} // namespace porthole
