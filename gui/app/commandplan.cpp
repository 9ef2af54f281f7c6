#include "gui/app/commandplan.h"

#include "base/shellwords.h"
#include "cli/cmdline.h"
#include "cli/spelling.h"
#include "cli/verbs.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {

const QStringList kPrograms{QStringLiteral("docker"), QStringLiteral("porthole"), QStringLiteral("podman")};
// Verbs of Docker that bring images from a registry.
const QStringList kRegistryVerbs{QStringLiteral("pull"), QStringLiteral("push"), QStringLiteral("search"), QStringLiteral("login"),
                                 QStringLiteral("logout")};

// The bar's own words, in the window's language.
struct Words {
    Q_DECLARE_TR_FUNCTIONS(CommandPlan)
};

QStringList withStore(const QStringList &words, const porthole::StorePaths &paths)
{
    if (words.contains(QStringLiteral("--root")))
        return words;
    return QStringList{QStringLiteral("--root"), paths.root, QStringLiteral("--runroot"), paths.runRoot} + words;
}

// The verb the words name, when the table has it (global options skipped).
const porthole::CommandSpec *verbOf(const QStringList &words)
{
    auto invocation = porthole::parseCommandLine(words);
    return invocation ? invocation->command.spec : nullptr;
}

CommandPlan refuse(const QString &program, const QString &message)
{
    CommandPlan plan;
    plan.kind = CommandPlan::Kind::Refuse;
    plan.program = program;
    plan.message = message;
    return plan;
}

// A line the bar does not take: not a container command at all, or a
// registry verb before images come from registries.
std::optional<CommandPlan> refusal(const QStringList &words, const QString &program)
{
    const QStringList rest = program.isEmpty() ? words : words.mid(1);
    const QString first = rest.value(0);
    if (verbOf(rest) || first.startsWith(QLatin1Char('-')) || first == QLatin1String("help"))
        return std::nullopt;
    if (kRegistryVerbs.contains(first) || (first == QLatin1String("image") && kRegistryVerbs.contains(rest.value(1))))
        return refuse(program,
                      Words::tr("%1 %2: images do not come from a registry here yet. They arrive three ways: the starter image "
                         "(Images → Build busybox:latest, or porthole image build-busybox), a root filesystem tar imported "
                         "(Import…, docker import FILE NAME:TAG) or an image archive loaded (drop a saved .tar on the window, docker load -i FILE).")
                          .arg(program.isEmpty() ? QStringLiteral("docker") : program, first == QLatin1String("image") ? rest.value(1) : first));
    if (program.isEmpty())
        return refuse(program, Words::tr("The command bar takes docker or porthole commands, as a tutorial writes them: docker ps -a, docker run -d busybox "
                                  "sleep 600. “%1” is not one: to run a shell command inside a container, open a console on it "
                                  "(Consoles → Exec shell) or type docker exec CONTAINER %1.")
                                   .arg(words.join(QLatin1Char(' '))));
    return std::nullopt; // the command layer says Docker's words
}

// run's flags as a `create` of the same container, in the table's order.
QList<porthole::FlagValue> createFlags(const porthole::ParsedCommand &run)
{
    const porthole::CommandSpec *create = porthole::findCommandSpec(QStringLiteral("container create"));
    QList<porthole::FlagValue> flags;
    for (const porthole::FlagSpec &flag : create->flags)
        for (const QString &value : run.values(flag.name))
            if (!run.isExplicitlyFalse(flag.name))
                flags.append({flag.name, flag.takesValue ? value : QString()});
    return flags;
}

CommandPlan consolePlan(const porthole::ParsedCommand &command, const QString &line)
{
    CommandPlan plan;
    plan.kind = CommandPlan::Kind::Console;
    plan.console.container = command.args.value(0);
    plan.console.commandLine = line;
    const QString verb = command.spec->path;
    if (verb == QLatin1String("container exec")) {
        plan.console.kind = ConsoleRequest::Kind::Exec;
        plan.console.exec.command = command.args.mid(1);
        plan.console.exec.env = command.values(QStringLiteral("env"));
        plan.console.exec.workingDir = command.value(QStringLiteral("workdir"));
        plan.console.exec.user = command.value(QStringLiteral("user"));
    } else {
        plan.console.startFirst = verb == QLatin1String("container start");
    }
    return plan;
}

// The verbs a console serves: run -it, exec -it (or -i, -t), attach, start -a/-i.
bool wantsConsole(const porthole::ParsedCommand &command)
{
    const QString verb = command.spec->path;
    const bool interactive = command.isSet(QStringLiteral("interactive")) || command.isSet(QStringLiteral("tty"));
    if (verb == QLatin1String("container run") || verb == QLatin1String("container exec"))
        return interactive && !command.isSet(QStringLiteral("detach"));
    if (verb == QLatin1String("container start"))
        return (command.isSet(QStringLiteral("attach")) || command.isSet(QStringLiteral("interactive"))) && command.args.size() == 1;
    return verb == QLatin1String("container attach");
}

} // namespace

CommandPlan planCommand(const QStringList &words, const porthole::StorePaths &paths)
{
    const QString program = kPrograms.contains(words.value(0)) ? words.first() : QString();
    if (auto refused = refusal(words, program))
        return *refused;
    CommandPlan plan;
    plan.program = program;
    plan.words = withStore(program.isEmpty() ? words : words.mid(1), paths);
    auto invocation = porthole::parseCommandLine(plan.words);
    if (!invocation || !invocation->command.spec || invocation->showHelp)
        return plan; // the command layer answers: help, or Docker's error
    const porthole::ParsedCommand &command = invocation->command;
    plan.verb = command.spec->path;
    const QString line = words.join(QLatin1Char(' '));
    if (wantsConsole(command)) {
        if (plan.verb != QLatin1String("container run")) {
            CommandPlan console = consolePlan(command, line);
            console.program = program;
            console.verb = plan.verb;
            return console;
        }
        plan.kind = CommandPlan::Kind::CreateThenAttach;
        plan.createLine = porthole::spellCommand(QStringLiteral("container create"), createFlags(command), command.args);
        plan.createWords = withStore(porthole::splitShellWords(plan.createLine).value_or(QStringList()).mid(1), paths);
        plan.console.startFirst = true;
        plan.console.partOfRun = true;
        plan.console.commandLine = line;
        return plan;
    }
    const bool detached = command.isSet(QStringLiteral("detach"));
    plan.streams = (plan.verb == QLatin1String("container run") || plan.verb == QLatin1String("container exec")) && !detached;
    plan.discardsOutput = plan.verb == QLatin1String("container exec") && detached;
    return plan;
}

QString asTyped(const QString &text, const QString &program)
{
    if (program.isEmpty() || program == QLatin1String("porthole"))
        return text;
    static const QRegularExpression named(QStringLiteral("(^|Error: |['\"])porthole(?=[ :])"), QRegularExpression::MultilineOption);
    QString typed = text;
    typed.replace(named, QStringLiteral("\\1") + program);
    typed.replace(QStringLiteral("is not a porthole command"), QStringLiteral("is not a %1 command").arg(program));
    return typed;
}
