#include "registry/httpengine.h"

#include "registry/networkthread.h"

#include <QNetworkReply>
#include <QThread>

namespace porthole {
namespace {

constexpr qint64 kPipeCapacity = 2 << 20;
constexpr int kRetries = 3;
constexpr int kFirstBackoffMs = 250;
constexpr int kMaxRedirects = 10;

bool isTransient(int networkError, bool abortedByUs)
{
    switch (networkError) {
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProtocolFailure:
        return true;
    case QNetworkReply::OperationCanceledError:
        return !abortedByUs; // Qt's transfer timeout
    default:
        return false;
    }
}

// After an HTTP status arrived: the connection failed while the body came
// (Qt also reports 4xx/5xx statuses as errors; those are answers, not failures).
bool brokeOff(int networkError)
{
    return networkError > 0 && (networkError < 100 || networkError == QNetworkReply::ProtocolFailure);
}

QString tlsFailureText(const QList<QSslError> &errors, const QString &qtText, const QUrl &url)
{
    const QString host = url.port() > 0 ? url.host() + QLatin1Char(':') + QString::number(url.port()) : url.host();
    for (const QSslError &error : errors) {
        switch (error.error()) {
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::CertificateUntrusted:
            return QStringLiteral("tls: certificate signed by unknown authority (put the registry's CA in "
                                  "/etc/docker/certs.d/%1/ca.crt, or mark it insecure in registries.conf)").arg(host);
        case QSslError::HostNameMismatch:
            return QStringLiteral("tls: the certificate is not valid for %1").arg(url.host());
        case QSslError::CertificateExpired:
        case QSslError::CertificateNotYetValid:
            return QStringLiteral("tls: the certificate has expired or is not yet valid");
        default:
            break;
        }
    }
    if (!errors.isEmpty())
        return QStringLiteral("tls: ") + errors.first().errorString();
    return QStringLiteral("tls handshake failed: ") + qtText;
}

QString networkFailureText(const TransferState &state)
{
    QString reason;
    switch (state.networkError) {
    case QNetworkReply::ConnectionRefusedError: reason = QStringLiteral("connection refused"); break;
    case QNetworkReply::HostNotFoundError: reason = QStringLiteral("no such host"); break;
    case QNetworkReply::RemoteHostClosedError: reason = QStringLiteral("the server closed the connection"); break;
    case QNetworkReply::TimeoutError: reason = QStringLiteral("timed out"); break;
    case QNetworkReply::SslHandshakeFailedError:
        reason = tlsFailureText(state.sslErrors, state.errorText, state.request.url);
        break;
    default: reason = state.errorText;
    }
    if (state.networkError == QNetworkReply::OperationCanceledError && state.abortRequested
        && state.errorText == QLatin1String("cancelled"))
        return QStringLiteral("cancelled");
    return describeRequest(state.request.method, state.request.url) + QStringLiteral(": ") + reason;
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
           && a.port(a.scheme() == QLatin1String("https") ? 443 : 80) == b.port(b.scheme() == QLatin1String("https") ? 443 : 80);
}

void dropHeader(HttpHeaders &headers, const QByteArray &name)
{
    headers.removeIf([&](const auto &header) { return header.first.compare(name, Qt::CaseInsensitive) == 0; });
}

} // namespace

struct HttpEngine::Attempt {
    std::shared_ptr<TransferState> state;
    HttpResponse response;
    bool streaming = false;
    QString failure; // no HTTP response: why
    bool transient = false;
};

bool sleepUnlessCancelled(int milliseconds, const Progress &progress)
{
    for (int slept = 0; slept < milliseconds; slept += 50) {
        if (progress.isCancelled())
            return false;
        QThread::msleep(50);
    }
    return !progress.isCancelled();
}

HttpEngine::HttpEngine(TlsPolicy tls) : m_thread(std::make_shared<NetworkThread>()), m_tls(std::move(tls)) {}

HttpEngine::~HttpEngine() = default;

Result<HttpEngine::Attempt> HttpEngine::attempt(const HttpRequest &request, bool streamed, Progress &progress)
{
    auto state = std::make_shared<TransferState>();
    state->request = request;
    if (request.url.scheme() == QLatin1String("https")) {
        auto tls = m_tls(request.url);
        if (!tls)
            return std::unexpected(tls.error());
        state->tls = *tls;
    }
    if (streamed)
        state->pipe = std::make_shared<BytePipe>(kPipeCapacity);
    m_thread->start(state);
    if (!state->waitForHead(progress)) {
        m_thread->abort(state);
        return fail(QStringLiteral("cancelled"));
    }
    std::lock_guard guard(state->mutex);
    Attempt result;
    result.state = state;
    result.response = state->response;
    result.streaming = state->streaming && state->headReady;
    if (result.response.status == 0) {
        result.failure = networkFailureText(*state);
        result.transient = isTransient(state->networkError, state->abortRequested);
    } else if (!result.streaming && brokeOff(state->networkError)) {
        result.failure = networkFailureText(*state); // the body broke off
        result.transient = isTransient(state->networkError, state->abortRequested);
    }
    return result;
}

Result<HttpEngine::Attempt> HttpEngine::attemptWithRetries(const HttpRequest &request, bool streamed, Progress &progress)
{
    const bool idempotent = request.method == "GET" || request.method == "HEAD";
    for (int retry = 0;; ++retry) {
        auto result = attempt(request, streamed, progress);
        if (!result)
            return result;
        const int status = result->response.status;
        const bool serverTrouble = result->failure.isEmpty() && (status == 500 || status == 502 || status == 503 || status == 504);
        const bool again = idempotent && retry < kRetries && ((!result->failure.isEmpty() && result->transient) || serverTrouble);
        if (!again)
            return result;
        if (result->streaming)
            m_thread->abort(result->state);
        if (!sleepUnlessCancelled(kFirstBackoffMs << retry, progress))
            return fail(QStringLiteral("cancelled"));
    }
}

Result<HttpEngine::Attempt> HttpEngine::follow(HttpRequest request, bool streamed, Progress &progress)
{
    for (int hop = 0;; ++hop) {
        auto result = attemptWithRetries(request, streamed, progress);
        if (!result || !result->failure.isEmpty() || !result->response.isRedirect())
            return result;
        const QByteArray location = result->response.header("Location");
        if (location.isEmpty())
            return result;
        if (hop == kMaxRedirects)
            return fail(describeRequest(request.method, request.url) + QStringLiteral(": stopped after 10 redirects"));
        const QUrl next = request.url.resolved(QUrl::fromEncoded(location));
        if (request.url.scheme() == QLatin1String("https") && next.scheme() != QLatin1String("https"))
            return fail(describeRequest(request.method, request.url) + QStringLiteral(": refusing a redirect from https to ")
                        + next.toString(QUrl::RemoveUserInfo));
        if (!sameOrigin(request.url, next))
            dropHeader(request.headers, "Authorization");
        const int status = result->response.status;
        if (status == 303 || ((status == 301 || status == 302) && request.method == "POST")) {
            request.method = "GET";
            request.body.clear();
        }
        request.url = next;
    }
}

Result<HttpResponse> HttpEngine::send(HttpRequest request, Progress &progress)
{
    auto result = follow(std::move(request), false, progress);
    if (!result)
        return std::unexpected(result.error());
    if (!result->failure.isEmpty())
        return fail(result->failure);
    return result->response;
}

Result<std::unique_ptr<HttpBodyStream>> HttpEngine::open(HttpRequest request, Progress &progress)
{
    auto result = follow(std::move(request), true, progress);
    if (!result)
        return std::unexpected(result.error());
    if (!result->failure.isEmpty())
        return fail(result->failure);
    return std::make_unique<HttpBodyStream>(m_thread, result->state, progress);
}

HttpBodyStream::HttpBodyStream(std::shared_ptr<NetworkThread> thread, std::shared_ptr<TransferState> state,
                               const Progress &progress)
    : m_thread(std::move(thread)), m_state(std::move(state)), m_progress(progress)
{
    std::lock_guard guard(m_state->mutex);
    m_response = m_state->response;
}

HttpBodyStream::~HttpBodyStream()
{
    bool done = false;
    {
        std::lock_guard guard(m_state->mutex);
        done = m_state->done;
    }
    if (m_state->pipe)
        m_state->pipe->abandon();
    if (!done)
        m_thread->abort(m_state);
}

template <typename Take>
auto HttpBodyStream::takeFromPipe(Take take) -> decltype(take())
{
    bool streaming = false;
    {
        std::lock_guard guard(m_state->mutex);
        streaming = m_state->streaming;
    }
    if (!streaming)
        return {};
    auto taken = take();
    if (!taken) {
        m_brokeOff = m_state->pipe->failedTransiently();
        if (taken.error().message == QLatin1String("cancelled"))
            return taken;
        return fail(describeRequest(m_state->request.method, m_state->request.url) + QStringLiteral(": ") + taken.error().message);
    }
    return taken;
}

Result<qint64> HttpBodyStream::read(char *buffer, qint64 size)
{
    return takeFromPipe([&] { return m_state->pipe->read(buffer, size, &m_progress); });
}

Result<QByteArray> HttpBodyStream::readChunk()
{
    return takeFromPipe([&] { return m_state->pipe->readChunk(&m_progress); });
}

} // namespace porthole
