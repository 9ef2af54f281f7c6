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
    QStringList repoDigests; // "busybox@sha256:<manifest digest>", one per registry repository it came from or went to
    qint64 size = 0;      // sum of its layers' content
    QDateTime lastTagTime;

    QString hex() const { return id.mid(7); }
    QString shortId() const { return id.mid(7, 12); }
    // The manifest digest this image has in repository ("busybox"), or "" (images --digests).
    QString digestIn(const QString &repository) const;
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
    qint64 layerSize(const QString &diffId) const; // 0 for a layer the store lacks

    Result<QString> importRootfs(ByteSource &source, const ImportOptions &options, Progress &progress);
    // Both record "tag"/"untag" events. A new tag has no digest; removing an
    // image's last tag of a repository also drops its digests there (Docker).
    Status tag(const QString &source, const QString &target);
    Status untag(const QString &reference); // the image itself stays
    // By id, tag or digest ("busybox@sha256:…"). Returns Docker's lines:
    // "Untagged: x", "Deleted: sha256:...".
    Result<QStringList> remove(const QString &nameOrId, bool force);
    // Records "repo@sha256:…" as a RepoDigest of an image (after a push).
    Status addRepoDigest(const QString &imageId, const QString &digestReference);

    // Extracts one layer into a new temporary directory of the store.
    Result<PreparedLayer> prepareLayer(ByteSource &source, const QString &workDir, Progress &progress);
    // Makes an image visible: adopts its layers, stores its config and points
    // the given references (and RepoDigests "repo@sha256:…") at it. Returns
    // messages about moved tags.
    Result<QStringList> commitImage(const QByteArray &configBytes, const QList<PreparedLayer> &layers,
                                    const QStringList &references, const QStringList &repoDigests = {});
    // Moves whole, verified layers into the store without an image (a pull
    // that stopped keeps what it finished for the next one); they go with
    // the next garbage collection unless an image takes them.
    Status keepLayers(const QList<PreparedLayer> &layers);

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
    Status syncLayerContents(const QList<PreparedLayer> &layers) const;
    Status collectGarbage(ImageIndex &index);
    Result<ImageInfo> readImage(const QString &hex, const ImageIndex &index) const;
    Result<QString> resolveId(const QString &nameOrId, const ImageIndex &index) const;
    Result<QStringList> untagForRemoval(ImageIndex &index, const QString &id, const QString &nameOrId, bool force,
                                        bool &imageStays) const;
    void recordEvent(const QString &action, const QString &id, const QString &name) const;
    QString imageDir(const QString &hex) const { return m_paths.imagesDir() + QLatin1Char('/') + hex; }

    StorePaths m_paths;
    LayerStore m_layers;
};

} // namespace porthole
