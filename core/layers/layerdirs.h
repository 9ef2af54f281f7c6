#pragma once
// The directories of a layer being written, reached only through the
// kernel's openat2(RESOLVE_IN_ROOT | RESOLVE_NO_MAGICLINKS) from the layer's
// own directory descriptor: whatever links the layer holds, no path leaves
// it. Keeps the last parent open (a tar lists a directory's entries
// together), makes missing parents as tar does, and remembers the modes and
// times of directories to set once their contents are written.
#include "base/error.h"

#include <QByteArray>
#include <QList>
#include <sys/stat.h>
#include <sys/types.h>
#include <time.h>

namespace porthole {

// A descriptor closed when it goes out of scope.
class OwnedFd {
public:
    OwnedFd() = default;
    explicit OwnedFd(int fd) : m_fd(fd) {}
    OwnedFd(OwnedFd &&other) noexcept : m_fd(other.release()) {}
    OwnedFd &operator=(OwnedFd &&other) noexcept;
    ~OwnedFd();
    int get() const { return m_fd; }
    int release();
    bool isValid() const { return m_fd >= 0; }

private:
    int m_fd = -1;
};

// The times to set: UTIME_OMIT where the tar has none.
struct EntryTimes {
    struct timespec atime{0, UTIME_OMIT};
    struct timespec mtime{0, UTIME_OMIT};
    bool any() const { return atime.tv_nsec != UTIME_OMIT || mtime.tv_nsec != UTIME_OMIT; }
};

class LayerDirs {
public:
    // root: the layer's (empty) directory.
    static Result<LayerDirs> open(const QByteArray &root);

    // A descriptor (O_PATH) of the directory path (relative; "" is the
    // root), made with its missing parents when absent. Valid until the next
    // call. setgid tells whether new entries there take its group.
    struct Parent {
        int fd;
        bool setgid;
    };
    Result<Parent> parent(const QByteArray &path);

    // Opens path (relative) inside the layer with flags, resolved by the kernel
    // within the layer; its final component is never followed when a link.
    Result<OwnedFd> openInside(const QByteArray &path, int flags) const;

    // Mode and times of a directory, set by finish() deepest first.
    void deferDirectory(const QByteArray &path, mode_t mode, const EntryTimes &times);
    Status finish();

    const QByteArray &rootPath() const { return m_rootPath; }

private:
    LayerDirs(QByteArray rootPath, OwnedFd root) : m_rootPath(std::move(rootPath)), m_root(std::move(root)) {}
    Result<OwnedFd> makeParents(const QByteArray &path);

    struct Deferred {
        QByteArray path;
        mode_t mode;
        EntryTimes times;
    };
    QByteArray m_rootPath;
    OwnedFd m_root;
    QByteArray m_cachedPath;
    OwnedFd m_cached;
    bool m_cachedSetgid = false;
    bool m_haveCached = false;
    QList<Deferred> m_deferred;
};

// Linux's openat2(2) through its system call: resolve beneath dirfd with how.
int openat2Inside(int dirfd, const char *path, int flags, mode_t mode, quint64 resolve);

// A path inside the layer as an error message shows it ("/" for the layer's root).
QString shownLayerPath(const QByteArray &path);

} // namespace porthole
