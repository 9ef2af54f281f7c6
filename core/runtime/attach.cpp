#include "runtime/attach.h"
#include "runtime/rawterminal.h"

#include <QFile>
#include <QStringList>
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <termios.h>
#include <unistd.h>

namespace porthole {

Result<QByteArray> parseDetachKeys(const QString &spec)
{
    QByteArray keys;
    for (const QString &key : spec.split(QLatin1Char(','))) {
        const QString k = key.trimmed().toLower();
        if (k.size() == 1) {
            keys.append(k.at(0).toLatin1());
        } else if (k.startsWith(QLatin1String("ctrl-")) && k.size() == 6) {
            const char c = k.at(5).toLatin1();
            if (c >= 'a' && c <= 'z')
                keys.append(char(c - 'a' + 1));
            else if (c == '@')
                keys.append('\0');
            else if (c == '[' || c == '\\' || c == ']' || c == '^' || c == '_')
                keys.append(char(c - '@'));
            else
                return fail(QStringLiteral("invalid detach keys: unknown character: '%1'").arg(key));
        } else {
            return fail(QStringLiteral("invalid detach keys: unknown character: '%1'").arg(key));
        }
    }
    return keys;
}

Result<AttachConnection> AttachConnection::connect(const QString &socketPath)
{
    const QByteArray path = QFile::encodeName(socketPath);
    struct sockaddr_un address = {};
    address.sun_family = AF_UNIX;
    if (size_t(path.size()) >= sizeof address.sun_path)
        return fail(QStringLiteral("attach socket path too long: %1").arg(socketPath));
    memcpy(address.sun_path, path.constData(), size_t(path.size()));
    const int fd = ::socket(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return fail(QStringLiteral("socket: %1").arg(systemErrorText(errno)));
    for (int attempt = 0;; ++attempt) {
        if (::connect(fd, reinterpret_cast<struct sockaddr *>(&address), sizeof address) == 0)
            return AttachConnection(fd);
        if (attempt > 50 || (errno != ENOENT && errno != ECONNREFUSED)) {
            const int saved = errno;
            ::close(fd);
            return fail(QStringLiteral("cannot attach to the container: %1").arg(systemErrorText(saved)));
        }
        ::usleep(20000); // conmon creates the socket as it starts
    }
}

AttachConnection::~AttachConnection()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

Status resizeTerminal(const QString &controlPath, int rows, int columns)
{
    const int fd = ::open(QFile::encodeName(controlPath).constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return fail(QStringLiteral("cannot resize the terminal: %1").arg(systemErrorText(errno)));
    const QByteArray message = "1 " + QByteArray::number(rows) + ' ' + QByteArray::number(columns) + '\n';
    const ssize_t n = ::write(fd, message.constData(), size_t(message.size()));
    ::close(fd);
    return n == message.size() ? Status{} : fail(QStringLiteral("cannot resize the terminal"));
}

namespace {

bool writeAll(int fd, const char *data, size_t size)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        data += n;
        size -= size_t(n);
    }
    return true;
}

} // namespace

// Receives the proxied signals through a signalfd while attached; the
// previous signal mask comes back with the destructor.
class ProxiedSignals {
public:
    explicit ProxiedSignals(bool active)
    {
        if (!active)
            return;
        sigset_t set;
        sigemptyset(&set);
        for (int signal : {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2})
            sigaddset(&set, signal);
        if (::pthread_sigmask(SIG_BLOCK, &set, &m_saved) != 0)
            return;
        m_fd = ::signalfd(-1, &set, SFD_CLOEXEC | SFD_NONBLOCK);
        m_blocked = true;
    }
    ~ProxiedSignals()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        if (m_blocked)
            ::pthread_sigmask(SIG_SETMASK, &m_saved, nullptr);
    }
    int fd() const { return m_fd; }

private:
    int m_fd = -1;
    bool m_blocked = false;
    sigset_t m_saved;
};

namespace {

// Typed input on its way to the container, watching for the detach keys.
// Returns false when the detach sequence completed.
bool filterDetachKeys(const char *input, ssize_t n, const AttachOptions &options, qsizetype &matched, QByteArray &send)
{
    for (ssize_t i = 0; i < n; ++i) {
        const char c = input[i];
        if (options.tty && !options.detachKeys.isEmpty() && c == options.detachKeys.at(matched)) {
            if (++matched == options.detachKeys.size())
                return false;
            continue;
        }
        if (matched > 0) { // a partial sequence that did not complete
            send.append(options.detachKeys.left(matched));
            matched = 0;
        }
        send.append(c);
    }
    return true;
}

// conmon's messages start with the stream: 2 stdout, 3 stderr. False at the end of the output.
bool relayOutput(AttachConnection &connection, QByteArray &buffer, const AttachOptions &options)
{
    ssize_t n;
    do
        n = ::recv(connection.fd(), buffer.data(), size_t(buffer.size()), 0);
    while (n < 0 && errno == EINTR);
    if (n <= 0)
        return false;
    const int target = buffer.at(0) == 3 ? options.errorFd : options.outputFd;
    if (target >= 0 && n > 1)
        writeAll(target, buffer.constData() + 1, size_t(n - 1));
    return true;
}

} // namespace

Result<AttachEnd> relayAttach(AttachConnection &connection, const AttachOptions &options)
{
    const RawTerminal raw(options.tty ? options.inputFd : -1);
    const ProxiedSignals proxied(bool(options.forwardSignal));
    if (options.tty && options.outputFd >= 0 && ::isatty(options.outputFd)) {
        struct winsize size = {};
        if (::ioctl(options.outputFd, TIOCGWINSZ, &size) == 0 && size.ws_row > 0)
            (void)resizeTerminal(options.controlPath, size.ws_row, size.ws_col);
    }
    QByteArray buffer(65536 + 1, Qt::Uninitialized);
    qsizetype matched = 0; // how much of the detach sequence was typed
    bool inputOpen = options.inputFd >= 0;
    for (;;) {
        struct pollfd fds[3] = {{connection.fd(), POLLIN, 0}, {inputOpen ? options.inputFd : -1, POLLIN, 0}, {proxied.fd(), POLLIN, 0}};
        if (::poll(fds, 3, options.cancel ? 100 : -1) < 0) {
            if (errno == EINTR)
                continue;
            return fail(QStringLiteral("attach: %1").arg(systemErrorText(errno)));
        }
        if (options.cancel && options.cancel->isCancelled())
            return AttachEnd::Detached;
        if (fds[2].revents & POLLIN) {
            struct signalfd_siginfo info;
            while (::read(proxied.fd(), &info, sizeof info) == sizeof info)
                options.forwardSignal(int(info.ssi_signo));
        }
        if ((fds[0].revents & (POLLIN | POLLHUP | POLLERR)) && !relayOutput(connection, buffer, options))
            return AttachEnd::ContainerExited;
        if (!inputOpen || !(fds[1].revents & (POLLIN | POLLHUP | POLLERR)))
            continue;
        const ssize_t n = ::read(options.inputFd, buffer.data(), 65536);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            inputOpen = false;
            ::shutdown(connection.fd(), SHUT_WR); // end of input for the container
            continue;
        }
        QByteArray send;
        if (!filterDetachKeys(buffer.constData(), n, options, matched, send))
            return AttachEnd::Detached;
        if (!send.isEmpty() && !writeAll(connection.fd(), send.constData(), size_t(send.size())))
            inputOpen = false;
    }
}

} // namespace porthole
