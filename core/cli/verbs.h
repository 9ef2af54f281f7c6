#pragma once
// The verb table: each verb's name, aliases, usage, flags and handler,
// written once, in the file of its family (commands_*.cpp). The parser,
// --help, the CLI, the window's command bar and the command lines the
// window shows (cli/spelling.h) all read it.
#include "cli/cmdline.h"

#include <initializer_list>

namespace porthole {

// Builds one entry of the table:
//   Verb("container stop", "[OPTIONS] CONTAINER [CONTAINER...]", "Stop one or more running containers", stop)
//       .aliases({"stop"}).args(1).option("time", 't', "Seconds to wait before killing the container")
class Verb {
public:
    Verb(const char *path, const char *usage, const char *summary, CommandHandler handler);
    Verb &aliases(std::initializer_list<const char *> names);
    Verb &args(int min, int max = -1);
    Verb &flag(const char *name, char shorthand, const char *help);   // a boolean
    Verb &option(const char *name, char shorthand, const char *help); // takes a value
    Verb &flags(const QList<FlagSpec> &more);
    Verb &argumentsEndFlags(); // flags after the first argument belong to it (run IMAGE CMD -x)
    operator CommandSpec() const { return m_spec; }

private:
    CommandSpec m_spec;
};

FlagSpec boolFlag(const char *name, char shorthand, const char *help);
FlagSpec valueFlag(const char *name, char shorthand, const char *help);

// The families, in the order --help lists them (commands_*.cpp).
QList<CommandSpec> imageVerbs();
QList<CommandSpec> systemVerbs();
QList<CommandSpec> runVerbs();
QList<CommandSpec> lifecycleVerbs();
QList<CommandSpec> containerInfoVerbs();
QList<CommandSpec> containerFileVerbs();
QList<CommandSpec> networkVerbs();
QList<CommandSpec> volumeVerbs();
QList<CommandSpec> statsVerbs();
QList<CommandSpec> resourceVerbs(); // system df, the prunes, info
QList<CommandSpec> registryVerbs();

// The spec of a path ("image ls"), or null.
const CommandSpec *findCommandSpec(const QString &path);
// Its handler, or null (every verb in the table has one).
CommandHandler handlerFor(const QString &path);

} // namespace porthole
