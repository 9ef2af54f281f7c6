#pragma once
// A registry blob as a ByteSource: read as it arrives, hashed on the way,
// and ended only when its length and digest match the descriptor. A
// connection that breaks is resumed with Range where the registry allows
// (else the bytes already read are skipped), after a short back-off.
#include "base/bytesource.h"
#include "base/sha256.h"
#include "registry/manifest.h"
#include "registry/registrysession.h"

#include <functional>
#include <optional>
#include <memory>

namespace porthole {

class BlobReader : public ByteSource {
public:
    // onBytes gets the count read so far, on the reading thread.
    BlobReader(RegistrySession &session, QString repository, Descriptor blob, Progress &progress,
               std::function<void(qint64)> onBytes = {});
    Result<qint64> read(char *buffer, qint64 size) override;
    // As the network thread received it, without a copy; empty at the end.
    bool handsOutChunks() const override { return true; }
    Result<QByteArray> readChunk() override;
    QString name() const override { return m_blob.digest; }
    // What the blob is, for errors: "filesystem layer" (default), "image config".
    void setKind(const QString &kind) { m_kind = kind; }

    // Reads what is left (what the tar reader did not need) and verifies.
    Status readToEnd();
    bool verified() const { return m_verified; }
    // The failure was the blob's content (digest or size), not the network.
    bool contentWasWrong() const { return m_contentWrong; }

private:
    Status open();
    Status skip(qint64 bytes);
    Status finishAtEnd();
    Result<QByteArray> readChunkOnce();

    RegistrySession &m_session;
    QString m_repository;
    Descriptor m_blob;
    Progress &m_progress;
    std::function<void(qint64)> m_onBytes;
    QString m_kind = QStringLiteral("filesystem layer");
    std::unique_ptr<HttpBodyStream> m_stream;
    // Hashed on the network thread while the first stream lasts; after a
    // resume the rest is hashed here, into the same state.
    std::shared_ptr<Sha256> m_hash = std::make_shared<Sha256>();
    bool m_hashedOnNetwork = true;
    qint64 m_offset = 0;
    int m_resumes = 0;
    bool m_verified = false;
    bool m_contentWrong = false;
    std::optional<Error> m_failure; // once failed, always failed
    QByteArray m_pending; // the last chunk, of which read() handed out m_pendingUsed bytes
    qint64 m_pendingUsed = 0;
};

// Reads a whole small blob (an image config) and verifies it.
Result<QByteArray> fetchSmallBlob(RegistrySession &session, const QString &repository, const Descriptor &blob,
                                  Progress &progress);

// A registry's answer that is not 2xx, in Docker's words, for a repository.
Error blobRequestError(const HttpResponse &response, const QString &repository, const QString &digest);

} // namespace porthole
