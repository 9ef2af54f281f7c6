// Image configs (config.json of docker save, an OCI config blob, a pulled
// config) with their history, diff_ids and the chain ids made from them, and
// a commit on top of them.
#include "fuzzsupport.h"
#include "images/imageconfig.h"
#include "images/imageinspect.h"

#include <QJsonObject>

using namespace porthole;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    auto config = ImageConfig::parse(fuzz::bytes(data, size));
    if (!config)
        return 0;
    for (const QString &diffId : std::as_const(config->diffIds))
        if (!isValidDigest(diffId))
            fuzz::violated("a config was accepted with a bad diff_id:", diffId);
    chainIds(config->diffIds);
    const QDateTime when = QDateTime::fromSecsSinceEpoch(1767225600, Qt::UTC);
    auto derived = derivedConfig(*config, QString(64, QLatin1Char('a')), config->config,
                                 QJsonObject{{QStringLiteral("created_by"), QStringLiteral("fuzz")}}, when);
    auto again = ImageConfig::parse(derived);
    if (!again)
        fuzz::violated("a commit on an accepted config does not parse:", again.error().message);
    if (again->diffIds.size() != config->diffIds.size() + 1)
        fuzz::violated("a commit did not add exactly one layer");
    return 0;
}
