#include "gui/images/imagecatalog.h"

#include "base/humanize.h"
#include "containers/engine.h"

#include <QJsonObject>

namespace {

// Each image's layers with their size and the history line that made them.
QList<LayerRow> describeLayers(porthole::ImageStore &store, const porthole::ImageInfo &image)
{
    QStringList madeBy;
    for (const auto &value : image.config.history) {
        const QJsonObject entry = value.toObject();
        if (entry.value(QLatin1String("empty_layer")).toBool())
            continue;
        const QString createdBy = entry.value(QLatin1String("created_by")).toString();
        madeBy.append(createdBy.isEmpty() ? entry.value(QLatin1String("comment")).toString() : createdBy);
    }
    QList<LayerRow> layers;
    for (qsizetype i = 0; i < image.config.diffIds.size(); ++i) {
        const QString diffId = image.config.diffIds.at(i);
        auto layer = store.layer(diffId);
        const QString size = layer ? porthole::humanSize(layer->size) : QStringLiteral("?");
        layers.prepend({diffId, diffId.left(19), QStringLiteral("%1 · %2").arg(size, madeBy.value(i)), layer ? layer->diffPath : QString(),
                        layer ? layer->size : 0});
    }
    return layers;
}

} // namespace

QStringList ImageCatalog::names() const
{
    QStringList names;
    for (const porthole::ImageInfo &image : images)
        names += image.repoTags.isEmpty() ? QStringList{image.shortId()} : image.repoTags;
    return names;
}

qint64 ImageCatalog::sizeOf(const QString &imageId) const
{
    for (const porthole::ImageInfo &image : images)
        if (image.id == imageId)
            return image.size;
    return 0;
}

porthole::Result<ImageCatalog> loadImageCatalog(porthole::Engine &engine)
{
    auto images = engine.images().images();
    if (!images)
        return std::unexpected(images.error());
    ImageCatalog catalog{*images, {}, {}};
    for (const porthole::ImageInfo &image : std::as_const(*images))
        catalog.layers.insert(image.id, describeLayers(engine.images(), image));
    if (auto list = engine.containers().networks().list())
        for (const porthole::NetworkConfig &network : std::as_const(*list))
            if (network.name != porthole::kDefaultNetwork)
                catalog.networks.append(network.name);
    return catalog;
}
