#pragma once
// Attach over the API: clients that ask before the container starts wait
// here until start connects them to conmon (so they miss nothing), then
// each is relayed: conmon's stdout/stderr to the client (raw for a tty,
// else in Docker's frames), the client's bytes to the container's stdin,
// until the container's output ends or the client types the detach keys.
#include "api/rawsocket.h"
#include "base/error.h"
#include "runtime/attach.h"

#include <QString>
#include <memory>
#include <optional>

namespace porthole::api {

class PendingAttach;

namespace pendingattaches {
std::shared_ptr<PendingAttach> add(const QString &containerId);
void drop(const QString &containerId, const std::shared_ptr<PendingAttach> &pending);
// For start: connects every waiting client of the container to conmon's
// socket (call between conmon's create and the process's start).
bool any(const QString &containerId);
Status connectAll(const QString &containerId, const QString &socketPath);
// Containers created with StdinOnce (docker run -i): their stdin closes
// when the attached client closes its input.
void markStdinOnce(const QString &containerId);
bool takeStdinOnce(const QString &containerId);
} // namespace pendingattaches

// Waits (while the client stays) for start to connect it; nullopt when the
// client went or the start failed.
std::optional<AttachConnection> waitForStart(PendingAttach &pending, RawSocket &socket);

void relayAttach(RawSocket &socket, AttachConnection &connection, bool tty);

} // namespace porthole::api
