#pragma once
// Runs one docker-style command line against the engine: the CLI's main()
// and the GUI's command bar both call runCommand, so they share the parser,
// the behaviour and the texts.
#include "base/progress.h"
#include "containers/runsteps.h"

#include <QStringList>
#include <functional>

namespace porthole {

struct CommandIo {
    std::function<void(const QString &)> out; // text for stdout
    std::function<void(const QString &)> err; // text for stderr
    int inputFd = -1;   // binary input (import -, load); -1 when there is none
    int outputFd = -1;  // binary output (save without -o); -1 when there is none
    bool inputIsTerminal = false;
    bool outputIsTerminal = false;
    Progress *progress = nullptr; // optional: progress and cancel
    RunStepObserver runStep;      // optional: the steps of create/start/run as they happen
};

// Returns the exit code; errors are written to io.err as "Error: <message>".
int runCommand(const QStringList &words, CommandIo &io);

} // namespace porthole
