#pragma once
// An exclusive advisory lock (flock) on a file, held for the object's life.
// Released by the kernel when the process dies, so a kill -9 never leaves
// the store locked.
#include "base/error.h"

#include <QString>

namespace porthole {

class FileLock {
public:
    enum class Mode { Wait, TryOnly };

    static Result<FileLock> acquire(const QString &path, Mode mode = Mode::Wait);

    FileLock(FileLock &&other) noexcept : m_fd(other.m_fd) { other.m_fd = -1; }
    FileLock &operator=(FileLock &&other) noexcept;
    FileLock(const FileLock &) = delete;
    FileLock &operator=(const FileLock &) = delete;
    ~FileLock();

    bool isHeld() const { return m_fd >= 0; }
    // Whether the locked file is still the one at path: another process may
    // have unlinked it (tidying) between our open and our lock.
    bool isStillAt(const QString &path) const;

private:
    explicit FileLock(int fd) : m_fd(fd) {}
    int m_fd = -1;
};

} // namespace porthole
