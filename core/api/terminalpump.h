#pragma once
// A hijacked connection joined to a terminal: the client's bytes to the
// terminal (until it half-closes), the terminal's to the client (raw, or
// as stdout frames for a client without a tty) until the program ends.
#include "api/rawsocket.h"

namespace porthole::api {

void pumpTerminal(RawSocket &socket, int masterFd, bool multiplexed);

} // namespace porthole::api
