// `save`: writes images in the archive layout of Docker 25 and later, which
// is an OCI image layout plus Docker's manifest.json and repositories, so
// Docker, skopeo (docker-archive: and oci-archive:) and umoci all read it.
#include "base/filelock.h"
#include "base/fsutil.h"
#include "images/imagestore.h"
#include "images/reference.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <archive.h>
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

class ArchiveWriter {
public:
    explicit ArchiveWriter(int fd) : m_archive(archive_write_new())
    {
        archive_write_set_format_pax_restricted(m_archive);
        archive_write_set_bytes_in_last_block(m_archive, 1);
        // Unblocked: each piece goes straight to write(2), not first through a
        // 10 KiB block buffer (a layer's 200 MB would be copied once more).
        archive_write_set_bytes_per_block(m_archive, 0);
        m_ok = archive_write_open_fd(m_archive, fd) == ARCHIVE_OK;
    }
    ~ArchiveWriter() { archive_write_free(m_archive); }

    Status openError() const { return m_ok ? Status{} : fail(errorText()); }
    QString errorText() const { return QStringLiteral("cannot write archive: %1").arg(QString::fromLocal8Bit(archive_error_string(m_archive))); }

    Status header(const QString &name, qint64 size, mode_t type, time_t mtime)
    {
        struct archive_entry *entry = archive_entry_new();
        archive_entry_set_pathname(entry, name.toUtf8().constData());
        archive_entry_set_filetype(entry, type);
        archive_entry_set_perm(entry, type == AE_IFDIR ? 0755 : 0644);
        archive_entry_set_size(entry, size);
        archive_entry_set_mtime(entry, mtime, 0);
        const int rc = archive_write_header(m_archive, entry);
        archive_entry_free(entry);
        return rc == ARCHIVE_OK ? Status{} : fail(errorText());
    }
    Status data(const char *bytes, qint64 size)
    {
        while (size > 0) {
            const la_ssize_t n = archive_write_data(m_archive, bytes, size_t(size));
            if (n <= 0)
                return fail(errorText());
            bytes += n;
            size -= n;
        }
        return {};
    }
    Status file(const QString &name, const QByteArray &bytes, time_t mtime)
    {
        if (auto ok = header(name, bytes.size(), AE_IFREG, mtime); !ok)
            return ok;
        return data(bytes.constData(), bytes.size());
    }
    Status close() { return archive_write_close(m_archive) == ARCHIVE_OK ? Status{} : fail(errorText()); }

private:
    struct archive *m_archive;
    bool m_ok = false;
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

    ArchiveWriter writer(outputFd);
    if (auto ok = writer.openError(); !ok)
        return ok;
    const time_t mtime = saved.first().info.config.created.isValid() ? saved.first().info.config.created.toSecsSinceEpoch() : 0;
    if (auto ok = writer.header(QStringLiteral("blobs/"), 0, AE_IFDIR, mtime); !ok)
        return ok;
    if (auto ok = writer.header(QStringLiteral("blobs/sha256/"), 0, AE_IFDIR, mtime); !ok)
        return ok;

    QSet<QString> written;
    QJsonArray indexManifests;
    QJsonArray dockerManifest;
    QJsonObject repositories;
    for (const SavedImage &image : std::as_const(saved)) {
        QJsonArray layerDescriptors;
        QJsonArray layerPaths;
        for (const QString &diffId : std::as_const(image.info.config.diffIds)) {
            const QString hex = diffId.mid(7);
            auto layer = m_layers.info(hex);
            if (!layer)
                return std::unexpected(layer.error());
            layerDescriptors.append(descriptor(kLayerType, hex, layer->tarSize));
            layerPaths.append(QString(QStringLiteral("blobs/sha256/") + hex));
            if (written.contains(hex))
                continue;
            written.insert(hex);
            if (auto ok = writer.header(QStringLiteral("blobs/sha256/") + hex, layer->tarSize, AE_IFREG, mtime); !ok)
                return ok;
            auto streamed = m_layers.streamTar(hex, [&](const char *data, qint64 size) -> Status {
                if (progress.isCancelled())
                    return fail(QStringLiteral("cancelled"));
                progress.advance(size);
                return writer.data(data, size);
            });
            if (!streamed)
                return streamed;
            progress.advance(0, 1);
        }
        const QString configHex = image.info.hex();
        if (!written.contains(configHex)) {
            written.insert(configHex);
            if (auto ok = writer.file(QStringLiteral("blobs/sha256/") + configHex, image.info.configBytes, mtime); !ok)
                return ok;
        }
        QJsonObject manifest{{QLatin1String("schemaVersion"), 2},
                             {QLatin1String("mediaType"), kManifestType},
                             {QLatin1String("config"), descriptor(kConfigType, configHex, image.info.configBytes.size())},
                             {QLatin1String("layers"), layerDescriptors}};
        const QByteArray manifestBytes = compactJson(manifest);
        const QString manifestHex = Sha256::hexOf(manifestBytes);
        if (!written.contains(manifestHex)) {
            written.insert(manifestHex);
            if (auto ok = writer.file(QStringLiteral("blobs/sha256/") + manifestHex, manifestBytes, mtime); !ok)
                return ok;
        }
        const QJsonObject manifestDescriptor = descriptor(kManifestType, manifestHex, manifestBytes.size());
        if (image.references.isEmpty())
            indexManifests.append(manifestDescriptor);
        QJsonArray repoTags;
        for (const QString &reference : image.references) {
            auto ref = Reference::parse(reference);
            QJsonObject entry = manifestDescriptor;
            entry.insert(QLatin1String("annotations"),
                         QJsonObject{{QLatin1String("io.containerd.image.name"), ref->fullyQualified()},
                                     {QLatin1String("org.opencontainers.image.ref.name"), ref->tag}});
            indexManifests.append(entry);
            repoTags.append(reference);
            QJsonObject tags = repositories.value(ref->repository).toObject();
            tags.insert(ref->tag, configHex);
            repositories.insert(ref->repository, tags);
        }
        dockerManifest.append(QJsonObject{{QLatin1String("Config"), QString(QStringLiteral("blobs/sha256/") + configHex)},
                                          {QLatin1String("RepoTags"), image.references.isEmpty() ? QJsonValue() : QJsonValue(repoTags)},
                                          {QLatin1String("Layers"), layerPaths}});
    }
    const QJsonObject ociIndex{{QLatin1String("schemaVersion"), 2},
                               {QLatin1String("mediaType"), QStringLiteral("application/vnd.oci.image.index.v1+json")},
                               {QLatin1String("manifests"), indexManifests}};
    if (auto ok = writer.file(QStringLiteral("index.json"), compactJson(ociIndex) + '\n', mtime); !ok)
        return ok;
    if (auto ok = writer.file(QStringLiteral("manifest.json"), compactJson(dockerManifest) + '\n', mtime); !ok)
        return ok;
    if (auto ok = writer.file(QStringLiteral("oci-layout"), QByteArray("{\"imageLayoutVersion\":\"1.0.0\"}"), mtime); !ok)
        return ok;
    if (!repositories.isEmpty())
        if (auto ok = writer.file(QStringLiteral("repositories"), compactJson(repositories) + '\n', mtime); !ok)
            return ok;
    if (auto ok = writer.close(); !ok)
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
