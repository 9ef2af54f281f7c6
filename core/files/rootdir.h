#pragma once
// A directory taken as "/": every path inside it is resolved by the kernel
// with openat2(RESOLVE_IN_ROOT | RESOLVE_NO_MAGICLINKS), so ".." and
// symlinks (absolute or relative) stop at its top and /proc magic links are
// refused. A container's root (its /proc/<pid>/root while it runs, its
// mounted overlay otherwise), a volume being filled, or the directory a
// copy writes into: nothing inside can lead out.
#include "base/error.h"

#include <QString>
#include <sys/stat.h>

namespace porthole {

// A file descriptor, closed with its owner.
class UniqueFd {
public:
    UniqueFd() = default;
    explicit UniqueFd(int fd) : m_fd(fd) {}
    UniqueFd(UniqueFd &&other) noexcept : m_fd(other.release()) {}
    UniqueFd &operator=(UniqueFd &&other) noexcept;
    UniqueFd(const UniqueFd &) = delete;
    UniqueFd &operator=(const UniqueFd &) = delete;
    ~UniqueFd();
    int get() const { return m_fd; }
    bool isValid() const { return m_fd >= 0; }
    int release();

private:
    int m_fd = -1;
};

// openat2 with RESOLVE_IN_ROOT | RESOLVE_NO_MAGICLINKS from rootFd; -1 and
// errno on failure. followLast false: a symlink at the end is not followed.
int openInRoot(int rootFd, const QByteArray &path, int flags, bool followLast, mode_t mode = 0);

class RootDir {
public:
    // The directory at a host path (itself resolved normally).
    static Result<RootDir> open(const QString &hostPath);
    static RootDir adopt(UniqueFd fd, QString description) { return RootDir(std::move(fd), std::move(description)); }

    int fd() const { return m_fd.get(); }
    const QString &description() const { return m_description; }

    // path inside the root ("/etc/hosts" and "etc/hosts" alike).
    Result<UniqueFd> openPath(const QString &path, int flags, bool followLast = true) const;
    // lstat (followLast false) or stat inside the root: 0, or errno (ENOENT
    // when absent, ENOTDIR when a parent is no directory).
    int statAt(const QString &path, bool followLast, struct stat &info) const;
    // The target of the symlink at path.
    Result<QByteArray> readLink(const QString &path) const;
    // mkdir -p inside the root; returns the directory opened for reading.
    Result<UniqueFd> makeDirectories(const QString &path, mode_t mode = 0755) const;

private:
    RootDir(UniqueFd fd, QString description) : m_fd(std::move(fd)), m_description(std::move(description)) {}
    UniqueFd m_fd;
    QString m_description; // for messages: "container web", "/tmp/out"
};

// "/a/b/" -> "a/b"; "." and "/" -> "".
QByteArray relativeInRoot(const QString &path);

} // namespace porthole
