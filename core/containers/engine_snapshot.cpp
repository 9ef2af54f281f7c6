// A container's files as artefacts: export (the whole file system as a
// tar), commit (the writable layer as a new image layer), migrate (commit
// with its settings, then save) and diff.
#include "containers/containerengine.h"

#include "base/fsutil.h"
#include "base/sha256.h"
#include "base/tempwork.h"
#include "images/changes.h"
#include "images/reference.h"
#include "containers/rootoverlay.h"
#include "layers/rootfs.h"
#include "layers/treepacker.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

namespace porthole {
namespace {

// Files runc creates in the writable layer as bind-mount targets when the
// image lacks them: empty, and not the user's changes.
QSet<QByteArray> runcMountPoints(const QString &upper)
{
    QSet<QByteArray> mountPoints;
    for (const char *name : {"etc/hostname", "etc/hosts", "etc/resolv.conf"}) {
        struct stat info;
        if (::lstat(QFile::encodeName(upper + QLatin1Char('/') + QLatin1String(name)).constData(), &info) == 0
            && S_ISREG(info.st_mode) && info.st_size == 0)
            mountPoints.insert(QByteArray(name));
    }
    // /etc itself, when the mount points runc made are all it holds.
    const QStringList inEtc = QDir(upper + QStringLiteral("/etc")).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
    bool onlyMountPoints = !inEtc.isEmpty();
    for (const QString &entry : inEtc)
        onlyMountPoints = onlyMountPoints && mountPoints.contains(QByteArray("etc/") + QFile::encodeName(entry));
    if (onlyMountPoints)
        mountPoints.insert(QByteArray("etc"));
    return mountPoints;
}

} // namespace

Status ContainerEngine::exportFilesystem(const QString &nameOrId, int outputFd, Progress &progress)
{
    auto locked = lockContainer(nameOrId);
    if (!locked)
        return std::unexpected(locked.error());
    const ContainerRecord &record = locked->record;
    const QString &id = record.config.id;
    const QString what = QStringLiteral("export %1").arg(record.config.name);
    const bool mounted = record.state.isLive();
    if (!mounted) { // the files as the container sees them: the overlay, mounted for the export
        auto lowers = layerDirs(record);
        if (!lowers)
            return std::unexpected(lowers.error().withContext(what));
        (void)unmountOverlay(m_store.rootfsDir(id));
        if (auto ok = mountContainerOverlay(*lowers, m_store.writableLayerDir(id), m_store.overlayWorkDir(id), m_store.rootfsDir(id)); !ok)
            return std::unexpected(ok.error().withContext(what + QStringLiteral(": mount the root file system")));
    }
    Status packed = packTree(m_store.rootfsDir(id), outputFd, PackMode::Filesystem, progress);
    if (!mounted)
        (void)unmountOverlay(m_store.rootfsDir(id));
    if (!packed && packed.error().message != QLatin1String("cancelled"))
        return std::unexpected(packed.error().withContext(what));
    if (packed)
        emitEvent(record, QStringLiteral("export"));
    return packed;
}

namespace {

// The image's config with the container's settings over it, as Docker
// commits them (published ports become exposed ones).
QJsonObject committedConfig(const ContainerConfig &container, QJsonObject config)
{
    config.insert(QLatin1String("Cmd"), QJsonArray::fromStringList(container.cmd));
    if (container.entrypoint.isEmpty())
        config.remove(QLatin1String("Entrypoint"));
    else
        config.insert(QLatin1String("Entrypoint"), QJsonArray::fromStringList(container.entrypoint));
    config.insert(QLatin1String("Env"), QJsonArray::fromStringList(container.env));
    if (!container.workingDir.isEmpty())
        config.insert(QLatin1String("WorkingDir"), container.workingDir);
    if (!container.user.isEmpty())
        config.insert(QLatin1String("User"), container.user);
    if (!container.labels.isEmpty())
        config.insert(QLatin1String("Labels"), container.labels);
    if (!container.stopSignal.isEmpty())
        config.insert(QLatin1String("StopSignal"), container.stopSignal);
    if (!container.ports.isEmpty()) {
        QJsonObject exposed = config.value(QLatin1String("ExposedPorts")).toObject();
        for (const PortBinding &port : container.ports)
            exposed.insert(port.containerKey(), QJsonObject());
        config.insert(QLatin1String("ExposedPorts"), exposed);
    }
    return config;
}

QJsonObject commitHistory(const ContainerConfig &container, const CommitRequest &request, const QDateTime &now)
{
    QJsonObject history{{QLatin1String("created"), rfc3339(now)},
                        {QLatin1String("created_by"), container.processArgs().join(QLatin1Char(' '))}};
    if (!request.message.isEmpty())
        history.insert(QLatin1String("comment"), request.message);
    if (!request.author.isEmpty())
        history.insert(QLatin1String("author"), request.author);
    return history;
}

} // namespace

// The writable layer as a tar in the work directory, paused while it is
// read when asked, then extracted as a new layer of the store.
Result<PreparedLayer> ContainerEngine::writableLayerAsLayer(const ContainerRecord &record, bool pause, const TempWork &work,
                                                            Progress &progress)
{
    const QString tarPath = work.subPath(QStringLiteral("layer.tar"));
    const int fd = ::open(QFile::encodeName(tarPath).constData(), O_CREAT | O_RDWR | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        return fail(QStringLiteral("cannot create %1: %2").arg(tarPath, systemErrorText(errno)));
    FdSource tarSource(fd, QStringLiteral("container %1").arg(record.config.name), true);
    const bool paused = pause && record.state.state == ContainerState::Running;
    auto rt = runtime();
    // The marker says who paused it: if commit is killed meanwhile, the
    // next command to lock the container (or ps) resumes it.
    const QString marker = pausedForCommitMarker(record.config.id);
    if (paused && rt && replaceFile(marker, QByteArray("commit\n")))
        (void)rt->pause(record.config.id);
    const QString upper = m_store.writableLayerDir(record.config.id);
    Status packed = packTree(upper, fd, PackMode::Layer, progress, runcMountPoints(upper));
    if (paused && rt) {
        (void)rt->resume(record.config.id);
        QFile::remove(marker);
    }
    if (!packed)
        return std::unexpected(packed.error());
    ::lseek(fd, 0, SEEK_SET);
    return m_images.prepareLayer(tarSource, work.subPath(QStringLiteral("layer")), progress);
}

Result<QString> ContainerEngine::commit(const QString &nameOrId, const CommitRequest &request, Progress &progress)
{
    QStringList references;
    if (!request.reference.isEmpty()) {
        auto ref = Reference::parse(request.reference);
        if (!ref)
            return std::unexpected(ref.error());
        references.append(ref->toString());
    }
    auto locked = lockContainer(nameOrId);
    if (!locked)
        return std::unexpected(locked.error());
    const ContainerRecord &record = locked->record;
    const QString what = QStringLiteral("commit %1").arg(record.config.name);
    auto parent = m_images.image(record.config.imageId);
    if (!parent)
        return fail(QStringLiteral("the image %1 of container %2 is missing").arg(record.config.image, record.config.name));
    QJsonObject config = committedConfig(record.config, parent->config.config);
    if (auto ok = applyChanges(config, request.changes); !ok)
        return std::unexpected(ok.error());
    auto work = TempWork::create(m_images.paths().tmpDir());
    if (!work)
        return std::unexpected(work.error().withContext(what));
    auto layer = writableLayerAsLayer(record, request.pause, *work, progress);
    if (!layer)
        return std::unexpected(layer.error().withContext(what + QStringLiteral(": the writable layer")));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ImageConfig base = parent->config;
    if (!request.author.isEmpty())
        base.root.insert(QLatin1String("author"), request.author);
    base.root.insert(QLatin1String("container"), record.config.id);
    const QByteArray configBytes = derivedConfig(base, layer->extracted.diffIdHex, config, commitHistory(record.config, request, now), now);
    auto committed = m_images.commitImage(configBytes, {*layer}, references);
    if (!committed)
        return std::unexpected(committed.error().withContext(what));
    emitEvent(record, QStringLiteral("commit"));
    return QStringLiteral("sha256:") + Sha256::hexOf(configBytes);
}

QString migrationTag(const QString &containerName)
{
    QString repository;
    for (const QChar c : containerName.toLower())
        repository.append(c.isLetterOrNumber() && c.unicode() < 128 ? c : (c == QLatin1Char('.') || c == QLatin1Char('-') ? c : QLatin1Char('_')));
    while (!repository.isEmpty() && !repository.at(0).isLetterOrNumber())
        repository.remove(0, 1);
    return (repository.isEmpty() ? QStringLiteral("container") : repository) + QStringLiteral(":migrated");
}

Result<QString> ContainerEngine::migrate(const QString &nameOrId, int outputFd, Progress &progress)
{
    auto record = m_store.find(nameOrId);
    if (!record)
        return std::unexpected(record.error());
    CommitRequest request;
    request.reference = migrationTag(record->config.name);
    request.message = QStringLiteral("migrated from container %1").arg(record->config.name);
    auto id = commit(record->config.id, request, progress);
    if (!id)
        return std::unexpected(id.error());
    if (auto saved = m_images.save({request.reference}, outputFd, progress); !saved)
        return std::unexpected(saved.error());
    return request.reference;
}

Result<QList<FileChange>> ContainerEngine::diff(const QString &nameOrId)
{
    auto record = m_store.find(nameOrId);
    if (!record)
        return std::unexpected(record.error());
    auto lowers = layerDirs(*record);
    if (!lowers)
        return std::unexpected(lowers.error());
    const QString upper = m_store.writableLayerDir(record->config.id);
    auto inLowers = [&](const QString &relative) {
        for (const QString &lower : std::as_const(*lowers)) {
            struct stat info;
            if (::lstat(QFile::encodeName(lower + relative).constData(), &info) == 0)
                return !(S_ISCHR(info.st_mode) && info.st_rdev == makedev(0, 0));
        }
        return false;
    };
    const QSet<QByteArray> mountPoints = runcMountPoints(upper);
    QList<FileChange> changes;
    QDirIterator it(upper, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = path.mid(upper.size());
        if (mountPoints.contains(QFile::encodeName(relative.mid(1))))
            continue;
        struct stat info;
        if (::lstat(QFile::encodeName(path).constData(), &info) < 0)
            continue;
        if (S_ISCHR(info.st_mode) && info.st_rdev == makedev(0, 0))
            changes.append({QLatin1Char('D'), relative});
        else
            changes.append({inLowers(relative) ? QLatin1Char('C') : QLatin1Char('A'), relative});
    }
    std::sort(changes.begin(), changes.end(), [](const FileChange &a, const FileChange &b) { return a.path < b.path; });
    return changes;
}

} // namespace porthole
