#pragma once
// Command lines as a user would type them, spelled from the verb table:
// the window shows one next to each action ("porthole stop -t 10 web"),
// so a verb, its aliases and its flags are written down only in the table.
#include "containers/containerengine.h"

#include <QList>
#include <QStringList>

namespace porthole {

struct FlagValue {
    QString name;  // the flag's long name in the table: "time"
    QString value; // empty for a boolean flag
};

// "porthole <verb> <flags> <args>": the verb's shortest name ("stop" for
// "container stop"), flags by their shorthand where they have one (boolean
// shorthands run together: -it), words quoted for a shell. A path or flag
// missing from the table is a programming error (asserted).
QString spellCommand(const QString &path, const QList<FlagValue> &flags = {}, const QStringList &args = {});

// A lifecycle action on containers: "porthole stop -t 10 web db",
// "porthole rm -f web"; stopTimeout < 0 leaves -t out.
QString spellLifecycleCommand(LifecycleAction action, const QStringList &containers, int stopTimeout = -1);

// `porthole run -d ...` / `porthole create ...` for a create request.
QString spellCreateCommand(const CreateRequest &request, bool run, bool detach);

} // namespace porthole
