// What a registry answers for a manifest: image manifests (Docker schema 2,
// OCI), manifest lists and OCI indexes, and the platform chosen from them;
// the tag list, catalog and Docker Hub search replies and paging headers too.
// Input: the first line is the Content-Type, the rest the body.
#include "fuzzsupport.h"
#include "registry/httpheaders.h"
#include "registry/listings.h"
#include "registry/manifest.h"
#include "registry/platform.h"

using namespace porthole;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    const qsizetype newline = input.indexOf('\n');
    const QByteArray contentType = newline < 0 ? QByteArray() : input.left(newline);
    const QByteArray body = newline < 0 ? input : input.mid(newline + 1);

    if (auto kind = manifestKind(QString::fromUtf8(contentType), body)) {
        if (*kind == ManifestKind::List) {
            if (auto list = parseManifestList(body)) {
                for (const char *wanted : {"linux/amd64", "linux/arm/v7", "linux/arm64/v8", "windows/amd64"}) {
                    auto platform = Platform::parse(QString::fromLatin1(wanted));
                    if (platform)
                        (void)choosePlatformManifest(*list, *platform);
                }
            }
        } else if (auto manifest = parseImageManifest(body)) {
            for (const Descriptor &layer : std::as_const(manifest->layers))
                layer.shortId();
            schema2Manifest(manifest->config, manifest->layers);
        }
    }
    (void)parseTagList(body);
    (void)parseCatalog(body);
    (void)parseHubSearch(body);
    parseContentRange(contentType);
    parseUploadRange(contentType);
    nextLink(contentType);
    return 0;
}
