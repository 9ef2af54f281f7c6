#pragma once
// Layers on disk: layers/<diff_id hex>/{diff/, tar-split, layer.json}. Each
// layer is stored once, whichever images use it, and is ready to be an
// overlayfs lower directory.
#include "base/error.h"
#include "layers/layerextractor.h"

#include <QDateTime>
#include <QSet>
#include <QString>

namespace porthole {

struct LayerInfo {
    QString diffId;     // "sha256:<hex>"
    qint64 size = 0;    // bytes of file content
    qint64 tarSize = 0; // bytes of the layer tar
    qint64 entries = 0;
    QDateTime created;
    QString diffPath;   // the extracted files
};

class LayerStore {
public:
    explicit LayerStore(QString layersDir) : m_dir(std::move(layersDir)) {}

    QString layerDir(const QString &diffIdHex) const { return m_dir + QLatin1Char('/') + diffIdHex; }
    bool contains(const QString &diffIdHex) const;
    Result<LayerInfo> info(const QString &diffIdHex) const;

    // Writes layer.json into an extracted temporary layer directory, not
    // synced: the caller syncs the file system before adopt (as the layer's
    // files need it too).
    static Status describe(const QString &tempLayerDir, const ExtractedLayer &layer);
    // Moves a described temporary layer into place (call under the store lock).
    // Returns false when the layer already existed; the temporary is left.
    Result<bool> adopt(const QString &tempLayerDir, const QString &diffIdHex);

    Result<QStringList> allHex() const;
    Status remove(const QString &diffIdHex);

    // Streams the layer's original tar bytes, verified against its diff_id.
    Status streamTar(const QString &diffIdHex, const std::function<Status(const char *, qint64)> &sink) const;

private:
    QString m_dir;
};

} // namespace porthole
