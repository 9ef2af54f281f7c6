#pragma once
// The OCI image configuration: what `import` writes and what `load` reads.
// The image id is the sha256 of these exact bytes, so they are stored verbatim.
#include "base/error.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace porthole {

struct ImageConfig {
    QJsonObject root;   // the whole document
    QJsonObject config; // "config": Cmd, Env, Entrypoint, ...
    QStringList diffIds; // "sha256:<hex>", bottom layer first
    QJsonArray history;
    QDateTime created;

    static Result<ImageConfig> parse(const QByteArray &bytes);
};

// "amd64", "arm64", ... for this machine, as OCI names architectures.
QString ociArchitecture();

// RFC 3339 time as Docker writes it, in UTC.
QString rfc3339(const QDateTime &time);

// The config of a one-layer image made by `import`.
QByteArray importConfig(const QString &diffIdHex, const QJsonObject &containerConfig,
                        const QString &comment, const QDateTime &created);

// The config of an image made from a parent plus one layer (commit).
QByteArray derivedConfig(const ImageConfig &parent, const QString &diffIdHex,
                         const QJsonObject &containerConfig, const QJsonObject &historyEntry,
                         const QDateTime &created);

bool isValidDigest(const QString &digest);

// ChainIDs per the OCI image spec: ChainID(L0) = DiffID(L0),
// ChainID(Ln) = sha256(ChainID(Ln-1) + " " + DiffID(Ln)). They name a layer
// together with everything under it, as Docker's layer store does.
QStringList chainIds(const QStringList &diffIds); // "sha256:" + 64 lowercase hex

} // namespace porthole
