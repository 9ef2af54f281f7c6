#include "cli/cmdline.h"

namespace porthole {
namespace {

const CommandSpec *findSpec(const QStringList &words, qsizetype &consumed)
{
    for (const CommandSpec &spec : commandSpecs()) {
        QStringList names = spec.aliases;
        names.prepend(spec.path);
        for (const QString &name : std::as_const(names)) {
            const QStringList parts = name.split(QLatin1Char(' '));
            if (words.size() >= parts.size() && words.mid(0, parts.size()) == parts) {
                consumed = parts.size();
                return &spec;
            }
        }
    }
    return nullptr;
}

const FlagSpec *findFlag(const CommandSpec &spec, const QString &name, QChar shorthand)
{
    static const FlagSpec help{QStringLiteral("help"), QChar(), false, QStringLiteral("Print usage")};
    if (name == QLatin1String("help"))
        return &help;
    for (const FlagSpec &flag : spec.flags)
        if ((!name.isEmpty() && flag.name == name) || (!shorthand.isNull() && flag.shorthand == shorthand))
            return &flag;
    return nullptr;
}

QString seeHelp(const CommandSpec &spec)
{
    return QStringLiteral(" (see 'porthole %1 --help')").arg(spec.path);
}

bool parseBool(const QString &text, bool &value)
{
    if (text == QLatin1String("true") || text == QLatin1String("1")) {
        value = true;
        return true;
    }
    if (text == QLatin1String("false") || text == QLatin1String("0")) {
        value = false;
        return true;
    }
    return false;
}

// Docker's refusal of a wrong number of arguments (exit 1): the command as
// typed, its usage line and summary.
Status checkArgumentCount(const CommandSpec &spec, const QString &typed, qsizetype count)
{
    auto plural = [](int n) { return n == 1 ? QStringLiteral("argument") : QStringLiteral("arguments"); };
    QString problem;
    if (spec.minArgs == spec.maxArgs && count != spec.minArgs)
        problem = spec.minArgs == 0 ? QStringLiteral("accepts no arguments")
                                    : QStringLiteral("requires exactly %1 %2").arg(spec.minArgs).arg(plural(spec.minArgs));
    else if (spec.maxArgs >= 0 && spec.minArgs > 0 && (count < spec.minArgs || count > spec.maxArgs)
             && spec.path != QLatin1String("image import")) // Docker checks import's least only
        problem = QStringLiteral("requires at least %1 and at most %2 %3").arg(spec.minArgs).arg(spec.maxArgs).arg(plural(spec.maxArgs));
    else if (count < spec.minArgs)
        problem = QStringLiteral("requires at least %1 %2").arg(spec.minArgs).arg(plural(spec.minArgs));
    else if (spec.maxArgs >= 0 && count > spec.maxArgs)
        problem = QStringLiteral("accepts at most %1 %2").arg(spec.maxArgs).arg(plural(spec.maxArgs));
    if (problem.isEmpty())
        return {};
    return fail(QStringLiteral("\"porthole %1\" %2.\nSee 'porthole %1 --help'.\n\nUsage:  porthole %1 %3\n\n%4")
                    .arg(typed, problem, spec.argsUsage, spec.summary),
                1);
}

// Records one flag: a boolean (--x, --x=false) or one taking a value,
// inline (--x=v, -xv) or as the next word (which it then consumes).
class FlagStore {
public:
    FlagStore(const CommandSpec &spec, const QStringList &words, qsizetype &index, ParsedCommand &parsed, bool &help)
        : m_spec(spec), m_words(words), m_index(index), m_parsed(parsed), m_help(help)
    {
    }
    Status store(const FlagSpec &flag, const QString *inlineValue, const QString &display)
    {
        if (flag.name == QLatin1String("help")) {
            m_help = true;
            return {};
        }
        if (!flag.takesValue)
            return storeBoolean(flag, inlineValue);
        if (inlineValue) {
            m_parsed.flags[flag.name].append(*inlineValue);
            return {};
        }
        if (m_index + 1 >= m_words.size())
            return fail(QStringLiteral("flag needs an argument: %1").arg(display) + seeHelp(m_spec));
        m_parsed.flags[flag.name].append(m_words.at(++m_index));
        return {};
    }

private:
    Status storeBoolean(const FlagSpec &flag, const QString *inlineValue)
    {
        bool value = true;
        if (inlineValue && !parseBool(*inlineValue, value))
            return fail(QStringLiteral("invalid argument \"%1\" for \"%2\" flag: strconv.ParseBool: parsing \"%1\": invalid syntax")
                            .arg(*inlineValue, flagDisplay(flag)));
        if (value) {
            m_parsed.flags[flag.name].append(QStringLiteral("true"));
            m_parsed.falseFlags.remove(flag.name);
        } else {
            m_parsed.flags.remove(flag.name);
            m_parsed.falseFlags.insert(flag.name);
        }
        return {};
    }

    const CommandSpec &m_spec;
    const QStringList &m_words;
    qsizetype &m_index;
    ParsedCommand &m_parsed;
    bool &m_help;
};

// --name, --name=value.
Status parseLongFlag(const CommandSpec &spec, const QString &word, FlagStore &flags)
{
    const qsizetype eq = word.indexOf(QLatin1Char('='));
    const QString name = word.mid(2, eq < 0 ? -1 : eq - 2);
    const FlagSpec *flag = findFlag(spec, name, QChar());
    if (!flag)
        return fail(QStringLiteral("unknown flag: --%1").arg(name) + seeHelp(spec));
    const QString inlineValue = eq < 0 ? QString() : word.mid(eq + 1);
    return flags.store(*flag, eq < 0 ? nullptr : &inlineValue, QStringLiteral("--") + name);
}

// Shorthands: -it, -q, -ofile, -o file, -d=false.
Status parseShorthands(const CommandSpec &spec, const QString &word, FlagStore &flags, bool &help)
{
    for (qsizetype j = 1; j < word.size(); ++j) {
        const QChar letter = word.at(j);
        const FlagSpec *flag = findFlag(spec, QString(), letter);
        if (letter == QLatin1Char('h') && !flag) {
            help = true;
            continue;
        }
        if (!flag)
            return fail(QStringLiteral("unknown shorthand flag: '%1' in %2").arg(letter).arg(word) + seeHelp(spec));
        const QString display = QStringLiteral("'%1' in %2").arg(letter).arg(word);
        if (j + 1 < word.size() && (flag->takesValue || word.at(j + 1) == QLatin1Char('='))) {
            QString rest = word.mid(j + 1);
            if (rest.startsWith(QLatin1Char('=')))
                rest = rest.mid(1);
            return flags.store(*flag, &rest, display);
        }
        if (auto ok = flags.store(*flag, nullptr, display); !ok)
            return ok;
    }
    return {};
}

// Parses the words after the verb into flags and arguments.
Status parseCommandWords(const CommandSpec &spec, const QStringList &words, ParsedCommand &parsed, bool &help)
{
    bool flagsDone = false;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString &word = words.at(i);
        if (flagsDone || word == QLatin1String("-") || !word.startsWith(QLatin1Char('-'))) {
            parsed.args.append(word);
            if (!spec.interspersed)
                flagsDone = true;
            continue;
        }
        if (word == QLatin1String("--")) {
            flagsDone = true;
            continue;
        }
        FlagStore flags(spec, words, i, parsed, help);
        if (auto ok = word.startsWith(QLatin1String("--")) ? parseLongFlag(spec, word, flags) : parseShorthands(spec, word, flags, help); !ok)
            return ok;
    }
    return {};
}

// Global options before the verb: --root, --runroot, --runtime, -v, -h.
Status parseGlobalOptions(QStringList &words, Invocation &invocation)
{
    while (!words.isEmpty() && words.first().startsWith(QLatin1Char('-'))) {
        const QString word = words.takeFirst();
        const qsizetype eq = word.indexOf(QLatin1Char('='));
        const QString name = eq < 0 ? word : word.left(eq);
        if (name == QLatin1String("--root") || name == QLatin1String("--runroot") || name == QLatin1String("--runtime")) {
            QString value;
            if (eq >= 0)
                value = word.mid(eq + 1);
            else if (!words.isEmpty())
                value = words.takeFirst();
            else
                return fail(QStringLiteral("flag needs an argument: %1").arg(name), 125);
            (name == QLatin1String("--root") ? invocation.root : name == QLatin1String("--runroot") ? invocation.runRoot : invocation.runtime) = value;
        } else if (word == QLatin1String("-v") || word == QLatin1String("--version")) {
            invocation.showVersion = true;
        } else if (word == QLatin1String("-h") || word == QLatin1String("--help")) {
            invocation.showHelp = true;
        } else {
            return fail(QStringLiteral("unknown flag: %1 (see 'porthole --help')").arg(name), 125);
        }
    }
    return {};
}

// No verb matched: a management command alone lists its commands, as Docker does.
Result<Invocation> unknownVerb(const QStringList &words, Invocation invocation)
{
    const bool isGroup = !groupUsage(words.first()).isEmpty();
    if (words.size() == 1 && isGroup) {
        invocation.showHelp = true;
        invocation.group = words.first();
        return invocation;
    }
    if (words.size() > 1 && isGroup)
        return fail(QStringLiteral("porthole %1: '%2' is not a porthole command.\nSee 'porthole --help'").arg(words.at(0), words.at(1)), 1);
    return fail(QStringLiteral("porthole: '%1' is not a porthole command.\nSee 'porthole --help'").arg(words.first()), 1);
}

} // namespace

bool ParsedCommand::isSet(const QString &name) const
{
    return flags.contains(name);
}

QString ParsedCommand::value(const QString &name, const QString &fallback) const
{
    const QStringList list = flags.value(name);
    return list.isEmpty() ? fallback : list.last();
}

QStringList ParsedCommand::values(const QString &name) const
{
    return flags.value(name);
}

QString flagDisplay(const FlagSpec &flag)
{
    return flag.shorthand.isNull() ? QStringLiteral("--") + flag.name : QStringLiteral("-%1, --%2").arg(flag.shorthand).arg(flag.name);
}

Error ParsedCommand::invalidArgument(const QString &name, const QString &reason) const
{
    QString display = QStringLiteral("--") + name;
    if (spec)
        for (const FlagSpec &flag : spec->flags)
            if (flag.name == name)
                display = flagDisplay(flag);
    return Error{QStringLiteral("invalid argument \"%1\" for \"%2\" flag: %3").arg(value(name), display, reason), 125};
}

Result<qint64> ParsedCommand::intValue(const QString &name) const
{
    bool ok = false;
    const qint64 number = value(name).toLongLong(&ok);
    if (!ok)
        return std::unexpected(invalidArgument(name, QStringLiteral("strconv.ParseInt: parsing \"%1\": invalid syntax").arg(value(name))));
    return number;
}

Result<Invocation> parseCommandLine(const QStringList &input)
{
    QStringList words = input;
    if (!words.isEmpty() && (words.first() == QLatin1String("docker") || words.first() == QLatin1String("porthole")
                             || words.first() == QLatin1String("podman")))
        words.removeFirst();
    Invocation invocation;
    if (auto ok = parseGlobalOptions(words, invocation); !ok)
        return std::unexpected(ok.error());
    if (words.isEmpty()) {
        if (!invocation.showVersion)
            invocation.showHelp = true;
        return invocation;
    }
    if (words.first() == QLatin1String("help")) {
        words.removeFirst();
        invocation.showHelp = true;
        if (words.isEmpty())
            return invocation;
    }
    qsizetype consumed = 0;
    const CommandSpec *spec = findSpec(words, consumed);
    if (!spec)
        return unknownVerb(words, invocation);
    invocation.command.spec = spec;
    bool help = invocation.showHelp;
    if (auto ok = parseCommandWords(*spec, words.mid(consumed), invocation.command, help); !ok)
        return std::unexpected(Error{ok.error().message, 125});
    invocation.showHelp = help;
    if (!help)
        if (auto ok = checkArgumentCount(*spec, QStringList(words.mid(0, consumed)).join(QLatin1Char(' ')), invocation.command.args.size()); !ok)
            return std::unexpected(ok.error());
    return invocation;
}

QString commandUsage(const CommandSpec &spec)
{
    QString text = QStringLiteral("Usage:  porthole %1 %2\n\n%3\n").arg(spec.path, spec.argsUsage, spec.summary);
    if (!spec.aliases.isEmpty())
        text += QStringLiteral("\nAliases:\n  porthole %1\n").arg(QStringList(spec.aliases).join(QStringLiteral(", porthole ")));
    text += QStringLiteral("\nOptions:\n");
    QList<FlagSpec> flags = spec.flags;
    flags.append(FlagSpec{QStringLiteral("help"), QChar(), false, QStringLiteral("Print usage")});
    for (const FlagSpec &flag : std::as_const(flags)) {
        QString names = flag.shorthand.isNull() ? QStringLiteral("    --") + flag.name
                                                : QStringLiteral("-%1, --%2").arg(flag.shorthand).arg(flag.name);
        if (flag.takesValue)
            names += QStringLiteral(" string");
        text += QStringLiteral("  %1%2\n").arg(names.leftJustified(24), flag.help);
    }
    return text;
}

QString groupUsage(const QString &group)
{
    QString commands;
    for (const CommandSpec &spec : commandSpecs())
        if (spec.path.startsWith(group + QLatin1Char(' ')))
            commands += QStringLiteral("  %1%2\n").arg(spec.path.mid(group.size() + 1).leftJustified(12), spec.summary);
    if (commands.isEmpty())
        return {};
    return QStringLiteral("Usage:  porthole %1 COMMAND\n\nManage %1s\n\nCommands:\n").arg(group) + commands
           + QStringLiteral("\nRun 'porthole %1 COMMAND --help' for more information on a command.\n").arg(group);
}

QString programUsage()
{
    QString text = QStringLiteral("Usage:  porthole [OPTIONS] COMMAND\n\n"
                                  "Run Linux containers and see how Docker works\n\n"
                                  "Options:\n"
                                  "      --root string      Store directory (default /var/lib/porthole, or $PORTHOLE_ROOT)\n"
                                  "      --runroot string   Runtime state directory (default /run/porthole, or $PORTHOLE_RUNROOT)\n"
                                  "      --runtime string   OCI runtime: runc (default) or crun (or $PORTHOLE_RUNTIME)\n"
                                  "  -v, --version          Print version information and quit\n\n"
                                  "Commands:\n");
    for (const CommandSpec &spec : commandSpecs()) {
        QString name = spec.path;
        if (!spec.aliases.isEmpty() && !spec.aliases.first().contains(QLatin1Char(' ')))
            name = spec.aliases.first() + QStringLiteral(" (") + spec.path + QLatin1Char(')');
        text += QStringLiteral("  %1%2\n").arg(name.leftJustified(30), spec.summary);
    }
    text += QStringLiteral("\nRun 'porthole COMMAND --help' for more information on a command.\n");
    return text;
}

} // namespace porthole
