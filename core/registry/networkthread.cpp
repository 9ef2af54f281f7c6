#include "registry/networkthread.h"

#include "base/sha256.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <chrono>

namespace porthole {
namespace {

constexpr qint64 kReplyBuffer = 1 << 20;      // what Qt may hold per reply before it stops reading
constexpr qint64 kErrorBodyLimit = 1 << 20;   // an error reply's body, read whole
constexpr int kTransferTimeoutMs = 60000;     // no byte for this long: the connection is dead

QNetworkRequest makeRequest(const TransferState &state)
{
    QNetworkRequest request(state.request.url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // HTTP/2 (negotiated by TLS) for everything read whole. Qt 6.4's HTTP/2
    // ignores the read buffer limit and takes in a whole stream however slowly
    // it is read (a 95 MB blob held 130 MB), so bodies that stream use HTTP/1.1,
    // where the limit holds the connection back.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, !state.pipe);
    request.setTransferTimeout(kTransferTimeoutMs);
    if (state.tls)
        request.setSslConfiguration(*state.tls);
    request.setRawHeader("User-Agent", "porthole/" PORTHOLE_VERSION);
    request.setRawHeader("Accept-Encoding", "identity"); // blob bytes exactly as stored
    for (const auto &[name, value] : state.request.headers)
        request.setRawHeader(name, value);
    const QByteArray &method = state.request.method;
    if (method != "GET" && method != "HEAD") {
        if (state.request.body.isEmpty())
            request.setHeader(QNetworkRequest::ContentLengthHeader, 0);
        if (!request.hasRawHeader("Content-Type"))
            request.setRawHeader("Content-Type", "application/octet-stream");
    }
    return request;
}

} // namespace

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

QList<QByteArray> HttpResponse::headerValues(const QByteArray &name) const
{
    QList<QByteArray> values;
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            values.append(value);
    return values;
}

QString describeRequest(const QByteArray &method, const QUrl &url)
{
    const QString verb = QString::fromLatin1(method.left(1) + method.mid(1).toLower());
    return QStringLiteral("%1 \"%2\"").arg(verb, url.toString(QUrl::RemoveUserInfo));
}

bool TransferState::waitForHead(const Progress &progress)
{
    std::unique_lock lock(mutex);
    while (!headReady && !done) {
        if (progress.isCancelled())
            return false;
        changed.wait_for(lock, std::chrono::milliseconds(100));
    }
    return true;
}

NetworkThread::NetworkThread()
{
    m_thread.setObjectName(QStringLiteral("porthole-network"));
    m_thread.start();
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    QMetaObject::invokeMethod(m_context, [this] { m_manager = new QNetworkAccessManager(m_context); },
                              Qt::BlockingQueuedConnection);
}

NetworkThread::~NetworkThread()
{
    {
        std::lock_guard guard(m_liveness->mutex);
        m_liveness->alive = false;
    }
    // Deleting the context deletes the manager and every reply, on their thread.
    QMetaObject::invokeMethod(m_context, [this] { delete m_context; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void NetworkThread::start(const std::shared_ptr<TransferState> &state)
{
    if (state->pipe) {
        std::weak_ptr<TransferState> weakState = state;
        state->pipe->setRoomCallback([liveness = m_liveness, context = m_context, this, weakState] {
            std::lock_guard guard(liveness->mutex);
            if (!liveness->alive)
                return;
            QMetaObject::invokeMethod(context, [this, weakState] {
                if (auto live = weakState.lock())
                    pump(live);
            }, Qt::QueuedConnection);
        });
    }
    QMetaObject::invokeMethod(m_context, [this, state] { begin(state); }, Qt::QueuedConnection);
}

void NetworkThread::abort(const std::shared_ptr<TransferState> &state)
{
    QMetaObject::invokeMethod(m_context, [state] {
        state->abortRequested = true;
        if (state->reply)
            state->reply->abort();
    }, Qt::QueuedConnection);
}

void NetworkThread::begin(const std::shared_ptr<TransferState> &state)
{
    if (state->abortRequested) {
        std::lock_guard guard(state->mutex);
        state->errorText = QStringLiteral("cancelled");
        state->networkError = QNetworkReply::OperationCanceledError;
        state->done = true;
        state->changed.notify_all();
        return;
    }
    const QNetworkRequest request = makeRequest(*state);
    // get() and head() stream; a custom GET would read its whole body
    // regardless of the read buffer size.
    const QByteArray &method = state->request.method;
    QNetworkReply *reply = method == "GET"    ? m_manager->get(request)
                           : method == "HEAD" ? m_manager->head(request)
                           : method == "PUT"  ? m_manager->put(request, state->request.body)
                           : method == "POST" ? m_manager->post(request, state->request.body)
                                              : m_manager->sendCustomRequest(request, method, state->request.body);
    state->reply = reply;
    if (state->pipe)
        reply->setReadBufferSize(kReplyBuffer);
    QObject::connect(reply, &QNetworkReply::metaDataChanged, m_context, [this, state] { noteHead(state); });
    QObject::connect(reply, &QNetworkReply::readyRead, m_context, [this, state] { pump(state); });
    QObject::connect(reply, &QNetworkReply::finished, m_context, [this, state] { finishTransfer(state); });
    QObject::connect(reply, &QNetworkReply::sslErrors, m_context, [state](const QList<QSslError> &errors) {
        std::lock_guard guard(state->mutex);
        state->sslErrors = errors;
    });
}

void NetworkThread::noteHead(const std::shared_ptr<TransferState> &state)
{
    QNetworkReply *reply = state->reply;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    std::lock_guard guard(state->mutex);
    if (status == 0 || state->headReady || state->response.status != 0)
        return;
    state->response.status = status;
    state->response.url = state->request.url;
    state->response.headers = reply->rawHeaderPairs();
    // Only a successful body streams; error replies are short and read whole.
    state->streaming = state->pipe && status >= 200 && status < 300 && state->request.method != "HEAD";
    if (state->streaming) {
        state->headReady = true;
        state->changed.notify_all();
    }
}

void NetworkThread::pump(const std::shared_ptr<TransferState> &state)
{
    QNetworkReply *reply = state->reply;
    if (!reply)
        return;
    noteHead(state);
    if (!state->streaming) {
        const QByteArray data = reply->readAll();
        std::lock_guard guard(state->mutex);
        const qint64 limit = state->pipe ? kErrorBodyLimit : state->request.maxResponseSize;
        if (state->response.body.size() + data.size() > limit) {
            state->errorText = QStringLiteral("the response is larger than %1 bytes").arg(limit);
            state->abortRequested = true;
            QMetaObject::invokeMethod(m_context, [reply] { reply->abort(); }, Qt::QueuedConnection);
            return;
        }
        state->response.body += data;
        return;
    }
    BytePipe &pipe = *state->pipe;
    while (reply->bytesAvailable() > 0 && !pipe.isAbandoned()) {
        const qint64 room = pipe.freeSpace();
        if (room <= 0) {
            pipe.writerFoundItFull();
            if (pipe.freeSpace() <= 0)
                return; // the reader's room callback pumps again
            continue;
        }
        QByteArray chunk = reply->read(std::min(room, reply->bytesAvailable()));
        if (state->request.bodyHash)
            state->request.bodyHash->addData(chunk); // before the reader can see the bytes
        pipe.write(std::move(chunk));
    }
    if (state->networkFinished && (reply->bytesAvailable() == 0 || pipe.isAbandoned()))
        markDone(state);
}

void NetworkThread::finishTransfer(const std::shared_ptr<TransferState> &state)
{
    QNetworkReply *reply = state->reply;
    if (!reply || state->networkFinished)
        return;
    state->networkFinished = true;
    {
        std::lock_guard guard(state->mutex);
        if (reply->error() != QNetworkReply::NoError) {
            state->networkError = reply->error();
            if (state->errorText.isEmpty())
                state->errorText = state->abortRequested && reply->error() == QNetworkReply::OperationCanceledError
                                       ? QStringLiteral("cancelled")
                                       : reply->errorString();
        }
    }
    pump(state); // moves what is left, then marks the transfer done
    if (!state->streaming)
        markDone(state);
}

void NetworkThread::markDone(const std::shared_ptr<TransferState> &state)
{
    QNetworkReply *reply = state->reply;
    if (!reply)
        return;
    state->reply = nullptr;
    reply->deleteLater();
    std::lock_guard guard(state->mutex);
    if (state->response.status == 0 && state->networkError == 0) {
        state->networkError = QNetworkReply::UnknownNetworkError;
        state->errorText = QStringLiteral("no response");
    }
    if (state->streaming) {
        const int error = state->networkError;
        if (error > 0 && (error < 100 || error == QNetworkReply::ProtocolFailure))
            state->pipe->failWith(Error{state->errorText}, !state->abortRequested);
        else
            state->pipe->finish();
    }
    state->done = true;
    state->changed.notify_all();
}

} // namespace porthole
