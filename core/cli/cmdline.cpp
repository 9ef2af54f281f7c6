#include "cli/cmdline.h"

#include "cli/commands_registry.h"

namespace porthole {
namespace {

FlagSpec boolFlag(const QString &name, QChar shorthand, const QString &help)
{
    return FlagSpec{name, shorthand, false, help};
}
FlagSpec valueFlag(const QString &name, QChar shorthand, const QString &help)
{
    return FlagSpec{name, shorthand, true, help};
}

QList<FlagSpec> createFlags(bool run)
{
    const QChar none;
    QList<FlagSpec> flags{
        boolFlag(QStringLiteral("interactive"), QLatin1Char('i'), QStringLiteral("Keep STDIN open even if not attached")),
        boolFlag(QStringLiteral("tty"), QLatin1Char('t'), QStringLiteral("Allocate a pseudo-TTY")),
        valueFlag(QStringLiteral("name"), none, QStringLiteral("Assign a name to the container")),
        boolFlag(QStringLiteral("rm"), none, QStringLiteral("Automatically remove the container when it exits")),
        valueFlag(QStringLiteral("env"), QLatin1Char('e'), QStringLiteral("Set environment variables")),
        valueFlag(QStringLiteral("workdir"), QLatin1Char('w'), QStringLiteral("Working directory inside the container")),
        valueFlag(QStringLiteral("user"), QLatin1Char('u'), QStringLiteral("Username or UID (format: <name|uid>[:<gid>])")),
        valueFlag(QStringLiteral("hostname"), QLatin1Char('h'), QStringLiteral("Container host name")),
        valueFlag(QStringLiteral("entrypoint"), none, QStringLiteral("Overwrite the default ENTRYPOINT of the image")),
        valueFlag(QStringLiteral("stop-signal"), none, QStringLiteral("Signal to stop the container")),
        valueFlag(QStringLiteral("stop-timeout"), none, QStringLiteral("Timeout (in seconds) to stop a container")),
        valueFlag(QStringLiteral("memory"), QLatin1Char('m'), QStringLiteral("Memory limit")),
        valueFlag(QStringLiteral("pids-limit"), none, QStringLiteral("Tune container pids limit")),
        valueFlag(QStringLiteral("label"), QLatin1Char('l'), QStringLiteral("Set meta data on a container")),
        valueFlag(QStringLiteral("volume"), QLatin1Char('v'), QStringLiteral("Bind mount a volume (HOST:CONTAINER[:ro])")),
        valueFlag(QStringLiteral("env-file"), none, QStringLiteral("Read in a file of environment variables")),
        boolFlag(QStringLiteral("init"), none, QStringLiteral("Run an init inside the container that forwards signals and reaps processes")),
        valueFlag(QStringLiteral("restart"), none, QStringLiteral("Restart policy to apply when a container exits (no, on-failure[:N], always, unless-stopped)")),
        valueFlag(QStringLiteral("network"), none, QStringLiteral("Connect a container to a network (bridge, host, none or a network's name)")),
        valueFlag(QStringLiteral("net"), none, QStringLiteral("Connect a container to a network (same as --network)")),
        valueFlag(QStringLiteral("publish"), QLatin1Char('p'), QStringLiteral("Publish a container's port to the host ([HOSTIP:]HOSTPORT:CONTAINERPORT[/tcp|udp])")),
    };
    if (run) {
        flags.append(boolFlag(QStringLiteral("detach"), QLatin1Char('d'), QStringLiteral("Run container in background and print container ID")));
        flags.append(valueFlag(QStringLiteral("detach-keys"), none, QStringLiteral("Override the key sequence for detaching a container")));
        flags.append(boolFlag(QStringLiteral("sig-proxy"), none, QStringLiteral("Proxy received signals to the process (default true)")));
    }
    return flags;
}

QList<CommandSpec> buildSpecs()
{
    const QChar none;
    return {
        {QStringLiteral("image ls"), {QStringLiteral("images"), QStringLiteral("image list")},
         QStringLiteral("[OPTIONS] [REPOSITORY[:TAG]]"), QStringLiteral("List images"),
         {boolFlag(QStringLiteral("quiet"), QLatin1Char('q'), QStringLiteral("Only show image IDs")),
          boolFlag(QStringLiteral("no-trunc"), none, QStringLiteral("Don't truncate output")),
          boolFlag(QStringLiteral("all"), QLatin1Char('a'), QStringLiteral("Show all images")),
          valueFlag(QStringLiteral("format"), none, QStringLiteral("Format output using a Go template"))},
         0, 1},
        {QStringLiteral("image inspect"), {}, QStringLiteral("[OPTIONS] IMAGE [IMAGE...]"),
         QStringLiteral("Display detailed information on one or more images"),
         {valueFlag(QStringLiteral("format"), QLatin1Char('f'), QStringLiteral("Format output using a Go template"))}, 1, -1},
        {QStringLiteral("inspect"), {}, QStringLiteral("[OPTIONS] NAME|ID [NAME|ID...]"),
         QStringLiteral("Return low-level information on images"),
         {valueFlag(QStringLiteral("format"), QLatin1Char('f'), QStringLiteral("Format output using a Go template")),
          valueFlag(QStringLiteral("type"), none, QStringLiteral("Return JSON for specified type"))}, 1, -1},
        {QStringLiteral("image history"), {QStringLiteral("history")}, QStringLiteral("[OPTIONS] IMAGE"),
         QStringLiteral("Show the history of an image"),
         {boolFlag(QStringLiteral("quiet"), QLatin1Char('q'), QStringLiteral("Only show image IDs")),
          boolFlag(QStringLiteral("no-trunc"), none, QStringLiteral("Don't truncate output")),
          boolFlag(QStringLiteral("human"), QLatin1Char('H'), QStringLiteral("Print sizes and dates in human readable format"))},
         1, 1},
        {QStringLiteral("image tag"), {QStringLiteral("tag")}, QStringLiteral("SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]"),
         QStringLiteral("Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE"), {}, 2, 2},
        {QStringLiteral("image rm"), {QStringLiteral("rmi"), QStringLiteral("image remove")},
         QStringLiteral("[OPTIONS] IMAGE [IMAGE...]"), QStringLiteral("Remove one or more images"),
         {boolFlag(QStringLiteral("force"), QLatin1Char('f'), QStringLiteral("Force removal of the image"))}, 1, -1},
        {QStringLiteral("image import"), {QStringLiteral("import")}, QStringLiteral("[OPTIONS] file|- [REPOSITORY[:TAG]]"),
         QStringLiteral("Import the contents from a tarball to create a filesystem image"),
         {valueFlag(QStringLiteral("change"), QLatin1Char('c'), QStringLiteral("Apply Dockerfile instruction to the created image")),
          valueFlag(QStringLiteral("message"), QLatin1Char('m'), QStringLiteral("Set commit message for imported image"))},
         1, 2},
        {QStringLiteral("image save"), {QStringLiteral("save")}, QStringLiteral("[OPTIONS] IMAGE [IMAGE...]"),
         QStringLiteral("Save one or more images to a tar archive (streamed to STDOUT by default)"),
         {valueFlag(QStringLiteral("output"), QLatin1Char('o'), QStringLiteral("Write to a file, instead of STDOUT"))}, 1, -1},
        {QStringLiteral("image load"), {QStringLiteral("load")}, QStringLiteral("[OPTIONS]"),
         QStringLiteral("Load an image from a tar archive or STDIN"),
         {valueFlag(QStringLiteral("input"), QLatin1Char('i'), QStringLiteral("Read from tar archive file, instead of STDIN")),
          boolFlag(QStringLiteral("quiet"), QLatin1Char('q'), QStringLiteral("Suppress the load output"))},
         0, 0},
        {QStringLiteral("image build-busybox"), {}, QStringLiteral("[REPOSITORY[:TAG]]"),
         QStringLiteral("Build busybox:latest offline from this machine's static busybox"), {}, 0, 1},
        {QStringLiteral("version"), {}, QString(), QStringLiteral("Show the Porthole version information"), {}, 0, 0},
        {QStringLiteral("container create"), {QStringLiteral("create")}, QStringLiteral("[OPTIONS] IMAGE [COMMAND] [ARG...]"),
         QStringLiteral("Create a new container"), createFlags(false), 1, -1, false},
        {QStringLiteral("container run"), {QStringLiteral("run")}, QStringLiteral("[OPTIONS] IMAGE [COMMAND] [ARG...]"),
         QStringLiteral("Create and run a new container from an image"), createFlags(true), 1, -1, false},
        {QStringLiteral("container start"), {QStringLiteral("start")}, QStringLiteral("[OPTIONS] CONTAINER [CONTAINER...]"),
         QStringLiteral("Start one or more stopped containers"),
         {boolFlag(QStringLiteral("attach"), QLatin1Char('a'), QStringLiteral("Attach STDOUT/STDERR and forward signals")),
          boolFlag(QStringLiteral("interactive"), QLatin1Char('i'), QStringLiteral("Attach container's STDIN")),
          valueFlag(QStringLiteral("detach-keys"), QChar(), QStringLiteral("Override the key sequence for detaching a container"))}, 1, -1},
        {QStringLiteral("container attach"), {QStringLiteral("attach")}, QStringLiteral("[OPTIONS] CONTAINER"),
         QStringLiteral("Attach local standard input, output, and error streams to a running container"),
         {valueFlag(QStringLiteral("detach-keys"), QChar(), QStringLiteral("Override the key sequence for detaching a container")),
          boolFlag(QStringLiteral("no-stdin"), QChar(), QStringLiteral("Do not attach STDIN")),
          boolFlag(QStringLiteral("sig-proxy"), QChar(), QStringLiteral("Proxy all received signals to the process (default true)"))}, 1, 1},
        {QStringLiteral("container stop"), {QStringLiteral("stop")}, QStringLiteral("[OPTIONS] CONTAINER [CONTAINER...]"),
         QStringLiteral("Stop one or more running containers"),
         {valueFlag(QStringLiteral("time"), QLatin1Char('t'), QStringLiteral("Seconds to wait before killing the container"))}, 1, -1},
        {QStringLiteral("container kill"), {QStringLiteral("kill")}, QStringLiteral("[OPTIONS] CONTAINER [CONTAINER...]"),
         QStringLiteral("Kill one or more running containers"),
         {valueFlag(QStringLiteral("signal"), QLatin1Char('s'), QStringLiteral("Signal to send to the container"))}, 1, -1},
        {QStringLiteral("container pause"), {QStringLiteral("pause")}, QStringLiteral("CONTAINER [CONTAINER...]"),
         QStringLiteral("Pause all processes within one or more containers"), {}, 1, -1},
        {QStringLiteral("container unpause"), {QStringLiteral("unpause")}, QStringLiteral("CONTAINER [CONTAINER...]"),
         QStringLiteral("Unpause all processes within one or more containers"), {}, 1, -1},
        {QStringLiteral("container rm"), {QStringLiteral("rm"), QStringLiteral("container remove")},
         QStringLiteral("[OPTIONS] CONTAINER [CONTAINER...]"), QStringLiteral("Remove one or more containers"),
         {boolFlag(QStringLiteral("force"), QLatin1Char('f'), QStringLiteral("Force the removal of a running container (uses SIGKILL)"))}, 1, -1},
        {QStringLiteral("container ls"), {QStringLiteral("ps"), QStringLiteral("container list"), QStringLiteral("container ps")},
         QStringLiteral("[OPTIONS]"), QStringLiteral("List containers"),
         {boolFlag(QStringLiteral("all"), QLatin1Char('a'), QStringLiteral("Show all containers (default shows just running)")),
          boolFlag(QStringLiteral("quiet"), QLatin1Char('q'), QStringLiteral("Only display container IDs")),
          boolFlag(QStringLiteral("no-trunc"), QChar(), QStringLiteral("Don't truncate output")),
          boolFlag(QStringLiteral("latest"), QLatin1Char('l'), QStringLiteral("Show the latest created container")),
          valueFlag(QStringLiteral("last"), QLatin1Char('n'), QStringLiteral("Show n last created containers")),
          boolFlag(QStringLiteral("size"), QLatin1Char('s'), QStringLiteral("Display total file sizes")),
          valueFlag(QStringLiteral("filter"), QLatin1Char('f'), QStringLiteral("Filter output based on conditions provided")),
          valueFlag(QStringLiteral("format"), QChar(), QStringLiteral("Format output using a Go template"))}, 0, 0},
        {QStringLiteral("container top"), {QStringLiteral("top")}, QStringLiteral("CONTAINER [ps OPTIONS]"),
         QStringLiteral("Display the running processes of a container"), {}, 1, -1, false},
        {QStringLiteral("container exec"), {QStringLiteral("exec")}, QStringLiteral("[OPTIONS] CONTAINER COMMAND [ARG...]"),
         QStringLiteral("Execute a command in a running container"),
         {boolFlag(QStringLiteral("interactive"), QLatin1Char('i'), QStringLiteral("Keep STDIN open even if not attached")),
          boolFlag(QStringLiteral("tty"), QLatin1Char('t'), QStringLiteral("Allocate a pseudo-TTY")),
          boolFlag(QStringLiteral("detach"), QLatin1Char('d'), QStringLiteral("Detached mode: run command in the background")),
          valueFlag(QStringLiteral("env"), QLatin1Char('e'), QStringLiteral("Set environment variables")),
          valueFlag(QStringLiteral("workdir"), QLatin1Char('w'), QStringLiteral("Working directory inside the container")),
          valueFlag(QStringLiteral("user"), QLatin1Char('u'), QStringLiteral("Username or UID (format: <name|uid>[:<gid>])"))},
         2, -1, false},
        {QStringLiteral("container export"), {QStringLiteral("export")}, QStringLiteral("[OPTIONS] CONTAINER"),
         QStringLiteral("Export a container's filesystem as a tar archive"),
         {valueFlag(QStringLiteral("output"), QLatin1Char('o'), QStringLiteral("Write to a file, instead of STDOUT"))}, 1, 1},
        {QStringLiteral("container commit"), {QStringLiteral("commit")}, QStringLiteral("[OPTIONS] CONTAINER [REPOSITORY[:TAG]]"),
         QStringLiteral("Create a new image from a container's changes"),
         {valueFlag(QStringLiteral("change"), QLatin1Char('c'), QStringLiteral("Apply Dockerfile instruction to the created image")),
          valueFlag(QStringLiteral("message"), QLatin1Char('m'), QStringLiteral("Commit message")),
          valueFlag(QStringLiteral("author"), QLatin1Char('a'), QStringLiteral("Author (e.g., \"John Hannibal Smith <hannibal@a-team.com>\")")),
          boolFlag(QStringLiteral("pause"), QLatin1Char('p'), QStringLiteral("Pause container during commit (default true)"))}, 1, 2},
        {QStringLiteral("container diff"), {QStringLiteral("diff")}, QStringLiteral("CONTAINER"),
         QStringLiteral("Inspect changes to files or directories on a container's filesystem"), {}, 1, 1},
        {QStringLiteral("container restart"), {QStringLiteral("restart")}, QStringLiteral("[OPTIONS] CONTAINER [CONTAINER...]"),
         QStringLiteral("Restart one or more containers"),
         {valueFlag(QStringLiteral("time"), QLatin1Char('t'), QStringLiteral("Seconds to wait before killing the container"))}, 1, -1},
        {QStringLiteral("container rename"), {QStringLiteral("rename")}, QStringLiteral("CONTAINER NEW_NAME"),
         QStringLiteral("Rename a container"), {}, 2, 2},
        {QStringLiteral("container wait"), {QStringLiteral("wait")}, QStringLiteral("CONTAINER [CONTAINER...]"),
         QStringLiteral("Block until one or more containers stop, then print their exit codes"), {}, 1, -1},
        {QStringLiteral("container logs"), {QStringLiteral("logs")}, QStringLiteral("[OPTIONS] CONTAINER"),
         QStringLiteral("Fetch the logs of a container"),
         {boolFlag(QStringLiteral("follow"), QLatin1Char('f'), QStringLiteral("Follow log output")),
          boolFlag(QStringLiteral("timestamps"), QLatin1Char('t'), QStringLiteral("Show timestamps")),
          valueFlag(QStringLiteral("tail"), QLatin1Char('n'), QStringLiteral("Number of lines to show from the end of the logs")),
          valueFlag(QStringLiteral("since"), QChar(), QStringLiteral("Show logs since timestamp or relative (e.g. 42m)"))}, 1, 1},
        {QStringLiteral("container inspect"), {}, QStringLiteral("[OPTIONS] CONTAINER [CONTAINER...]"),
         QStringLiteral("Display detailed information on one or more containers"),
         {valueFlag(QStringLiteral("format"), QLatin1Char('f'), QStringLiteral("Format output using a Go template"))}, 1, -1},
        {QStringLiteral("events"), {QStringLiteral("system events")}, QStringLiteral("[OPTIONS]"),
         QStringLiteral("Get real time events from the engine"),
         {valueFlag(QStringLiteral("since"), QChar(), QStringLiteral("Show all events created since timestamp")),
          valueFlag(QStringLiteral("until"), QChar(), QStringLiteral("Stream events until this timestamp")),
          valueFlag(QStringLiteral("filter"), QStringLiteral("f").at(0), QStringLiteral("Filter output based on conditions provided")),
          valueFlag(QStringLiteral("format"), QChar(), QStringLiteral("Format the output using the given Go template"))}, 0, 0},
        {QStringLiteral("network create"), {}, QStringLiteral("[OPTIONS] NETWORK"), QStringLiteral("Create a network"),
         {valueFlag(QStringLiteral("subnet"), QChar(), QStringLiteral("Subnet in CIDR format (default: a free /16)")),
          valueFlag(QStringLiteral("gateway"), QChar(), QStringLiteral("IPv4 gateway for the subnet")),
          valueFlag(QStringLiteral("driver"), QLatin1Char('d'), QStringLiteral("Driver to manage the network (bridge)")),
          valueFlag(QStringLiteral("label"), QChar(), QStringLiteral("Set metadata on a network"))}, 1, 1},
        {QStringLiteral("network ls"), {QStringLiteral("network list")}, QStringLiteral("[OPTIONS]"), QStringLiteral("List networks"),
         {boolFlag(QStringLiteral("quiet"), QLatin1Char('q'), QStringLiteral("Only display network IDs")),
          boolFlag(QStringLiteral("no-trunc"), QChar(), QStringLiteral("Do not truncate the output"))}, 0, 0},
        {QStringLiteral("network inspect"), {}, QStringLiteral("[OPTIONS] NETWORK [NETWORK...]"),
         QStringLiteral("Display detailed information on one or more networks"),
         {valueFlag(QStringLiteral("format"), QLatin1Char('f'), QStringLiteral("Format output using a Go template"))}, 1, -1},
        {QStringLiteral("network rm"), {QStringLiteral("network remove")}, QStringLiteral("NETWORK [NETWORK...]"),
         QStringLiteral("Remove one or more networks"), {}, 1, -1},
        {QStringLiteral("container port"), {QStringLiteral("port")}, QStringLiteral("CONTAINER [PRIVATE_PORT[/PROTO]]"),
         QStringLiteral("List port mappings or a specific mapping for the container"), {}, 1, 2},
        {QStringLiteral("container cleanup"), {}, QStringLiteral("CONTAINER"),
         QStringLiteral("Record a container's exit (run by conmon)"), {}, 1, 1},
    };
}

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
    static const FlagSpec help = boolFlag(QStringLiteral("help"), QChar(), QStringLiteral("Print usage"));
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
        auto store = [&](const FlagSpec &flag, const QString *inlineValue, const QString &display) -> Status {
            if (flag.name == QLatin1String("help")) {
                help = true;
                return {};
            }
            if (!flag.takesValue) {
                bool value = true;
                if (inlineValue && !parseBool(*inlineValue, value))
                    return fail(QStringLiteral("invalid argument \"%1\" for \"%2\" flag: expected true or false").arg(*inlineValue, display));
                if (value) {
                    parsed.flags[flag.name].append(QStringLiteral("true"));
                    parsed.falseFlags.remove(flag.name);
                } else {
                    parsed.flags.remove(flag.name);
                    parsed.falseFlags.insert(flag.name);
                }
                return {};
            }
            if (inlineValue) {
                parsed.flags[flag.name].append(*inlineValue);
                return {};
            }
            if (i + 1 >= words.size())
                return fail(QStringLiteral("flag needs an argument: %1").arg(display) + seeHelp(spec));
            parsed.flags[flag.name].append(words.at(++i));
            return {};
        };
        if (word.startsWith(QLatin1String("--"))) {
            const qsizetype eq = word.indexOf(QLatin1Char('='));
            const QString name = word.mid(2, eq < 0 ? -1 : eq - 2);
            const FlagSpec *flag = findFlag(spec, name, QChar());
            if (!flag)
                return fail(QStringLiteral("unknown flag: --%1").arg(name) + seeHelp(spec));
            const QString inlineValue = eq < 0 ? QString() : word.mid(eq + 1);
            if (auto ok = store(*flag, eq < 0 ? nullptr : &inlineValue, QStringLiteral("--") + name); !ok)
                return ok;
            continue;
        }
        // Shorthands: -it, -q, -ofile, -o file, -d=false.
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
                if (auto ok = store(*flag, &rest, display); !ok)
                    return ok;
                break;
            }
            if (auto ok = store(*flag, nullptr, display); !ok)
                return ok;
        }
    }
    return {};
}

Status checkArgumentCount(const CommandSpec &spec, qsizetype count)
{
    const QString name = QStringLiteral("\"porthole %1\"").arg(spec.path);
    auto plural = [](int n) { return n == 1 ? QStringLiteral("argument") : QStringLiteral("arguments"); };
    if (spec.minArgs == spec.maxArgs && count != spec.minArgs) {
        if (spec.minArgs == 0)
            return fail(QStringLiteral("%1 accepts no arguments").arg(name) + seeHelp(spec), 125);
        return fail(QStringLiteral("%1 requires exactly %2 %3").arg(name).arg(spec.minArgs).arg(plural(spec.minArgs)) + seeHelp(spec), 125);
    }
    if (count < spec.minArgs)
        return fail(QStringLiteral("%1 requires at least %2 %3").arg(name).arg(spec.minArgs).arg(plural(spec.minArgs)) + seeHelp(spec), 125);
    if (spec.maxArgs >= 0 && count > spec.maxArgs)
        return fail(QStringLiteral("%1 accepts at most %2 %3").arg(name).arg(spec.maxArgs).arg(plural(spec.maxArgs)) + seeHelp(spec), 125);
    return {};
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

const QList<CommandSpec> &commandSpecs()
{
    static const QList<CommandSpec> specs = buildSpecs() + registryCommandSpecs();
    return specs;
}

Result<Invocation> parseCommandLine(const QStringList &input)
{
    QStringList words = input;
    if (!words.isEmpty() && (words.first() == QLatin1String("docker") || words.first() == QLatin1String("porthole")
                             || words.first() == QLatin1String("podman")))
        words.removeFirst();
    Invocation invocation;
    // Global options come before the verb.
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
    if (!spec) {
        const bool isGroup = !groupUsage(words.first()).isEmpty();
        if (words.size() == 1 && isGroup) {
            invocation.showHelp = true;
            invocation.group = words.first();
            return invocation;
        }
        if (words.size() > 1 && isGroup)
            return fail(QStringLiteral("porthole %1: '%2' is not a porthole command (see 'porthole --help')").arg(words.at(0), words.at(1)), 125);
        return fail(QStringLiteral("porthole: '%1' is not a porthole command (see 'porthole --help')").arg(words.first()), 125);
    }
    invocation.command.spec = spec;
    bool help = invocation.showHelp;
    if (auto ok = parseCommandWords(*spec, words.mid(consumed), invocation.command, help); !ok)
        return std::unexpected(Error{ok.error().message, 125});
    invocation.showHelp = help;
    if (!help)
        if (auto ok = checkArgumentCount(*spec, invocation.command.args.size()); !ok)
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
    flags.append(boolFlag(QStringLiteral("help"), QChar(), QStringLiteral("Print usage")));
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
