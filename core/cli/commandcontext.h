#pragma once
// What a verb's handler gets: the parsed command, where its output goes,
// the store and progress. Shared by the handlers (commands_*.cpp).
#include "cli/cmdline.h"
#include "cli/commandio.h"
#include "base/error.h"
#include "containers/containerengine.h"
#include "images/imagestore.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

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

// What every inspect prints, as Docker: what was found (a JSON array, "[]" when empty, or each object
// through --format), then one error line for each name not found (exit 1).
Status printInspected(const CommandContext &c, const QJsonArray &objects, const QStringList &notFound = {});

// --format of a listing: each object through the template, or with
// "table " a table under a header made of the fields' names (names maps a
// field to its column's title; others are the field in capitals).
Status printTemplated(const CommandContext &c, const QString &format, const QList<QJsonObject> &objects,
                      const QHash<QString, QString> &names = {});
QStringList templateTableHeader(const QString &format, const QHash<QString, QString> &names);

// Docker's prompt: the warning, " [y/N] ", then a line of input; true for
// y or Y. Without input (the window's command bar), no.
bool confirm(const CommandContext &c, const QString &warning);

// Applies one engine call to each named container, printing each name as
// Docker does, reporting failures one by one: each through errorFormat
// (%1 the name, %2 the engine's message: Docker's "Cannot kill container:
// %1: %2"), then, when summary is given, it as the last error (%1 the names
// that failed: Docker's "failed to start containers: %1").
template <typename Call>
Status eachContainer(const CommandContext &c, Call call, const QString &errorFormat = QStringLiteral("%2"), const QString &summary = {})
{
    ContainerEngine engine(c.store, c.runtime);
    engine.setRunStepObserver(c.io.runStep);
    QStringList failed;
    for (const QString &name : c.command.args) {
        if (auto ok = call(engine, name); !ok) {
            if (c.io.err)
                c.io.err(QStringLiteral("Error: ") + QString(errorFormat).replace(QLatin1String("%1"), name).replace(QLatin1String("%2"), ok.error().message)
                         + QLatin1Char('\n'));
            failed.append(name);
            continue;
        }
        c.line(name);
    }
    if (failed.isEmpty())
        return {};
    return fail(summary.isEmpty() ? QString() : summary.arg(failed.join(QStringLiteral(", "))));
}

} // namespace porthole
