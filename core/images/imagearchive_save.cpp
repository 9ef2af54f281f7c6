// `save`: writes images in the archive layout of Docker 25 and later, which
// is an OCI image layout plus Docker's manifest.json and repositories, so
// Docker, skopeo (docker-archive: and oci-archive:) and umoci all read it.
#include "base/archive.h"
#include "base/filelock.h"
#include "base/sha256.h"
#include "base/fsutil.h"
#include "images/imagestore.h"
#include "images/reference.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <archive_entry.h>
#include <unistd.h>

namespace porthole {
namespace {

const QString kManifestType = QStringLiteral("application/vnd.oci.image.manifest.v1+json");
const QString kConfigType = QStringLiteral("application/vnd.oci.image.config.v1+json");
const QString kLayerType = QStringLiteral("application/vnd.oci.image.layer.v1.tar");

struct SavedImage {
    ImageInfo info;
    QStringList references; // what the user asked for, "busybox:latest"
};

QByteArray compactJson(const QJsonValue &value)
{
    return value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                           : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

QJsonObject descriptor(const QString &mediaType, const QString &hex, qint64 size)
{
    return {{QLatin1String("mediaType"), mediaType},
            {QLatin1String("digest"), QString(QStringLiteral("sha256:") + hex)},
            {QLatin1String("size"), size}};
}

// Writes the archive: blobs once each (layers streamed from the store),
// a manifest per image, then index.json, manifest.json, oci-layout and
// repositories.
class ArchiveSaver {
public:
    ArchiveSaver(int fd, const LayerStore &layers, Progress &progress, const QDateTime &created)
        : m_writer(fd, QStringLiteral("the image archive")), m_layers(layers), m_progress(progress),
          m_mtime(created.isValid() ? created.toSecsSinceEpoch() : 0)
    {
    }

    Status begin()
    {
        if (auto ok = m_writer.openStatus(); !ok)
            return ok;
        if (auto ok = m_writer.directory(QStringLiteral("blobs/"), 0755, m_mtime); !ok)
            return ok;
        return m_writer.directory(QStringLiteral("blobs/sha256/"), 0755, m_mtime);
    }

    Status add(const SavedImage &image)
    {
        QJsonArray layerDescriptors, layerPaths;
        for (const QString &diffId : std::as_const(image.info.config.diffIds)) {
            auto layer = writeLayer(diffId.mid(7));
            if (!layer)
                return std::unexpected(layer.error());
            layerDescriptors.append(descriptor(kLayerType, diffId.mid(7), *layer));
            layerPaths.append(QString(QStringLiteral("blobs/sha256/") + diffId.mid(7)));
        }
        const QString configHex = image.info.hex();
        if (auto ok = writeBlobOnce(configHex, image.info.configBytes); !ok)
            return ok;
        const QJsonObject manifest{{QLatin1String("schemaVersion"), 2},
                                   {QLatin1String("mediaType"), kManifestType},
                                   {QLatin1String("config"), descriptor(kConfigType, configHex, image.info.configBytes.size())},
                                   {QLatin1String("layers"), layerDescriptors}};
        const QByteArray manifestBytes = compactJson(manifest);
        const QString manifestHex = Sha256::hexOf(manifestBytes);
        if (auto ok = writeBlobOnce(manifestHex, manifestBytes); !ok)
            return ok;
        addToIndexes(image, descriptor(kManifestType, manifestHex, manifestBytes.size()), layerPaths);
        return {};
    }

    Status finish()
    {
        const QJsonObject ociIndex{{QLatin1String("schemaVersion"), 2},
                                   {QLatin1String("mediaType"), QStringLiteral("application/vnd.oci.image.index.v1+json")},
                                   {QLatin1String("manifests"), m_indexManifests}};
        if (auto ok = m_writer.file(QStringLiteral("index.json"), compactJson(ociIndex) + '\n', 0644, m_mtime); !ok)
            return ok;
        if (auto ok = m_writer.file(QStringLiteral("manifest.json"), compactJson(m_dockerManifest) + '\n', 0644, m_mtime); !ok)
            return ok;
        if (auto ok = m_writer.file(QStringLiteral("oci-layout"), QByteArray("{\"imageLayoutVersion\":\"1.0.0\"}"), 0644, m_mtime); !ok)
            return ok;
        if (!m_repositories.isEmpty())
            if (auto ok = m_writer.file(QStringLiteral("repositories"), compactJson(m_repositories) + '\n', 0644, m_mtime); !ok)
                return ok;
        return m_writer.close();
    }

private:
    // Streams a layer's tar from the store (once); returns its size.
    Result<qint64> writeLayer(const QString &hex)
    {
        auto layer = m_layers.info(hex);
        if (!layer)
            return std::unexpected(layer.error());
        if (m_written.contains(hex))
            return layer->tarSize;
        m_written.insert(hex);
        if (auto ok = m_writer.header(QStringLiteral("blobs/sha256/") + hex, AE_IFREG, 0644, layer->tarSize, m_mtime); !ok)
            return std::unexpected(ok.error());
        auto streamed = m_layers.streamTar(hex, [&](const char *data, qint64 size) -> Status {
            if (m_progress.isCancelled())
                return fail(QStringLiteral("cancelled"));
            m_progress.advance(size);
            return m_writer.data(data, size);
        });
        if (!streamed)
            return std::unexpected(streamed.error());
        m_progress.advance(0, 1);
        return layer->tarSize;
    }

    Status writeBlobOnce(const QString &hex, const QByteArray &bytes)
    {
        if (m_written.contains(hex))
            return {};
        m_written.insert(hex);
        return m_writer.file(QStringLiteral("blobs/sha256/") + hex, bytes, 0644, m_mtime);
    }

    // index.json's entry per reference (named as containerd names images),
    // manifest.json's entry and the legacy repositories file.
    void addToIndexes(const SavedImage &image, const QJsonObject &manifestDescriptor, const QJsonArray &layerPaths)
    {
        if (image.references.isEmpty())
            m_indexManifests.append(manifestDescriptor);
        QJsonArray repoTags;
        for (const QString &reference : image.references) {
            auto ref = Reference::parse(reference);
            QJsonObject entry = manifestDescriptor;
            entry.insert(QLatin1String("annotations"),
                         QJsonObject{{QLatin1String("io.containerd.image.name"), ref->fullyQualified()},
                                     {QLatin1String("org.opencontainers.image.ref.name"), ref->tag}});
            m_indexManifests.append(entry);
            repoTags.append(reference);
            QJsonObject tags = m_repositories.value(ref->repository).toObject();
            tags.insert(ref->tag, image.info.hex());
            m_repositories.insert(ref->repository, tags);
        }
        m_dockerManifest.append(QJsonObject{{QLatin1String("Config"), QString(QStringLiteral("blobs/sha256/") + image.info.hex())},
                                            {QLatin1String("RepoTags"), image.references.isEmpty() ? QJsonValue() : QJsonValue(repoTags)},
                                            {QLatin1String("Layers"), layerPaths}});
    }

    TarWriter m_writer;
    const LayerStore &m_layers;
    Progress &m_progress;
    time_t m_mtime;
    QSet<QString> m_written;
    QJsonArray m_indexManifests;
    QJsonArray m_dockerManifest;
    QJsonObject m_repositories;
};

} // namespace

Status ImageStore::save(const QStringList &names, int outputFd, Progress &progress) const
{
    if (names.isEmpty())
        return fail(QStringLiteral("\"save\" requires at least 1 argument"));
    auto index = ImageIndex::read(m_paths.indexFile());
    if (!index)
        return std::unexpected(index.error());
    QList<SavedImage> saved;
    auto addImage = [&](const QString &id, const QString &reference) -> Status {
        for (auto &image : saved) {
            if (image.info.id == id) {
                if (!reference.isEmpty() && !image.references.contains(reference))
                    image.references.append(reference);
                return {};
            }
        }
        auto info = readImage(id.mid(7), *index);
        if (!info)
            return std::unexpected(info.error());
        saved.append({*info, reference.isEmpty() ? QStringList() : QStringList{reference}});
        return {};
    };
    for (const QString &name : names) {
        auto ref = Reference::parse(name);
        if (ref && !name.contains(QLatin1Char(':'))) {
            // A bare repository saves all of its tags, as Docker does.
            bool found = false;
            for (auto it = index->references().begin(); it != index->references().end(); ++it) {
                if (it.key().section(QLatin1Char(':'), 0, -2) == ref->repository) {
                    found = true;
                    if (auto ok = addImage(it->imageId, it.key()); !ok)
                        return ok;
                }
            }
            if (found)
                continue;
        }
        auto id = resolveId(name, *index);
        if (!id)
            return std::unexpected(id.error());
        const bool byReference = ref && index->references().value(ref->toString()).imageId == *id;
        if (auto ok = addImage(*id, byReference ? ref->toString() : QString()); !ok)
            return ok;
    }

    ArchiveSaver archive(outputFd, m_layers, progress, saved.first().info.config.created);
    if (auto ok = archive.begin(); !ok)
        return ok;
    for (const SavedImage &image : std::as_const(saved))
        if (auto ok = archive.add(image); !ok)
            return ok;
    if (auto ok = archive.finish(); !ok)
        return ok;
    progress.finish();
    return {};
}

Status ImageStore::saveToFile(const QStringList &names, const QString &path, Progress &progress) const
{
    auto output = AtomicOutputFile::create(path);
    if (!output)
        return std::unexpected(output.error());
    if (auto ok = save(names, output->fd(), progress); !ok)
        return ok;
    return output->commit();
}

} // namespace porthole
