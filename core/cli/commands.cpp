#include "cli/commands.h"

#include "cli/commands_internal.h"
#include "cli/commands_registry.h"
#include "cli/gotemplate.h"

#include <QJsonDocument>
#include "base/storepaths.h"

#include <QFileInfo>

namespace porthole {
namespace {

Status showVersion(const CommandContext &context)
{
    context.line(QStringLiteral("Porthole version %1").arg(QStringLiteral(PORTHOLE_VERSION)));
    context.line(QStringLiteral("Store:    %1").arg(context.store.paths().root));
    return {};
}

void writeError(CommandIo &io, const QString &message)
{
    if (io.err && !message.isEmpty())
        io.err(QStringLiteral("Error: ") + message + QLatin1Char('\n'));
}

} // namespace

Status printInspected(const CommandContext &c, const QJsonArray &objects)
{
    if (c.command.isSet(QStringLiteral("format"))) {
        for (const auto &value : objects) {
            auto text = renderTemplate(c.command.value(QStringLiteral("format")), value);
            if (!text)
                return std::unexpected(text.error());
            c.line(*text);
        }
        return {};
    }
    c.out(QString::fromUtf8(QJsonDocument(objects).toJson(QJsonDocument::Indented)));
    return {};
}

CommandHandler handlerFor(const QString &path)
{
    if (path == QLatin1String("version"))
        return showVersion;
    if (auto handler = imageCommandHandler(path))
        return handler;
    if (auto handler = networkCommandHandler(path))
        return handler;
    if (auto handler = registryCommandHandler(path))
        return handler;
    return containerCommandHandler(path);
}

int runCommand(const QStringList &words, CommandIo &io)
{
    auto invocation = parseCommandLine(words);
    if (!invocation) {
        writeError(io, invocation.error().message);
        return invocation.error().exitCode;
    }
    if (invocation->showHelp) {
        io.out(invocation->command.spec     ? commandUsage(*invocation->command.spec)
               : !invocation->group.isEmpty() ? groupUsage(invocation->group)
                                              : programUsage());
        return 0;
    }
    if (invocation->showVersion && !invocation->command.spec) {
        io.out(QStringLiteral("Porthole version %1\n").arg(QStringLiteral(PORTHOLE_VERSION)));
        return 0;
    }
    const StorePaths paths = StorePaths::resolve(invocation->root, invocation->runRoot);
    // conmon runs the exit command late; a store removed meanwhile stays removed.
    if (invocation->command.spec->path == QLatin1String("container cleanup") && !QFileInfo::exists(paths.root))
        return 0;
    auto store = ImageStore::open(paths);
    if (!store) {
        writeError(io, store.error().message);
        return store.error().exitCode;
    }
    Progress ownProgress;
    Progress &progress = io.progress ? *io.progress : ownProgress;
    const CommandHandler handler = handlerFor(invocation->command.spec->path);
    Q_ASSERT(handler); // every spec has one (tst_units checks)
    QString runtime = invocation->runtime;
    if (runtime.isEmpty())
        runtime = qEnvironmentVariable("PORTHOLE_RUNTIME", QStringLiteral("runc"));
    const CommandContext context{invocation->command, io, *store, progress, runtime};
    if (auto ok = handler(context); !ok) {
        writeError(io, ok.error().message);
        return ok.error().exitCode;
    }
    return 0;
}

} // namespace porthole
