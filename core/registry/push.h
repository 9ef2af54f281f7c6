#pragma once
// docker push: an image of the store to the registry its name points at.
// Each layer is found there (HEAD of a blob recorded for it), mounted from
// another repository of the same registry, or compressed and uploaded;
// then the config and a Docker schema 2 manifest. The manifest's digest
// becomes a RepoDigest of the image; a "push" event is recorded.
#include "base/error.h"
#include "base/progress.h"
#include "images/imagestore.h"
#include "registry/registrycontext.h"
#include "registry/transferprogress.h"

namespace porthole {

struct PushRequest {
    QString reference; // "localhost:5000/app:v1", "team/app" (:latest)
    bool allTags = false; // every tag of the repository
};

struct PushResult {
    QString reference; // "localhost:5000/app:v1"
    QString tag;
    QString digest;    // "sha256:…" of the manifest
    qint64 size = 0;   // of the manifest
};

// Messages ("The push refers to repository [...]", "v1: digest: sha256:… size: 528")
// and layer updates reach observer on the calling thread.
Result<QList<PushResult>> pushImage(RegistryContext &context, ImageStore &store, const PushRequest &request,
                                    const TransferObserver &observer, Progress &progress);

} // namespace porthole
