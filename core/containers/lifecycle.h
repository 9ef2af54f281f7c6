#pragma once
// The container lifecycle: one state machine for every front (CLI, GUI
// diagram), refusing invalid transitions with Docker's messages.
//
//   created --start--> running --pause--> paused --unpause--> running
//   running --stop/kill/exit--> exited --start/restart--> running
//   any --rm--> (deleted); running/paused need rm -f (kill first)
#include "base/error.h"

#include <QString>

namespace porthole {

enum class ContainerState { Created, Running, Paused, Exited, Removing, Dead };

enum class LifecycleAction { Start, Stop, Kill, Restart, Pause, Unpause, Remove, ForceRemove, Exec, Attach, Exit };

QString stateName(ContainerState state);        // Docker's: "created", "running", ...
Result<ContainerState> stateFromName(const QString &name);
QString actionName(LifecycleAction action);     // the CLI verb: "start", "rm", ...

// Whether the action may run on a container in this state; the error is
// Docker's text for the refusal, naming the container as the user did.
Status checkAction(ContainerState state, LifecycleAction action, const QString &container);

// The state after the action completes (Remove leads to deletion and has no
// next state: it returns Removing).
ContainerState stateAfter(ContainerState state, LifecycleAction action);

} // namespace porthole
