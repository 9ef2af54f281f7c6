#include "runtime/ptyprocess.h"

#include <QFile>
#include <cerrno>
#include <cstdlib>
#include <fcntl.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace porthole {
namespace {

// A new terminal of the given size: returns its master end, slave is set
// to the other; both close-on-exec. -1 (errno set) on failure.
int openTerminal(int &slave, const struct winsize &size)
{
    const int master = ::posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (master < 0)
        return -1;
    char name[128];
    if (::grantpt(master) == 0 && ::unlockpt(master) == 0 && ::ptsname_r(master, name, sizeof name) == 0) {
        slave = ::open(name, O_RDWR | O_NOCTTY | O_CLOEXEC);
        if (slave >= 0 && ::ioctl(slave, TIOCSWINSZ, &size) == 0)
            return master;
    }
    const int error = errno;
    if (slave >= 0)
        ::close(slave);
    slave = -1;
    ::close(master);
    errno = error;
    return -1;
}

} // namespace

Result<PtyProcess> spawnOnPty(const QStringList &argv, int rows, int columns, const QList<int> &passFds)
{
    if (argv.isEmpty())
        return fail(QStringLiteral("no program to run on the terminal"));
    // Everything the child needs is prepared before fork: after it, only
    // async-signal-safe calls.
    std::vector<QByteArray> words;
    for (const QString &word : argv)
        words.push_back(QFile::encodeName(word));
    std::vector<char *> pointers;
    for (QByteArray &word : words)
        pointers.push_back(word.data());
    pointers.push_back(nullptr);
    struct winsize size{};
    size.ws_row = static_cast<unsigned short>(rows);
    size.ws_col = static_cast<unsigned short>(columns);
    // Out of the way of 3, 4, ... so that placing one cannot overwrite another.
    std::vector<int> sources;
    for (int fd : passFds)
        sources.push_back(::fcntl(fd, F_DUPFD_CLOEXEC, 100));
    // Both ends close-on-exec from the start (forkpty's are not until it
    // returns): a child forked meanwhile on another thread must not keep
    // this terminal open, or its reader never sees the program end.
    int slave = -1;
    const int master = openTerminal(slave, size);
    const pid_t pid = master < 0 ? -1 : ::fork();
    const int forkError = errno;
    if (pid < 0) {
        for (int fd : sources)
            ::close(fd);
        for (int fd : {master, slave})
            if (fd >= 0)
                ::close(fd);
        return fail(QStringLiteral("cannot open a terminal for %1: %2").arg(argv.first(), systemErrorText(forkError)));
    }
    if (pid == 0) {
        ::setsid();
        ::ioctl(slave, TIOCSCTTY, 0); // the controlling tty
        for (int fd = 0; fd < 3; ++fd)
            ::dup2(slave, fd);
        for (size_t i = 0; i < sources.size(); ++i)
            ::dup2(sources[i], int(3 + i)); // dup2 clears close-on-exec
        ::execvp(pointers[0], pointers.data());
        ::_exit(127);
    }
    ::close(slave);
    for (int fd : sources)
        ::close(fd);
    ::fcntl(master, F_SETFL, ::fcntl(master, F_GETFL) | O_NONBLOCK);
    return PtyProcess{master, pid};
}

Status resizePty(int masterFd, int rows, int columns)
{
    struct winsize size{};
    size.ws_row = static_cast<unsigned short>(rows);
    size.ws_col = static_cast<unsigned short>(columns);
    if (::ioctl(masterFd, TIOCSWINSZ, &size) < 0)
        return fail(QStringLiteral("cannot resize the terminal: %1").arg(systemErrorText(errno)));
    return {};
}

void copyPtyOutput(int masterFd, int outputFd)
{
    ::fcntl(masterFd, F_SETFL, ::fcntl(masterFd, F_GETFL) & ~O_NONBLOCK);
    char buffer[65536];
    for (;;) {
        const ssize_t n = ::read(masterFd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break; // EIO once the last process holding the terminal is gone
        for (ssize_t done = 0; done < n;) {
            const ssize_t w = ::write(outputFd, buffer + done, size_t(n - done));
            if (w < 0 && errno == EINTR)
                continue;
            if (w <= 0)
                break;
            done += w;
        }
    }
    ::close(masterFd);
}

std::optional<int> reapPtyProcess(qint64 pid)
{
    int status = 0;
    const pid_t done = ::waitpid(pid_t(pid), &status, WNOHANG);
    if (done == 0)
        return std::nullopt;
    if (done < 0)
        return 255; // already reaped or not ours
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

} // namespace porthole
