#pragma once
// One client's connection: requests read in order, each run on a worker
// with its own copy of the engine, its response written back on this
// connection's thread (streamed ones as they come).
#include "api/httpmessages.h"
#include "api/rawsocket.h"
#include "containers/engine.h"

#include <QIODevice>
#include <QObject>
#include <QPointer>
#include <memory>

class QThreadPool;

namespace porthole::api {

class ApiConnection : public QObject {
public:
    ApiConnection(QIODevice *socket, const Engine &engine, QThreadPool *workers, QObject *parent);
    bool isBusy() const { return m_busy; }
    // The client closed (or the connection was closed): goes when idle.
    void clientGone();

    // For the worker's ResponseStream (queued onto this object's thread).
    void writeRaw(const QByteArray &bytes);

private:
    std::unique_ptr<RawSocket> takeSocket(std::unique_ptr<BodyDecoder> *decoder = nullptr);
    void readRequests();
    void dispatch(HttpRequest request);
    void finish(const HttpResponse &response, bool keepAlive, bool wasStreamed);

    QPointer<QIODevice> m_socket;
    const Engine &m_engine;
    QThreadPool *m_workers;
    RequestReader m_reader;
    bool m_busy = false;
    bool m_gone = false;
};

} // namespace porthole::api
