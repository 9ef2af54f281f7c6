#include "images/imagestore.h"

#include "images/changes.h"
#include "base/events.h"
#include "base/filelock.h"
#include "base/fsutil.h"
#include "layers/layerextractor.h"
#include "images/reference.h"
#include "base/sha256.h"
#include "base/tempwork.h"

#include <QDir>
#include <QFileInfo>
#include <algorithm>

namespace porthole {

Result<ImageStore> ImageStore::open(const StorePaths &paths)
{
    for (const QString &dir : {paths.root, paths.layersDir(), paths.imagesDir(), paths.tmpDir()})
        if (auto ok = makeDirectories(dir); !ok)
            return std::unexpected(ok.error().withContext(QStringLiteral("cannot open the store")));
    ImageStore store(paths);
    TempWork::removeAbandoned(paths.tmpDir());
    if (QFileInfo::exists(paths.gcMarker()))
        if (auto ok = store.recover(); !ok)
            return std::unexpected(ok.error());
    return store;
}

Result<FileLock> ImageStore::lock() const
{
    return FileLock::acquire(m_paths.lockFile());
}

struct ImageStore::LockedIndex {
    FileLock lock;
    ImageIndex index;
};

Result<ImageStore::LockedIndex> ImageStore::lockIndex() const
{
    auto held = lock();
    if (!held)
        return std::unexpected(held.error());
    auto index = ImageIndex::read(m_paths.indexFile());
    if (!index)
        return std::unexpected(index.error());
    return LockedIndex{std::move(*held), std::move(*index)};
}

// Work that changes layers or references runs between writing the marker and
// removing it; finding the marker means it was cut short.
Status ImageStore::recover()
{
    auto held = lock();
    if (!held)
        return std::unexpected(held.error());
    if (!QFileInfo::exists(m_paths.gcMarker()))
        return {};
    auto index = ImageIndex::read(m_paths.indexFile());
    if (!index)
        return std::unexpected(index.error());
    if (auto ok = collectGarbage(*index); !ok)
        return ok;
    if (auto ok = index->write(m_paths.indexFile()); !ok)
        return ok;
    QFile::remove(m_paths.gcMarker());
    return {};
}

Status ImageStore::collectGarbage(ImageIndex &index)
{
    const QStringList imageHexes = QDir(m_paths.imagesDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QSet<QString> present(imageHexes.begin(), imageHexes.end());
    for (auto it = index.references().begin(); it != index.references().end();) {
        if (!present.contains(it->imageId.mid(7)))
            it = index.references().erase(it);
        else
            ++it;
    }
    QSet<QString> used;
    for (const QString &hex : imageHexes) {
        auto bytes = readWholeFile(imageDir(hex) + QStringLiteral("/config.json"));
        auto config = bytes ? ImageConfig::parse(*bytes) : Result<ImageConfig>(std::unexpected(bytes.error()));
        if (!config) {
            (void)removeTree(imageDir(hex)); // a broken image cannot be used; drop it
            continue;
        }
        for (const QString &id : std::as_const(config->diffIds))
            used.insert(id.mid(7));
    }
    auto layers = m_layers.allHex();
    if (!layers)
        return std::unexpected(layers.error());
    for (const QString &hex : std::as_const(*layers))
        if (!used.contains(hex))
            if (auto ok = m_layers.remove(hex); !ok)
                return ok;
    const QDir layerDir(m_paths.layersDir());
    for (const QString &name : layerDir.entryList({QStringLiteral(".removing-*")}, QDir::Dirs | QDir::Hidden))
        (void)removeTree(layerDir.filePath(name));
    return {};
}

Result<ImageInfo> ImageStore::readImage(const QString &hex, const ImageIndex &index) const
{
    auto bytes = readWholeFile(imageDir(hex) + QStringLiteral("/config.json"));
    if (!bytes)
        return fail(QStringLiteral("No such image: sha256:%1").arg(hex));
    auto config = ImageConfig::parse(*bytes);
    if (!config)
        return std::unexpected(config.error());
    ImageInfo info;
    info.id = QStringLiteral("sha256:") + hex;
    info.configBytes = *bytes;
    info.config = *config;
    for (auto it = index.references().begin(); it != index.references().end(); ++it) {
        if (it->imageId != info.id)
            continue;
        info.repoTags.append(it.key());
        if (!info.lastTagTime.isValid() || it->tagged > info.lastTagTime)
            info.lastTagTime = it->tagged;
    }
    for (const QString &diffId : std::as_const(info.config.diffIds)) {
        auto layer = m_layers.info(diffId.mid(7));
        if (layer)
            info.size += layer->size;
    }
    return info;
}

Result<QList<ImageInfo>> ImageStore::images() const
{
    auto index = ImageIndex::read(m_paths.indexFile());
    if (!index)
        return std::unexpected(index.error());
    QList<ImageInfo> result;
    for (const QString &hex : QDir(m_paths.imagesDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        auto info = readImage(hex, *index);
        if (info) // an image removed meanwhile by another process is skipped
            result.append(*info);
    }
    std::sort(result.begin(), result.end(), [](const ImageInfo &a, const ImageInfo &b) {
        return a.config.created > b.config.created;
    });
    return result;
}

Result<QString> ImageStore::resolveId(const QString &nameOrId, const ImageIndex &index) const
{
    if (auto ref = Reference::parse(nameOrId)) {
        const auto it = index.references().find(ref->toString());
        if (it != index.references().end() && QFileInfo::exists(imageDir(it->imageId.mid(7))))
            return it->imageId;
    }
    if (Reference::looksLikeId(nameOrId)) {
        const QString prefix = nameOrId.startsWith(QLatin1String("sha256:")) ? nameOrId.mid(7) : nameOrId;
        const QStringList matches = QDir(m_paths.imagesDir()).entryList({prefix + QLatin1Char('*')}, QDir::Dirs | QDir::NoDotAndDotDot);
        if (matches.size() == 1)
            return QStringLiteral("sha256:") + matches.first();
        if (matches.size() > 1)
            return fail(QStringLiteral("image id prefix %1 is ambiguous: it matches %2 images").arg(nameOrId).arg(matches.size()));
    }
    return fail(QStringLiteral("No such image: %1").arg(nameOrId));
}

Result<ImageInfo> ImageStore::image(const QString &nameOrId) const
{
    auto index = ImageIndex::read(m_paths.indexFile());
    if (!index)
        return std::unexpected(index.error());
    auto id = resolveId(nameOrId, *index);
    if (!id)
        return std::unexpected(id.error());
    return readImage(id->mid(7), *index);
}

Result<LayerInfo> ImageStore::layer(const QString &diffId) const
{
    return m_layers.info(diffId.startsWith(QLatin1String("sha256:")) ? diffId.mid(7) : diffId);
}

Result<PreparedLayer> ImageStore::prepareLayer(ByteSource &source, const QString &workDir, Progress &progress)
{
    auto extracted = extractLayer(source, workDir, progress);
    if (!extracted)
        return std::unexpected(extracted.error());
    if (auto ok = LayerStore::describe(workDir, *extracted); !ok)
        return std::unexpected(ok.error());
    return PreparedLayer{workDir, *extracted};
}

Result<QStringList> ImageStore::commitImage(const QByteArray &configBytes, const QList<PreparedLayer> &layers,
                                           const QStringList &references)
{
    auto config = ImageConfig::parse(configBytes);
    if (!config)
        return std::unexpected(config.error());
    const QString hex = Sha256::hexOf(configBytes);
    const QString id = QStringLiteral("sha256:") + hex;
    auto work = TempWork::create(m_paths.tmpDir());
    if (!work)
        return std::unexpected(work.error());
    const QString stagedImage = work->subPath(QStringLiteral("image"));
    if (auto ok = makeDirectories(stagedImage); !ok)
        return std::unexpected(ok.error());
    if (auto ok = writeFileAtomically(stagedImage + QStringLiteral("/config.json"), configBytes); !ok)
        return std::unexpected(ok.error());

    auto held = lock();
    if (!held)
        return std::unexpected(held.error());
    if (auto ok = writeFileAtomically(m_paths.gcMarker(), QByteArray("commit\n")); !ok)
        return std::unexpected(ok.error());
    for (const PreparedLayer &layer : layers)
        if (auto adopted = m_layers.adopt(layer.tempDir, layer.extracted.diffIdHex); !adopted)
            return std::unexpected(adopted.error());
    for (const QString &diffId : std::as_const(config->diffIds))
        if (!m_layers.contains(diffId.mid(7)))
            return fail(QStringLiteral("layer %1 of image %2 is missing").arg(diffId, id));

    auto index = ImageIndex::read(m_paths.indexFile());
    if (!index)
        return std::unexpected(index.error());
    QStringList moved;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const QString &reference : references) {
        auto &refs = index->references();
        if (refs.contains(reference) && refs.value(reference).imageId != id)
            moved.append(QStringLiteral("The image %1 already exists, renaming the old one with ID %2 to empty string")
                             .arg(reference, refs.value(reference).imageId));
        refs.insert(reference, TagEntry{id, now});
    }
    if (auto ok = index->write(m_paths.indexFile()); !ok)
        return std::unexpected(ok.error());
    if (auto renamed = renameDirectoryIfAbsent(stagedImage, imageDir(hex)); !renamed)
        return std::unexpected(renamed.error());
    QFile::remove(m_paths.gcMarker());
    return moved;
}

Result<QString> ImageStore::importRootfs(ByteSource &source, const ImportOptions &options, Progress &progress)
{
    QStringList references;
    if (!options.reference.isEmpty()) {
        auto ref = Reference::parse(options.reference);
        if (!ref)
            return std::unexpected(ref.error());
        references.append(ref->toString());
    }
    QJsonObject containerConfig;
    if (auto ok = applyChanges(containerConfig, options.changes); !ok)
        return std::unexpected(ok.error());

    auto work = TempWork::create(m_paths.tmpDir());
    if (!work)
        return std::unexpected(work.error());
    auto layer = prepareLayer(source, work->subPath(QStringLiteral("layer")), progress);
    if (!layer)
        return std::unexpected(layer.error());
    const QString comment = options.message.isEmpty() ? QStringLiteral("Imported from ") + source.name() : options.message;
    const QByteArray configBytes = importConfig(layer->extracted.diffIdHex, containerConfig, comment,
                                                QDateTime::currentDateTimeUtc());
    auto committed = commitImage(configBytes, {*layer}, references);
    if (!committed)
        return std::unexpected(committed.error());
    const QString id = QStringLiteral("sha256:") + Sha256::hexOf(configBytes);
    // Docker's event: `image import sha256:… (name=busybox:test)`.
    QJsonObject attributes;
    if (!references.isEmpty())
        attributes.insert(QLatin1String("name"), references.first());
    (void)appendEvent(m_paths.root, Event{QDateTime::currentDateTimeUtc(), QStringLiteral("image"), QStringLiteral("import"), id, attributes});
    return id;
}

Status ImageStore::tag(const QString &source, const QString &target)
{
    auto ref = Reference::parse(target);
    if (!ref)
        return std::unexpected(ref.error());
    auto locked = lockIndex();
    if (!locked)
        return std::unexpected(locked.error());
    ImageIndex *index = &locked->index;
    auto id = resolveId(source, *index);
    if (!id)
        return std::unexpected(id.error());
    index->references().insert(ref->toString(), TagEntry{*id, QDateTime::currentDateTimeUtc()});
    return index->write(m_paths.indexFile());
}

Status ImageStore::untag(const QString &reference)
{
    auto ref = Reference::parse(reference);
    if (!ref)
        return std::unexpected(ref.error());
    auto locked = lockIndex();
    if (!locked)
        return std::unexpected(locked.error());
    ImageIndex *index = &locked->index;
    if (!index->references().remove(ref->toString()))
        return fail(QStringLiteral("No such image: %1").arg(reference));
    return index->write(m_paths.indexFile());
}

Result<QStringList> ImageStore::remove(const QString &nameOrId, bool force)
{
    auto locked = lockIndex();
    if (!locked)
        return std::unexpected(locked.error());
    ImageIndex *index = &locked->index;
    auto id = resolveId(nameOrId, *index);
    if (!id)
        return std::unexpected(id.error());
    const QStringList tags = index->tagsOf(*id);
    auto ref = Reference::parse(nameOrId);
    const bool byReference = ref && index->references().value(ref->toString()).imageId == *id;

    QStringList lines;
    if (byReference && tags.size() > 1) {
        index->references().remove(ref->toString());
        if (auto ok = index->write(m_paths.indexFile()); !ok)
            return std::unexpected(ok.error());
        return QStringList{QStringLiteral("Untagged: ") + ref->toString()};
    }
    if (!byReference && tags.size() > 1 && !force)
        return fail(QStringLiteral("conflict: unable to delete %1 (must be forced) - image is referenced in multiple repositories")
                        .arg(id->mid(7, 12)), 1);

    auto layersBefore = m_layers.allHex();
    if (!layersBefore)
        return std::unexpected(layersBefore.error());
    if (auto ok = writeFileAtomically(m_paths.gcMarker(), QByteArray("remove\n")); !ok)
        return std::unexpected(ok.error());
    for (const QString &tag : tags) {
        index->references().remove(tag);
        lines.append(QStringLiteral("Untagged: ") + tag);
    }
    if (auto ok = index->write(m_paths.indexFile()); !ok)
        return std::unexpected(ok.error());
    const QString doomed = m_paths.tmpDir() + QStringLiteral("/removed-image-") + id->mid(7);
    if (!QDir().rename(imageDir(id->mid(7)), doomed))
        return fail(QStringLiteral("cannot remove image %1").arg(*id));
    (void)removeTree(doomed);
    lines.append(QStringLiteral("Deleted: ") + *id);
    if (auto ok = collectGarbage(*index); !ok)
        return std::unexpected(ok.error());
    for (const QString &hex : std::as_const(*layersBefore))
        if (!m_layers.contains(hex))
            lines.append(QStringLiteral("Deleted: sha256:") + hex);
    QFile::remove(m_paths.gcMarker());
    return lines;
}

} // namespace porthole
