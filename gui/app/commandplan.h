#pragma once
// What the command bar does with a typed line, decided before anything
// runs (pure): run it through the core's command layer (its output streamed
// to the pane), open a console for it (`run -it`, `exec -it`, `attach`,
// `start -a`), or say why the bar does not take it (a shell command such as
// `ls -la`, or `docker pull` before images come from registries).
#include "base/storepaths.h"
#include "gui/containers/consolerequest.h"

#include <QStringList>

struct CommandPlan {
    enum class Kind {
        Refuse,        // message says why
        Run,           // words through porthole::runCommand, on a worker
        CreateThenAttach, // run -it: createWords first, then an attach console that starts it
        Console,       // exec -it, attach, start -a: console says which
    };
    Kind kind = Kind::Run;
    QString program;         // as typed in front: "docker", "porthole", "podman" or ""
    QString verb;            // the verb's path in the table: "container run"
    QStringList words;       // Run: the words for runCommand (the store first)
    bool streams = false;    // Run: the command's stdout/stderr go through descriptors (attached run, exec)
    bool discardsOutput = false; // Run: exec -d: its output goes nowhere, as in Docker
    QString message;         // Refuse
    QStringList createWords; // CreateThenAttach: `create` with run's flags (the store first)
    QString createLine;      // the same, spelled from the verb table for the pane
    ConsoleRequest console;  // CreateThenAttach (its container filled in later) and Console
};

// words: the typed line split as a shell does.
CommandPlan planCommand(const QStringList &words, const porthole::StorePaths &paths);

// The engine's text with the program named as the user typed it:
// "porthole: 'x' is not a porthole command" reads "docker: 'x' is not a
// docker command" after "docker x". Other mentions (a hint to run
// `porthole image build-busybox`) stay.
QString asTyped(const QString &text, const QString &program);
