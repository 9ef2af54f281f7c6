#include "api/rawsocket.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace porthole::api {

RawSocket::RawSocket(int fd, QByteArray leftover) : m_fd(fd), m_leftover(std::move(leftover))
{
    const int flags = ::fcntl(m_fd, F_GETFL);
    if (flags >= 0)
        ::fcntl(m_fd, F_SETFL, flags & ~O_NONBLOCK); // blocking: writes wait for a slow client
}

RawSocket::~RawSocket()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

bool RawSocket::write(const QByteArray &bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::send(m_fd, bytes.constData() + done, size_t(bytes.size() - done), MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

qint64 RawSocket::read(char *buffer, qint64 max, int timeoutMs)
{
    if (!m_leftover.isEmpty()) {
        const qint64 n = qMin<qint64>(max, m_leftover.size());
        std::memcpy(buffer, m_leftover.constData(), size_t(n));
        m_leftover.remove(0, n);
        return n;
    }
    pollfd waiting{m_fd, POLLIN, 0};
    const int ready = ::poll(&waiting, 1, timeoutMs);
    if (ready == 0)
        return -2;
    if (ready < 0)
        return errno == EINTR ? -2 : -1;
    const ssize_t n = ::read(m_fd, buffer, size_t(max));
    return n < 0 ? (errno == EINTR || errno == EAGAIN ? -2 : -1) : qint64(n);
}

bool RawSocket::clientClosed()
{
    pollfd waiting{m_fd, POLLRDHUP, 0};
    return ::poll(&waiting, 1, 0) > 0 && (waiting.revents & (POLLRDHUP | POLLHUP | POLLERR));
}

bool RawSocket::clientGone()
{
    pollfd waiting{m_fd, 0, 0};
    return ::poll(&waiting, 1, 0) > 0 && (waiting.revents & (POLLHUP | POLLERR));
}

void RawSocket::shutdownWrite()
{
    ::shutdown(m_fd, SHUT_WR);
}

QByteArray RawSocket::streamHead(int status, const QByteArray &contentType)
{
    QByteArray head("HTTP/1.1 ");
    head.append(QByteArray::number(status)).append(status == 200 ? " OK" : "");
    head.append("\r\nApi-Version: 1.41\r\nOstype: linux\r\nDocker-Experimental: false\r\nContent-Type: ").append(contentType);
    head.append("\r\nConnection: close\r\n\r\n");
    return head;
}

QByteArray RawSocket::upgradeHead()
{
    return "HTTP/1.1 101 UPGRADED\r\nContent-Type: application/vnd.docker.raw-stream\r\nConnection: Upgrade\r\nUpgrade: tcp\r\n"
           "Api-Version: 1.41\r\nOstype: linux\r\n\r\n";
}

} // namespace porthole::api
