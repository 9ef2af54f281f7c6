#pragma once
// Shared by the command handlers (commands_*.cpp): not part of the API.
#include "cli/cmdline.h"
#include "cli/commands.h"
#include "base/error.h"
#include "images/imagestore.h"

#include <QJsonArray>

namespace porthole {

struct CommandContext {
    const ParsedCommand &command;
    CommandIo &io;
    ImageStore &store;
    Progress &progress;
    QString runtime; // OCI runtime for container commands

    void out(const QString &text) const { io.out(text); }
    void line(const QString &text) const { io.out(text + QLatin1Char('\n')); }
};

using CommandHandler = Status (*)(const CommandContext &);

// What every inspect prints: the objects as an indented JSON array, or each
// through --format's template.
Status printInspected(const CommandContext &c, const QJsonArray &objects);

// The handler of a command path ("image ls"), for every spec in cmdline.cpp.
CommandHandler handlerFor(const QString &path);

// "image ls" -> handler, for the image commands.
CommandHandler imageCommandHandler(const QString &path);
CommandHandler containerCommandHandler(const QString &path);
CommandHandler networkCommandHandler(const QString &path);

} // namespace porthole
