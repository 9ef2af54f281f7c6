#include "images/archiveprobe.h"

#include "base/archive.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <archive.h>
#include <archive_entry.h>
#include <memory>

namespace porthole {
namespace {


QString cleanName(const char *raw)
{
    return QDir::cleanPath(QStringLiteral("/") + QString::fromUtf8(raw));
}

char kindOf(mode_t type)
{
    switch (type) {
    case AE_IFDIR: return 'd';
    case AE_IFLNK: return 'l';
    case AE_IFREG: return 'f';
    default: return 'o';
    }
}

QByteArray readSmallEntry(struct archive *reader, la_int64_t size)
{
    if (size <= 0 || size > (16 << 20))
        return {};
    QByteArray data(qsizetype(size), Qt::Uninitialized);
    const la_ssize_t n = archive_read_data(reader, data.data(), size_t(size));
    return n == size ? data : QByteArray();
}

// Tags named by Docker's manifest.json or an OCI index's ref.name annotations.
QStringList imageNames(const QByteArray &manifest, const QByteArray &index)
{
    QStringList names;
    for (const auto &entry : QJsonDocument::fromJson(manifest).array())
        for (const auto &tag : entry.toObject().value(QLatin1String("RepoTags")).toArray())
            names.append(tag.toString());
    if (names.isEmpty())
        for (const auto &descriptor : QJsonDocument::fromJson(index).object().value(QLatin1String("manifests")).toArray()) {
            const QString name = descriptor.toObject().value(QLatin1String("annotations")).toObject()
                                     .value(QLatin1String("org.opencontainers.image.ref.name")).toString();
            if (!name.isEmpty())
                names.append(name);
        }
    return names;
}

int manifestLayers(const QByteArray &manifest)
{
    int layers = 0;
    for (const auto &entry : QJsonDocument::fromJson(manifest).array())
        layers += int(entry.toObject().value(QLatin1String("Layers")).toArray().size());
    return layers;
}

} // namespace

namespace {

// What the entries said about the archive's kind.
struct ProbeMarks {
    QByteArray manifest, index;
    bool ociLayout = false;
    int blobs = 0;
};

void noteEntry(struct archive *reader, struct archive_entry *entry, ArchivePreview &preview, ProbeMarks &marks, int maxFiles)
{
    const QString name = cleanName(archive_entry_pathname(entry));
    const la_int64_t size = archive_entry_size(entry);
    ++preview.entries;
    if (archive_entry_filetype(entry) == AE_IFREG)
        preview.totalSize += size;
    if (name == QLatin1String("/manifest.json"))
        marks.manifest = readSmallEntry(reader, size);
    else if (name == QLatin1String("/index.json"))
        marks.index = readSmallEntry(reader, size);
    else if (name == QLatin1String("/oci-layout"))
        marks.ociLayout = true;
    else if (name.startsWith(QLatin1String("/blobs/sha256/")))
        ++marks.blobs;
    if (preview.files.size() >= maxFiles) {
        preview.filesTruncated = true;
        return;
    }
    const char *link = archive_entry_symlink(entry);
    preview.files.append({name, kindOf(archive_entry_filetype(entry)), archive_entry_filetype(entry) == AE_IFREG ? size : 0, 0,
                          link ? QString::fromUtf8(link) : QString()});
}

void classify(ArchivePreview &preview, const ProbeMarks &marks)
{
    const bool dockerArchive = !QJsonDocument::fromJson(marks.manifest).array().isEmpty();
    if (dockerArchive || (marks.ociLayout && !marks.index.isEmpty())) {
        preview.kind = ArchivePreview::Kind::ImageArchive;
        // Teaching texts the window shows: translated when it has a translator.
        preview.format = dockerArchive ? QCoreApplication::translate("porthole::ArchiveProbe", "Docker image archive")
                                       : QCoreApplication::translate("porthole::ArchiveProbe", "OCI image layout");
        preview.imageNames = imageNames(marks.manifest, marks.index);
        preview.layerCount = dockerArchive ? manifestLayers(marks.manifest) : std::max(0, marks.blobs - 2);
        preview.files.clear();
        return;
    }
    preview.kind = ArchivePreview::Kind::RootFilesystem;
    preview.format = QCoreApplication::translate("porthole::ArchiveProbe", "root filesystem");
    std::sort(preview.files.begin(), preview.files.end(), [](const LayerFile &a, const LayerFile &b) { return a.path < b.path; });
}

} // namespace

Result<ArchivePreview> probeArchive(const QString &path, Progress &progress, int maxFiles)
{
    const QString fileName = QFileInfo(path).fileName();
    ArchiveReader reader(archive_read_new());
    archive_read_support_filter_all(reader.get());
    archive_read_support_format_tar(reader.get());
    if (archive_read_open_filename(reader.get(), QFile::encodeName(path).constData(), 1 << 20) != ARCHIVE_OK)
        return fail(QStringLiteral("%1 is not a tar archive (plain, gzip, bzip2, xz or zstd): %2").arg(fileName, archiveErrorText(reader.get())));
    ArchivePreview preview;
    ProbeMarks marks;
    for (;;) {
        if (progress.isCancelled())
            return fail(QStringLiteral("cancelled"));
        struct archive_entry *entry = nullptr;
        const int status = archive_read_next_header(reader.get(), &entry);
        if (status == ARCHIVE_EOF)
            break;
        if (status < ARCHIVE_WARN)
            return fail(QStringLiteral("%1 is not a readable tar archive: %2").arg(fileName, archiveErrorText(reader.get())));
        noteEntry(reader.get(), entry, preview, marks, maxFiles);
        if (archive_read_data_skip(reader.get()) < ARCHIVE_WARN) // reads through, so a truncated file is noticed
            return fail(QStringLiteral("%1 is truncated or corrupt: %2").arg(fileName, archiveErrorText(reader.get())));
        progress.advance(0, 1);
    }
    if (preview.entries == 0)
        return fail(QStringLiteral("%1 is an empty archive: nothing to import or load").arg(fileName));
    classify(preview, marks);
    return preview;
}

} // namespace porthole
