#pragma once
// A private working directory inside the store's tmp/ for work that must
// appear all at once or not at all. It holds a lock while its owner lives;
// removed by its destructor, and by the next command if the owner was killed.
#include "base/error.h"
#include "base/filelock.h"

#include <QString>
#include <optional>

namespace porthole {

class TempWork {
public:
    static Result<TempWork> create(const QString &tmpRoot);
    // Removes the directories of owners that are gone (their lock is free).
    static void removeAbandoned(const QString &tmpRoot);

    TempWork(TempWork &&) noexcept = default;
    TempWork &operator=(TempWork &&) noexcept = default;
    ~TempWork();

    QString path() const { return m_path; }
    QString subPath(const QString &name) const { return m_path + QLatin1Char('/') + name; }

private:
    TempWork(QString path, FileLock lock) : m_path(std::move(path)), m_lock(std::move(lock)) {}
    QString m_path;
    std::optional<FileLock> m_lock;
};

} // namespace porthole
