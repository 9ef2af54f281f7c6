#pragma once
// The registry client's HTTP: synchronous calls from any thread (a worker or
// the CLI's main thread) over a QNetworkAccessManager on a thread of its
// own, cancelled through Progress. HTTP/1.1 and HTTP/2 (negotiated by TLS),
// redirects followed here so that Authorization never goes to another host,
// GET and HEAD retried with back-off on 5xx and dropped connections.
#include "base/error.h"
#include "base/progress.h"
#include "registry/httptypes.h"

#include <QSslConfiguration>
#include <functional>
#include <memory>

namespace porthole {

class NetworkThread;
struct TransferState;

// TLS set-up for a URL (its host's certs.d, insecure registries).
using TlsPolicy = std::function<Result<QSslConfiguration>(const QUrl &url)>;

// A response whose 2xx body is read as it arrives, in bounded memory. Other
// statuses come with their (short) body read whole.
class HttpBodyStream {
public:
    HttpBodyStream(std::shared_ptr<NetworkThread> thread, std::shared_ptr<TransferState> state, const Progress &progress);
    ~HttpBodyStream(); // stops the transfer if it is still going
    HttpBodyStream(const HttpBodyStream &) = delete;
    HttpBodyStream &operator=(const HttpBodyStream &) = delete;

    const HttpResponse &response() const { return m_response; }
    // Up to size bytes; 0 at the end.
    Result<qint64> read(char *buffer, qint64 size);
    // What the network thread handed over next, without a copy; empty at the end.
    Result<QByteArray> readChunk();
    // The last read failed because the connection broke (worth resuming).
    bool brokeOff() const { return m_brokeOff; }

private:
    template <typename Take>
    auto takeFromPipe(Take take) -> decltype(take());

    std::shared_ptr<NetworkThread> m_thread;
    std::shared_ptr<TransferState> m_state;
    const Progress &m_progress;
    HttpResponse m_response;
    bool m_brokeOff = false;
};

class HttpEngine {
public:
    explicit HttpEngine(TlsPolicy tls);
    ~HttpEngine();

    // The whole response (after redirects); an error only when no HTTP
    // response came (connection, TLS, cancel).
    Result<HttpResponse> send(HttpRequest request, Progress &progress);
    // The same, streaming a 2xx body.
    Result<std::unique_ptr<HttpBodyStream>> open(HttpRequest request, Progress &progress);

private:
    struct Attempt;
    Result<Attempt> attempt(const HttpRequest &request, bool streamed, Progress &progress);
    Result<Attempt> attemptWithRetries(const HttpRequest &request, bool streamed, Progress &progress);
    Result<Attempt> follow(HttpRequest request, bool streamed, Progress &progress);

    std::shared_ptr<NetworkThread> m_thread;
    TlsPolicy m_tls;
};

// Sleeps ms in slices, returning early (false) when cancelled.
bool sleepUnlessCancelled(int milliseconds, const Progress &progress);

} // namespace porthole
