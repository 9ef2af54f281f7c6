#include "containers/containerstore.h"

#include "base/filelock.h"
#include "base/fsutil.h"
#include "base/tempwork.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <cerrno>
#include <unistd.h>

namespace porthole {

Status ContainerStore::create(const ContainerRecord &record)
{
    const QString &id = record.config.id;
    for (const QString &d : {containersDir(), namesDir(), m_paths.tmpDir()})
        if (auto ok = makeDirectories(d); !ok)
            return ok;
    // Held until the container is in place: a name reserved for a container
    // that does not exist and whose lock is free was left by a kill.
    auto held = lock(id);
    if (!held)
        return std::unexpected(held.error());
    const QByteArray namePath = QFile::encodeName(namesDir() + QLatin1Char('/') + record.config.name);
    int reserved = ::symlink(id.toLatin1().constData(), namePath.constData());
    int error = reserved < 0 ? errno : 0;
    if (error == EEXIST && releaseStaleName(record.config.name)) {
        reserved = ::symlink(id.toLatin1().constData(), namePath.constData());
        error = reserved < 0 ? errno : 0;
    }
    if (reserved < 0) {
        if (error == EEXIST) {
            const QString owner = QFileInfo(QFile::decodeName(namePath)).symLinkTarget().section(QLatin1Char('/'), -1);
            return fail(QStringLiteral("Conflict. The container name \"/%1\" is already in use by container \"%2\". "
                                       "You have to remove (or rename) that container to be able to reuse that name.")
                            .arg(record.config.name, owner), 125);
        }
        return fail(QStringLiteral("cannot reserve the name %1: %2").arg(record.config.name, systemErrorText(error)));
    }
    auto work = TempWork::create(m_paths.tmpDir());
    if (!work) {
        ::unlink(namePath.constData());
        return std::unexpected(work.error());
    }
    const QString staged = work->subPath(QStringLiteral("container"));
    Status written = makeDirectories(staged);
    for (const QString &sub : {QStringLiteral("diff"), QStringLiteral("work"), QStringLiteral("merged")})
        if (written)
            written = makeDirectories(staged + QLatin1Char('/') + sub);
    if (written)
        written = writeFileAtomically(staged + QStringLiteral("/config.json"), QJsonDocument(record.config.toJson()).toJson());
    if (written)
        written = writeFileAtomically(staged + QStringLiteral("/state.json"), QJsonDocument(record.state.toJson()).toJson());
    if (written && !QDir().rename(staged, dir(id)))
        written = fail(QStringLiteral("cannot create container directory %1").arg(dir(id)));
    if (written) // the record and its name survive a power cut from here on
        written = syncDirectory(containersDir());
    if (written)
        written = syncDirectory(namesDir());
    if (!written)
        ::unlink(namePath.constData());
    return written;
}

void ContainerStore::releaseStaleNames() const
{
    for (const QString &name : QDir(namesDir()).entryList(QDir::System | QDir::NoDotAndDotDot))
        releaseStaleName(name);
}

bool ContainerStore::releaseStaleName(const QString &name) const
{
    const QString link = namesDir() + QLatin1Char('/') + name;
    const QString owner = QFileInfo(link).symLinkTarget().section(QLatin1Char('/'), -1);
    if (owner.isEmpty() || QFileInfo::exists(dir(owner) + QStringLiteral("/config.json")))
        return false;
    auto ownerLock = lock(owner, FileLock::Mode::TryOnly); // its creator or remover is still at work
    if (!ownerLock || QFileInfo::exists(dir(owner) + QStringLiteral("/config.json"))
        || QFileInfo(link).symLinkTarget().section(QLatin1Char('/'), -1) != owner)
        return false;
    return ::unlink(QFile::encodeName(link).constData()) == 0;
}

Result<ContainerRecord> ContainerStore::read(const QString &id) const
{
    auto configBytes = readWholeFile(dir(id) + QStringLiteral("/config.json"));
    if (!configBytes)
        return fail(QStringLiteral("No such container: %1").arg(id));
    auto config = ContainerConfig::fromJson(QJsonDocument::fromJson(*configBytes).object());
    if (!config)
        return std::unexpected(config.error());
    ContainerRecord record{*config, {}};
    if (auto stateBytes = readWholeFile(dir(id) + QStringLiteral("/state.json")))
        record.state = ContainerRuntimeState::fromJson(QJsonDocument::fromJson(*stateBytes).object());
    return record;
}

Result<QList<ContainerRecord>> ContainerStore::list() const
{
    QList<ContainerRecord> records;
    for (const QString &id : QDir(containersDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        auto record = read(id);
        if (record)
            records.append(*record);
    }
    std::sort(records.begin(), records.end(), [](const ContainerRecord &a, const ContainerRecord &b) {
        return a.config.created > b.config.created;
    });
    return records;
}

Result<ContainerRecord> ContainerStore::find(const QString &nameOrId) const
{
    const QString name = nameOrId.startsWith(QLatin1Char('/')) ? nameOrId.mid(1) : nameOrId;
    if (!name.isEmpty() && !name.contains(QLatin1Char('/'))) {
        const QString target = QFileInfo(namesDir() + QLatin1Char('/') + name).symLinkTarget();
        if (!target.isEmpty())
            if (auto record = read(target.section(QLatin1Char('/'), -1)))
                return record;
    }
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{1,64}$"));
    if (hex.match(nameOrId).hasMatch()) {
        const QStringList matches = QDir(containersDir()).entryList({nameOrId + QLatin1Char('*')}, QDir::Dirs | QDir::NoDotAndDotDot);
        if (matches.size() == 1)
            return read(matches.first());
        if (matches.size() > 1)
            return fail(QStringLiteral("multiple containers found with provided prefix: %1").arg(nameOrId));
    }
    return fail(QStringLiteral("No such container: %1").arg(nameOrId));
}

Status ContainerStore::saveState(const QString &id, const ContainerRuntimeState &state)
{
    return replaceFile(dir(id) + QStringLiteral("/state.json"), QJsonDocument(state.toJson()).toJson());
}

Status ContainerStore::remove(const ContainerRecord &record)
{
    // The runtime's files first, while the record still owns them; then the
    // directory into a work directory of its own: locked while this removes
    // it, so another command opening the store leaves it alone; removed by
    // the next one if this one is killed.
    (void)removeTree(bundleDir(record.config.id));
    QFile::remove(exitsDir() + QLatin1Char('/') + record.config.id);
    auto work = TempWork::create(m_paths.tmpDir());
    if (!work)
        return std::unexpected(work.error().withContext(QStringLiteral("cannot remove container %1").arg(record.config.name)));
    const QString doomed = work->subPath(QStringLiteral("container"));
    if (!QDir().rename(dir(record.config.id), doomed))
        return fail(QStringLiteral("cannot remove container %1").arg(record.config.name));
    ::unlink(QFile::encodeName(namesDir() + QLatin1Char('/') + record.config.name).constData());
    return removeTree(doomed);
}

Result<FileLock> ContainerStore::lock(const QString &id, FileLock::Mode mode) const
{
    const QString locks = locksDir();
    if (auto ok = makeDirectories(locks); !ok)
        return std::unexpected(ok.error());
    return FileLock::acquire(locks + QLatin1Char('/') + id + QStringLiteral(".lock"), mode);
}

} // namespace porthole
