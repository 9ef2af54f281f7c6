// porthole-exec-gate: the first program every `exec` runs inside a
// container. It is linked statically and handed to the runtime as an open
// file (/proc/self/fd/3), so it needs nothing from the container's image.
// It tells the engine it has arrived (a byte on fd 4, with the kernel's
// credentials carrying its process id), then waits: the engine checks that
// the process's root is the container's file system and answers 'g' to go.
// Any other answer, or the engine going away, ends it before the command
// runs. Then it becomes the command, as runc would have run it.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

constexpr int kGateFd = 4;
constexpr int kSelfFd = 3;

bool waitForRelease()
{
    char hello = 'a';
    ssize_t n;
    do
        n = ::send(kGateFd, &hello, 1, MSG_NOSIGNAL);
    while (n < 0 && errno == EINTR);
    if (n != 1)
        return false;
    char answer = 0;
    do
        n = ::recv(kGateFd, &answer, 1, 0);
    while (n < 0 && errno == EINTR);
    return n == 1 && answer == 'g';
}

// Docker's words for a command that cannot be run; 127 when it is not
// there, 126 when it is there but cannot be executed.
int reportExecFailure(const char *command, int error)
{
    const bool hasSlash = std::strchr(command, '/') != nullptr;
    if (error == ENOENT && !hasSlash) {
        std::fprintf(stderr, "exec: \"%s\": executable file not found in $PATH\n", command);
        return 127;
    }
    if (error == ENOENT) {
        std::fprintf(stderr, "exec: \"%s\": stat %s: no such file or directory\n", command, command);
        return 127;
    }
    char reason[128];
    std::snprintf(reason, sizeof reason, "%s", std::strerror(error));
    if (reason[0] >= 'A' && reason[0] <= 'Z') // Go's error texts start in lower case
        reason[0] = char(reason[0] - 'A' + 'a');
    std::fprintf(stderr, "exec: \"%s\": %s\n", command, reason);
    return 126;
}

} // namespace

int main(int argc, char **argv)
{
    const bool released = waitForRelease();
    ::close(kGateFd);
    ::close(kSelfFd);
    if (!released)
        return 126; // the engine says why
    if (argc < 2) {
        std::fprintf(stderr, "porthole-exec-gate: no command\n");
        return 126;
    }
    ::execvp(argv[1], argv + 1);
    return reportExecFailure(argv[1], errno);
}
