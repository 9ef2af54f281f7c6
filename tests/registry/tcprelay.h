#pragma once
// A TCP relay on 127.0.0.1, on a thread of its own, between a client under
// test and a registry: it can stop one large response after a number of
// bytes (hold it, or drop the connection) so that a test acts mid-layer
// without timing, and it notes whether requests asked for a Range.
#include <QtGlobal>
#include <condition_variable>
#include <memory>
#include <mutex>

namespace registrytest {

class TcpRelay {
public:
    enum class Cut { Hold, Drop };

    explicit TcpRelay(quint16 targetPort);
    ~TcpRelay();
    TcpRelay(const TcpRelay &) = delete;
    TcpRelay &operator=(const TcpRelay &) = delete;

    quint16 port() const { return m_port; }
    // The first response to pass `bytes` is cut there, once.
    void cutOnce(qint64 bytes, Cut cut);
    // Waits (up to 60 s) until the cut happened.
    bool waitForCut();
    // Drops the held connections.
    void releaseHeld();
    bool sawRangeRequest() const;

    struct Shared; // state shared with the relay's thread

private:
    std::shared_ptr<Shared> m_shared;
    quint16 m_port = 0;
};

} // namespace registrytest
