#pragma once
// Attaching to a container's main process through conmon's attach socket
// (SOCK_SEQPACKET; each message from conmon starts with 2 for stdout or 3
// for stderr) and its control fifo (resize: "1 ROWS COLS\n"). Every
// attached client sees the same output and shares the same stdin.
#include "base/error.h"
#include "base/progress.h"

#include <QByteArray>
#include <QString>
#include <functional>

namespace porthole {

// Docker's --detach-keys ("ctrl-p,ctrl-q", "ctrl-a,x") as bytes.
Result<QByteArray> parseDetachKeys(const QString &spec);

struct AttachOptions {
    QString socketPath;  // <socket dir>/<short id>/attach
    QString controlPath; // <bundle>/ctl
    int inputFd = -1;    // -1: no stdin
    int outputFd = 1;
    int errorFd = 2;
    bool tty = false;
    QByteArray detachKeys = QByteArray("\x10\x11"); // ctrl-p, ctrl-q
    // --sig-proxy: signals this process receives while attached (INT, TERM,
    // HUP, QUIT, USR1, USR2) are handed to this callback instead.
    std::function<void(int signal)> forwardSignal;
    // When it is cancelled, the relay detaches (the container keeps running).
    const Progress *cancel = nullptr;
};

enum class AttachEnd { ContainerExited, Detached };

// A connected attach socket; connect before starting the container so no
// output is missed.
class AttachConnection {
public:
    static Result<AttachConnection> connect(const QString &socketPath);
    AttachConnection(AttachConnection &&other) noexcept : m_fd(other.m_fd) { other.m_fd = -1; }
    AttachConnection &operator=(AttachConnection &&) = delete;
    ~AttachConnection();
    int fd() const { return m_fd; }

private:
    explicit AttachConnection(int fd) : m_fd(fd) {}
    int m_fd = -1;
};

// Relays until the container's output ends, the detach keys are typed or
// options.cancel is cancelled.
// Puts a terminal input into raw mode while attached (restored after).
Result<AttachEnd> relayAttach(AttachConnection &connection, const AttachOptions &options);

// Tells conmon the terminal size.
Status resizeTerminal(const QString &controlPath, int rows, int columns);

} // namespace porthole
