#include "tcprelay.h"

#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <chrono>

namespace registrytest {

struct TcpRelay::Shared {
    std::mutex mutex;
    std::condition_variable changed;
    quint16 targetPort = 0;
    qint64 cutAt = -1;
    Cut cut = Cut::Hold;
    bool cutDone = false;
    bool sawRange = false;
    QThread thread;
    QObject *context = nullptr;
    QTcpServer *server = nullptr;
    QList<QPointer<QTcpSocket>> held;
};

namespace {

// One relayed connection: client <-> upstream, counting what flows back.
void relayConnection(const std::shared_ptr<TcpRelay::Shared> &shared, QTcpSocket *client)
{
    auto *upstream = new QTcpSocket(client);
    auto sent = std::make_shared<qint64>(0);
    auto holding = std::make_shared<bool>(false);
    upstream->connectToHost(QHostAddress::LocalHost, shared->targetPort);
    QObject::connect(client, &QTcpSocket::readyRead, upstream, [shared, client, upstream] {
        const QByteArray data = client->readAll();
        if (data.contains("\r\nRange: ") || data.contains("\r\nrange: ")) {
            std::lock_guard guard(shared->mutex);
            shared->sawRange = true;
        }
        upstream->write(data);
    });
    QObject::connect(upstream, &QTcpSocket::readyRead, client, [shared, client, upstream, sent, holding] {
        if (*holding)
            return;
        qint64 allowed = upstream->bytesAvailable();
        std::unique_lock lock(shared->mutex);
        const bool armed = shared->cutAt >= 0 && !shared->cutDone;
        if (armed)
            allowed = std::min(allowed, shared->cutAt - *sent);
        client->write(upstream->read(allowed));
        *sent += allowed;
        if (!armed || *sent < shared->cutAt)
            return;
        shared->cutDone = true;
        shared->changed.notify_all();
        if (shared->cut == TcpRelay::Cut::Hold) {
            *holding = true;
            shared->held.append(QPointer<QTcpSocket>(client));
            return;
        }
        lock.unlock();
        client->flush();
        client->abort();
    });
    QObject::connect(upstream, &QTcpSocket::disconnected, client, [client, holding] {
        if (!*holding)
            client->disconnectFromHost();
    });
    QObject::connect(upstream, &QTcpSocket::errorOccurred, client, [client, holding] {
        if (!*holding)
            client->abort();
    });
    QObject::connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
}

} // namespace

TcpRelay::TcpRelay(quint16 targetPort) : m_shared(std::make_shared<Shared>())
{
    m_shared->targetPort = targetPort;
    m_shared->thread.start();
    m_shared->context = new QObject;
    m_shared->context->moveToThread(&m_shared->thread);
    auto shared = m_shared;
    QMetaObject::invokeMethod(shared->context, [shared, this] {
        shared->server = new QTcpServer(shared->context);
        shared->server->listen(QHostAddress::LocalHost, 0);
        m_port = shared->server->serverPort();
        QObject::connect(shared->server, &QTcpServer::newConnection, shared->context, [shared] {
            while (QTcpSocket *client = shared->server->nextPendingConnection())
                relayConnection(shared, client);
        });
    }, Qt::BlockingQueuedConnection);
}

TcpRelay::~TcpRelay()
{
    auto shared = m_shared;
    QMetaObject::invokeMethod(shared->context, [shared] { delete shared->context; }, Qt::BlockingQueuedConnection);
    shared->thread.quit();
    shared->thread.wait();
}

void TcpRelay::cutOnce(qint64 bytes, Cut cut)
{
    std::lock_guard guard(m_shared->mutex);
    m_shared->cutAt = bytes;
    m_shared->cut = cut;
    m_shared->cutDone = false;
}

bool TcpRelay::waitForCut()
{
    std::unique_lock lock(m_shared->mutex);
    return m_shared->changed.wait_for(lock, std::chrono::seconds(60), [&] { return m_shared->cutDone; });
}

void TcpRelay::releaseHeld()
{
    auto shared = m_shared;
    QMetaObject::invokeMethod(shared->context, [shared] {
        QList<QPointer<QTcpSocket>> held;
        {
            std::lock_guard guard(shared->mutex);
            held.swap(shared->held);
        }
        for (const QPointer<QTcpSocket> &client : held)
            if (client) // gone when its client went first
                client->abort();
    }, Qt::BlockingQueuedConnection);
}

bool TcpRelay::sawRangeRequest() const
{
    std::lock_guard guard(m_shared->mutex);
    return m_shared->sawRange;
}

} // namespace registrytest
