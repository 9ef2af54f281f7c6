// Image references as users type them (`run busybox`, `pull quay.io/a/b:t`,
// `@sha256:...`), and platforms (`--platform linux/arm/v7`).
#include "fuzzsupport.h"
#include "images/reference.h"
#include "registry/platform.h"

using namespace porthole;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = fuzz::text(data, size);
    Reference::looksLikeId(input);
    // parse: names with a tag; parseNamed: digests too (pull, run).
    for (auto parser : {&Reference::parse, &Reference::parseNamed}) {
        auto parsed = parser(input);
        if (!parsed)
            continue;
        // A parsed reference prints back to something that parses to the same one.
        const QString again = parsed->digest.isEmpty() ? parsed->toString() : parsed->digestReference();
        auto reparsed = parser(again);
        if (!reparsed)
            fuzz::violated("a parsed reference does not parse back:", again + QStringLiteral(" / ") + reparsed.error().message);
        const bool tagKept = !parsed->digest.isEmpty() || reparsed->tag == parsed->tag; // name@digest drops the tag
        if (reparsed->repository != parsed->repository || !tagKept || reparsed->digest != parsed->digest)
            fuzz::violated("a reference changed on the round trip:", input);
        parsed->familiar();
        parsed->fullyQualified();
        parsed->qualifiedName();
    }
    if (auto platform = Platform::parse(input)) {
        const Platform normal = platform->normalized();
        platformDistance(normal, Platform::host());
        normal.toString();
    }
    return 0;
}
