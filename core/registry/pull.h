#pragma once
// docker pull: a reference (tag or digest) from its registry, or its
// mirrors first, into the image store. The image appears whole or not at
// all; layers already in the store are not fetched; the config is stored
// byte for byte (the image id is Docker's); the tag and the RepoDigest
// ("busybox@sha256:…") point at it afterwards; a "pull" event is recorded.
#include "base/error.h"
#include "base/progress.h"
#include "images/imagestore.h"
#include "registry/platform.h"
#include "registry/registrycontext.h"
#include "registry/transferprogress.h"

#include <optional>

namespace porthole {

struct PullRequest {
    QString reference;                // as written: "busybox", "localhost:5000/app:v1", "alpine@sha256:…"
    std::optional<Platform> platform; // --platform; the host's when unset
};

struct PullResult {
    QString reference;      // familiar: "busybox:latest", "busybox@sha256:…"
    QString fullyQualified; // "docker.io/library/busybox:latest": what docker pull prints last (and -q alone)
    QString manifestDigest; // "sha256:…"
    QString imageId;        // "sha256:…"
    bool downloaded = true; // false: the image was already there ("Image is up to date")
};

// Messages ("Using default tag: latest", "latest: Pulling from library/busybox",
// "Digest: …", "Status: …") and layer updates reach observer on the calling
// thread.
Result<PullResult> pullImage(RegistryContext &context, ImageStore &store, const PullRequest &request,
                             const TransferObserver &observer, Progress &progress);

// pull --all-tags: every tag of a repository (no tag or digest in the name).
Result<QList<PullResult>> pullAllTags(RegistryContext &context, ImageStore &store, const PullRequest &request,
                                      const TransferObserver &observer, Progress &progress);

// The tags of a repository ("busybox", "localhost:5000/app"), for completion
// and --all-tags.
Result<QStringList> listTags(RegistryContext &context, const QString &repository, Progress &progress);

} // namespace porthole
