#pragma once
// From a tag or digest to an image: the manifest (verified against the
// digest asked for, or the one the registry names), the platform's entry
// of a manifest list, and the image config (verified too).
#include "base/error.h"
#include "images/imageconfig.h"
#include "images/reference.h"
#include "registry/manifest.h"
#include "registry/platform.h"
#include "registry/registrysession.h"

#include <optional>

namespace porthole {

struct FetchedManifest {
    QString digest; // sha256 of the bytes
    QString mediaType;
    QByteArray bytes;
};

struct ResolvedImage {
    QString manifestDigest; // what was asked for (a list's digest for a multi-platform image): the RepoDigest
    ImageManifest manifest; // the platform's image manifest
    QByteArray configBytes;
    ImageConfig config;
    QString imageId() const; // "sha256:" + sha256 of the config
};

// The platform's image manifest, before its config is fetched (a pull
// starts the layers and the config at once, as Docker does).
struct ResolvedManifest {
    QString manifestDigest; // what was asked for: the RepoDigest
    ImageManifest manifest;
    bool fromList = false; // chosen from a manifest list
    QString imageId() const { return manifest.config.digest; } // the config's digest names the image
};

// tagOrDigest: "latest" or "sha256:…"; display names the image in errors.
Result<FetchedManifest> fetchManifest(RegistrySession &session, const QString &repository, const QString &tagOrDigest,
                                      const Reference &display, Progress &progress);

Result<ResolvedManifest> resolveManifest(RegistrySession &session, const QString &repository, const QString &tagOrDigest,
                                         const Reference &display, const Platform &platform, Progress &progress);

// The config of a resolved manifest (verified by its digest), checked
// against the manifest's layers and, with explicitPlatform, the platform.
Result<ResolvedImage> fetchImageConfig(RegistrySession &session, const QString &repository, const ResolvedManifest &resolved,
                                       const Reference &display, const Platform &platform, bool explicitPlatform,
                                       Progress &progress);

// Both in turn. The image for a platform; explicitPlatform makes a single-platform image
// of another platform an error (as docker pull --platform does).
Result<ResolvedImage> resolveImage(RegistrySession &session, const QString &repository, const QString &tagOrDigest,
                                   const Reference &display, const Platform &platform, bool explicitPlatform,
                                   Progress &progress);

// Docker's words for a manifest request the registry refused.
Error manifestRequestError(const HttpResponse &response, const Reference &display);

} // namespace porthole
