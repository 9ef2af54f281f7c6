#include "api/attachrelay.h"

#include "api/streamformats.h"

#include <QHash>
#include <QSet>
#include <cerrno>
#include <condition_variable>
#include <mutex>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace porthole::api {

class PendingAttach {
public:
    std::mutex mutex;
    std::condition_variable changed;
    std::optional<Result<AttachConnection>> outcome;
};

namespace pendingattaches {

namespace {
std::mutex g_mutex;
QMultiHash<QString, std::shared_ptr<PendingAttach>> g_waiting;
QSet<QString> g_stdinOnce;
} // namespace

void markStdinOnce(const QString &containerId)
{
    std::lock_guard guard(g_mutex);
    g_stdinOnce.insert(containerId);
}

bool takeStdinOnce(const QString &containerId)
{
    std::lock_guard guard(g_mutex);
    return g_stdinOnce.remove(containerId);
}

std::shared_ptr<PendingAttach> add(const QString &containerId)
{
    auto pending = std::make_shared<PendingAttach>();
    std::lock_guard guard(g_mutex);
    g_waiting.insert(containerId, pending);
    return pending;
}

void drop(const QString &containerId, const std::shared_ptr<PendingAttach> &pending)
{
    std::lock_guard guard(g_mutex);
    g_waiting.remove(containerId, pending);
}

bool any(const QString &containerId)
{
    std::lock_guard guard(g_mutex);
    return g_waiting.contains(containerId);
}

Status connectAll(const QString &containerId, const QString &socketPath)
{
    QList<std::shared_ptr<PendingAttach>> waiting;
    {
        std::lock_guard guard(g_mutex);
        waiting = g_waiting.values(containerId);
        g_waiting.remove(containerId);
    }
    for (const auto &pending : std::as_const(waiting)) {
        std::lock_guard guard(pending->mutex);
        pending->outcome.emplace(AttachConnection::connect(socketPath));
        pending->changed.notify_all();
    }
    return {};
}

} // namespace pendingattaches

std::optional<AttachConnection> waitForStart(PendingAttach &pending, RawSocket &socket)
{
    std::unique_lock lock(pending.mutex);
    while (!pending.outcome) {
        if (socket.clientGone()) // not a half-close: attach without stdin closes its input at once
            return std::nullopt;
        pending.changed.wait_for(lock, std::chrono::milliseconds(200));
    }
    if (!*pending.outcome)
        return std::nullopt;
    return std::move(**pending.outcome);
}

namespace {

// conmon's message: a stream byte (2 stdout, 3 stderr) then the bytes.
bool relayOutput(RawSocket &socket, int conmonFd, bool tty)
{
    char message[8193];
    const ssize_t n = ::recv(conmonFd, message, sizeof message, 0);
    if (n <= 0)
        return !(n == 0 || (errno != EAGAIN && errno != EINTR));
    const QByteArray bytes(message + 1, n - 1);
    return socket.write(tty ? bytes : multiplexedFrame(message[0] == 3 ? 2 : 1, bytes));
}

} // namespace

void relayAttach(RawSocket &socket, AttachConnection &connection, bool tty)
{
    bool clientInput = true;
    char previous = 0;
    char buffer[8192];
    for (;;) {
        pollfd fds[2] = {{connection.fd(), POLLIN, 0}, {socket.fd(), short(clientInput ? POLLIN : 0), 0}};
        if (::poll(fds, 2, 200) < 0 && errno != EINTR)
            return;
        if ((fds[0].revents & (POLLIN | POLLHUP | POLLERR)) && !relayOutput(socket, connection.fd(), tty))
            return; // the container's output ended, or the client went
        if (!clientInput || !(fds[1].revents & (POLLIN | POLLHUP | POLLERR)))
            continue;
        const qint64 n = socket.read(buffer, sizeof buffer, 0);
        if (n == 0 || n == -1) {
            clientInput = false; // the client closed stdin: its output goes on
            ::shutdown(connection.fd(), SHUT_WR);
            continue;
        }
        for (qint64 i = 0; tty && i < n; previous = buffer[i++])
            if (previous == '\x10' && buffer[i] == '\x11')
                return; // ctrl-p ctrl-q: detached, the container runs on
        if (n > 0 && ::send(connection.fd(), buffer, size_t(n), MSG_NOSIGNAL) < 0)
            return;
    }
}

} // namespace porthole::api
