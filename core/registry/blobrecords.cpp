#include "registry/blobrecords.h"

#include "base/fsutil.h"

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
    return replaceFile(m_dir + QLatin1Char('/') + diffIdHex + QStringLiteral(".json"),
                       QJsonDocument(QJsonObject{{QLatin1String("blobs"), blobs}}).toJson(QJsonDocument::Compact));
}

} // namespace porthole
