#include "images/imagestore.h"

#include "images/changes.h"
#include "base/events.h"
#include "base/filelock.h"
#include "base/fsutil.h"
#include "base/storeprivacy.h"
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
    keepStorePrivate(paths.root); // no other user reads its images or containers
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
    for (auto it = index.digests().begin(); it != index.digests().end();) {
        if (!present.contains(it.value().mid(7)))
            it = index.digests().erase(it);
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
    info.repoDigests = index.digestsOf(info.id);
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

QString ImageInfo::digestIn(const QString &repository) const
{
    for (const QString &reference : repoDigests)
        if (reference.section(QLatin1Char('@'), 0, 0) == repository)
            return reference.section(QLatin1Char('@'), 1);
    return {};
}

Result<QString> ImageStore::resolveId(const QString &nameOrId, const ImageIndex &index) const
{
    if (auto ref = Reference::parseNamed(nameOrId); ref && !ref->digest.isEmpty()) {
        const QString id = index.digests().value(ref->digestReference());
        if (!id.isEmpty() && QFileInfo::exists(imageDir(id.mid(7))))
            return id;
        return fail(QStringLiteral("No such image: %1").arg(nameOrId));
    }
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

qint64 ImageStore::layerSize(const QString &diffId) const
{
    const auto info = layer(diffId);
    return info ? info->size : 0;
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

Status ImageStore::keepLayers(const QList<PreparedLayer> &layers)
{
    if (layers.isEmpty())
        return {};
    if (auto ok = syncLayerContents(layers); !ok)
        return ok;
    auto held = lock();
    if (!held)
        return std::unexpected(held.error());
    for (const PreparedLayer &layer : layers)
        if (auto adopted = m_layers.adopt(layer.tempDir, layer.extracted.diffIdHex); !adopted)
            return std::unexpected(adopted.error());
    return {};
}

// A layer's files reach the disk before the layer is adopted: after a power
// cut a layer the store names is whole, never files of the right names with
// their data lost. One syncfs for all of them: they are in the store's tmp/,
// on the store's file system (a prepared layer's directory may be gone
// already, when the store had that layer).
Status ImageStore::syncLayerContents(const QList<PreparedLayer> &layers) const
{
    if (layers.isEmpty())
        return {};
    return syncFileSystem(m_paths.root);
}

Result<QStringList> ImageStore::commitImage(const QByteArray &configBytes, const QList<PreparedLayer> &layers,
                                           const QStringList &references, const QStringList &repoDigests)
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
    // The staged config goes to disk with the new layers' files, in one
    // syncfs (also when no layer is new: the config still must be on disk
    // before the index names the image).
    if (auto ok = replaceFile(stagedImage + QStringLiteral("/config.json"), configBytes); !ok)
        return std::unexpected(ok.error());
    if (auto ok = syncFileSystem(m_paths.root); !ok)
        return std::unexpected(ok.error());
    auto held = lock();
    if (!held)
        return std::unexpected(held.error());
    if (auto ok = writeMarkerFile(m_paths.gcMarker(), QByteArray("commit\n")); !ok)
        return std::unexpected(ok.error());
    for (const PreparedLayer &layer : layers)
        if (auto adopted = m_layers.adopt(layer.tempDir, layer.extracted.diffIdHex); !adopted)
            return std::unexpected(adopted.error());
    for (const QString &diffId : std::as_const(config->diffIds))
        if (!m_layers.contains(diffId.mid(7)))
            return fail(QStringLiteral("layer %1 of image %2 is missing").arg(diffId, id));
    if (auto ok = syncDirectory(m_paths.layersDir()); !ok) // adopted before the index names them
        return std::unexpected(ok.error());

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
    for (const QString &digestReference : repoDigests)
        index->digests().insert(digestReference, id);
    if (auto ok = index->write(m_paths.indexFile()); !ok)
        return std::unexpected(ok.error());
    if (auto renamed = renameDirectoryIfAbsent(stagedImage, imageDir(hex)); !renamed)
        return std::unexpected(renamed.error());
    if (auto ok = syncDirectory(m_paths.imagesDir()); !ok) // on disk before the marker goes
        return std::unexpected(ok.error());
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
    if (target.contains(QLatin1Char('@')))
        return fail(QStringLiteral("refusing to create a tag with a digest reference"));
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
    if (auto ok = index->write(m_paths.indexFile()); !ok)
        return ok;
    recordEvent(QStringLiteral("tag"), *id, ref->toString());
    return {};
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
    const QString id = index->references().value(ref->toString()).imageId;
    if (!index->references().remove(ref->toString()))
        return fail(QStringLiteral("No such image: %1").arg(reference));
    bool repositoryTagged = false;
    for (const QString &tag : index->tagsOf(id))
        repositoryTagged = repositoryTagged || tag.section(QLatin1Char(':'), 0, -2) == ref->repository;
    if (!repositoryTagged)
        index->removeDigestsOf(id, ref->repository);
    if (auto ok = index->write(m_paths.indexFile()); !ok)
        return ok;
    recordEvent(QStringLiteral("untag"), id, id);
    return {};
}

Status ImageStore::addRepoDigest(const QString &imageId, const QString &digestReference)
{
    auto locked = lockIndex();
    if (!locked)
        return std::unexpected(locked.error());
    locked->index.digests().insert(digestReference, imageId);
    return locked->index.write(m_paths.indexFile());
}

void ImageStore::recordEvent(const QString &action, const QString &id, const QString &name) const
{
    (void)appendEvent(m_paths.root, Event{QDateTime::currentDateTimeUtc(), QStringLiteral("image"), action, id,
                                          QJsonObject{{QLatin1String("name"), name}}});
}

// The references rmi takes away: the one named (and, for a tag, the
// repository's digests when no tag of it is left), or all of them for an id.
Result<QStringList> ImageStore::untagForRemoval(ImageIndex &index, const QString &id, const QString &nameOrId,
                                                bool force, bool &imageStays) const
{
    QStringList untagged;
    auto ref = Reference::parseNamed(nameOrId);
    const bool byDigest = ref && !ref->digest.isEmpty() && index.digests().value(ref->digestReference()) == id;
    const bool byTag = ref && ref->digest.isEmpty() && index.references().value(ref->toString()).imageId == id;
    if (byDigest) {
        index.digests().remove(ref->digestReference());
        untagged.append(ref->digestReference());
    } else if (byTag) {
        index.references().remove(ref->toString());
        untagged.append(ref->toString());
        bool repositoryTagged = false;
        for (const QString &tag : index.tagsOf(id))
            repositoryTagged = repositoryTagged || tag.section(QLatin1Char(':'), 0, -2) == ref->repository;
        if (!repositoryTagged)
            untagged += index.removeDigestsOf(id, ref->repository);
    }
    if (byDigest || byTag) {
        imageStays = !index.tagsOf(id).isEmpty() || !index.digestsOf(id).isEmpty();
        return untagged;
    }
    const QStringList tags = index.tagsOf(id);
    if (tags.size() > 1 && !force)
        return fail(QStringLiteral("conflict: unable to delete %1 (must be forced) - image is referenced in multiple repositories")
                        .arg(id.mid(7, 12)), 1);
    for (const QString &tag : tags)
        index.references().remove(tag);
    const QStringList digests = index.digestsOf(id);
    for (const QString &digest : digests)
        index.digests().remove(digest);
    imageStays = false;
    return tags + digests;
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
    bool imageStays = false;
    auto untagged = untagForRemoval(*index, *id, nameOrId, force, imageStays);
    if (!untagged)
        return std::unexpected(untagged.error());
    QStringList lines;
    for (const QString &name : std::as_const(*untagged))
        lines.append(QStringLiteral("Untagged: ") + name);
    if (imageStays) {
        if (auto ok = index->write(m_paths.indexFile()); !ok)
            return std::unexpected(ok.error());
        for (qsizetype i = 0; i < untagged->size(); ++i)
            recordEvent(QStringLiteral("untag"), *id, *id);
        return lines;
    }
    auto layersBefore = m_layers.allHex();
    if (!layersBefore)
        return std::unexpected(layersBefore.error());
    if (auto ok = writeMarkerFile(m_paths.gcMarker(), QByteArray("remove\n")); !ok)
        return std::unexpected(ok.error());
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
    for (qsizetype i = 0; i < untagged->size(); ++i)
        recordEvent(QStringLiteral("untag"), *id, *id);
    recordEvent(QStringLiteral("delete"), *id, *id);
    return lines;
}

} // namespace porthole
