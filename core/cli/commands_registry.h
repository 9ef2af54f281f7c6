#pragma once
// The registry verbs (pull, push, login, logout, search): their specs and
// handlers, kept apart so that the command table registers them in one place.
#include "cli/cmdline.h"
#include "cli/commands_internal.h"

namespace porthole {

QList<CommandSpec> registryCommandSpecs();
CommandHandler registryCommandHandler(const QString &path);

} // namespace porthole
