#include "images/imageinspect.h"

#include <QJsonArray>

namespace porthole {

QJsonObject inspectImage(const ImageStore &store, const ImageInfo &image)
{
    QJsonArray layers;
    QStringList lowerDirs;
    for (const QString &diffId : image.config.diffIds) {
        layers.append(diffId);
        lowerDirs.prepend(store.paths().layersDir() + QLatin1Char('/') + diffId.mid(7) + QStringLiteral("/diff"));
    }
    const QJsonArray history = image.config.history;
    const QString comment = history.isEmpty() ? QString() : history.last().toObject().value(QLatin1String("comment")).toString();
    QJsonArray tags;
    for (const QString &tag : image.repoTags)
        tags.append(tag);
    return QJsonObject{
        {QLatin1String("Id"), image.id},
        {QLatin1String("RepoTags"), tags},
        {QLatin1String("RepoDigests"), QJsonArray::fromStringList(image.repoDigests)},
        {QLatin1String("Parent"), QString()},
        {QLatin1String("Comment"), comment},
        {QLatin1String("Created"), image.config.root.value(QLatin1String("created"))},
        {QLatin1String("DockerVersion"), QString()},
        {QLatin1String("Author"), image.config.root.value(QLatin1String("author")).toString()},
        {QLatin1String("Config"), image.config.config},
        {QLatin1String("Architecture"), image.config.root.value(QLatin1String("architecture"))},
        {QLatin1String("Os"), image.config.root.value(QLatin1String("os"))},
        {QLatin1String("Size"), image.size},
        {QLatin1String("GraphDriver"),
         QJsonObject{{QLatin1String("Name"), QStringLiteral("overlay")},
                     {QLatin1String("Data"), QJsonObject{{QLatin1String("LowerDir"), lowerDirs.join(QLatin1Char(':'))}}}}},
        {QLatin1String("RootFS"), QJsonObject{{QLatin1String("Type"), QStringLiteral("layers")},
                                              {QLatin1String("Layers"), layers},
                                              {QLatin1String("ChainIDs"), QJsonArray::fromStringList(chainIds(image.config.diffIds))}}},
        {QLatin1String("Metadata"),
         QJsonObject{{QLatin1String("LastTagTime"),
                      image.lastTagTime.isValid() ? image.lastTagTime.toUTC().toString(Qt::ISODateWithMs)
                                                  : QStringLiteral("0001-01-01T00:00:00Z")}}},
    };
}

} // namespace porthole
