#include "api/terminalpump.h"

#include "api/streamformats.h"

#include <cerrno>
#include <poll.h>
#include <unistd.h>

namespace porthole::api {

namespace {

// Writes all of bytes to the (non-blocking) terminal.
bool writeToTerminal(int masterFd, const char *bytes, qint64 size)
{
    while (size > 0) {
        const ssize_t n = ::write(masterFd, bytes, size_t(size));
        if (n < 0 && (errno == EINTR || errno == EAGAIN)) {
            pollfd out{masterFd, POLLOUT, 0};
            ::poll(&out, 1, 100);
            continue;
        }
        if (n <= 0)
            return false;
        bytes += n;
        size -= n;
    }
    return true;
}

} // namespace

void pumpTerminal(RawSocket &socket, int masterFd, bool multiplexed)
{
    bool clientInput = true;
    char buffer[16384];
    for (;;) {
        pollfd fds[2] = {{masterFd, POLLIN, 0}, {socket.fd(), short(clientInput ? POLLIN : 0), 0}};
        if (::poll(fds, 2, 200) < 0 && errno != EINTR)
            return;
        if (fds[0].revents & (POLLIN | POLLHUP | POLLERR)) {
            const ssize_t n = ::read(masterFd, buffer, sizeof buffer);
            if (n <= 0 && !(n < 0 && (errno == EAGAIN || errno == EINTR)))
                return; // EIO: the program and its children have gone
            if (n > 0) {
                const QByteArray bytes(buffer, n);
                if (!socket.write(multiplexed ? multiplexedFrame(1, bytes) : bytes))
                    return;
            }
        }
        if (clientInput && (fds[1].revents & (POLLIN | POLLHUP | POLLERR))) {
            const qint64 n = socket.read(buffer, sizeof buffer, 0);
            if (n == 0 || n == -1)
                clientInput = false; // half-closed: output goes on
            else if (n > 0 && !writeToTerminal(masterFd, buffer, n))
                return;
        }
    }
}

void pumpPipes(RawSocket &socket, int stdinFd, int stdoutFd, int stderrFd)
{
    int outputs[2] = {stdoutFd, stderrFd};
    char buffer[16384];
    while (outputs[0] >= 0 || outputs[1] >= 0) {
        pollfd fds[3] = {{outputs[0], POLLIN, 0}, {outputs[1], POLLIN, 0}, {stdinFd >= 0 ? socket.fd() : -1, POLLIN, 0}};
        if (::poll(fds, 3, 200) < 0 && errno != EINTR)
            break;
        for (int stream = 0; stream < 2; ++stream) {
            if (!(fds[stream].revents & (POLLIN | POLLHUP | POLLERR)))
                continue;
            const ssize_t n = ::read(outputs[stream], buffer, sizeof buffer);
            if (n > 0 && !socket.write(multiplexedFrame(stream + 1, QByteArray(buffer, n))))
                return;
            if (n == 0 || (n < 0 && errno != EINTR && errno != EAGAIN))
                outputs[stream] = -1; // that stream has ended; the caller closes it
        }
        if (stdinFd >= 0 && (fds[2].revents & (POLLIN | POLLHUP | POLLERR))) {
            const qint64 n = socket.read(buffer, sizeof buffer, 0);
            if (n == 0 || n == -1 || (n > 0 && !writeToTerminal(stdinFd, buffer, n))) {
                ::close(stdinFd); // the client half-closed: the program sees EOF
                stdinFd = -1;
            }
        }
    }
    if (stdinFd >= 0)
        ::close(stdinFd);
}

} // namespace porthole::api
