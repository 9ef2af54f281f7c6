// system df and info: the store as Docker accounts for it (an image's
// layers, each layer counted once for the total; containers' writable
// layers; volumes), and the engine and host as `info` describes them.
#include "containers/containerengine.h"

#include "base/fsutil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QStandardPaths>
#include <QSysInfo>
#include <linux/magic.h>
#include <sys/statfs.h>
#include <unistd.h>

namespace porthole {
namespace {

// Every layer's content size, and how many images have it.
struct LayerCounts {
    QHash<QString, qint64> sizes;
    QHash<QString, int> images;
};

LayerCounts countLayers(const ImageStore &store, const QList<ImageInfo> &images)
{
    LayerCounts counts;
    for (const ImageInfo &image : images)
        for (const QString &diffId : QSet<QString>(image.config.diffIds.begin(), image.config.diffIds.end())) {
            if (!counts.sizes.contains(diffId))
                counts.sizes.insert(diffId, store.layerSize(diffId));
            counts.images[diffId] += 1;
        }
    return counts;
}

QString filesystemName(const QString &path)
{
    struct statfs fs;
    if (::statfs(QFile::encodeName(path).constData(), &fs) < 0)
        return QStringLiteral("unknown");
    switch (quint64(fs.f_type)) {
    case EXT4_SUPER_MAGIC: return QStringLiteral("extfs");
    case XFS_SUPER_MAGIC: return QStringLiteral("xfs");
    case BTRFS_SUPER_MAGIC: return QStringLiteral("btrfs");
    case TMPFS_MAGIC: return QStringLiteral("tmpfs");
    case OVERLAYFS_SUPER_MAGIC: return QStringLiteral("overlayfs");
    default: return QStringLiteral("<unknown>");
    }
}

// The mirrors of containers-registries.conf(5) ([[registry.mirror]] location = "..."),
// where the registry room reads its configuration.
QStringList registryMirrors()
{
    QString path = qEnvironmentVariable("PORTHOLE_REGISTRIES_CONF");
    for (const QString &candidate : QStringList{QDir::homePath() + QStringLiteral("/.config/containers/registries.conf"), QStringLiteral("/etc/containers/registries.conf")})
        if (path.isEmpty() && QFileInfo::exists(candidate))
            path = candidate;
    QStringList mirrors;
    bool inMirror = false;
    for (const QByteArray &raw : readWholeFile(path, 1 << 20).value_or(QByteArray()).split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.startsWith(QLatin1Char('[')))
            inMirror = line == QLatin1String("[[registry.mirror]]");
        else if (inMirror && line.startsWith(QLatin1String("location")))
            mirrors.append(line.section(QLatin1Char('='), 1).trimmed().remove(QLatin1Char('"')));
    }
    return mirrors;
}

QString prettyOsName()
{
    for (const QByteArray &line : readWholeFile(QStringLiteral("/etc/os-release")).value_or(QByteArray()).split('\n'))
        if (line.startsWith("PRETTY_NAME="))
            return QString::fromUtf8(line.mid(12)).remove(QLatin1Char('"'));
    return QSysInfo::prettyProductName();
}

} // namespace

Result<DiskUsage> ContainerEngine::diskUsage()
{
    auto images = m_images.images();
    if (!images)
        return std::unexpected(images.error());
    auto records = list();
    if (!records)
        return std::unexpected(records.error());
    auto volumes = m_volumes.list();
    if (!volumes)
        return std::unexpected(volumes.error());
    DiskUsage usage;
    const LayerCounts layers = countLayers(m_images, *images);
    QSet<QString> layersInUse;
    for (const ImageInfo &image : std::as_const(*images)) {
        DiskUsage::Image row{image};
        for (const QString &diffId : QSet<QString>(image.config.diffIds.begin(), image.config.diffIds.end())) {
            row.size += layers.sizes.value(diffId);
            row.sharedSize += layers.images.value(diffId) > 1 ? layers.sizes.value(diffId) : 0;
        }
        row.containers = int(std::count_if(records->begin(), records->end(), [&](const ContainerRecord &r) { return r.config.imageId == image.id; }));
        if (row.containers > 0)
            layersInUse.unite(QSet<QString>(image.config.diffIds.begin(), image.config.diffIds.end()));
        usage.images.append(row);
    }
    for (auto it = layers.sizes.begin(); it != layers.sizes.end(); ++it) {
        usage.layersSize += it.value();
        usage.imagesReclaimable += layersInUse.contains(it.key()) ? 0 : it.value();
    }
    for (const ContainerRecord &record : std::as_const(*records))
        usage.containers.append({record, contentSize(m_store.writableLayerDir(record.config.id)),
                                 int(std::count_if(record.config.volumes.begin(), record.config.volumes.end(),
                                                   [](const MountSpec &m) { return m.type == MountSpec::Type::Volume; }))});
    for (const VolumeInfo &volume : std::as_const(*volumes))
        usage.volumes.append({volume, int(volumeUsers(volume.name, *records, false).size()), m_volumes.size(volume.name)});
    return usage;
}

Result<SystemInfo> ContainerEngine::systemInfo()
{
    auto records = list();
    if (!records)
        return std::unexpected(records.error());
    auto images = m_images.images();
    if (!images)
        return std::unexpected(images.error());
    SystemInfo info;
    info.containers = int(records->size());
    for (const ContainerRecord &record : std::as_const(*records)) {
        const ContainerState state = record.state.state;
        (state == ContainerState::Running ? info.running : state == ContainerState::Paused ? info.paused : info.stopped) += 1;
    }
    info.images = int(images->size());
    info.backingFilesystem = filesystemName(m_images.paths().root);
    const CgroupReader cgroups;
    info.cgroupVersion = cgroups.cgroupVersion();
    info.cpus = cgroups.onlineCpus();
    info.memoryBytes = cgroups.hostMemory();
    for (const QString &runtime : {QStringLiteral("crun"), QStringLiteral("runc")})
        if (!QStandardPaths::findExecutable(runtime).isEmpty())
            info.runtimes.append(runtime);
    info.defaultRuntime = m_runtimeName;
    for (const QString &init : {QStringLiteral("/usr/bin/tini-static"), QStringLiteral("/usr/bin/catatonit")})
        if (info.initBinary.isEmpty() && QFileInfo(init).isExecutable())
            info.initBinary = QFileInfo(init).fileName();
    info.kernelVersion = QSysInfo::kernelVersion();
    info.operatingSystem = prettyOsName();
    info.architecture = QSysInfo::currentCpuArchitecture() == QLatin1String("x86_64") ? QStringLiteral("x86_64") : QSysInfo::currentCpuArchitecture();
    info.name = QSysInfo::machineHostName();
    info.rootDir = m_images.paths().root;
    info.registryMirrors = registryMirrors();
    return info;
}

} // namespace porthole
