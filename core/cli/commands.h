#pragma once
// Runs one docker-style command line against the engine: the CLI's main()
// and the GUI's command bar both call runCommand, so they share the parser,
// the behaviour and the texts.
#include "cli/commandio.h"

#include <QStringList>
#include <functional>

namespace porthole {

// Returns the exit code; errors are written to io.err as "Error: <message>".
int runCommand(const QStringList &words, CommandIo &io);

} // namespace porthole
