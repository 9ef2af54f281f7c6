// `load`: docker-archive (manifest.json, repositories, config and layer
// tars) and OCI image layouts (index.json, oci-layout, blobs/sha256/...),
// loaded into a fresh image store in a scratch directory (confine.h) and
// inspected. Nothing may be written outside the store.
#include "confine.h"
#include "fuzzsupport.h"
#include "base/fsutil.h"
#include "base/progress.h"
#include "base/storepaths.h"
#include "images/imageinspect.h"
#include "images/imagestore.h"

using namespace porthole;

namespace {
QString g_scratch;
}

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    g_scratch = fuzz::confinedScratch("imagearchive", *argc, *argv);
    qputenv("PORTHOLE_ROOT", QFile::encodeName(g_scratch + QStringLiteral("/store")));
    qputenv("PORTHOLE_RUNROOT", QFile::encodeName(g_scratch + QStringLiteral("/run")));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const StorePaths paths = StorePaths::resolve(g_scratch + QStringLiteral("/store"), g_scratch + QStringLiteral("/run"));
    auto store = ImageStore::open(paths);
    if (!store)
        fuzz::violated("cannot open a store in the scratch:", store.error().message);
    fuzz::MemorySource source(fuzz::bytes(data, size));
    Progress progress;
    auto loaded = store->load(source, progress);
    if (!loaded && fuzz::escapedScratch(loaded.error().message))
        fuzz::violated("load wrote outside the store:", loaded.error().message);
    if (loaded) {
        auto images = store->images();
        if (!images)
            fuzz::violated("a loaded store cannot list its images:", images.error().message);
        for (const ImageInfo &image : std::as_const(*images))
            inspectImage(*store, image);
    }
    for (const QString &name : fuzz::scratchEntries(g_scratch))
        if (name != QLatin1String("store") && name != QLatin1String("run"))
            fuzz::violated("load left files beside the store:", name);
    for (const char *dir : {"/store", "/run"})
        if (auto removed = removeTree(g_scratch + QLatin1String(dir)); !removed)
            fuzz::violated("the store cannot be removed:", removed.error().message);
    return 0;
}
