#pragma once
// The parser of docker-style command lines, shared by the CLI and the GUI's
// command bar: global options, verbs (with Docker's aliases such as
// "images" = "image ls"), flags (-it, --name=x, --name x, -c repeated), and
// Docker's error texts.
#include "base/error.h"

#include <QHash>
#include <QSet>
#include <QList>
#include <QStringList>

namespace porthole {

struct FlagSpec {
    QString name;        // long name without dashes
    QChar shorthand;     // or null
    bool takesValue = false;
    QString help;
};

struct CommandContext;
using CommandHandler = Status (*)(const CommandContext &);

// One verb of the table (cli/verbs.h builds them).
struct CommandSpec {
    QString path;         // canonical: "image ls"
    QStringList aliases;  // "images", "image list"
    QString argsUsage;    // "[OPTIONS] IMAGE [IMAGE...]"
    QString summary;
    QList<FlagSpec> flags;
    int minArgs = 0;
    int maxArgs = -1;     // -1: unlimited
    bool interspersed = true; // flags may follow arguments
    CommandHandler handler = nullptr;
};

struct ParsedCommand {
    const CommandSpec *spec = nullptr;
    QHash<QString, QStringList> flags; // long name -> values ("true" for booleans)
    QStringList args;

    bool isSet(const QString &name) const;
    bool isExplicitlyFalse(const QString &name) const { return falseFlags.contains(name); } // --flag=false
    QSet<QString> falseFlags;
    QString value(const QString &name, const QString &fallback = {}) const; // last value
    QStringList values(const QString &name) const;
    // A flag's integer value, or Docker's error for it (exit 125):
    // invalid argument "x" for "-t, --time" flag: strconv.ParseInt: parsing "x": invalid syntax
    Result<qint64> intValue(const QString &name) const;
    Error invalidArgument(const QString &name, const QString &reason) const;
};

// How Docker names a flag in its errors: "-t, --time" or "--pids-limit".
QString flagDisplay(const FlagSpec &flag);

struct Invocation {
    QString root;     // --root
    QString runRoot;  // --runroot
    QString runtime;  // --runtime: runc (default) or crun
    bool showVersion = false;
    bool showHelp = false; // for the command (or the group, or the program when command is null)
    QString group;         // "network", "image", "container": a management command given alone
    ParsedCommand command;
};

// words: the command line without the program name; a leading "docker",
// "podman" or "porthole" is accepted and dropped (the command bar).
Result<Invocation> parseCommandLine(const QStringList &words);

// The verb table (cli/verbs.cpp).
const QList<CommandSpec> &commandSpecs();
QString commandUsage(const CommandSpec &spec);
QString programUsage();
// `porthole network`: the group's commands, as Docker lists them.
QString groupUsage(const QString &group);

} // namespace porthole
