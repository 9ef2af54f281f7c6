#pragma once
// The exec gate: every process the engine puts into a running container
// (exec, and the window's exec console) first runs porthole-exec-gate, a
// static program carried inside this library and handed to the runtime as
// a sealed in-memory file. It announces itself on a socket; the engine
// learns its process id from the kernel, checks that the process's root is
// the container's file system, and only then lets it run the command. A
// process that joined the namespaces but landed elsewhere (a runtime
// started inside a chroot lands in the host's root) is killed first.
#include "base/error.h"

#include <QStringList>

namespace porthole {

class ExecGate {
public:
    // The gate program in a sealed memfd and a socket pair.
    static Result<ExecGate> open();
    ExecGate(ExecGate &&other) noexcept;
    ExecGate &operator=(ExecGate &&) = delete;
    ~ExecGate();

    // The descriptors the runtime must pass on as fds 3 and 4 (runc exec
    // --preserve-fds 2), in that order; close-on-exec in this process.
    int programFd() const { return m_program; }
    int childSocketFd() const { return m_child; }
    static constexpr int kPreservedFds = 2;
    // The command as the runtime runs it: the gate first.
    static QStringList wrap(const QStringList &command);
    // After spawning the runtime: drops this process's copy of the child's end.
    void closeChildSide();
    // Waits for the gate to announce itself, checks that its root is root,
    // then lets it run; kills it and fails when the root is another.
    // False when the runtime ended without starting it (its own error says why).
    Result<bool> admit(const QString &root, int timeoutMs = 30000);

private:
    ExecGate() = default;
    int m_program = -1;
    int m_child = -1;
    int m_engine = -1;
};

} // namespace porthole
