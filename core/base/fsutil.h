#pragma once
// Small filesystem helpers with errors a user can act on: atomic file
// replacement (write a temporary file, fsync, rename) and tree removal.
#include "base/error.h"

#include <QByteArray>
#include <QString>

namespace porthole {

// Replaces path with data atomically: readers see the old or the new
// content, never a mix, even if the process is killed midway; the file and
// then its directory are forced to disk, so a power cut after it returns
// loses neither (the store's records, the image index, networks).
Status writeFileAtomically(const QString &path, const QByteArray &data);

// Forces a directory's entries (what was created, renamed or linked in it)
// to disk: after moving a finished directory into place.
Status syncDirectory(const QString &path);

// Forces everything written on the file system holding path to disk (one
// syncfs(2)): a new layer's thousands of files at once, before the record
// that names the layer is trusted, where an fsync per file would cost more.
Status syncFileSystem(const QString &path);

// The same, without forcing the data to disk: for files that are
// regenerated anyway (a container's /etc files, its bundle, its state),
// where a kill must never leave a torn file but a power cut may lose the
// last update; and for files staged beside a new layer, which the one
// syncfs before the layer is adopted forces to disk with the layer.
Status replaceFile(const QString &path, const QByteArray &data);

// A file whose presence is what counts, not its content (the store's
// "work under way" marker): written as replaceFile does, then only its
// directory is forced to disk, one flush instead of two.
Status writeMarkerFile(const QString &path, const QByteArray &data);

Result<QByteArray> readWholeFile(const QString &path, qint64 maxSize = 64 << 20);

Status makeDirectories(const QString &path);

// Bytes of the regular files below path (symlinks not followed).
qint64 directorySize(const QString &path);

// The same as du --apparent-size counts file content: each regular file
// once however many hard links it has, without crossing into other mounts.
qint64 contentSize(const QString &path);

// Whether path is where a file system is mounted (in this process's mount
// namespace).
bool isMountPoint(const QString &path);

// Removes a directory tree without following symlinks; succeeds when absent.
Status removeTree(const QString &path);

// Renames a directory into place; returns false (not an error) when the
// destination already exists.
Result<bool> renameDirectoryIfAbsent(const QString &from, const QString &to);

} // namespace porthole

namespace porthole {

// An output file that appears only when complete: written as an unnamed
// O_TMPFILE in the destination's directory (a named hidden temporary where
// that is unsupported) and linked into place by commit(). Dropped otherwise.
class AtomicOutputFile {
public:
    static Result<AtomicOutputFile> create(const QString &path);
    AtomicOutputFile(AtomicOutputFile &&other) noexcept;
    AtomicOutputFile &operator=(AtomicOutputFile &&) = delete;
    ~AtomicOutputFile();
    int fd() const { return m_fd; }
    Status commit();

private:
    AtomicOutputFile() = default;
    QString m_path;
    QString m_tempPath; // empty with O_TMPFILE
    int m_fd = -1;
};

} // namespace porthole
