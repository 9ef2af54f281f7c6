#include "images/imageinspect.h"

#include <QJsonArray>

namespace porthole {
namespace {

// Docker shows every field of an image's config, null or empty when unset
// ({{json .Config.Cmd}} is null, not an error).
QJsonObject dockerConfig(QJsonObject config)
{
    static const char *const strings[] = {"Hostname", "Domainname", "User", "Image", "WorkingDir"};
    static const char *const booleans[] = {"AttachStdin", "AttachStdout", "AttachStderr", "Tty", "OpenStdin", "StdinOnce"};
    static const char *const nulls[] = {"Env", "Cmd", "Volumes", "Entrypoint", "OnBuild", "Labels"};
    for (const char *key : strings)
        if (!config.contains(QLatin1String(key)))
            config.insert(QLatin1String(key), QString());
    for (const char *key : booleans)
        if (!config.contains(QLatin1String(key)))
            config.insert(QLatin1String(key), false);
    for (const char *key : nulls)
        if (!config.contains(QLatin1String(key)))
            config.insert(QLatin1String(key), QJsonValue::Null);
    return config;
}

} // namespace

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
        {QLatin1String("Config"), dockerConfig(image.config.config)},
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
