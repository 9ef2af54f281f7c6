#include "base/storepaths.h"
#include "base/storeprivacy.h"

#include "base/fsutil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <sys/stat.h>
#include <unistd.h>

namespace porthole {

uint hostUidFromMap(const QByteArray &uidMap, uint fallback)
{
    for (const QByteArray &line : uidMap.split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        if (fields.size() != 3)
            continue;
        bool insideOk = false, outsideOk = false, countOk = false;
        const qulonglong inside = fields.at(0).toULongLong(&insideOk);
        const qulonglong outside = fields.at(1).toULongLong(&outsideOk);
        const qulonglong count = fields.at(2).toULongLong(&countOk);
        if (insideOk && outsideOk && countOk && count > 0 && inside == 0)
            return uint(outside);
    }
    return fallback;
}

uint hostUid()
{
    static const uint uid = [] {
        QFile map(QStringLiteral("/proc/self/uid_map"));
        if (!map.open(QIODevice::ReadOnly))
            return uint(geteuid());
        return geteuid() == 0 ? hostUidFromMap(map.readAll(), 0) : uint(geteuid());
    }();
    return uid;
}

bool runningRootless()
{
    return hostUid() != 0;
}

QString StorePaths::userRunRoot()
{
    const QString runtimeDir = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtimeDir.isEmpty() && QFileInfo(runtimeDir).isDir() && QFileInfo(runtimeDir).isWritable())
        return QDir::cleanPath(runtimeDir) + QStringLiteral("/porthole");
    return QStringLiteral("/tmp/porthole-%1").arg(hostUid());
}

Status StorePaths::ensurePrivateDirectory(const QString &path)
{
    const QByteArray name = QFile::encodeName(path);
    if (::mkdir(name.constData(), 0700) != 0 && errno != EEXIST)
        return fail(QStringLiteral("cannot create the runtime directory %1: %2").arg(path, systemErrorText(errno)));
    struct stat info;
    if (::lstat(name.constData(), &info) != 0)
        return fail(QStringLiteral("cannot read the runtime directory %1: %2").arg(path, systemErrorText(errno)));
    if (!S_ISDIR(info.st_mode) || info.st_uid != geteuid())
        return fail(QStringLiteral("the runtime directory %1 is not a directory of yours: remove it, or set "
                                   "XDG_RUNTIME_DIR or --runroot to a directory of your own").arg(path));
    if ((info.st_mode & 077) != 0 && ::chmod(name.constData(), 0700) != 0)
        return fail(QStringLiteral("cannot make the runtime directory %1 private (chmod 0700): %2").arg(path, systemErrorText(errno)));
    return {};
}

void keepStorePrivate(const QString &path)
{
    const QByteArray name = QFile::encodeName(path);
    struct stat info;
    if (::lstat(name.constData(), &info) == 0 && S_ISDIR(info.st_mode) && info.st_uid == geteuid() && (info.st_mode & 077) != 0)
        (void)::chmod(name.constData(), info.st_mode & 0700);
}

StorePaths StorePaths::resolve(const QString &rootOption, const QString &runRootOption)
{
    StorePaths paths;
    paths.root = rootOption;
    if (paths.root.isEmpty())
        paths.root = qEnvironmentVariable("PORTHOLE_ROOT");
    paths.runRoot = runRootOption;
    if (paths.runRoot.isEmpty())
        paths.runRoot = qEnvironmentVariable("PORTHOLE_RUNROOT");

    const bool rootless = runningRootless();
    if (paths.root.isEmpty()) {
        QString dataHome = qEnvironmentVariable("XDG_DATA_HOME");
        if (dataHome.isEmpty() || !QDir::isAbsolutePath(dataHome))
            dataHome = QDir::homePath() + QStringLiteral("/.local/share");
        paths.root = rootless ? dataHome + QStringLiteral("/porthole") : QStringLiteral("/var/lib/porthole");
    }
    if (paths.runRoot.isEmpty())
        paths.runRoot = rootless ? userRunRoot() : QStringLiteral("/run/porthole");
    paths.root = QDir::cleanPath(QDir::current().absoluteFilePath(paths.root));
    paths.runRoot = QDir::cleanPath(QDir::current().absoluteFilePath(paths.runRoot));
    return paths;
}

} // namespace porthole
