#pragma once
// The image store: images (OCI configs), their layers and the tag index.
// Every change is prepared in a private temporary directory and made visible
// under the store lock by renames, so a kill at any moment leaves either the
// old state or the new one; the next command tidies what was left.
#include "base/bytesource.h"
#include "base/error.h"
#include "images/imageconfig.h"
#include "images/imageindex.h"
#include "layers/layerstore.h"
#include "base/progress.h"
#include "base/storepaths.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

namespace porthole {

class FileLock;

struct ImageInfo {
    QString id; // "sha256:<hex>"
    QByteArray configBytes;
    ImageConfig config;
    QStringList repoTags; // "busybox:latest"
    qint64 size = 0;      // sum of its layers' content
    QDateTime lastTagTime;

    QString hex() const { return id.mid(7); }
    QString shortId() const { return id.mid(7, 12); }
};

struct ImportOptions {
    QString reference;    // "" for an untagged image
    QStringList changes;  // Dockerfile instructions
    QString message;      // history comment; default "Imported from <source>"
};

// A layer extracted into a temporary directory, waiting to be adopted.
struct PreparedLayer {
    QString tempDir;
    ExtractedLayer extracted;
};

class ImageStore {
public:
    // Opens (creating if needed) the store and removes leftovers of
    // interrupted work.
    static Result<ImageStore> open(const StorePaths &paths);

    const StorePaths &paths() const { return m_paths; }
    LayerStore &layers() { return m_layers; }

    Result<QList<ImageInfo>> images() const;
    // By reference ("busybox", "busybox:1.0"), full id or unique id prefix.
    Result<ImageInfo> image(const QString &nameOrId) const;
    Result<LayerInfo> layer(const QString &diffId) const;

    Result<QString> importRootfs(ByteSource &source, const ImportOptions &options, Progress &progress);
    Status tag(const QString &source, const QString &target);
    Status untag(const QString &reference); // the image itself stays
    // Returns Docker's lines: "Untagged: x", "Deleted: sha256:...".
    Result<QStringList> remove(const QString &nameOrId, bool force);

    // Extracts one layer into a new temporary directory of the store.
    Result<PreparedLayer> prepareLayer(ByteSource &source, const QString &workDir, Progress &progress);
    // Makes an image visible: adopts its layers, stores its config and points
    // the given references at it. Returns messages about moved tags.
    Result<QStringList> commitImage(const QByteArray &configBytes, const QList<PreparedLayer> &layers,
                                    const QStringList &references);

    // Archives (image_archive.cpp).
    Status save(const QStringList &names, int outputFd, Progress &progress) const;
    Status saveToFile(const QStringList &names, const QString &path, Progress &progress) const;
    Result<QStringList> load(ByteSource &source, Progress &progress);

private:
    explicit ImageStore(const StorePaths &paths) : m_paths(paths), m_layers(paths.layersDir()) {}
    Result<FileLock> lock() const;
    // The tag index, read under the store lock, held while this lives.
    struct LockedIndex;
    Result<LockedIndex> lockIndex() const;
    Status recover();
    Status collectGarbage(ImageIndex &index);
    Result<ImageInfo> readImage(const QString &hex, const ImageIndex &index) const;
    Result<QString> resolveId(const QString &nameOrId, const ImageIndex &index) const;
    QString imageDir(const QString &hex) const { return m_paths.imagesDir() + QLatin1Char('/') + hex; }

    StorePaths m_paths;
    LayerStore m_layers;
};

} // namespace porthole
