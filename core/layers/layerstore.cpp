#include "layers/layerstore.h"

#include "base/fsutil.h"
#include "base/ids.h"
#include "layers/tarsplit.h"
#include "base/tempwork.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace porthole {

bool LayerStore::contains(const QString &diffIdHex) const
{
    return QFileInfo::exists(layerDir(diffIdHex) + QStringLiteral("/layer.json"));
}

Result<LayerInfo> LayerStore::info(const QString &diffIdHex) const
{
    auto bytes = readWholeFile(layerDir(diffIdHex) + QStringLiteral("/layer.json"));
    if (!bytes)
        return fail(QStringLiteral("layer sha256:%1 is missing from the store").arg(diffIdHex));
    const QJsonObject json = QJsonDocument::fromJson(*bytes).object();
    LayerInfo info;
    info.diffId = QStringLiteral("sha256:") + diffIdHex;
    info.size = json.value(QLatin1String("size")).toInteger();
    info.tarSize = json.value(QLatin1String("tarSize")).toInteger();
    info.entries = json.value(QLatin1String("entries")).toInteger();
    info.created = QDateTime::fromString(json.value(QLatin1String("created")).toString(), Qt::ISODateWithMs);
    info.diffPath = layerDir(diffIdHex) + QStringLiteral("/diff");
    return info;
}

Status LayerStore::describe(const QString &tempLayerDir, const ExtractedLayer &layer)
{
    const QJsonObject json{{QLatin1String("diffId"), QString(QStringLiteral("sha256:") + layer.diffIdHex)},
                           {QLatin1String("size"), layer.contentSize},
                           {QLatin1String("tarSize"), layer.tarSize},
                           {QLatin1String("entries"), layer.entries},
                           {QLatin1String("created"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
    // Not synced here: the layer's files and this go to disk in the one
    // syncfs before the layer is adopted (ImageStore::keepLayers, commitImage).
    return replaceFile(tempLayerDir + QStringLiteral("/layer.json"), QJsonDocument(json).toJson(QJsonDocument::Compact));
}

Result<bool> LayerStore::adopt(const QString &tempLayerDir, const QString &diffIdHex)
{
    if (auto ok = makeDirectories(m_dir); !ok)
        return std::unexpected(ok.error());
    if (contains(diffIdHex))
        return false;
    // A directory without layer.json is a leftover of a removal cut short.
    if (QFileInfo::exists(layerDir(diffIdHex)))
        if (auto ok = remove(diffIdHex); !ok)
            return std::unexpected(ok.error());
    return renameDirectoryIfAbsent(tempLayerDir, layerDir(diffIdHex));
}

Result<QStringList> LayerStore::allHex() const
{
    return QDir(m_dir).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
}

Status LayerStore::remove(const QString &diffIdHex)
{
    // Rename first so a crash midway never leaves a half-deleted layer that
    // still looks whole: the leftover sits in tmp-like form and is removed later.
    const QString from = layerDir(diffIdHex);
    const QString doomed = m_dir + QStringLiteral("/.removing-") + diffIdHex + QLatin1Char('-') + randomHex(8);
    if (!QDir().rename(from, doomed))
        return removeTree(from);
    return removeTree(doomed);
}

Status LayerStore::streamTar(const QString &diffIdHex, const std::function<Status(const char *, qint64)> &sink) const
{
    return TarSplitAssembler::assemble(layerDir(diffIdHex) + QStringLiteral("/tar-split"),
                                       layerDir(diffIdHex) + QStringLiteral("/diff"), diffIdHex, sink);
}

} // namespace porthole
