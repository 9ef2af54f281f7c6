#pragma once
// The network side of the HTTP engine: a thread of its own running an event
// loop with a QNetworkAccessManager. Callers hand it a TransferState and
// wait on it; bodies that stream go through a BytePipe. Internal to the
// registry room.
#include "registry/bytepipe.h"
#include "registry/httptypes.h"

#include <QList>
#include <QSslConfiguration>
#include <QSslError>
#include <QThread>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace porthole {

struct TransferState {
    // Set by the caller before start.
    HttpRequest request;
    // https only: a QSslConfiguration loads the TLS backend (OpenSSL and its
    // cipher list, a few ms) even when default-constructed.
    std::optional<QSslConfiguration> tls;
    std::shared_ptr<BytePipe> pipe; // streamed body; null: read whole

    // Touched on the network thread only.
    QNetworkReply *reply = nullptr;
    bool abortRequested = false;
    bool networkFinished = false;

    // Shared, under mutex.
    std::mutex mutex;
    std::condition_variable changed;
    bool headReady = false; // status and headers known (a streamed 2xx) 
    bool done = false;      // finished: whole body (or error) known
    bool streaming = false; // the body goes through the pipe
    HttpResponse response;
    int networkError = 0;   // QNetworkReply::NetworkError
    QString errorText;
    QList<QSslError> sslErrors;

    // Waits (polling progress for cancellation) until the head is known or
    // the transfer is done; false when cancelled.
    bool waitForHead(const Progress &progress);
};

class NetworkThread {
public:
    NetworkThread();
    ~NetworkThread();
    NetworkThread(const NetworkThread &) = delete;
    NetworkThread &operator=(const NetworkThread &) = delete;

    // Both from any thread but the network thread.
    void start(const std::shared_ptr<TransferState> &state);
    void abort(const std::shared_ptr<TransferState> &state);

private:
    void begin(const std::shared_ptr<TransferState> &state);
    void noteHead(const std::shared_ptr<TransferState> &state);
    void pump(const std::shared_ptr<TransferState> &state);
    void finishTransfer(const std::shared_ptr<TransferState> &state);
    void markDone(const std::shared_ptr<TransferState> &state);

    // Readers post pumps from their threads; this says whether the thread
    // still takes them (cleared, under its mutex, before it stops).
    struct Liveness {
        std::mutex mutex;
        bool alive = true;
    };
    std::shared_ptr<Liveness> m_liveness = std::make_shared<Liveness>();
    QThread m_thread;
    QObject *m_context = nullptr;            // lives in m_thread
    QNetworkAccessManager *m_manager = nullptr; // lives in m_thread
};

} // namespace porthole
