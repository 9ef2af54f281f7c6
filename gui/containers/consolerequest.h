#pragma once
// A console asked for by name: the console buttons, the command bar
// (`run -it`, `exec -it`, `attach`, `start -a`) and the lesson open one.
#include "containers/containerengine.h"

#include <QString>

struct ConsoleRequest {
    enum class Kind { Attach, Exec, Nsenter };
    Kind kind = Kind::Attach;
    QString container;          // name or id
    bool startFirst = false;    // attach: connect, then start it (run -it, start -a): nothing is missed
    bool partOfRun = false;     // the start of a `run`: its steps continue its create's
    porthole::ExecRequest exec; // exec: the command (empty: a shell) with its -e, -w and -u
    QString commandLine;        // as typed, for the pane
};
