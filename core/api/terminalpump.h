#pragma once
// A hijacked connection joined to a terminal: the client's bytes to the
// terminal (until it half-closes), the terminal's to the client (raw, or
// as stdout frames for a client without a tty) until the program ends.
#include "api/rawsocket.h"

namespace porthole::api {

void pumpTerminal(RawSocket &socket, int masterFd, bool multiplexed);

// The same for a process on pipes: its stdout and stderr as Docker's
// frames 1 and 2 until both end; the client's bytes to its stdin (closed
// when the client half-closes; -1: no stdin).
void pumpPipes(RawSocket &socket, int stdinFd, int stdoutFd, int stderrFd);

} // namespace porthole::api
