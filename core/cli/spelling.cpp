#include "cli/spelling.h"

#include "base/shellwords.h"
#include "cli/cmdline.h"

namespace porthole {
namespace {

const CommandSpec &specOf(const QString &path)
{
    for (const CommandSpec &spec : commandSpecs())
        if (spec.path == path)
            return spec;
    qFatal("no verb %s in the table", qPrintable(path));
}

// The name a user types: the shortest of the path and its aliases.
QString typedName(const CommandSpec &spec)
{
    QString name = spec.path;
    for (const QString &alias : spec.aliases)
        if (alias.size() < name.size())
            name = alias;
    return name;
}

const FlagSpec &flagOf(const CommandSpec &spec, const QString &name)
{
    for (const FlagSpec &flag : spec.flags)
        if (flag.name == name)
            return flag;
    qFatal("no flag --%s for %s", qPrintable(name), qPrintable(spec.path));
}

QStringList flagWords(const CommandSpec &spec, const QList<FlagValue> &flags)
{
    QStringList words;
    QString shorthands; // boolean shorthands run together, as in -it
    for (const FlagValue &value : flags) {
        const FlagSpec &flag = flagOf(spec, value.name);
        if (!flag.takesValue && !flag.shorthand.isNull()) {
            shorthands += flag.shorthand;
            continue;
        }
        words << (flag.shorthand.isNull() ? QString(QStringLiteral("--") + flag.name) : QString(QLatin1Char('-') + flag.shorthand));
        if (flag.takesValue)
            words << quoteShellWord(value.value);
    }
    if (!shorthands.isEmpty())
        words.prepend(QLatin1Char('-') + shorthands);
    return words;
}

QString actionPath(LifecycleAction action)
{
    switch (action) {
    case LifecycleAction::Start: return QStringLiteral("container start");
    case LifecycleAction::Stop: return QStringLiteral("container stop");
    case LifecycleAction::Restart: return QStringLiteral("container restart");
    case LifecycleAction::Kill: return QStringLiteral("container kill");
    case LifecycleAction::Pause: return QStringLiteral("container pause");
    case LifecycleAction::Unpause: return QStringLiteral("container unpause");
    case LifecycleAction::Remove:
    case LifecycleAction::ForceRemove: return QStringLiteral("container rm");
    case LifecycleAction::Exec: return QStringLiteral("container exec");
    case LifecycleAction::Attach: return QStringLiteral("container attach");
    case LifecycleAction::Exit: break;
    }
    qFatal("no verb for this action");
}

QString publishText(const PortBinding &port)
{
    QString text = port.hostIp.isEmpty() ? QString() : port.hostIp + QLatin1Char(':');
    if (port.hostPort)
        text += QString::number(port.hostPort);
    if (!text.isEmpty())
        text += QLatin1Char(':');
    return text + port.containerKey();
}

} // namespace

QString spellCommand(const QString &path, const QList<FlagValue> &flags, const QStringList &args)
{
    const CommandSpec &spec = specOf(path);
    QStringList words{QStringLiteral("porthole"), typedName(spec)};
    words += flagWords(spec, flags);
    for (const QString &arg : args)
        words << quoteShellWord(arg);
    return words.join(QLatin1Char(' '));
}

QString spellLifecycleCommand(LifecycleAction action, const QStringList &containers, int stopTimeout)
{
    QList<FlagValue> flags;
    if (action == LifecycleAction::ForceRemove)
        flags.append({QStringLiteral("force"), {}});
    if ((action == LifecycleAction::Stop || action == LifecycleAction::Restart) && stopTimeout >= 0)
        flags.append({QStringLiteral("time"), QString::number(stopTimeout)});
    return spellCommand(actionPath(action), flags, containers);
}

QString spellCreateCommand(const CreateRequest &request, bool run, bool detach)
{
    QList<FlagValue> flags;
    if (run && detach)
        flags.append({QStringLiteral("detach"), {}});
    if (request.interactive)
        flags.append({QStringLiteral("interactive"), {}});
    if (request.tty)
        flags.append({QStringLiteral("tty"), {}});
    if (!request.name.isEmpty())
        flags.append({QStringLiteral("name"), request.name});
    if (!request.network.isEmpty())
        flags.append({QStringLiteral("network"), request.network});
    for (const PortBinding &port : request.ports)
        flags.append({QStringLiteral("publish"), publishText(port)});
    return spellCommand(run ? QStringLiteral("container run") : QStringLiteral("container create"), flags,
                        QStringList{request.image} + request.command);
}

} // namespace porthole
