#include "base/tempwork.h"

#include "base/ids.h"

#include "base/fsutil.h"
#include "base/hierarchytop.h"

#include <QDir>
#include <QRandomGenerator>

namespace porthole {

Result<TempWork> TempWork::create(const QString &tmpRoot)
{
    if (auto ok = makeDirectories(tmpRoot); !ok)
        return std::unexpected(ok.error());
    // Each working directory (a layer being written, a container's new
    // layer) starts in a block group of its own where the file system has
    // that choice: see hierarchytop.h.
    markHierarchyTop(tmpRoot);
    // The lock lives beside the directory and is taken first, so a directory
    // never exists without a live owner or a free lock. Another process
    // tidying tmp/ sees a brand-new lock file without its directory and may
    // lock and unlink it: then this one takes another name.
    QString path;
    Result<FileLock> lock = fail(QString());
    for (int attempt = 0; attempt < 8; ++attempt) {
        path = tmpRoot + QLatin1Char('/') + randomHex(16);
        lock = FileLock::acquire(path + QStringLiteral(".lock"), FileLock::Mode::TryOnly);
        if (lock && lock->isStillAt(path + QStringLiteral(".lock")))
            break;
        if (lock)
            lock = fail(QStringLiteral("cannot keep a lock file in %1").arg(tmpRoot));
    }
    if (!lock)
        return std::unexpected(lock.error());
    if (!QDir().mkdir(path)) {
        QFile::remove(path + QStringLiteral(".lock"));
        return fail(QStringLiteral("cannot create working directory %1").arg(path));
    }
    return TempWork(path, std::move(*lock));
}

TempWork::~TempWork()
{
    if (m_path.isEmpty() || !m_lock)
        return;
    (void)removeTree(m_path);
    QFile::remove(m_path + QStringLiteral(".lock"));
}

void TempWork::removeAbandoned(const QString &tmpRoot)
{
    const QDir dir(tmpRoot);
    const QStringList entries = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
    for (const QString &name : entries) {
        const QString path = dir.filePath(name);
        auto lock = FileLock::acquire(path + QStringLiteral(".lock"), FileLock::Mode::TryOnly);
        if (!lock)
            continue; // its owner is still working
        (void)removeTree(path);
        QFile::remove(path + QStringLiteral(".lock"));
    }
    // Lock files whose directory is gone (a kill between lock and mkdir, or
    // during clean-up). Work just starting holds its lock, or finds it
    // unlinked and takes another name.
    for (const QString &name : dir.entryList({QStringLiteral("*.lock")}, QDir::Files | QDir::Hidden)) {
        if (QFileInfo::exists(dir.filePath(name.chopped(5))))
            continue;
        auto lock = FileLock::acquire(dir.filePath(name), FileLock::Mode::TryOnly);
        if (lock)
            QFile::remove(dir.filePath(name));
    }
}

} // namespace porthole
