#pragma once
// Blob uploads as the distribution spec has them: HEAD to see whether the
// registry has a blob, POST to open an upload (or mount the blob from
// another repository of the same registry), PATCH in chunks with
// Content-Range, and a closing PUT ?digest=.
#include "base/bytesource.h"
#include "base/error.h"
#include "base/progress.h"
#include "registry/manifest.h"
#include "registry/registrysession.h"

#include <QUrl>
#include <functional>
#include <optional>

namespace porthole {

class BlobUpload {
public:
    // Chunks of this size are read into memory and sent one PATCH at a time.
    static constexpr qint64 kChunkSize = 8 << 20;

    BlobUpload(RegistrySession &session, QString repository, Progress &progress);

    Result<bool> exists(const QString &digest);
    // Opens an upload; with mountFrom, asks the registry to mount the blob
    // from that repository instead. Returns true when it did (no upload needed).
    Result<bool> start(const QString &digest = {}, const QString &mountFrom = {});
    // Sends a small blob whole (a config) and closes the upload.
    Status sendWhole(const QByteArray &data, const QString &digest);
    // Sends a stream in chunks, then closes the upload with the digest of
    // what was sent. onBytes gets the bytes sent so far.
    Result<Descriptor> sendStream(ByteSource &source, const QString &mediaType, const std::function<void(qint64)> &onBytes);

private:
    QStringList scopes(const QString &mountFrom = {}) const;
    Status takeLocation(const HttpResponse &response);
    Status closeUpload(const QString &digest, const QByteArray &body);
    Error failure(const QString &what, const HttpResponse &response) const;

    RegistrySession &m_session;
    QString m_repository;
    Progress &m_progress;
    QUrl m_location;
};

} // namespace porthole
