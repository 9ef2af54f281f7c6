#pragma once
// docker search: Docker Hub's search API for docker.io, and for another
// registry ("localhost:5000/busy") its catalog filtered by the term.
#include "base/error.h"
#include "base/progress.h"
#include "registry/listings.h"
#include "registry/registrycontext.h"

namespace porthole {

Result<QList<SearchResult>> searchRegistry(RegistryContext &context, const QString &term, int limit, Progress &progress);

} // namespace porthole
