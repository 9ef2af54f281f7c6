#include "cli/commands.h"

#include "cli/commandcontext.h"
#include "cli/gotemplate.h"
#include "cli/verbs.h"

#include <QJsonDocument>
#include "base/storepaths.h"

#include <QFileInfo>

namespace porthole {
namespace {

void writeError(CommandIo &io, const QString &message)
{
    if (io.err && !message.isEmpty())
        io.err(QStringLiteral("Error: ") + message + QLatin1Char('\n'));
}

} // namespace

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
