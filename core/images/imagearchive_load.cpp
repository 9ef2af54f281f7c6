// `load`: reads image archives — Docker 25+ (OCI layout + manifest.json),
// Docker's older layout (<id>/layer.tar, <id>.json) and plain OCI image
// layouts — with plain or compressed layers, streaming each layer straight
// into the store's temporary area, verifying every digest before anything
// becomes visible.
#include "images/imagestore.h"

#include "base/archive.h"
#include "images/reference.h"
#include "base/tempwork.h"

#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <archive.h>
#include <archive_entry.h>

namespace porthole {
namespace {

const qint64 kMaxSmallFile = 64 << 20;

struct ReaderFeed {
    ByteSource *source;
    Progress *progress;
    QByteArray buffer = QByteArray(1 << 20, Qt::Uninitialized);
    QString error;

    static la_ssize_t read(struct archive *, void *self, const void **block)
    {
        auto feed = static_cast<ReaderFeed *>(self);
        if (feed->progress->isCancelled()) {
            feed->error = QStringLiteral("cancelled");
            return -1;
        }
        auto n = feed->source->read(feed->buffer.data(), feed->buffer.size());
        if (!n) {
            feed->error = n.error().message;
            return -1;
        }
        *block = feed->buffer.constData();
        return la_ssize_t(*n);
    }
};

bool looksLikeLayer(const QByteArray &head)
{
    if (head.startsWith("\x1f\x8b") || head.startsWith("BZh") || head.startsWith(QByteArray("\xfd" "7zXZ\0", 6))
        || head.startsWith("\x28\xb5\x2f\xfd"))
        return true;
    if (head.size() >= 262 && head.mid(257, 5) == "ustar")
        return true;
    return head.size() >= 512 && head.left(512).count('\0') == 512; // an empty tar
}

// Normalises a name inside the archive ("./a/../b" -> "b").
QString archivePath(const QString &name)
{
    return QDir::cleanPath(QStringLiteral("/") + name).mid(1);
}

struct LoadedBlob {
    PreparedLayer layer;
    QString rawDigestHex; // sha256 of the blob as stored (maybe compressed)
};

struct ImageToCommit {
    QByteArray configBytes;
    QList<PreparedLayer> layers;
    QStringList references;
};

class ArchiveContents {
public:
    QHash<QString, QByteArray> smallFiles;
    QHash<QString, LoadedBlob> layers;
    QHash<QString, QString> links; // name -> target name

    QString resolve(QString name) const
    {
        for (int depth = 0; depth < 16 && links.contains(name); ++depth)
            name = links.value(name);
        return name;
    }
    Result<QByteArray> small(const QString &name) const
    {
        const QString resolved = resolve(archivePath(name));
        if (!smallFiles.contains(resolved))
            return fail(QStringLiteral("invalid image archive: %1 is missing").arg(name));
        return smallFiles.value(resolved);
    }
    Result<LoadedBlob> layer(const QString &name) const
    {
        const QString resolved = resolve(archivePath(name));
        if (!layers.contains(resolved))
            return fail(QStringLiteral("invalid image archive: layer %1 is missing or not a tar").arg(name));
        return layers.value(resolved);
    }
};

QString digestInName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("(?:^|/)(?:sha256/)?([0-9a-f]{64})(?:\\.json)?$"));
    const auto match = pattern.match(name);
    return match.hasMatch() && name.contains(QLatin1String("sha256/")) ? match.captured(1) : QString();
}

Status verifyLayers(const ImageConfig &config, const QList<LoadedBlob> &blobs)
{
    if (config.diffIds.size() != blobs.size())
        return fail(QStringLiteral("invalid image archive: the manifest lists %1 layers but the config has %2 diff_ids")
                        .arg(blobs.size())
                        .arg(config.diffIds.size()));
    for (qsizetype i = 0; i < blobs.size(); ++i) {
        const QString got = QStringLiteral("sha256:") + blobs.at(i).layer.extracted.diffIdHex;
        if (got != config.diffIds.at(i))
            return fail(QStringLiteral("invalid diffID for layer %1: expected %2, got %3").arg(i).arg(config.diffIds.at(i), got));
    }
    return {};
}

Result<ImageToCommit> dockerManifestImage(const ArchiveContents &contents, const QJsonObject &entry)
{
    ImageToCommit image;
    const QString configName = entry.value(QLatin1String("Config")).toString();
    auto configBytes = contents.small(configName);
    if (!configBytes)
        return std::unexpected(configBytes.error());
    image.configBytes = *configBytes;
    const QString configDigest = digestInName(configName);
    if (!configDigest.isEmpty() && Sha256::hexOf(image.configBytes) != configDigest)
        return fail(QStringLiteral("invalid image archive: config %1 does not match its digest").arg(configName));
    auto config = ImageConfig::parse(image.configBytes);
    if (!config)
        return std::unexpected(config.error());
    QList<LoadedBlob> blobs;
    for (const auto &value : entry.value(QLatin1String("Layers")).toArray()) {
        auto blob = contents.layer(value.toString());
        if (!blob)
            return std::unexpected(blob.error());
        const QString named = digestInName(value.toString());
        if (!named.isEmpty() && named != blob->rawDigestHex)
            return fail(QStringLiteral("invalid image archive: blob %1 does not match its digest").arg(value.toString()));
        blobs.append(*blob);
        image.layers.append(blob->layer);
    }
    if (auto ok = verifyLayers(*config, blobs); !ok)
        return std::unexpected(ok.error());
    for (const auto &tag : entry.value(QLatin1String("RepoTags")).toArray()) {
        auto ref = Reference::parse(tag.toString());
        if (!ref)
            return fail(QStringLiteral("invalid image archive: bad tag %1").arg(tag.toString()));
        image.references.append(ref->toString());
    }
    return image;
}

QString blobPath(const QString &digest)
{
    return QStringLiteral("blobs/") + QString(digest).replace(QLatin1Char(':'), QLatin1Char('/'));
}

Result<QJsonObject> blobJson(const ArchiveContents &contents, const QString &digest)
{
    auto bytes = contents.small(blobPath(digest));
    if (!bytes)
        return std::unexpected(bytes.error());
    if (QStringLiteral("sha256:") + Sha256::hexOf(*bytes) != digest)
        return fail(QStringLiteral("invalid image archive: blob %1 does not match its digest").arg(digest));
    return QJsonDocument::fromJson(*bytes).object();
}

Result<ImageToCommit> ociManifestImage(const ArchiveContents &contents, const QJsonObject &descriptor, int depth = 0)
{
    auto manifest = blobJson(contents, descriptor.value(QLatin1String("digest")).toString());
    if (!manifest)
        return std::unexpected(manifest.error());
    if (manifest->contains(QLatin1String("manifests"))) { // an index: take this platform's image
        if (depth > 2)
            return fail(QStringLiteral("invalid image archive: nested indexes"));
        for (const auto &value : manifest->value(QLatin1String("manifests")).toArray()) {
            const QJsonObject platform = value.toObject().value(QLatin1String("platform")).toObject();
            if (platform.isEmpty() || platform.value(QLatin1String("architecture")).toString() == ociArchitecture())
                return ociManifestImage(contents, value.toObject(), depth + 1);
        }
        return fail(QStringLiteral("the archive has no image for %1").arg(ociArchitecture()));
    }
    ImageToCommit image;
    const QString configDigest = manifest->value(QLatin1String("config")).toObject().value(QLatin1String("digest")).toString();
    auto configBytes = contents.small(blobPath(configDigest));
    if (!configBytes)
        return std::unexpected(configBytes.error());
    if (QStringLiteral("sha256:") + Sha256::hexOf(*configBytes) != configDigest)
        return fail(QStringLiteral("invalid image archive: config %1 does not match its digest").arg(configDigest));
    image.configBytes = *configBytes;
    auto config = ImageConfig::parse(image.configBytes);
    if (!config)
        return std::unexpected(config.error());
    QList<LoadedBlob> blobs;
    for (const auto &value : manifest->value(QLatin1String("layers")).toArray()) {
        const QString digest = value.toObject().value(QLatin1String("digest")).toString();
        auto blob = contents.layer(blobPath(digest));
        if (!blob)
            return std::unexpected(blob.error());
        if (QStringLiteral("sha256:") + blob->rawDigestHex != digest)
            return fail(QStringLiteral("invalid image archive: blob %1 does not match its digest").arg(digest));
        blobs.append(*blob);
        image.layers.append(blob->layer);
    }
    if (auto ok = verifyLayers(*config, blobs); !ok)
        return std::unexpected(ok.error());
    const QJsonObject annotations = descriptor.value(QLatin1String("annotations")).toObject();
    QString name = annotations.value(QLatin1String("io.containerd.image.name")).toString();
    const QString refName = annotations.value(QLatin1String("org.opencontainers.image.ref.name")).toString();
    if (name.isEmpty() && (refName.contains(QLatin1Char(':')) || refName.contains(QLatin1Char('/'))))
        name = refName;
    if (!name.isEmpty())
        if (auto ref = Reference::parse(name))
            image.references.append(ref->toString());
    return image;
}

Result<QList<ImageToCommit>> imagesInArchive(const ArchiveContents &contents)
{
    QList<ImageToCommit> images;
    if (contents.smallFiles.contains(QStringLiteral("manifest.json"))) {
        const QJsonDocument doc = QJsonDocument::fromJson(contents.smallFiles.value(QStringLiteral("manifest.json")));
        if (!doc.isArray())
            return fail(QStringLiteral("invalid image archive: manifest.json is not a JSON array"));
        for (const auto &value : doc.array()) {
            auto image = dockerManifestImage(contents, value.toObject());
            if (!image)
                return std::unexpected(image.error());
            images.append(*image);
        }
        return images;
    }
    if (contents.smallFiles.contains(QStringLiteral("index.json"))) {
        const QJsonObject index = QJsonDocument::fromJson(contents.smallFiles.value(QStringLiteral("index.json"))).object();
        for (const auto &value : index.value(QLatin1String("manifests")).toArray()) {
            auto image = ociManifestImage(contents, value.toObject());
            if (!image)
                return std::unexpected(image.error());
            images.append(*image);
        }
        if (images.isEmpty())
            return fail(QStringLiteral("invalid image archive: index.json lists no images"));
        return images;
    }
    return fail(QStringLiteral("not an image archive: it has neither manifest.json nor index.json (use import for a root filesystem)"));
}

// The first bytes of an entry, to tell a layer from a metadata file.
Result<QByteArray> readEntryHead(struct archive *reader, const QString &archiveName)
{
    QByteArray head(1024, Qt::Uninitialized);
    qsizetype got = 0;
    while (got < head.size()) {
        const la_ssize_t n = archive_read_data(reader, head.data() + got, size_t(head.size() - got));
        if (n < 0)
            return fail(QStringLiteral("damaged image archive %1: %2").arg(archiveName, archiveErrorText(reader)));
        if (n == 0)
            break;
        got += n;
    }
    head.truncate(got);
    return head;
}

// The rest of a metadata file (manifest.json, a config...), kept whole up to kMaxSmallFile.
Result<QByteArray> readSmallFile(struct archive *reader, QByteArray bytes, const QString &name, const QString &archiveName)
{
    for (;;) {
        QByteArray chunk(1 << 16, Qt::Uninitialized);
        const la_ssize_t n = archive_read_data(reader, chunk.data(), size_t(chunk.size()));
        if (n < 0)
            return fail(QStringLiteral("damaged image archive %1: %2").arg(archiveName, archiveErrorText(reader)));
        if (n == 0)
            return bytes;
        bytes.append(chunk.constData(), n);
        if (bytes.size() > kMaxSmallFile)
            return fail(QStringLiteral("invalid image archive: %1 is neither a layer nor a small metadata file").arg(name));
    }
}

// A layer entry, extracted as it streams; its blob digest covers every byte.
Result<LoadedBlob> readLayerEntry(ImageStore &store, struct archive *reader, const QByteArray &head, const QString &name,
                                  const QString &workDir, Progress &progress)
{
    ArchiveEntrySource entrySource(reader, head, name);
    auto layer = store.prepareLayer(entrySource, workDir, progress);
    if (!layer)
        return std::unexpected(layer.error().withContext(QStringLiteral("layer %1").arg(name)));
    QByteArray rest(1 << 16, Qt::Uninitialized);
    for (;;) { // anything after the compressed stream still counts for the blob digest
        auto n = entrySource.read(rest.data(), rest.size());
        if (!n)
            return std::unexpected(n.error());
        if (*n == 0)
            return LoadedBlob{*layer, entrySource.hexDigest()};
    }
}

// Hard links and symbolic links are remembered to resolve blob names later.
bool recordLink(struct archive_entry *entry, const QString &name, ArchiveContents &contents)
{
    if (archive_entry_hardlink(entry)) {
        contents.links.insert(name, archivePath(QString::fromUtf8(archive_entry_hardlink(entry))));
        return true;
    }
    if (archive_entry_filetype(entry) == AE_IFLNK) {
        const QString target = QString::fromUtf8(archive_entry_symlink(entry));
        contents.links.insert(name, archivePath(name.section(QLatin1Char('/'), 0, -2) + QLatin1Char('/') + target));
        return true;
    }
    return false;
}

// Every entry of the archive: layers extracted into the work directory,
// metadata files kept, links remembered.
Status readArchive(ImageStore &store, struct archive *reader, const ReaderFeed &feed, const TempWork &work, ArchiveContents &contents,
                   Progress &progress, const QString &archiveName)
{
    int layerCount = 0;
    for (;;) {
        if (progress.isCancelled())
            return fail(QStringLiteral("cancelled"));
        struct archive_entry *entry = nullptr;
        const int rc = archive_read_next_header(reader, &entry);
        if (rc == ARCHIVE_EOF)
            return {};
        if (rc != ARCHIVE_OK && rc != ARCHIVE_WARN) {
            const QString why = !feed.error.isEmpty() ? feed.error : archiveErrorText(reader);
            if (contents.smallFiles.isEmpty() && contents.layers.isEmpty())
                return fail(QStringLiteral("%1 is not an image archive (%2)").arg(archiveName, why));
            return fail(QStringLiteral("damaged image archive %1: %2").arg(archiveName, why));
        }
        const QString name = archivePath(QString::fromUtf8(archive_entry_pathname(entry)));
        if (recordLink(entry, name, contents) || archive_entry_filetype(entry) != AE_IFREG)
            continue;
        auto head = readEntryHead(reader, archiveName);
        if (!head)
            return std::unexpected(head.error());
        if (looksLikeLayer(*head)) {
            auto blob = readLayerEntry(store, reader, *head, name, work.subPath(QStringLiteral("layer%1").arg(++layerCount)), progress);
            if (!blob)
                return std::unexpected(blob.error());
            contents.layers.insert(name, *blob);
            continue;
        }
        auto bytes = readSmallFile(reader, *head, name, archiveName);
        if (!bytes)
            return std::unexpected(bytes.error());
        contents.smallFiles.insert(name, *bytes);
    }
}

} // namespace

Result<QStringList> ImageStore::load(ByteSource &source, Progress &progress)
{
    auto work = TempWork::create(m_paths.tmpDir());
    if (!work)
        return std::unexpected(work.error());
    ReaderFeed feed{&source, &progress};
    ArchiveReader reader(archive_read_new());
    archive_read_support_filter_all(reader.get());
    archive_read_support_format_tar(reader.get());
    if (archive_read_open(reader.get(), &feed, nullptr, &ReaderFeed::read, nullptr) != ARCHIVE_OK)
        return fail(QStringLiteral("%1 is not an image archive (%2)")
                        .arg(source.name(), !feed.error.isEmpty() ? feed.error : archiveErrorText(reader.get())));
    ArchiveContents contents;
    if (auto ok = readArchive(*this, reader.get(), feed, *work, contents, progress, source.name()); !ok)
        return std::unexpected(ok.error());
    auto images = imagesInArchive(contents);
    if (!images)
        return std::unexpected(images.error());
    QStringList lines;
    for (const ImageToCommit &image : std::as_const(*images)) {
        auto moved = commitImage(image.configBytes, image.layers, image.references);
        if (!moved)
            return std::unexpected(moved.error());
        lines += *moved;
        for (const QString &reference : image.references)
            lines.append(QStringLiteral("Loaded image: ") + reference);
        if (image.references.isEmpty())
            lines.append(QStringLiteral("Loaded image ID: sha256:") + Sha256::hexOf(image.configBytes));
    }
    progress.finish();
    return lines;
}

} // namespace porthole
