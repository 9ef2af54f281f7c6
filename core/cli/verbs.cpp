#include "cli/verbs.h"

namespace porthole {

Verb::Verb(const char *path, const char *usage, const char *summary, CommandHandler handler)
{
    m_spec.path = QString::fromUtf8(path);
    m_spec.argsUsage = QString::fromUtf8(usage);
    m_spec.summary = QString::fromUtf8(summary);
    m_spec.handler = handler;
}

Verb &Verb::aliases(std::initializer_list<const char *> names)
{
    for (const char *name : names)
        m_spec.aliases.append(QString::fromUtf8(name));
    return *this;
}

Verb &Verb::args(int min, int max)
{
    m_spec.minArgs = min;
    m_spec.maxArgs = max;
    return *this;
}

Verb &Verb::flag(const char *name, char shorthand, const char *help)
{
    m_spec.flags.append(boolFlag(name, shorthand, help));
    return *this;
}

Verb &Verb::option(const char *name, char shorthand, const char *help)
{
    m_spec.flags.append(valueFlag(name, shorthand, help));
    return *this;
}

Verb &Verb::flags(const QList<FlagSpec> &more)
{
    m_spec.flags += more;
    return *this;
}

Verb &Verb::argumentsEndFlags()
{
    m_spec.interspersed = false;
    return *this;
}

FlagSpec boolFlag(const char *name, char shorthand, const char *help)
{
    return FlagSpec{QString::fromUtf8(name), shorthand ? QChar::fromLatin1(shorthand) : QChar(), false, QString::fromUtf8(help)};
}

FlagSpec valueFlag(const char *name, char shorthand, const char *help)
{
    return FlagSpec{QString::fromUtf8(name), shorthand ? QChar::fromLatin1(shorthand) : QChar(), true, QString::fromUtf8(help)};
}

const QList<CommandSpec> &commandSpecs()
{
    static const QList<CommandSpec> specs = imageVerbs() + systemVerbs() + runVerbs() + lifecycleVerbs() + containerInfoVerbs()
                                            + containerFileVerbs() + networkVerbs() + volumeVerbs() + statsVerbs() + resourceVerbs() + registryVerbs();
    return specs;
}

const CommandSpec *findCommandSpec(const QString &path)
{
    for (const CommandSpec &spec : commandSpecs())
        if (spec.path == path)
            return &spec;
    return nullptr;
}

CommandHandler handlerFor(const QString &path)
{
    const CommandSpec *spec = findCommandSpec(path);
    return spec ? spec->handler : nullptr;
}

} // namespace porthole
