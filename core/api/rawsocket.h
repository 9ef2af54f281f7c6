#pragma once
// A client's socket taken over by an endpoint's worker for what does not
// fit one response: streams delimited by closing (export, save, logs,
// events, pull progress) and hijacked connections (attach, exec). Blocking
// I/O on the worker; the service's event loop no longer watches it.
#include <QByteArray>

namespace porthole::api {

class RawSocket {
public:
    // fd: a duplicate the socket object no longer uses; leftover: bytes the
    // client sent after the request, already read.
    RawSocket(int fd, QByteArray leftover);
    ~RawSocket(); // closes it: the client sees the end of the stream
    RawSocket(const RawSocket &) = delete;
    RawSocket &operator=(const RawSocket &) = delete;

    int fd() const { return m_fd; }
    bool write(const QByteArray &bytes); // false once the client has gone
    // Up to max bytes; 0 at the client's end of input (half-close), -1 on
    // error, -2 when nothing came in timeoutMs.
    qint64 read(char *buffer, qint64 max, int timeoutMs);
    // Whether the client closed its side, or all of it (a stream's reader
    // has gone).
    bool clientClosed();
    // Whether the client closed the whole connection (unix sockets tell it
    // from a half-close; over TCP a half-close looks the same).
    bool clientGone();
    void shutdownWrite();

    // A response head for a body that ends when the connection closes.
    static QByteArray streamHead(int status, const QByteArray &contentType);
    // The head of a hijacked connection (attach, exec start).
    static QByteArray upgradeHead();

private:
    int m_fd;
    QByteArray m_leftover;
};

} // namespace porthole::api
