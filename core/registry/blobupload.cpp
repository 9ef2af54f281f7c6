#include "registry/blobupload.h"

#include "base/sha256.h"
#include "registry/authprotocol.h"
#include "registry/registryerrors.h"

#include <QUrlQuery>

namespace porthole {

BlobUpload::BlobUpload(RegistrySession &session, QString repository, Progress &progress)
    : m_session(session), m_repository(std::move(repository)), m_progress(progress)
{
}

QStringList BlobUpload::scopes(const QString &mountFrom) const
{
    QStringList list{repositoryScope(m_repository, true)};
    if (!mountFrom.isEmpty())
        list.append(repositoryScope(mountFrom, false));
    return list;
}

Error BlobUpload::failure(const QString &what, const HttpResponse &response) const
{
    if (response.status == 401 || response.status == 403)
        return Error{QStringLiteral("denied: requested access to the resource is denied (%1)")
                         .arg(authorizationFailureText(response, m_session.hasCredentials()))};
    return Error{QStringLiteral("%1 to %2: %3").arg(what, m_repository, registryErrorText(response.status, response.body))};
}

Result<bool> BlobUpload::exists(const QString &digest)
{
    if (auto ok = m_session.ping(m_progress); !ok)
        return std::unexpected(ok.error());
    HttpRequest request;
    request.method = "HEAD";
    request.url = m_session.url(QStringLiteral("/v2/%1/blobs/%2").arg(m_repository, digest));
    auto response = m_session.send(request, scopes(), m_progress);
    if (!response)
        return std::unexpected(response.error());
    if (response->status == 404)
        return false;
    if (!response->isSuccess())
        return std::unexpected(failure(QStringLiteral("checking a blob"), *response));
    return true;
}

Status BlobUpload::takeLocation(const HttpResponse &response)
{
    const QByteArray location = response.header("Location");
    if (location.isEmpty())
        return fail(QStringLiteral("the registry gave no upload location"));
    m_location = response.url.resolved(QUrl::fromEncoded(location));
    return {};
}

Result<bool> BlobUpload::start(const QString &digest, const QString &mountFrom)
{
    if (auto ok = m_session.ping(m_progress); !ok)
        return std::unexpected(ok.error());
    QUrl url = m_session.url(QStringLiteral("/v2/%1/blobs/uploads/").arg(m_repository));
    if (!mountFrom.isEmpty()) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("mount"), digest);
        query.addQueryItem(QStringLiteral("from"), mountFrom);
        url.setQuery(query);
    }
    HttpRequest request;
    request.method = "POST";
    request.url = url;
    auto response = m_session.send(request, scopes(mountFrom), m_progress);
    if (!response)
        return std::unexpected(response.error());
    if (response->status == 201 && !mountFrom.isEmpty())
        return true;
    if (response->status != 202)
        return std::unexpected(failure(QStringLiteral("starting an upload"), *response));
    if (auto ok = takeLocation(*response); !ok)
        return std::unexpected(ok.error());
    return false;
}

Status BlobUpload::closeUpload(const QString &digest, const QByteArray &body)
{
    QUrl url = m_location;
    QUrlQuery query(url);
    query.addQueryItem(QStringLiteral("digest"), digest);
    url.setQuery(query);
    HttpRequest request;
    request.method = "PUT";
    request.url = url;
    request.body = body;
    request.headers.append({QByteArray("Content-Type"), QByteArray("application/octet-stream")});
    auto response = m_session.send(request, scopes(), m_progress);
    if (!response)
        return std::unexpected(response.error());
    if (response->status != 201 && response->status != 204)
        return std::unexpected(failure(QStringLiteral("finishing an upload"), *response));
    return {};
}

Status BlobUpload::sendWhole(const QByteArray &data, const QString &digest)
{
    return closeUpload(digest, data);
}

Result<Descriptor> BlobUpload::sendStream(ByteSource &source, const QString &mediaType,
                                          const std::function<void(qint64)> &onBytes)
{
    Sha256 hash;
    qint64 sent = 0;
    QByteArray chunk(kChunkSize, Qt::Uninitialized);
    for (bool ended = false; !ended;) {
        qint64 filled = 0;
        while (filled < kChunkSize) {
            auto n = source.read(chunk.data() + filled, kChunkSize - filled);
            if (!n)
                return std::unexpected(n.error());
            if (*n == 0) {
                ended = true;
                break;
            }
            filled += *n;
        }
        if (filled == 0)
            break;
        HttpRequest request;
        request.method = "PATCH";
        request.url = m_location;
        request.body = QByteArray(chunk.constData(), filled);
        request.headers.append({QByteArray("Content-Type"), QByteArray("application/octet-stream")});
        request.headers.append({"Content-Range", QByteArray::number(sent) + '-' + QByteArray::number(sent + filled - 1)});
        auto response = m_session.send(request, scopes(), m_progress);
        if (!response)
            return std::unexpected(response.error());
        if (response->status != 202)
            return std::unexpected(failure(QStringLiteral("uploading"), *response));
        if (auto ok = takeLocation(*response); !ok)
            return std::unexpected(ok.error());
        hash.addData(chunk.constData(), size_t(filled));
        sent += filled;
        if (onBytes)
            onBytes(sent);
    }
    Descriptor blob{mediaType, QStringLiteral("sha256:") + hash.hexResult(), sent, std::nullopt, {}};
    if (auto ok = closeUpload(blob.digest, {}); !ok)
        return std::unexpected(ok.error());
    return blob;
}

} // namespace porthole
