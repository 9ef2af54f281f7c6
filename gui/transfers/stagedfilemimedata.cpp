#include "gui/transfers/stagedfilemimedata.h"

#include "base/ids.h"

#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QStandardPaths>
#include <QUrl>

namespace {

QString stagingRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/drag-out");
}

} // namespace

StagedFileMimeData::StagedFileMimeData(const QString &path, const QFuture<bool> &written) : m_path(path), m_written(written)
{
}

QStringList StagedFileMimeData::formats() const
{
    return {QStringLiteral("text/uri-list")};
}

bool StagedFileMimeData::hasFormat(const QString &mimeType) const
{
    return mimeType == QLatin1String("text/uri-list");
}

QVariant StagedFileMimeData::retrieveData(const QString &mimeType, QMetaType type) const
{
    Q_UNUSED(type);
    if (mimeType != QLatin1String("text/uri-list"))
        return {};
    if (!m_written.isFinished()) {
        QEventLoop loop;
        QFutureWatcher<bool> watcher;
        QObject::connect(&watcher, &QFutureWatcher<bool>::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(m_written);
        if (!m_written.isFinished())
            loop.exec();
    }
    if (m_written.isCanceled() || !m_written.result())
        return {};
    return QVariantList{QUrl::fromLocalFile(m_path)};
}

QString stagingPath(const QString &fileName)
{
    const QString dir = stagingRoot() + QLatin1Char('/') + porthole::randomHex(12);
    QDir().mkpath(dir);
    return dir + QLatin1Char('/') + fileName;
}

void removeOldStagedFiles()
{
    // Files dragged out a day ago have been copied or forgotten.
    const QDateTime dayAgo = QDateTime::currentDateTimeUtc().addDays(-1);
    for (const QFileInfo &dir : QDir(stagingRoot()).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot))
        if (dir.lastModified() < dayAgo)
            QDir(dir.filePath()).removeRecursively();
}
