#pragma once
// The body of an http(s) URL as a ByteSource, for `import URL`: streamed in
// bounded memory, TLS and redirects as for registries, no credentials sent.
#include "base/bytesource.h"
#include "base/progress.h"
#include "registry/registrycontext.h"

#include <memory>

namespace porthole {

Result<std::unique_ptr<ByteSource>> openUrl(RegistryContext &context, const QString &url, Progress &progress);

} // namespace porthole
