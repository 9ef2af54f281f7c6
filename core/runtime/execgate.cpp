#include "runtime/execgate.h"

#include "runtime/rootcheck.h"

#include <cerrno>
#include <cstring>
#include <utility>
#include <csignal>
#include <fcntl.h>
#include <poll.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

// The static gate program, built by this project and carried in the
// library so that no file has to be found or trusted at run time.
asm(R"(
    .pushsection .rodata
    .balign 16
    .global porthole_exec_gate_start
    .hidden porthole_exec_gate_start
porthole_exec_gate_start:
    .incbin ")" PORTHOLE_EXEC_GATE_BINARY R"("
    .global porthole_exec_gate_end
    .hidden porthole_exec_gate_end
porthole_exec_gate_end:
    .popsection
)");
extern "C" const unsigned char porthole_exec_gate_start[];
extern "C" const unsigned char porthole_exec_gate_end[];

namespace porthole {
namespace {

#ifndef MFD_EXEC
#define MFD_EXEC 0x0010U
#endif

// A sealed in-memory copy: a process in a container that could write to
// the file it runs from (/proc/PID/exe) cannot change what the next exec runs.
Result<int> sealedGateProgram()
{
    int fd = ::memfd_create("porthole-exec-gate", MFD_CLOEXEC | MFD_ALLOW_SEALING | MFD_EXEC);
    if (fd < 0 && errno == EINVAL) // kernels before 6.3 know no MFD_EXEC
        fd = ::memfd_create("porthole-exec-gate", MFD_CLOEXEC | MFD_ALLOW_SEALING);
    if (fd < 0)
        return fail(QStringLiteral("cannot make the exec gate: memfd_create: %1").arg(systemErrorText(errno)));
    const unsigned char *data = porthole_exec_gate_start;
    size_t left = size_t(porthole_exec_gate_end - porthole_exec_gate_start);
    while (left > 0) {
        const ssize_t n = ::write(fd, data, left);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            const int error = errno;
            ::close(fd);
            return fail(QStringLiteral("cannot make the exec gate: %1").arg(systemErrorText(error)));
        }
        data += n;
        left -= size_t(n);
    }
    ::fchmod(fd, 0555);
    if (::fcntl(fd, F_ADD_SEALS, F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_WRITE | F_SEAL_SEAL) < 0) {
        const int error = errno;
        ::close(fd);
        return fail(QStringLiteral("cannot seal the exec gate: %1").arg(systemErrorText(error)));
    }
    return fd;
}

void closeIfOpen(int &fd)
{
    if (fd >= 0)
        ::close(fd);
    fd = -1;
}

// Waits for the gate's first byte; returns its process id as the kernel
// gives it (0: the socket closed first: the runtime ended without it).
Result<qint64> awaitArrival(int socket, int timeoutMs)
{
    struct pollfd wait{socket, POLLIN, 0};
    int ready;
    do
        ready = ::poll(&wait, 1, timeoutMs);
    while (ready < 0 && errno == EINTR);
    if (ready == 0)
        return fail(QStringLiteral("the runtime did not start the process within %1 s").arg(timeoutMs / 1000));
    char byte = 0;
    struct iovec io{&byte, 1};
    alignas(struct cmsghdr) char control[CMSG_SPACE(sizeof(struct ucred))];
    struct msghdr message{};
    message.msg_iov = &io;
    message.msg_iovlen = 1;
    message.msg_control = control;
    message.msg_controllen = sizeof control;
    ssize_t n;
    do
        n = ::recvmsg(socket, &message, 0);
    while (n < 0 && errno == EINTR);
    if (n <= 0)
        return qint64(0);
    for (struct cmsghdr *header = CMSG_FIRSTHDR(&message); header; header = CMSG_NXTHDR(&message, header))
        if (header->cmsg_level == SOL_SOCKET && header->cmsg_type == SCM_CREDENTIALS) {
            struct ucred credentials;
            std::memcpy(&credentials, CMSG_DATA(header), sizeof credentials);
            return qint64(credentials.pid);
        }
    return fail(QStringLiteral("the exec gate sent no credentials"));
}

} // namespace

Result<ExecGate> ExecGate::open()
{
    auto program = sealedGateProgram();
    if (!program)
        return std::unexpected(program.error());
    int pair[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pair) < 0) {
        const int error = errno;
        ::close(*program);
        return fail(QStringLiteral("cannot make the exec gate's socket: %1").arg(systemErrorText(error)));
    }
    const int on = 1;
    ::setsockopt(pair[0], SOL_SOCKET, SO_PASSCRED, &on, sizeof on);
    ExecGate gate;
    gate.m_program = *program;
    gate.m_engine = pair[0];
    gate.m_child = pair[1];
    return gate;
}

ExecGate::ExecGate(ExecGate &&other) noexcept
    : m_program(std::exchange(other.m_program, -1)), m_child(std::exchange(other.m_child, -1)),
      m_engine(std::exchange(other.m_engine, -1))
{
}

ExecGate::~ExecGate()
{
    closeIfOpen(m_program);
    closeIfOpen(m_child);
    closeIfOpen(m_engine);
}

QStringList ExecGate::wrap(const QStringList &command)
{
    return QStringList{QStringLiteral("/proc/self/fd/3")} + command;
}

void ExecGate::closeChildSide()
{
    closeIfOpen(m_program);
    closeIfOpen(m_child);
}

Result<bool> ExecGate::admit(const QString &root, int timeoutMs)
{
    closeChildSide();
    auto pid = awaitArrival(m_engine, timeoutMs);
    if (!pid)
        return std::unexpected(pid.error());
    if (*pid == 0)
        return false;
    if (auto seen = checkProcessRoot(*pid, root); !seen) {
        ::kill(pid_t(*pid), SIGKILL);
        closeIfOpen(m_engine);
        return std::unexpected(seen.error());
    }
    const char go = 'g';
    if (::send(m_engine, &go, 1, MSG_NOSIGNAL) != 1)
        return fail(QStringLiteral("the exec gate went away: %1").arg(systemErrorText(errno)));
    closeIfOpen(m_engine);
    return true;
}

} // namespace porthole
