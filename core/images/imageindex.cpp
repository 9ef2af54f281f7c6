#include "images/imageindex.h"

#include "base/fsutil.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace porthole {

Result<ImageIndex> ImageIndex::read(const QString &path)
{
    ImageIndex index;
    if (!QFileInfo::exists(path))
        return index;
    auto bytes = readWholeFile(path);
    if (!bytes)
        return std::unexpected(bytes.error());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &error);
    if (!doc.isObject())
        return fail(QStringLiteral("the image index %1 is damaged: %2").arg(path, error.errorString()));
    const QJsonObject refs = doc.object().value(QLatin1String("references")).toObject();
    for (auto it = refs.begin(); it != refs.end(); ++it) {
        const QJsonObject entry = it.value().toObject();
        index.m_references.insert(it.key(), TagEntry{entry.value(QLatin1String("id")).toString(),
                                                     QDateTime::fromString(entry.value(QLatin1String("tagged")).toString(), Qt::ISODateWithMs)});
    }
    return index;
}

Status ImageIndex::write(const QString &path) const
{
    QJsonObject refs;
    for (auto it = m_references.begin(); it != m_references.end(); ++it)
        refs.insert(it.key(), QJsonObject{{QLatin1String("id"), it->imageId},
                                          {QLatin1String("tagged"), it->tagged.toUTC().toString(Qt::ISODateWithMs)}});
    return writeFileAtomically(path, QJsonDocument(QJsonObject{{QLatin1String("references"), refs}}).toJson());
}

QStringList ImageIndex::tagsOf(const QString &imageId) const
{
    QStringList tags;
    for (auto it = m_references.begin(); it != m_references.end(); ++it)
        if (it->imageId == imageId)
            tags.append(it.key());
    return tags;
}

} // namespace porthole
