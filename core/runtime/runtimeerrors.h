#pragma once
// What the OCI runtime says when it fails, turned into the one line Docker
// shows: runc's log lines (time=… level=error msg="…") lose their frame,
// and a command that cannot be started gets Docker's exit codes — 127 when
// it does not exist, 126 when it exists but cannot be executed.
#include "base/error.h"

namespace porthole {

Error runtimeFailure(const QString &runtimeOutput);

} // namespace porthole
