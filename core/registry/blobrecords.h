#pragma once
// What the store knows of a layer's compressed forms in registries
// (<store>/distribution/<diff_id hex>.json, and blobs/<blob hex> naming the
// diff_id back): a pull records the blob it
// came as, a push the blob it made, so a later push can find it there
// (HEAD) or mount it from another repository of the same registry, as
// Docker's v2 metadata does.
#include "base/error.h"

#include <QList>
#include <QString>
#include <optional>

namespace porthole {

struct BlobRecord {
    QString digest;     // "sha256:…" of the compressed blob
    QString mediaType;
    qint64 size = 0;
    QString registry;   // "127.0.0.1:5000", "docker.io"
    QString repository; // "library/busybox"
};

class BlobRecords {
public:
    explicit BlobRecords(const QString &storeRoot) : m_dir(storeRoot + QStringLiteral("/distribution")) {}
    QList<BlobRecord> forLayer(const QString &diffIdHex) const;
    // Adds or refreshes one record (a lost race only costs a later upload),
    // and the way back: which layer the blob unpacks to.
    Status remember(const QString &diffIdHex, const BlobRecord &record) const;
    // The diff_id hex a blob ("sha256:…") was recorded to unpack to, so a
    // pull knows a layer is there before the image config arrives.
    std::optional<QString> diffIdOfBlob(const QString &blobDigest) const;

private:
    QString m_dir;
};

} // namespace porthole
