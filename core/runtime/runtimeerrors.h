#pragma once
// What the OCI runtime says when it fails, turned into the one line Docker
// shows: runc's log lines (time=… level=error msg="…") lose their frame,
// and a command that cannot be started gets Docker's exit codes — 127 when
// it does not exist, 126 when it exists but cannot be executed.
#include "base/error.h"

namespace porthole {

Error runtimeFailure(const QString &runtimeOutput);

// Whether a runtime's error says the cgroup freezer could not settle and
// gave up (worth another try: runc thaws back, the container runs on), as
// opposed to a refusal that stays.
bool isTransientFreezeFailure(const QString &runtimeMessage);

} // namespace porthole
