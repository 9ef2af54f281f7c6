#include "registry/blobreader.h"

#include "registry/authprotocol.h"
#include "registry/httpheaders.h"
#include "registry/registryerrors.h"

#include <cstring>

namespace porthole {
namespace {

constexpr int kMaxResumes = 5;
constexpr int kResumeBackoffMs = 500;

} // namespace

Error blobRequestError(const HttpResponse &response, const QString &repository, const QString &digest)
{
    if (response.status == 404)
        return Error{QStringLiteral("blob %1 of %2 is not in the registry: %3")
                         .arg(digest, repository, registryErrorText(response.status, response.body))};
    if (response.status == 401 || response.status == 403)
        return Error{QStringLiteral("reading %1 of %2: %3").arg(digest, repository, authorizationFailureText(response, false))};
    return Error{QStringLiteral("reading %1 of %2: %3").arg(digest, repository, registryErrorText(response.status, response.body))};
}

BlobReader::BlobReader(RegistrySession &session, QString repository, Descriptor blob, Progress &progress,
                       std::function<void(qint64)> onBytes)
    : m_session(session), m_repository(std::move(repository)), m_blob(std::move(blob)), m_progress(progress),
      m_onBytes(std::move(onBytes))
{
}

Status BlobReader::open()
{
    if (auto ok = m_session.ping(m_progress); !ok)
        return ok;
    HttpRequest request;
    request.url = m_session.url(QStringLiteral("/v2/%1/blobs/%2").arg(m_repository, m_blob.digest));
    if (m_offset > 0) {
        request.headers.append({"Range", rangeFrom(m_offset)});
        m_hashedOnNetwork = false;
    }
    if (m_hashedOnNetwork)
        request.bodyHash = m_hash;
    auto stream = m_session.open(request, {repositoryScope(m_repository, false)}, m_progress);
    if (!stream)
        return std::unexpected(stream.error());
    const HttpResponse &response = (*stream)->response();
    if (!response.isSuccess())
        return std::unexpected(blobRequestError(response, m_repository, m_blob.digest));
    m_stream = std::move(*stream);
    if (m_offset == 0)
        return {};
    if (response.status == 206) {
        const auto range = parseContentRange(response.header("Content-Range"));
        if (range && range->start == m_offset)
            return {};
        return fail(QStringLiteral("reading %1: the registry resumed at the wrong offset").arg(m_blob.digest));
    }
    return skip(m_offset); // no Range support: the bytes we have come again
}

Status BlobReader::skip(qint64 bytes)
{
    QByteArray scratch(1 << 16, Qt::Uninitialized);
    while (bytes > 0) {
        auto n = m_stream->read(scratch.data(), std::min<qint64>(bytes, scratch.size()));
        if (!n)
            return std::unexpected(n.error());
        if (*n == 0)
            return fail(QStringLiteral("reading %1: the registry sent it shorter the second time").arg(m_blob.digest));
        bytes -= *n;
    }
    return {};
}

Status BlobReader::finishAtEnd()
{
    if (m_verified)
        return {};
    const QString digest = QStringLiteral("sha256:") + m_hash->hexResult();
    if (m_offset != m_blob.size || digest != m_blob.digest) {
        m_contentWrong = true;
        return fail(QStringLiteral("%1 verification failed for digest %2").arg(m_kind, m_blob.digest));
    }
    m_verified = true;
    return {};
}

Result<qint64> BlobReader::read(char *buffer, qint64 size)
{
    if (m_pendingUsed == m_pending.size()) {
        auto chunk = readChunk();
        if (!chunk)
            return std::unexpected(chunk.error());
        m_pending = std::move(*chunk);
        m_pendingUsed = 0;
    }
    const qint64 n = std::min<qint64>(size, m_pending.size() - m_pendingUsed);
    std::memcpy(buffer, m_pending.constData() + m_pendingUsed, size_t(n));
    m_pendingUsed += n;
    return n;
}

Result<QByteArray> BlobReader::readChunk()
{
    if (m_failure)
        return std::unexpected(*m_failure);
    auto chunk = readChunkOnce();
    if (!chunk)
        m_failure = chunk.error();
    return chunk;
}

Result<QByteArray> BlobReader::readChunkOnce()
{
    if (m_verified)
        return QByteArray();
    for (;;) {
        if (!m_stream)
            if (auto ok = open(); !ok)
                return std::unexpected(ok.error());
        auto chunk = m_stream->readChunk();
        if (chunk && chunk->isEmpty()) {
            if (auto ok = finishAtEnd(); !ok)
                return std::unexpected(ok.error());
            return QByteArray();
        }
        if (chunk) {
            if (m_offset + chunk->size() > m_blob.size) {
                m_contentWrong = true;
                return fail(QStringLiteral("%1 verification failed for digest %2: more bytes than the manifest says")
                                .arg(m_kind, m_blob.digest));
            }
            if (!m_hashedOnNetwork)
                m_hash->addData(chunk->constData(), size_t(chunk->size()));
            m_offset += chunk->size();
            if (m_onBytes)
                m_onBytes(m_offset);
            return chunk;
        }
        const bool resumable = m_stream->brokeOff() && m_resumes < kMaxResumes;
        m_stream.reset();
        if (!resumable)
            return chunk;
        ++m_resumes;
        if (!sleepUnlessCancelled(kResumeBackoffMs << (m_resumes - 1), m_progress))
            return fail(QStringLiteral("cancelled"));
    }
}

Status BlobReader::readToEnd()
{
    QByteArray scratch(1 << 16, Qt::Uninitialized);
    for (;;) {
        auto n = read(scratch.data(), scratch.size());
        if (!n)
            return std::unexpected(n.error());
        if (*n == 0)
            return {};
    }
}

Result<QByteArray> fetchSmallBlob(RegistrySession &session, const QString &repository, const Descriptor &blob,
                                  Progress &progress)
{
    if (blob.size > (16 << 20))
        return fail(QStringLiteral("the image config %1 is larger than 16 MB").arg(blob.digest));
    BlobReader reader(session, repository, blob, progress);
    reader.setKind(QStringLiteral("image config"));
    QByteArray bytes(blob.size, Qt::Uninitialized);
    qint64 filled = 0;
    QByteArray scratch(1 << 16, Qt::Uninitialized);
    for (;;) {
        auto n = reader.read(scratch.data(), scratch.size());
        if (!n)
            return std::unexpected(n.error());
        if (*n == 0)
            return bytes;
        std::memcpy(bytes.data() + filled, scratch.constData(), size_t(*n));
        filled += *n;
    }
}

} // namespace porthole
