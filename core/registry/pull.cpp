#include "registry/pull.h"

#include "base/events.h"
#include "registry/blobrecords.h"
#include "registry/httpheaders.h"
#include "registry/layerdownloads.h"
#include "registry/listings.h"
#include "registry/manifestfetch.h"

#include <QUrlQuery>
#include <future>
#include <thread>

namespace porthole {
namespace {

// Whether the name as written starts with a registry ("quay.io/x", "localhost:5000/x").
bool namesRegistry(const QString &text)
{
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    if (slash < 0)
        return false;
    const QString first = text.left(slash);
    return first.contains(QLatin1Char('.')) || first.contains(QLatin1Char(':')) || first == QLatin1String("localhost")
           || first != first.toLower();
}

// An unqualified name stands for itself in each search registry, in order.
QList<Reference> candidates(const RegistriesConf &conf, const QString &text, const Reference &ref)
{
    if (namesRegistry(text) || conf.unqualifiedSearchRegistries.isEmpty())
        return {ref};
    QList<Reference> list;
    for (const QString &registry : searchRegistries(conf))
        if (auto candidate = Reference::parseNamed(registry + QLatin1Char('/') + text))
            list.append(*candidate);
    return list.isEmpty() ? QList<Reference>{ref} : list;
}

bool isUpToDate(const ImageStore &store, const Reference &ref, const QString &imageId, const QString &digestReference)
{
    auto existing = store.image(ref.digest.isEmpty() ? ref.toString() : ref.digestReference());
    return existing && existing->id == imageId && existing->repoDigests.contains(digestReference);
}

void rememberBlobs(const ImageStore &store, const RegistryEndpoint &endpoint, const ResolvedImage &image)
{
    const BlobRecords records(store.paths().root);
    for (qsizetype i = 0; i < image.manifest.layers.size(); ++i) {
        const Descriptor &blob = image.manifest.layers.at(i);
        (void)records.remember(image.config.diffIds.at(i).mid(7),
                               BlobRecord{blob.digest, blob.mediaType, blob.size, endpoint.domain, endpoint.repository});
    }
}

struct PullAttempt {
    const Reference &ref;
    const RegistryEndpoint &endpoint;
    const PullRequest &request;
};

Result<PullResult> commitPulled(ImageStore &store, const PullAttempt &attempt, const ResolvedImage &image,
                                const QList<PreparedLayer> &layers, const TransferObserver &observer)
{
    const Reference &ref = attempt.ref;
    const QString digestReference = ref.repository + QLatin1Char('@') + image.manifestDigest;
    const bool upToDate = layers.isEmpty() && isUpToDate(store, ref, image.imageId(), digestReference);
    const QStringList tags = ref.digest.isEmpty() ? QStringList{ref.toString()} : QStringList();
    auto committed = store.commitImage(image.configBytes, layers, tags, {digestReference});
    if (!committed)
        return std::unexpected(committed.error());
    rememberBlobs(store, attempt.endpoint, image);
    (void)appendEvent(store.paths().root, Event{QDateTime::currentDateTimeUtc(), QStringLiteral("image"), QStringLiteral("pull"),
                                                ref.familiar(), QJsonObject{{QLatin1String("name"), ref.repository}}});
    tell(observer, QStringLiteral("Digest: ") + image.manifestDigest);
    tell(observer, (upToDate ? QStringLiteral("Status: Image is up to date for ") : QStringLiteral("Status: Downloaded newer image for "))
                      + ref.familiar());
    return PullResult{ref.familiar(), ref.fullyQualified(), image.manifestDigest, image.imageId(), !upToDate};
}

// The config is fetched beside the layers; layers that finished are kept
// for the next pull when the failure was not the content's (nor the
// config's: a pull refused for its platform changes nothing).
Result<ResolvedImage> downloadLayers(RegistrySession &session, ImageStore &store, const PullAttempt &attempt,
                                     const ResolvedManifest &resolved, LayerDownloads &downloads,
                                     const TransferObserver &observer, Progress &progress, ProgressRelay &relay)
{
    const Reference &ref = attempt.ref;
    const Platform platform = attempt.request.platform.value_or(Platform::host());
    std::promise<Result<QStringList>> diffIds;
    Result<ResolvedImage> image = fail(QStringLiteral("the image config did not arrive"));
    std::thread configFetch([&] {
        image = fetchImageConfig(session, attempt.endpoint.repository, resolved, ref, platform,
                                 attempt.request.platform.has_value(), progress);
        diffIds.set_value(image ? Result<QStringList>(image->config.diffIds) : Result<QStringList>(std::unexpected(image.error())));
        relay.wake();
    });
    auto ok = downloads.run(resolved.manifest.layers, diffIds.get_future().share(), observer, progress);
    configFetch.join();
    if (!ok) {
        if (image && !downloads.contentWasWrong()) { // whole and verified: the next pull reuses them
            if (store.keepLayers(downloads.prepared())) {
                const BlobRecords records(store.paths().root);
                for (const auto &[diffIdHex, blob] : downloads.preparedBlobs())
                    (void)records.remember(diffIdHex, BlobRecord{blob.digest, blob.mediaType, blob.size,
                                                                 attempt.endpoint.domain, attempt.endpoint.repository});
            }
        }
        return std::unexpected(ok.error());
    }
    return image;
}

Result<PullResult> pullFrom(RegistryContext &context, ImageStore &store, const PullAttempt &attempt,
                            const TransferObserver &observer, Progress &progress)
{
    const Reference &ref = attempt.ref;
    RegistrySession &session = context.session(attempt.endpoint);
    const QString tagOrDigest = ref.digest.isEmpty() ? ref.tag : ref.digest;
    const Platform platform = attempt.request.platform.value_or(Platform::host());
    auto resolved = resolveManifest(session, attempt.endpoint.repository, tagOrDigest, ref, platform, progress);
    if (!resolved)
        return std::unexpected(resolved.error());
    tell(observer, tagOrDigest + QStringLiteral(": Pulling from ") + ref.path());
    ProgressRelay relay;
    LayerDownloads downloads(store, session, attempt.endpoint.repository, relay);
    auto image = store.image(resolved->imageId())
                     ? fetchImageConfig(session, attempt.endpoint.repository, *resolved, ref, platform,
                                        attempt.request.platform.has_value(), progress)
                     : downloadLayers(session, store, attempt, *resolved, downloads, observer, progress, relay);
    if (!image)
        return std::unexpected(image.error());
    return commitPulled(store, attempt, *image, downloads.prepared(), observer);
}

// Mirrors first, then the registry; the registry's error when all fail.
Result<PullResult> pullReference(RegistryContext &context, ImageStore &store, const Reference &ref,
                                 const PullRequest &request, const TransferObserver &observer, Progress &progress)
{
    auto endpoints = pullEndpoints(context.conf(), ref);
    if (!endpoints)
        return std::unexpected(endpoints.error());
    Result<PullResult> result = fail(QStringLiteral("no registry to pull %1 from").arg(ref.familiar()));
    for (const RegistryEndpoint &endpoint : std::as_const(*endpoints)) {
        result = pullFrom(context, store, PullAttempt{ref, endpoint, request}, observer, progress);
        if (result || progress.isCancelled())
            return result;
    }
    return result;
}

} // namespace

Result<PullResult> pullImage(RegistryContext &context, ImageStore &store, const PullRequest &request,
                             const TransferObserver &observer, Progress &progress)
{
    auto ref = Reference::parseNamed(request.reference);
    if (!ref)
        return std::unexpected(ref.error());
    const QString name = request.reference.section(QLatin1Char('@'), 0, 0);
    if (ref->digest.isEmpty() && name.lastIndexOf(QLatin1Char(':')) <= name.lastIndexOf(QLatin1Char('/')))
        tell(observer, QStringLiteral("Using default tag: latest"));
    std::optional<Error> firstError;
    for (const Reference &candidate : candidates(context.conf(), request.reference, *ref)) {
        auto result = pullReference(context, store, candidate, request, observer, progress);
        if (result || progress.isCancelled())
            return result;
        if (!firstError)
            firstError = result.error();
    }
    return std::unexpected(*firstError);
}

Result<QStringList> listTags(RegistryContext &context, const QString &repository, Progress &progress)
{
    auto ref = Reference::parseNamed(repository);
    if (!ref)
        return std::unexpected(ref.error());
    auto endpoints = pullEndpoints(context.conf(), *ref);
    if (!endpoints)
        return std::unexpected(endpoints.error());
    const RegistryEndpoint endpoint = endpoints->last();
    RegistrySession &session = context.session(endpoint);
    if (auto ok = session.ping(progress); !ok)
        return std::unexpected(ok.error());
    QStringList tags;
    QString next = QStringLiteral("/v2/%1/tags/list?n=1000").arg(endpoint.repository);
    while (!next.isEmpty()) {
        HttpRequest request;
        request.url = session.url(next);
        auto response = session.send(request, {repositoryScope(endpoint.repository, false)}, progress);
        if (!response)
            return std::unexpected(response.error());
        if (!response->isSuccess())
            return std::unexpected(manifestRequestError(*response, *ref));
        auto page = parseTagList(response->body);
        if (!page)
            return std::unexpected(page.error());
        tags += *page;
        next = nextLink(response->header("Link"));
    }
    return tags;
}

Result<QList<PullResult>> pullAllTags(RegistryContext &context, ImageStore &store, const PullRequest &request,
                                      const TransferObserver &observer, Progress &progress)
{
    auto ref = Reference::parseNamed(request.reference);
    if (!ref)
        return std::unexpected(ref.error());
    const QString name = request.reference.section(QLatin1Char('@'), 0, 0);
    if (!ref->digest.isEmpty() || name.lastIndexOf(QLatin1Char(':')) > name.lastIndexOf(QLatin1Char('/')))
        return fail(QStringLiteral("tag can't be used with --all-tags/-a"));
    auto tags = listTags(context, request.reference, progress);
    if (!tags)
        return std::unexpected(tags.error());
    QList<PullResult> results;
    for (const QString &tag : std::as_const(*tags)) {
        PullRequest one{request.reference + QLatin1Char(':') + tag, request.platform};
        auto result = pullImage(context, store, one, observer, progress);
        if (!result)
            return std::unexpected(result.error());
        results.append(*result);
    }
    return results;
}

} // namespace porthole
