#include "registry/listings.h"

#include "registry/registryjson.h"

#include <QJsonArray>
#include <QJsonObject>

namespace porthole {
namespace {

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        if (item.isString())
            list.append(item.toString());
    return list;
}

} // namespace

Result<QStringList> parseTagList(const QByteArray &body)
{
    auto root = parseRegistryObject(body, QStringLiteral("tag list"));
    if (!root)
        return std::unexpected(root.error());
    return strings(root->value(QLatin1String("tags"))); // null for a repository without tags
}

Result<QStringList> parseCatalog(const QByteArray &body)
{
    auto root = parseRegistryObject(body, QStringLiteral("catalog"));
    if (!root)
        return std::unexpected(root.error());
    return strings(root->value(QLatin1String("repositories")));
}

Result<QList<SearchResult>> parseHubSearch(const QByteArray &body)
{
    auto root = parseRegistryObject(body, QStringLiteral("search result"));
    if (!root)
        return std::unexpected(root.error());
    QList<SearchResult> results;
    for (const QJsonValue &value : root->value(QLatin1String("results")).toArray()) {
        const QJsonObject item = value.toObject();
        SearchResult result;
        result.name = item.value(QLatin1String("name")).toString();
        result.description = item.value(QLatin1String("description")).toString();
        result.stars = item.value(QLatin1String("star_count")).toInt();
        result.official = item.value(QLatin1String("is_official")).toBool();
        result.automated = item.value(QLatin1String("is_automated")).toBool();
        if (!result.name.isEmpty())
            results.append(result);
    }
    return results;
}

} // namespace porthole
