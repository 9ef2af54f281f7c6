#include "api/apiconnection.h"

#include "api/endpoints.h"

#include <QAbstractSocket>
#include <QLocalSocket>
#include <QThreadPool>
#include <unistd.h>

namespace porthole::api {

namespace {

// A streamed response from a worker: every piece queued to the
// connection's thread; dropped when the client has gone.
class QueuedStream : public ResponseStream {
public:
    explicit QueuedStream(ApiConnection *connection) : m_connection(connection) {}
    void head(int status, const QByteArray &contentType) override { send(serializeChunkedHead(status, contentType)); }
    void write(const QByteArray &data) override
    {
        if (!data.isEmpty())
            send(chunk(data));
    }

private:
    void send(const QByteArray &bytes)
    {
        QMetaObject::invokeMethod(m_connection, [connection = m_connection, bytes] { connection->writeRaw(bytes); }, Qt::QueuedConnection);
    }
    ApiConnection *m_connection;
};

} // namespace

ApiConnection::ApiConnection(QIODevice *socket, const Engine &engine, QThreadPool *workers, QObject *parent)
    : QObject(parent), m_socket(socket), m_engine(engine), m_workers(workers), m_reader(streamedBody)
{
    connect(socket, &QIODevice::readyRead, this, &ApiConnection::readRequests);
    connect(socket, &QIODevice::aboutToClose, this, &ApiConnection::clientGone);
    connect(this, &QObject::destroyed, socket, &QObject::deleteLater);
}

void ApiConnection::clientGone()
{
    m_gone = true; // never deleted under a worker still answering
    if (!m_busy)
        deleteLater();
}

void ApiConnection::writeRaw(const QByteArray &bytes)
{
    if (m_socket)
        m_socket->write(bytes);
}

// On a worker: the socket handed over, the event loop's object closed.
std::unique_ptr<RawSocket> ApiConnection::takeSocket(std::unique_ptr<BodyDecoder> *decoder)
{
    std::unique_ptr<RawSocket> taken;
    QMetaObject::invokeMethod(
        this,
        [this, &taken, decoder] {
            if (decoder)
                *decoder = m_reader.takeBodyDecoder();
            auto *local = qobject_cast<QLocalSocket *>(m_socket.data());
            auto *tcp = qobject_cast<QAbstractSocket *>(m_socket.data());
            const qintptr descriptor = local ? local->socketDescriptor() : tcp ? tcp->socketDescriptor() : -1;
            if (descriptor < 0)
                return;
            QByteArray leftover = m_reader.takeLeftover() + m_socket->readAll();
            taken = std::make_unique<RawSocket>(::dup(int(descriptor)), std::move(leftover));
            disconnect(m_socket, nullptr, this, nullptr);
            m_gone = true;
            if (local)
                local->abort();
            else
                tcp->abort();
        },
        Qt::BlockingQueuedConnection);
    return taken;
}

void ApiConnection::readRequests()
{
    if (m_busy || !m_socket)
        return;
    switch (m_reader.feed(m_socket->readAll())) {
    case RequestReader::State::NeedMore:
        return;
    case RequestReader::State::Bad:
        m_socket->write(serializeResponse(errorResponse(400, QStringLiteral("bad request: %1").arg(m_reader.error())), false));
        m_socket->close();
        return;
    case RequestReader::State::Ready:
        dispatch(m_reader.take());
        return;
    }
}

void ApiConnection::dispatch(HttpRequest request)
{
    m_busy = true;
    const bool keepAlive = request.keepAlive && !request.bodyFollows; // a body left unread ends the connection
    m_workers->start([this, request = std::move(request), keepAlive, copy = m_engine]() mutable {
        QueuedStream stream(this);
        QStringList params;
        int status = 404;
        HttpResponse response;
        if (Endpoint endpoint = findEndpoint(request, params, status)) {
            auto takeBody = [this, &request]() -> std::unique_ptr<BodyStream> {
                std::unique_ptr<BodyDecoder> decoder;
                auto socket = takeSocket(request.bodyFollows ? &decoder : nullptr);
                return std::make_unique<BodyStream>(std::move(socket), std::move(decoder), request.body);
            };
            ApiCall call{copy, request, params, stream, [this] { return takeSocket(); }, takeBody};
            response = endpoint(call);
        } else {
            response = errorResponse(status, status == 405 ? QStringLiteral("method not allowed")
                                                           : QStringLiteral("page not found"));
        }
        const bool wasStreamed = isStreamed(response);
        if (wasStreamed)
            stream.write({}); // nothing: the end chunk is written by finish()
        QMetaObject::invokeMethod(this, [this, response, keepAlive, wasStreamed] { finish(response, keepAlive, wasStreamed); },
                                  Qt::QueuedConnection);
    });
}

void ApiConnection::finish(const HttpResponse &response, bool keepAlive, bool wasStreamed)
{
    m_busy = false;
    if (m_gone || !m_socket) {
        deleteLater();
        return;
    }
    if (wasStreamed)
        m_socket->write(chunk({}));
    else
        m_socket->write(serializeResponse(response, keepAlive));
    if (!keepAlive) {
        m_socket->close();
        return;
    }
    readRequests(); // one may be waiting, whole or in part
}

} // namespace porthole::api
