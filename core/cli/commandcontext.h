#pragma once
// What a verb's handler gets: the parsed command, where its output goes,
// the store and progress. Shared by the handlers (commands_*.cpp).
#include "cli/cmdline.h"
#include "cli/commandio.h"
#include "base/error.h"
#include "containers/containerengine.h"
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

// What every inspect prints: the objects as an indented JSON array, or each
// through --format's template.
Status printInspected(const CommandContext &c, const QJsonArray &objects);

// Docker's prompt: the warning, " [y/N] ", then a line of input; true for
// y or Y. Without input (the window's command bar), no.
bool confirm(const CommandContext &c, const QString &warning);

// Applies one engine call to each named container, printing each name as
// Docker does, reporting failures one by one.
template <typename Call>
Status eachContainer(const CommandContext &c, Call call)
{
    ContainerEngine engine(c.store, c.runtime);
    engine.setRunStepObserver(c.io.runStep);
    bool anyFailed = false;
    for (const QString &name : c.command.args) {
        if (auto ok = call(engine, name); !ok) {
            if (c.io.err)
                c.io.err(QStringLiteral("Error: ") + ok.error().message + QLatin1Char('\n'));
            anyFailed = true;
            continue;
        }
        c.line(name);
    }
    return anyFailed ? fail(QString()) : Status{};
}

} // namespace porthole
