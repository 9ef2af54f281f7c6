#pragma once
// Where a command's text and bytes go: the CLI's streams or the window's
// output pane, with optional progress and run-step observers.
#include "base/progress.h"
#include "containers/runsteps.h"

#include <QString>
#include <functional>

namespace porthole {

struct CommandIo {
    std::function<void(const QString &)> out; // text for stdout
    std::function<void(const QString &)> err; // text for stderr
    int inputFd = -1;   // binary input (import -, load); -1 when there is none
    int outputFd = -1;  // binary output (save without -o; run and exec's stdout); -1 when there is none
    int errorFd = -1;   // run and exec's stderr; -1: this process's
    bool inputIsTerminal = false;
    bool outputIsTerminal = false;
    Progress *progress = nullptr; // optional: progress and cancel
    RunStepObserver runStep;      // optional: the steps of create/start/run as they happen
};

} // namespace porthole
