#include "registry/push.h"

#include "base/events.h"
#include "base/sha256.h"
#include "images/reference.h"
#include "registry/authprotocol.h"
#include "registry/blobrecords.h"
#include "registry/blobupload.h"
#include "registry/layercompressor.h"
#include "registry/manifest.h"
#include "registry/registryerrors.h"

#include <QDateTime>
#include <algorithm>

namespace porthole {
namespace {

struct PushTarget {
    ImageStore &store;
    RegistrySession &session;
    const RegistryEndpoint &endpoint;
    ProgressRelay &relay;
    const TransferObserver &observer;
    Progress &progress;
};

// A blob recorded for the layer that the repository already has (HEAD), or
// that another repository of the same registry has and lends (mount).
Result<std::optional<Descriptor>> findOrMount(const PushTarget &target, const QString &diffIdHex, const QString &id)
{
    BlobUpload upload(target.session, target.endpoint.repository, target.progress);
    const BlobRecords records(target.store.paths().root);
    QList<BlobRecord> candidates = records.forLayer(diffIdHex);
    // Only gzip blobs fit a Docker schema 2 manifest (a zstd or plain layer pulled
    // from an OCI image is compressed again instead).
    candidates.removeIf([&](const BlobRecord &record) {
        return record.registry != target.endpoint.domain || !record.mediaType.endsWith(QLatin1String("gzip"));
    });
    std::stable_partition(candidates.begin(), candidates.end(),
                          [&](const BlobRecord &record) { return record.repository == target.endpoint.repository; });
    for (const BlobRecord &record : std::as_const(candidates)) {
        const Descriptor blob{mediatype::dockerLayerGzip, record.digest, record.size, std::nullopt, {}};
        if (record.repository == target.endpoint.repository) {
            auto found = upload.exists(record.digest);
            if (!found)
                return std::unexpected(found.error());
            if (*found) {
                target.relay.post({id, layerstatus::layerAlreadyExists, 0, 0});
                return std::optional<Descriptor>(blob);
            }
            continue;
        }
        auto mounted = upload.start(record.digest, record.repository);
        if (mounted && *mounted) {
            target.relay.post({id, layerstatus::mountedFrom + QLatin1Char(' ') + record.repository, 0, 0});
            BlobRecord here = record;
            here.repository = target.endpoint.repository;
            (void)records.remember(diffIdHex, here);
            return std::optional<Descriptor>(blob);
        }
    }
    return std::optional<Descriptor>();
}

Result<Descriptor> pushLayer(const PushTarget &target, const QString &diffIdHex)
{
    const QString id = diffIdHex.left(12);
    auto known = findOrMount(target, diffIdHex, id);
    if (!known)
        return std::unexpected(known.error());
    if (*known)
        return **known;
    auto layer = target.store.layer(diffIdHex);
    if (!layer)
        return std::unexpected(layer.error());
    BlobUpload upload(target.session, target.endpoint.repository, target.progress);
    if (auto started = upload.start(); !started)
        return std::unexpected(started.error());
    LayerCompressor compressed(target.store.layers(), diffIdHex, target.progress);
    const qint64 total = layer->tarSize;
    auto blob = upload.sendStream(compressed, mediatype::dockerLayerGzip, [&](qint64) {
        target.relay.post({id, layerstatus::pushing, compressed.tarBytesRead(), total});
        target.relay.deliver(target.observer); // between chunks, on the caller's thread
    });
    if (!blob)
        return std::unexpected(blob.error());
    target.relay.post({id, layerstatus::pushed, 0, 0});
    (void)BlobRecords(target.store.paths().root)
        .remember(diffIdHex, BlobRecord{blob->digest, blob->mediaType, blob->size, target.endpoint.domain, target.endpoint.repository});
    return *blob;
}

Result<Descriptor> pushConfig(const PushTarget &target, const ImageInfo &image)
{
    const Descriptor config{mediatype::dockerConfig, image.id, image.configBytes.size(), std::nullopt, {}};
    BlobUpload upload(target.session, target.endpoint.repository, target.progress);
    auto found = upload.exists(config.digest);
    if (!found)
        return std::unexpected(found.error());
    if (*found)
        return config;
    if (auto started = upload.start(); !started)
        return std::unexpected(started.error());
    if (auto ok = upload.sendWhole(image.configBytes, config.digest); !ok)
        return std::unexpected(ok.error());
    return config;
}

Result<QString> putManifest(const PushTarget &target, const QString &tag, const QByteArray &manifest)
{
    HttpRequest request;
    request.method = "PUT";
    request.url = target.session.url(QStringLiteral("/v2/%1/manifests/%2").arg(target.endpoint.repository, tag));
    request.body = manifest;
    request.headers.append({"Content-Type", mediatype::dockerManifest.toLatin1()});
    auto response = target.session.send(request, {repositoryScope(target.endpoint.repository, true)}, target.progress);
    if (!response)
        return std::unexpected(response.error());
    if (response->status == 401 || response->status == 403)
        return fail(QStringLiteral("denied: requested access to the resource is denied"));
    if (response->status != 201 && response->status != 200)
        return fail(QStringLiteral("pushing the manifest: ") + registryErrorText(response->status, response->body));
    const QString digest = QStringLiteral("sha256:") + Sha256::hexOf(manifest);
    const QString named = QString::fromLatin1(response->header("Docker-Content-Digest"));
    if (!named.isEmpty() && named != digest)
        return fail(QStringLiteral("the registry stored the manifest as %1, not %2").arg(named, digest));
    return digest;
}

// Layers, config, manifest: one tag.
Result<PushResult> pushOne(const PushTarget &target, const Reference &ref, const TransferObserver &observer)
{
    auto image = target.store.image(ref.toString());
    if (!image)
        return fail(QStringLiteral("An image does not exist locally with the tag: %1").arg(ref.toString()));
    const QStringList diffIds = image->config.diffIds;
    for (qsizetype i = diffIds.size() - 1; i >= 0; --i)
        target.relay.post({diffIds.at(i).mid(7, 12), layerstatus::preparing, 0, 0});
    target.relay.deliver(observer);
    QList<Descriptor> layers;
    for (const QString &diffId : diffIds) {
        auto blob = pushLayer(target, diffId.mid(7));
        target.relay.deliver(observer);
        if (!blob)
            return std::unexpected(blob.error());
        layers.append(*blob);
    }
    auto config = pushConfig(target, *image);
    if (!config)
        return std::unexpected(config.error());
    const QByteArray manifest = schema2Manifest(*config, layers);
    auto digest = putManifest(target, ref.tag, manifest);
    if (!digest)
        return std::unexpected(digest.error());
    (void)target.store.addRepoDigest(image->id, ref.repository + QLatin1Char('@') + *digest);
    (void)appendEvent(target.store.paths().root, Event{QDateTime::currentDateTimeUtc(), QStringLiteral("image"), QStringLiteral("push"),
                                                       ref.toString(), QJsonObject{{QLatin1String("name"), ref.repository}}});
    tell(observer, QStringLiteral("%1: digest: %2 size: %3").arg(ref.tag, *digest).arg(manifest.size()));
    return PushResult{ref.toString(), ref.tag, *digest, manifest.size()};
}

QStringList tagsToPush(const ImageStore &store, const Reference &ref, bool allTags)
{
    if (!allTags)
        return {ref.tag};
    QStringList tags;
    auto images = store.images();
    for (const ImageInfo &image : images ? *images : QList<ImageInfo>())
        for (const QString &name : image.repoTags)
            if (name.section(QLatin1Char(':'), 0, -2) == ref.repository)
                tags.append(name.section(QLatin1Char(':'), -1));
    tags.sort();
    return tags;
}

} // namespace

Result<QList<PushResult>> pushImage(RegistryContext &context, ImageStore &store, const PushRequest &request,
                                    const TransferObserver &observer, Progress &progress)
{
    if (request.reference.contains(QLatin1Char('@')))
        return fail(QStringLiteral("cannot push a digest reference"));
    auto ref = Reference::parse(request.reference);
    if (!ref)
        return std::unexpected(ref.error());
    auto endpoint = pushEndpoint(context.conf(), *ref);
    if (!endpoint)
        return std::unexpected(endpoint.error());
    tell(observer, QStringLiteral("The push refers to repository [%1]").arg(ref->qualifiedName()));
    ProgressRelay relay;
    const PushTarget target{store, context.session(*endpoint), *endpoint, relay, observer, progress};
    const QStringList tags = tagsToPush(store, *ref, request.allTags);
    if (tags.isEmpty())
        return fail(QStringLiteral("An image does not exist locally with the tag: %1").arg(ref->repository));
    QList<PushResult> results;
    for (const QString &tag : tags) {
        Reference one = *ref;
        one.tag = tag;
        auto result = pushOne(target, one, observer);
        if (!result)
            return std::unexpected(result.error());
        results.append(*result);
    }
    return results;
}

} // namespace porthole
