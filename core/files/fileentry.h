#pragma once
// One file of a copy, as a tar header carries it, and where entries go: a
// tar written to a descriptor, or files created under a directory. The
// producers (a tree on disk, a tar read from a descriptor) call begin() for
// each entry, data() for a regular file's bytes, then close() once.
#include "base/error.h"

#include <QByteArray>
#include <ctime>
#include <sys/types.h>

namespace porthole {

struct FileEntry {
    QByteArray name;       // relative, '/'-separated: "dir", "dir/file"
    mode_t type = 0;       // S_IFREG, S_IFDIR, S_IFLNK, S_IFCHR, S_IFBLK, S_IFIFO
    mode_t permissions = 0644; // 07777 bits
    uid_t uid = 0;
    gid_t gid = 0;
    qint64 size = 0;       // regular files
    struct timespec mtime = {};
    QByteArray linkTarget; // symlinks
    QByteArray hardLinkTo; // a hard link to an earlier entry of the stream (its name)
    dev_t rdev = 0;        // devices
};

class EntrySink {
public:
    virtual ~EntrySink() = default;
    virtual Status begin(const FileEntry &entry) = 0;
    virtual Status data(const char *bytes, qint64 size) = 0;
    // After all entries: what must wait for the end (directory times, the tar's end).
    virtual Status close() = 0;
};

// Normalises a name from a tar ("./a//b/" -> "a/b", "/etc/x" -> "etc/x");
// fails on a ".." that would climb above the top.
Result<QByteArray> normalizeEntryName(const QByteArray &name);

} // namespace porthole
