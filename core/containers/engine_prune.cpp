// The prunes: stopped containers, dangling (or unused) images, networks no
// container is configured with, unused (anonymous) volumes. Each can first
// say what it would remove (preview) and then remove exactly that (only):
// every item is checked again when it goes.
#include "containers/containerengine.h"

#include "base/fsutil.h"

#include <QSet>

namespace porthole {
namespace {

bool isWanted(const QString &item, const QStringList *only)
{
    return !only || only->contains(item);
}

bool isStopped(const ContainerRecord &record)
{
    return record.state.state == ContainerState::Created || record.state.state == ContainerState::Exited
           || record.state.state == ContainerState::Dead;
}

// Bytes of the layers only the images in doomed have (what removing them frees).
qint64 layersFreed(const ImageStore &store, const QList<ImageInfo> &all, const QSet<QString> &doomed)
{
    QSet<QString> kept, freed;
    for (const ImageInfo &image : all)
        for (const QString &diffId : image.config.diffIds)
            (doomed.contains(image.id) ? freed : kept).insert(diffId);
    qint64 bytes = 0;
    for (const QString &diffId : std::as_const(freed))
        if (!kept.contains(diffId))
            bytes += store.layerSize(diffId);
    return bytes;
}

} // namespace

Result<PruneReport> ContainerEngine::pruneContainers(bool preview, const QStringList *only)
{
    auto records = list();
    if (!records)
        return std::unexpected(records.error());
    PruneReport report;
    for (const ContainerRecord &record : std::as_const(*records)) {
        if (!isStopped(record) || !isWanted(record.config.id, only))
            continue;
        const qint64 size = contentSize(m_store.writableLayerDir(record.config.id));
        if (!preview) {
            auto current = m_store.read(record.config.id); // stopped still?
            if (!current || !isStopped(*current) || !remove(record.config.id, false))
                continue;
        }
        report.items.append(record.config.id);
        report.reclaimed += size;
    }
    return report;
}

Result<PruneReport> ContainerEngine::pruneImages(bool all, bool preview, const QStringList *only)
{
    auto images = m_images.images();
    if (!images)
        return std::unexpected(images.error());
    auto records = list();
    if (!records)
        return std::unexpected(records.error());
    QSet<QString> used, doomed;
    for (const ContainerRecord &record : std::as_const(*records))
        used.insert(record.config.imageId);
    for (const ImageInfo &image : std::as_const(*images))
        if (!used.contains(image.id) && (all || image.repoTags.isEmpty()) && isWanted(image.id, only))
            doomed.insert(image.id);
    PruneReport report;
    report.reclaimed = layersFreed(m_images, *images, doomed);
    for (const ImageInfo &image : std::as_const(*images)) {
        if (!doomed.contains(image.id))
            continue;
        if (preview) {
            for (const QString &tag : image.repoTags)
                report.items.append(QStringLiteral("untagged: ") + tag);
            report.items.append(QStringLiteral("deleted: ") + image.id);
            continue;
        }
        auto lines = removeImage(image.id, true); // refused if a container appeared meanwhile
        for (const QString &line : lines.value_or(QStringList()))
            report.items.append(line.left(1).toLower() + line.mid(1));
    }
    return report;
}

Result<PruneReport> ContainerEngine::pruneNetworks(bool preview, const QStringList *only)
{
    auto networks = m_networks.list();
    if (!networks)
        return std::unexpected(networks.error());
    PruneReport report;
    for (const NetworkConfig &network : std::as_const(*networks)) {
        if (network.name == kDefaultNetwork || !isWanted(network.name, only))
            continue;
        auto users = containersUsingNetwork(network);
        if (!users || !users->isEmpty())
            continue;
        if (!preview && !removeNetwork(network.name))
            continue;
        report.items.append(network.name);
    }
    return report;
}

Result<PruneReport> ContainerEngine::pruneVolumes(bool all, bool preview, const QStringList *only)
{
    auto lock = m_volumes.lock();
    if (!lock)
        return std::unexpected(lock.error());
    auto volumes = m_volumes.list();
    if (!volumes)
        return std::unexpected(volumes.error());
    auto records = m_store.list();
    if (!records)
        return std::unexpected(records.error());
    PruneReport report;
    for (const VolumeInfo &volume : std::as_const(*volumes)) {
        if ((!all && !volume.isAnonymous()) || !isWanted(volume.name, only) || !volumeUsers(volume.name, *records, false).isEmpty())
            continue;
        const qint64 size = m_volumes.size(volume.name);
        if (!preview) {
            if (!m_volumes.remove(volume.name))
                continue;
            emitVolumeEvent(QStringLiteral("destroy"), volume.name);
        }
        report.items.append(volume.name);
        report.reclaimed += size;
    }
    return report;
}

} // namespace porthole
