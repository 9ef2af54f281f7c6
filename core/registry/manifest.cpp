#include "registry/manifest.h"

#include "images/imageconfig.h"
#include "registry/registryjson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace porthole {
namespace {

Result<QJsonObject> parseSchema2Object(const QByteArray &body, const QString &what)
{
    auto parsed = parseRegistryObject(body, what);
    if (!parsed)
        return parsed;
    const QJsonObject &root = *parsed;
    if (root.value(QLatin1String("schemaVersion")).toInt() == 1)
        return fail(QStringLiteral("this image has a Docker schema 1 manifest, which Porthole does not pull: "
                                   "push it again with a current Docker, podman or skopeo"));
    if (root.value(QLatin1String("schemaVersion")).toInt() != 2)
        return fail(QStringLiteral("the registry sent a %1 of unknown schema version %2")
                        .arg(what).arg(root.value(QLatin1String("schemaVersion")).toInt()));
    return root;
}

Result<Descriptor> parseDescriptor(const QJsonValue &value, const QString &what)
{
    const QJsonObject json = value.toObject();
    Descriptor descriptor;
    descriptor.mediaType = json.value(QLatin1String("mediaType")).toString();
    descriptor.digest = json.value(QLatin1String("digest")).toString();
    descriptor.size = json.value(QLatin1String("size")).toInteger(-1);
    descriptor.annotations = json.value(QLatin1String("annotations")).toObject();
    if (!isValidDigest(descriptor.digest))
        return fail(QStringLiteral("the manifest names %1 by an unsupported or invalid digest \"%2\"").arg(what, descriptor.digest));
    if (descriptor.size < 0)
        return fail(QStringLiteral("the manifest gives %1 %2 no size").arg(what, descriptor.digest));
    if (json.contains(QLatin1String("platform"))) {
        const QJsonObject platform = json.value(QLatin1String("platform")).toObject();
        descriptor.platform = Platform{platform.value(QLatin1String("os")).toString(),
                                       platform.value(QLatin1String("architecture")).toString(),
                                       platform.value(QLatin1String("variant")).toString()};
    }
    return descriptor;
}

bool isAttestation(const Descriptor &entry)
{
    if (entry.annotations.contains(QLatin1String("vnd.docker.reference.type")))
        return true;
    return entry.platform && entry.platform->os == QLatin1String("unknown")
           && entry.platform->architecture == QLatin1String("unknown");
}

QJsonObject descriptorJson(const Descriptor &descriptor)
{
    return QJsonObject{{QLatin1String("mediaType"), descriptor.mediaType},
                       {QLatin1String("size"), descriptor.size},
                       {QLatin1String("digest"), descriptor.digest}};
}

} // namespace

QByteArray manifestAcceptHeader()
{
    return QStringList{mediatype::dockerManifest, mediatype::dockerManifestList, mediatype::ociManifest,
                       mediatype::ociIndex}
        .join(QStringLiteral(", "))
        .toLatin1();
}

Result<ManifestKind> manifestKind(const QString &contentType, const QByteArray &body)
{
    QString type = contentType.section(QLatin1Char(';'), 0, 0).trimmed();
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    if (type.isEmpty() || type == QLatin1String("application/json") || type == QLatin1String("text/plain"))
        type = root.value(QLatin1String("mediaType")).toString();
    if (type == mediatype::dockerManifest || type == mediatype::ociManifest)
        return ManifestKind::Image;
    if (type == mediatype::dockerManifestList || type == mediatype::ociIndex)
        return ManifestKind::List;
    if (type == mediatype::dockerSchema1 || type == mediatype::dockerSchema1Signed
        || root.value(QLatin1String("schemaVersion")).toInt() == 1)
        return fail(QStringLiteral("this image has a Docker schema 1 manifest, which Porthole does not pull: "
                                   "push it again with a current Docker, podman or skopeo"));
    if (type.isEmpty() && root.contains(QLatin1String("manifests")))
        return ManifestKind::List;
    if (type.isEmpty() && root.contains(QLatin1String("config")))
        return ManifestKind::Image;
    return fail(QStringLiteral("unsupported manifest media type \"%1\"").arg(type));
}

Result<ImageManifest> parseImageManifest(const QByteArray &body)
{
    auto root = parseSchema2Object(body, QStringLiteral("image manifest"));
    if (!root)
        return std::unexpected(root.error());
    ImageManifest manifest;
    manifest.mediaType = root->value(QLatin1String("mediaType")).toString();
    auto config = parseDescriptor(root->value(QLatin1String("config")), QStringLiteral("the image config"));
    if (!config)
        return std::unexpected(config.error());
    manifest.config = *config;
    for (const QJsonValue &value : root->value(QLatin1String("layers")).toArray()) {
        auto layer = parseDescriptor(value, QStringLiteral("a layer"));
        if (!layer)
            return std::unexpected(layer.error());
        manifest.layers.append(*layer);
    }
    return manifest;
}

Result<ManifestList> parseManifestList(const QByteArray &body)
{
    auto root = parseSchema2Object(body, QStringLiteral("manifest list"));
    if (!root)
        return std::unexpected(root.error());
    ManifestList list;
    list.mediaType = root->value(QLatin1String("mediaType")).toString();
    for (const QJsonValue &value : root->value(QLatin1String("manifests")).toArray()) {
        auto entry = parseDescriptor(value, QStringLiteral("a platform's manifest"));
        if (!entry)
            return std::unexpected(entry.error());
        list.manifests.append(*entry);
    }
    return list;
}

Result<Descriptor> choosePlatformManifest(const ManifestList &list, const Platform &wanted)
{
    const Descriptor *best = nullptr;
    int bestDistance = 0;
    for (const Descriptor &entry : list.manifests) {
        if (!entry.platform || isAttestation(entry))
            continue;
        const auto distance = platformDistance(wanted, *entry.platform);
        if (distance && (!best || *distance < bestDistance)) {
            best = &entry;
            bestDistance = *distance;
        }
    }
    if (!best)
        return fail(QStringLiteral("no matching manifest for %1 in the manifest list entries").arg(wanted.normalized().toString()));
    return *best;
}

QByteArray schema2Manifest(const Descriptor &config, const QList<Descriptor> &layers)
{
    QJsonArray layerArray;
    for (const Descriptor &layer : layers)
        layerArray.append(descriptorJson(layer));
    const QJsonObject root{{QLatin1String("schemaVersion"), 2},
                           {QLatin1String("mediaType"), mediatype::dockerManifest},
                           {QLatin1String("config"), descriptorJson(config)},
                           {QLatin1String("layers"), layerArray}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace porthole
