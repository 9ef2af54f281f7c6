// Layer extraction, as import, load and pull do it: a layer tar (plain or
// compressed) extracted into a scratch directory. Nothing may be written
// outside the layer's directory (see confine.h: the rest of the machine is
// read-only to this process, and an escape shows as EROFS), and the layer
// directory holds only diff/ and the tar-split record afterwards.
#include "confine.h"
#include "fuzzsupport.h"
#include "base/fsutil.h"
#include "base/progress.h"
#include "layers/layerextractor.h"

using namespace porthole;

namespace {
QString g_scratch;
}

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    g_scratch = fuzz::confinedScratch("layerextract", *argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString target = g_scratch + QStringLiteral("/layer");
    fuzz::MemorySource source(fuzz::bytes(data, size));
    Progress progress;
    auto extracted = extractLayer(source, target, progress);
    if (!extracted && fuzz::escapedScratch(extracted.error().message))
        fuzz::violated("extraction wrote outside its directory:", extracted.error().message);
    const QStringList around = fuzz::scratchEntries(g_scratch);
    if (!around.isEmpty() && around != QStringList{QStringLiteral("layer")})
        fuzz::violated("extraction left files beside its directory:", around.join(QLatin1Char(' ')));
    if (extracted) {
        const QStringList inside = fuzz::scratchEntries(target);
        for (const QString &name : inside)
            if (name != QLatin1String("diff") && name != QLatin1String("tar-split"))
                fuzz::violated("extraction wrote beside diff/:", name);
        if (extracted->diffIdHex.size() != 64)
            fuzz::violated("a layer without a diff id");
    }
    // As the store removes a failed layer (names need not be UTF-8).
    if (auto removed = removeTree(target); !removed || QFileInfo::exists(target))
        fuzz::violated("the layer directory cannot be removed:", removed ? QString() : removed.error().message);
    return 0;
}
