#include "registry/blobrecords.h"

#include "base/fsutil.h"
#include "images/imageconfig.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace porthole {
namespace {

constexpr int kMaxRecordsPerLayer = 50;

QJsonObject toJson(const BlobRecord &record)
{
    return {{QLatin1String("digest"), record.digest},         {QLatin1String("mediaType"), record.mediaType},
            {QLatin1String("size"), record.size},             {QLatin1String("registry"), record.registry},
            {QLatin1String("repository"), record.repository}};
}

BlobRecord fromJson(const QJsonObject &json)
{
    return {json.value(QLatin1String("digest")).toString(), json.value(QLatin1String("mediaType")).toString(),
            json.value(QLatin1String("size")).toInteger(), json.value(QLatin1String("registry")).toString(),
            json.value(QLatin1String("repository")).toString()};
}

} // namespace

std::optional<QString> BlobRecords::diffIdOfBlob(const QString &blobDigest) const
{
    if (!isValidDigest(blobDigest)) // "sha256:" and 64 hex digits: safe as a file name
        return std::nullopt;
    const QString path = m_dir + QStringLiteral("/blobs/") + blobDigest.mid(7);
    if (!QFileInfo::exists(path))
        return std::nullopt;
    auto bytes = readWholeFile(path, 256);
    if (!bytes)
        return std::nullopt;
    const QString diffIdHex = QString::fromLatin1(bytes->trimmed());
    if (!isValidDigest(QStringLiteral("sha256:") + diffIdHex))
        return std::nullopt;
    return diffIdHex;
}

QList<BlobRecord> BlobRecords::forLayer(const QString &diffIdHex) const
{
    QList<BlobRecord> records;
    const QString path = m_dir + QLatin1Char('/') + diffIdHex + QStringLiteral(".json");
    if (!QFileInfo::exists(path))
        return records;
    auto bytes = readWholeFile(path, 1 << 20);
    if (!bytes)
        return records;
    for (const QJsonValue &value : QJsonDocument::fromJson(*bytes).object().value(QLatin1String("blobs")).toArray())
        records.append(fromJson(value.toObject()));
    return records;
}

Status BlobRecords::remember(const QString &diffIdHex, const BlobRecord &record) const
{
    if (auto ok = makeDirectories(m_dir); !ok)
        return ok;
    QList<BlobRecord> records = forLayer(diffIdHex);
    records.removeIf([&](const BlobRecord &old) {
        return old.digest == record.digest && old.registry == record.registry && old.repository == record.repository;
    });
    records.prepend(record);
    QJsonArray blobs;
    for (const BlobRecord &kept : records.mid(0, kMaxRecordsPerLayer))
        blobs.append(toJson(kept));
    if (auto ok = replaceFile(m_dir + QLatin1Char('/') + diffIdHex + QStringLiteral(".json"),
                              QJsonDocument(QJsonObject{{QLatin1String("blobs"), blobs}}).toJson(QJsonDocument::Compact));
        !ok)
        return ok;
    if (!isValidDigest(record.digest))
        return {};
    if (auto ok = makeDirectories(m_dir + QStringLiteral("/blobs")); !ok)
        return ok;
    return replaceFile(m_dir + QStringLiteral("/blobs/") + record.digest.mid(7), diffIdHex.toLatin1() + '\n');
}

} // namespace porthole
