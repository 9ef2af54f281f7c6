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
    const QJsonObject digests = doc.object().value(QLatin1String("digests")).toObject();
    for (auto it = digests.begin(); it != digests.end(); ++it)
        index.m_digests.insert(it.key(), it.value().toObject().value(QLatin1String("id")).toString());
    return index;
}

Status ImageIndex::write(const QString &path) const
{
    QJsonObject refs;
    for (auto it = m_references.begin(); it != m_references.end(); ++it)
        refs.insert(it.key(), QJsonObject{{QLatin1String("id"), it->imageId},
                                          {QLatin1String("tagged"), it->tagged.toUTC().toString(Qt::ISODateWithMs)}});
    QJsonObject root{{QLatin1String("references"), refs}};
    if (!m_digests.isEmpty()) {
        QJsonObject digests;
        for (auto it = m_digests.begin(); it != m_digests.end(); ++it)
            digests.insert(it.key(), QJsonObject{{QLatin1String("id"), it.value()}});
        root.insert(QLatin1String("digests"), digests);
    }
    return writeFileAtomically(path, QJsonDocument(root).toJson());
}

QStringList ImageIndex::tagsOf(const QString &imageId) const
{
    QStringList tags;
    for (auto it = m_references.begin(); it != m_references.end(); ++it)
        if (it->imageId == imageId)
            tags.append(it.key());
    return tags;
}

QStringList ImageIndex::digestsOf(const QString &imageId) const
{
    QStringList digests;
    for (auto it = m_digests.begin(); it != m_digests.end(); ++it)
        if (it.value() == imageId)
            digests.append(it.key());
    return digests;
}

QStringList ImageIndex::removeDigestsOf(const QString &imageId, const QString &repository)
{
    QStringList removed;
    for (auto it = m_digests.begin(); it != m_digests.end();) {
        if (it.value() == imageId && it.key().section(QLatin1Char('@'), 0, 0) == repository) {
            removed.append(it.key());
            it = m_digests.erase(it);
        } else {
            ++it;
        }
    }
    return removed;
}

} // namespace porthole
