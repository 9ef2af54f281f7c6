// Volumes: made for a new container (anonymous ones for -v /path and the
// image's VOLUMEs, named ones on first use), mounted at start (a device
// volume's device, Docker's copy-up of the image's content into an empty
// volume), unmounted at exit, removed with rm -v; `volume` verbs.
#include "containers/containerengine.h"

#include "base/events.h"
#include "base/tempwork.h"
#include "files/direxport.h"
#include "files/dirextractor.h"

#include <QFile>
#include <fcntl.h>
#include <unistd.h>

namespace porthole {

void ContainerEngine::emitVolumeEvent(const QString &action, const QString &name, QJsonObject attributes) const
{
    attributes.insert(QLatin1String("driver"), QStringLiteral("local"));
    (void)appendEvent(m_images.paths().root, Event{QDateTime::currentDateTimeUtc(), QStringLiteral("volume"), action, name, attributes});
}

QStringList ContainerEngine::volumeUsers(const QString &name, const QList<ContainerRecord> &records, bool runningOnly) const
{
    QStringList users;
    for (const ContainerRecord &record : records) {
        const bool live = record.state.isLive();
        if (runningOnly && !live)
            continue;
        for (const MountSpec &mount : record.config.volumes)
            if (mount.type == MountSpec::Type::Volume && mount.source == name && !users.contains(record.config.id))
                users.append(record.config.id);
    }
    return users;
}

Result<VolumeInfo> ContainerEngine::createVolume(const VolumeCreateRequest &request)
{
    auto lock = m_volumes.lock();
    if (!lock)
        return std::unexpected(lock.error());
    auto created = m_volumes.create(request);
    if (!created)
        return std::unexpected(created.error());
    if (created->created)
        emitVolumeEvent(QStringLiteral("create"), created->volume.name);
    return created->volume;
}

Result<QList<VolumeUsage>> ContainerEngine::volumeUsage(bool withSizes)
{
    auto volumes = m_volumes.list();
    if (!volumes)
        return std::unexpected(volumes.error());
    auto records = m_store.list();
    if (!records)
        return std::unexpected(records.error());
    QList<VolumeUsage> usage;
    for (const VolumeInfo &volume : std::as_const(*volumes))
        usage.append({volume, volumeUsers(volume.name, *records, false), withSizes ? m_volumes.size(volume.name) : -1});
    return usage;
}

Status ContainerEngine::removeVolume(const QString &name, bool force)
{
    auto lock = m_volumes.lock();
    if (!lock)
        return std::unexpected(lock.error());
    if (!m_volumes.find(name))
        return force ? Status{} : fail(QStringLiteral("get %1: no such volume").arg(name));
    auto records = m_store.list();
    if (!records)
        return std::unexpected(records.error());
    const QStringList users = volumeUsers(name, *records, false);
    if (!users.isEmpty()) // Docker's words: the full ids, as Go prints a list
        return fail(QStringLiteral("remove %1: volume is in use - [%2]").arg(name, users.join(QLatin1Char(' '))));
    if (auto ok = m_volumes.remove(name); !ok)
        return ok;
    emitVolumeEvent(QStringLiteral("destroy"), name);
    return {};
}

// create: an anonymous volume for each -v /path, --mount without a source
// and image VOLUME; named ones made when missing. made: the names made,
// removed again if the container cannot be stored.
Status ContainerEngine::makeVolumes(ContainerConfig &config, QStringList &made)
{
    if (std::none_of(config.volumes.begin(), config.volumes.end(), [](const MountSpec &m) { return m.type == MountSpec::Type::Volume; }))
        return {};
    auto lock = m_volumes.lock();
    if (!lock)
        return std::unexpected(lock.error());
    for (MountSpec &mount : config.volumes) {
        if (mount.type != MountSpec::Type::Volume)
            continue;
        VolumeCreateRequest request{mount.anonymous ? QString() : mount.source, QStringLiteral("local"), mount.volumeLabels,
                                    mount.volumeOptions, mount.anonymous};
        auto created = m_volumes.create(request);
        if (!created)
            return std::unexpected(Error{created.error().message, 125});
        mount.source = created->volume.name;
        if (created->created) {
            made.append(created->volume.name);
            emitVolumeEvent(QStringLiteral("create"), created->volume.name);
        }
    }
    return {};
}

// Docker's copy-up: an empty volume gets what the image has at the mount
// point, owners and modes kept, before the container first sees it. Staged
// in the store's tmp/ and exchanged with the empty data directory in one
// rename, so a kill leaves the volume empty or full.
Status ContainerEngine::copyUp(const ContainerRecord &record, const MountSpec &spec, const VolumeInfo &volume)
{
    auto rootfs = RootDir::open(m_store.rootfsDir(record.config.id));
    if (!rootfs)
        return std::unexpected(rootfs.error());
    struct stat info;
    if (rootfs->statAt(spec.destination, true, info) != 0 || !S_ISDIR(info.st_mode))
        return {}; // nothing in the image there
    auto source = rootfs->openPath(spec.destination, O_PATH, true);
    if (!source)
        return std::unexpected(source.error());
    const bool device = m_volumes.hasDevice(volume); // a mounted device is filled where it is
    auto work = TempWork::create(m_images.paths().tmpDir());
    if (!work)
        return std::unexpected(work.error());
    const QString staged = device ? volume.mountpoint : work->subPath(QStringLiteral("data"));
    if (!device && ::mkdir(QFile::encodeName(staged).constData(), 0755) < 0)
        return fail(QStringLiteral("cannot stage volume %1: %2").arg(volume.name, systemErrorText(errno)));
    auto target = RootDir::open(staged);
    if (!target)
        return std::unexpected(target.error());
    Progress progress;
    auto sink = directoryExtractor(*target, QStringLiteral("/"));
    if (auto ok = exportTree(source->get(), info, QByteArray(), *sink, progress); !ok)
        return std::unexpected(ok.error().withContext(QStringLiteral("copy %1 into volume %2").arg(spec.destination, volume.name)));
    (void)::fchownat(target->fd(), "", info.st_uid, info.st_gid, AT_EMPTY_PATH);
    ::chmod(QFile::encodeName(staged).constData(), info.st_mode & 07777);
    return device ? Status{} : m_volumes.exchangeData(volume.name, staged);
}

Result<ContainerEngine::VolumeMounts> ContainerEngine::mountVolumes(const ContainerRecord &record)
{
    VolumeMounts result;
    const bool anyVolume = std::any_of(record.config.volumes.begin(), record.config.volumes.end(),
                                       [](const MountSpec &m) { return m.type == MountSpec::Type::Volume; });
    auto records = anyVolume ? m_store.list() : Result<QList<ContainerRecord>>(QList<ContainerRecord>());
    if (!records)
        return std::unexpected(records.error());
    if (anyVolume) {
        auto lock = m_volumes.lock();
        if (!lock)
            return std::unexpected(lock.error());
        result.lock.emplace(std::move(*lock));
    }
    for (const MountSpec &spec : record.config.volumes) {
        if (spec.type == MountSpec::Type::Bind) {
            result.mounts.append({spec.source, spec.destination, spec.readOnly, {}, {}});
            continue;
        }
        if (spec.type == MountSpec::Type::Tmpfs) {
            QStringList options{QStringLiteral("mode=%1").arg(spec.tmpfsMode >= 0 ? spec.tmpfsMode : 01777, 0, 8)};
            if (spec.tmpfsSize > 0)
                options.append(QStringLiteral("size=%1k").arg((spec.tmpfsSize + 1023) / 1024));
            result.mounts.append({QString(), spec.destination, spec.readOnly, QStringLiteral("tmpfs"), options});
            continue;
        }
        auto volume = m_volumes.find(spec.source);
        if (!volume)
            return std::unexpected(volume.error().withContext(QStringLiteral("mount volume for %1").arg(spec.destination)));
        if (auto ok = m_volumes.mountDevice(*volume); !ok)
            return std::unexpected(ok.error());
        const QStringList live = volumeUsers(volume->name, *records, true);
        if (!spec.noCopy && m_volumes.isEmpty(volume->name) && (live.isEmpty() || m_volumes.hasDevice(*volume)))
            if (auto ok = copyUp(record, spec, *volume); !ok)
                return std::unexpected(ok.error());
        result.mounts.append({volume->mountpoint, spec.destination, spec.readOnly, {}, {}});
        emitVolumeEvent(QStringLiteral("mount"), volume->name,
                        {{QLatin1String("container"), record.config.id}, {QLatin1String("destination"), spec.destination},
                         {QLatin1String("propagation"), QString()}, {QLatin1String("read/write"), spec.readOnly ? QStringLiteral("false") : QStringLiteral("true")}});
    }
    return result;
}

// At exit: each volume's unmount event; a device no running container
// uses any more is unmounted.
void ContainerEngine::unmountVolumes(const ContainerRecord &record)
{
    QList<ContainerRecord> others;
    bool anyDevice = false;
    for (const MountSpec &spec : record.config.volumes) {
        if (spec.type != MountSpec::Type::Volume)
            continue;
        emitVolumeEvent(QStringLiteral("unmount"), spec.source, {{QLatin1String("container"), record.config.id}});
        const auto volume = m_volumes.find(spec.source);
        anyDevice = anyDevice || (volume && m_volumes.hasDevice(*volume));
    }
    if (!anyDevice)
        return;
    auto lock = m_volumes.lock();
    others = m_store.list().value_or(QList<ContainerRecord>());
    others.removeIf([&](const ContainerRecord &r) { return r.config.id == record.config.id; });
    for (const MountSpec &spec : record.config.volumes)
        if (const auto volume = m_volumes.find(spec.source); volume && m_volumes.hasDevice(*volume) && volumeUsers(spec.source, others, true).isEmpty())
            (void)m_volumes.unmountDevice(*volume);
}

// rm -v and --rm: the container's anonymous volumes, unless another container uses one.
void ContainerEngine::removeAnonymousVolumes(const ContainerRecord &record)
{
    auto lock = m_volumes.lock();
    if (!lock)
        return;
    const QList<ContainerRecord> records = m_store.list().value_or(QList<ContainerRecord>());
    for (const MountSpec &spec : record.config.volumes) {
        if (spec.type != MountSpec::Type::Volume || !spec.anonymous || !volumeUsers(spec.source, records, false).isEmpty())
            continue;
        if (m_volumes.remove(spec.source))
            emitVolumeEvent(QStringLiteral("destroy"), spec.source);
    }
}

} // namespace porthole
