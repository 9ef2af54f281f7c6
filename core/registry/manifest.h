#pragma once
// Image manifests as registries serve them: Docker schema 2 and OCI image
// manifests, Docker manifest lists and OCI indexes; the entry of a list for
// a platform; and the manifest a push writes.
#include "base/error.h"
#include "registry/platform.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace porthole {

namespace mediatype {
inline const QString dockerManifest = QStringLiteral("application/vnd.docker.distribution.manifest.v2+json");
inline const QString dockerManifestList = QStringLiteral("application/vnd.docker.distribution.manifest.list.v2+json");
inline const QString dockerConfig = QStringLiteral("application/vnd.docker.container.image.v1+json");
inline const QString dockerLayerGzip = QStringLiteral("application/vnd.docker.image.rootfs.diff.tar.gzip");
inline const QString ociManifest = QStringLiteral("application/vnd.oci.image.manifest.v1+json");
inline const QString ociIndex = QStringLiteral("application/vnd.oci.image.index.v1+json");
inline const QString ociConfig = QStringLiteral("application/vnd.oci.image.config.v1+json");
inline const QString dockerSchema1 = QStringLiteral("application/vnd.docker.distribution.manifest.v1+json");
inline const QString dockerSchema1Signed = QStringLiteral("application/vnd.docker.distribution.manifest.v1+prettyjws");
} // namespace mediatype

// The Accept header of a manifest request: every kind Porthole reads.
QByteArray manifestAcceptHeader();

struct Descriptor {
    QString mediaType;
    QString digest; // "sha256:<hex>"
    qint64 size = -1;
    std::optional<Platform> platform; // index entries only
    QJsonObject annotations;

    QString shortId() const { return digest.mid(7, 12); } // how Docker names a layer in its output
};

struct ImageManifest {
    QString mediaType;
    Descriptor config;
    QList<Descriptor> layers;
};

struct ManifestList {
    QString mediaType;
    QList<Descriptor> manifests;
};

enum class ManifestKind { Image, List };

// By Content-Type, else by the document's mediaType, else by its shape.
Result<ManifestKind> manifestKind(const QString &contentType, const QByteArray &body);
Result<ImageManifest> parseImageManifest(const QByteArray &body);
Result<ManifestList> parseManifestList(const QByteArray &body);

// The image manifest of a list for the platform; attestation entries
// (unknown/unknown, vnd.docker.reference.type) are never chosen. The error
// is Docker's: "no matching manifest for linux/amd64 in the manifest list entries".
Result<Descriptor> choosePlatformManifest(const ManifestList &list, const Platform &wanted);

// A Docker schema 2 manifest for a push; its sha256 is the digest the registry reports.
QByteArray schema2Manifest(const Descriptor &config, const QList<Descriptor> &layers);

} // namespace porthole
