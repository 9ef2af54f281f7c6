#include "registry/manifestfetch.h"

#include "base/sha256.h"
#include "registry/authprotocol.h"
#include "registry/blobreader.h"
#include "registry/registryerrors.h"

namespace porthole {
namespace {

constexpr qint64 kMaxManifestSize = 4 << 20;

Status checkIsContainerImage(const ImageManifest &manifest)
{
    const QString &configType = manifest.config.mediaType;
    if (!configType.isEmpty() && configType != mediatype::dockerConfig && configType != mediatype::ociConfig)
        return fail(QStringLiteral("this is not a container image (its config is %1)").arg(configType));
    for (const Descriptor &layer : manifest.layers)
        if (!layer.mediaType.isEmpty() && !layer.mediaType.contains(QLatin1String("tar")))
            return fail(QStringLiteral("this is not a container image (a layer is %1)").arg(layer.mediaType));
    return {};
}

Status checkPlatform(const ImageConfig &config, const Platform &wanted, const Reference &display)
{
    const Platform actual = Platform{config.root.value(QLatin1String("os")).toString(),
                                     config.root.value(QLatin1String("architecture")).toString(),
                                     config.root.value(QLatin1String("variant")).toString()}.normalized();
    if (platformDistance(wanted, actual))
        return {};
    return fail(QStringLiteral("image with reference %1 was found but does not match the specified platform: wanted %2, actual: %3")
                    .arg(display.familiar(), wanted.normalized().toString(), actual.toString()));
}

} // namespace

QString ResolvedImage::imageId() const
{
    return QStringLiteral("sha256:") + Sha256::hexOf(configBytes);
}

Error manifestRequestError(const HttpResponse &response, const Reference &display)
{
    const QString cause = registryErrorText(response.status, response.body);
    if (hasRegistryErrorCode(response.body, {QStringLiteral("MANIFEST_UNKNOWN")}))
        return Error{QStringLiteral("manifest for %1 not found: %2").arg(display.familiar(), cause)};
    if (hasRegistryErrorCode(response.body, {QStringLiteral("NAME_UNKNOWN")}))
        return Error{QStringLiteral("repository %1 not found: %2").arg(display.repository, cause)};
    if (response.status == 401 || response.status == 403
        || hasRegistryErrorCode(response.body, {QStringLiteral("DENIED"), QStringLiteral("UNAUTHORIZED")}))
        return Error{QStringLiteral("pull access denied for %1, repository does not exist or may require 'docker login': %2")
                         .arg(display.repository, authorizationFailureText(response, false))};
    if (response.status == 404)
        return Error{QStringLiteral("manifest for %1 not found: manifest unknown").arg(display.familiar())};
    return Error{cause};
}

Result<FetchedManifest> fetchManifest(RegistrySession &session, const QString &repository, const QString &tagOrDigest,
                                      const Reference &display, Progress &progress)
{
    if (auto ok = session.ping(progress); !ok)
        return std::unexpected(ok.error());
    HttpRequest request;
    request.url = session.url(QStringLiteral("/v2/%1/manifests/%2").arg(repository, tagOrDigest));
    request.headers.append({"Accept", manifestAcceptHeader()});
    request.maxResponseSize = kMaxManifestSize;
    auto response = session.send(request, {repositoryScope(repository, false)}, progress);
    if (!response)
        return std::unexpected(response.error());
    if (!response->isSuccess())
        return std::unexpected(manifestRequestError(*response, display));
    FetchedManifest fetched;
    fetched.bytes = response->body;
    fetched.digest = QStringLiteral("sha256:") + Sha256::hexOf(fetched.bytes);
    fetched.mediaType = QString::fromLatin1(response->header("Content-Type"));
    const QString named = tagOrDigest.startsWith(QLatin1String("sha256:"))
                              ? tagOrDigest
                              : QString::fromLatin1(response->header("Docker-Content-Digest"));
    if (named.startsWith(QLatin1String("sha256:")) && named != fetched.digest)
        return fail(QStringLiteral("manifest verification failed for digest %1 (the registry sent %2)").arg(named, fetched.digest));
    return fetched;
}

Result<ResolvedManifest> resolveManifest(RegistrySession &session, const QString &repository, const QString &tagOrDigest,
                                         const Reference &display, const Platform &platform, Progress &progress)
{
    auto top = fetchManifest(session, repository, tagOrDigest, display, progress);
    if (!top)
        return std::unexpected(top.error());
    auto kind = manifestKind(top->mediaType, top->bytes);
    if (!kind)
        return std::unexpected(kind.error());
    ResolvedManifest resolved;
    resolved.manifestDigest = top->digest;
    resolved.fromList = *kind == ManifestKind::List;
    QByteArray manifestBytes = top->bytes;
    if (resolved.fromList) {
        auto list = parseManifestList(top->bytes);
        if (!list)
            return std::unexpected(list.error());
        auto entry = choosePlatformManifest(*list, platform);
        if (!entry)
            return std::unexpected(entry.error());
        auto chosen = fetchManifest(session, repository, entry->digest, display, progress);
        if (!chosen)
            return std::unexpected(chosen.error());
        auto chosenKind = manifestKind(chosen->mediaType, chosen->bytes);
        if (!chosenKind || *chosenKind != ManifestKind::Image)
            return fail(QStringLiteral("the manifest list entry %1 is not an image manifest").arg(entry->digest));
        manifestBytes = chosen->bytes;
    }
    auto manifest = parseImageManifest(manifestBytes);
    if (!manifest)
        return std::unexpected(manifest.error());
    if (auto ok = checkIsContainerImage(*manifest); !ok)
        return std::unexpected(ok.error());
    resolved.manifest = *manifest;
    return resolved;
}

Result<ResolvedImage> fetchImageConfig(RegistrySession &session, const QString &repository, const ResolvedManifest &resolved,
                                       const Reference &display, const Platform &platform, bool explicitPlatform,
                                       Progress &progress)
{
    ResolvedImage image;
    image.manifestDigest = resolved.manifestDigest;
    image.manifest = resolved.manifest;
    auto config = fetchSmallBlob(session, repository, resolved.manifest.config, progress);
    if (!config)
        return std::unexpected(config.error());
    image.configBytes = *config;
    auto parsed = ImageConfig::parse(*config);
    if (!parsed)
        return std::unexpected(parsed.error());
    image.config = *parsed;
    if (image.config.diffIds.size() != resolved.manifest.layers.size())
        return fail(QStringLiteral("layers from manifest don't match image configuration"));
    if (explicitPlatform && !resolved.fromList)
        if (auto ok = checkPlatform(image.config, platform, display); !ok)
            return std::unexpected(ok.error());
    return image;
}

Result<ResolvedImage> resolveImage(RegistrySession &session, const QString &repository, const QString &tagOrDigest,
                                   const Reference &display, const Platform &platform, bool explicitPlatform,
                                   Progress &progress)
{
    auto resolved = resolveManifest(session, repository, tagOrDigest, display, platform, progress);
    if (!resolved)
        return std::unexpected(resolved.error());
    return fetchImageConfig(session, repository, *resolved, display, platform, explicitPlatform, progress);
}

} // namespace porthole
