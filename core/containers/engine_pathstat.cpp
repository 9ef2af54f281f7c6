// What is at a path in a container (cp's stat of its destination, the
// API's archive HEAD): resolved inside its root, running or stopped.
#include "containers/containerengine.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cerrno>

namespace porthole {

Result<PathStat> ContainerEngine::statInContainer(const QString &nameOrId, const QString &path)
{
    auto record = m_store.find(nameOrId);
    if (!record)
        return std::unexpected(record.error());
    const QString clean = QDir::cleanPath(QLatin1Char('/') + path);
    PathStat result;
    Status done = withContainerRoot(*record, [&](const RootDir &root) -> Status {
        struct stat info;
        if (const int error = root.statAt(clean, false, info); error != 0)
            return error == ENOENT || error == ENOTDIR // Docker's words
                       ? fail(QStringLiteral("Could not find the file %1 in container %2").arg(path, nameOrId))
                       : fail(QStringLiteral("cannot read %1 in container %2: %3").arg(path, nameOrId, systemErrorText(error)));
        result.name = clean == QLatin1String("/") ? QStringLiteral("/") : QFileInfo(clean).fileName();
        result.size = info.st_size;
        result.mode = info.st_mode;
        result.modified = QDateTime::fromSecsSinceEpoch(info.st_mtim.tv_sec, Qt::UTC).addMSecs(info.st_mtim.tv_nsec / 1000000);
        if (S_ISLNK(info.st_mode))
            result.linkTarget = QFile::decodeName(root.readLink(clean).value_or(QByteArray()));
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    return result;
}

} // namespace porthole
