#pragma once
// What the window knows of the store's images, loaded on a worker at each
// refresh: the images, each one's layers as the window shows them, and the
// networks users made (the new-container dialog offers them).
#include "images/imagestore.h"

#include <QHash>
#include <QStringList>

namespace porthole {
class Engine;
}

// One image layer as the window shows it.
struct LayerRow {
    QString diffId;
    QString title;  // "sha256:1aa6fc0a72b3"
    QString detail; // "4.2 MB · Imported from -"
    QString path;   // the extracted directory
    qint64 size = 0;
};

struct ImageCatalog {
    QList<porthole::ImageInfo> images;
    QHash<QString, QList<LayerRow>> layers; // image id -> its layers, top first
    QStringList networks;                   // all but the default network

    // "busybox:latest", or the short id of an untagged image.
    QStringList names() const;
    qint64 sizeOf(const QString &imageId) const; // 0 when unknown
};

// On a worker thread.
porthole::Result<ImageCatalog> loadImageCatalog(porthole::Engine &engine);
