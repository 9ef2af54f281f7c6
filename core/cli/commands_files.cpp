// The verbs that move files in and out of a container or turn it into
// artefacts: exec, cp, export, commit, diff.
#include "cli/commandcontext.h"
#include "cli/verbs.h"
#include "base/fsutil.h"
#include "base/humanize.h"
#include "containers/containerengine.h"

namespace porthole {
namespace {

Status execInContainer(const CommandContext &c)
{
    if (c.io.outputFd < 0)
        return fail(QStringLiteral("exec needs a terminal: open a console for the container instead"));
    ExecRequest request;
    request.command = c.command.args.mid(1);
    request.env = c.command.values(QStringLiteral("env"));
    request.workingDir = c.command.value(QStringLiteral("workdir"));
    request.user = c.command.value(QStringLiteral("user"));
    request.tty = c.command.isSet(QStringLiteral("tty"));
    request.interactive = c.command.isSet(QStringLiteral("interactive"));
    request.detach = c.command.isSet(QStringLiteral("detach"));
    request.outputFd = c.io.outputFd;
    request.errorFd = c.io.errorFd;
    if (request.tty && request.interactive && !request.detach && !c.io.inputIsTerminal)
        return fail(QStringLiteral("the input device is not a TTY"));
    ContainerEngine engine(c.store, c.runtime);
    auto code = engine.exec(c.command.args.first(), request);
    if (!code)
        return std::unexpected(code.error());
    if (*code != 0)
        return fail(QString(), *code); // the command's own status, nothing to add
    return {};
}

// "web:/etc" is a container's path; "/abs", "./rel:with-colon" and "file" are local.
std::pair<QString, QString> splitCopyArgument(const QString &argument)
{
    if (argument.startsWith(QLatin1Char('/')))
        return {QString(), argument};
    const qsizetype colon = argument.indexOf(QLatin1Char(':'));
    if (colon < 0 || argument.startsWith(QLatin1Char('.')))
        return {QString(), argument};
    return {argument.left(colon), argument.mid(colon + 1)};
}

Status copyFiles(const CommandContext &c)
{
    if (c.command.args.at(0).isEmpty())
        return fail(QStringLiteral("source can not be empty"));
    if (c.command.args.at(1).isEmpty())
        return fail(QStringLiteral("destination can not be empty"));
    const auto [sourceContainer, sourcePath] = splitCopyArgument(c.command.args.at(0));
    const auto [destContainer, destPath] = splitCopyArgument(c.command.args.at(1));
    if (!sourceContainer.isEmpty() && !destContainer.isEmpty())
        return fail(QStringLiteral("copying between containers is not supported"));
    if (sourceContainer.isEmpty() && destContainer.isEmpty())
        return fail(QStringLiteral("must specify at least one container source"));
    const bool out = !sourceContainer.isEmpty();
    CopyRequest request{out ? sourceContainer : destContainer, out ? sourcePath : destPath, out ? destPath : sourcePath,
                        out ? c.io.outputFd : c.io.inputFd, c.command.isSet(QStringLiteral("archive")),
                        c.command.isSet(QStringLiteral("follow-link"))};
    if (request.hostPath == QLatin1String("-") && request.streamFd < 0)
        return fail(out ? QStringLiteral("cp to - needs an output stream: give a destination path") : QStringLiteral("cp from - needs an input stream: give a source path"));
    if (out && request.hostPath == QLatin1String("-") && c.io.outputIsTerminal)
        return fail(QStringLiteral("cowardly refusing to write a tar to a terminal: redirect the output or give a destination path"));
    ContainerEngine engine(c.store, c.runtime);
    auto copied = out ? engine.copyFromContainer(request, c.progress) : engine.copyToContainer(request, c.progress);
    if (!copied)
        return std::unexpected(copied.error());
    // Docker says so only to a terminal, and never for a tar on stdout.
    const bool quiet = c.command.isSet(QStringLiteral("quiet")) || !c.io.outputIsTerminal || (out && request.hostPath == QLatin1String("-"));
    if (!quiet && c.io.err)
        c.io.err(QStringLiteral("Successfully copied %1 to %2\n").arg(humanSizePrecision(double(copied->bytes), 3), copied->destination));
    return {};
}

Status exportContainer(const CommandContext &c)
{
    ContainerEngine engine(c.store, c.runtime);
    const QString output = c.command.value(QStringLiteral("output"));
    if (!output.isEmpty() && output != QLatin1String("-")) {
        auto file = AtomicOutputFile::create(output);
        if (!file)
            return std::unexpected(file.error());
        if (auto ok = engine.exportFilesystem(c.command.args.first(), file->fd(), c.progress); !ok)
            return ok;
        return file->commit();
    }
    if (c.io.outputFd < 0)
        return fail(QStringLiteral("choose a file to export to with -o"));
    if (c.io.outputIsTerminal)
        return fail(QStringLiteral("cowardly refusing to save to a terminal. Use the -o flag or redirect"));
    return engine.exportFilesystem(c.command.args.first(), c.io.outputFd, c.progress);
}

Status commitContainer(const CommandContext &c)
{
    CommitRequest request;
    request.reference = c.command.args.value(1);
    request.changes = c.command.values(QStringLiteral("change"));
    request.message = c.command.value(QStringLiteral("message"));
    request.author = c.command.value(QStringLiteral("author"));
    request.pause = c.command.value(QStringLiteral("pause"), QStringLiteral("true")) == QLatin1String("true");
    ContainerEngine engine(c.store, c.runtime);
    auto id = engine.commit(c.command.args.first(), request, c.progress);
    if (!id)
        return std::unexpected(id.error());
    c.line(*id);
    return {};
}

Status diffContainer(const CommandContext &c)
{
    ContainerEngine engine(c.store, c.runtime);
    auto changes = engine.diff(c.command.args.first());
    if (!changes)
        return std::unexpected(changes.error());
    for (const FileChange &change : std::as_const(*changes))
        c.line(QString(change.kind) + QLatin1Char(' ') + change.path);
    return {};
}

} // namespace

QList<CommandSpec> containerFileVerbs()
{
    return {
        Verb("container exec", "[OPTIONS] CONTAINER COMMAND [ARG...]", "Execute a command in a running container", execInContainer)
            .aliases({"exec"}).args(2).argumentsEndFlags()
            .flag("interactive", 'i', "Keep STDIN open even if not attached").flag("tty", 't', "Allocate a pseudo-TTY")
            .flag("detach", 'd', "Detached mode: run command in the background").option("env", 'e', "Set environment variables")
            .option("workdir", 'w', "Working directory inside the container")
            .option("user", 'u', "Username or UID (format: <name|uid>[:<gid>])"),
        Verb("container cp", "[OPTIONS] CONTAINER:SRC_PATH DEST_PATH|-\n\tporthole cp [OPTIONS] SRC_PATH|- CONTAINER:DEST_PATH",
             "Copy files/folders between a container and the local filesystem", copyFiles)
            .aliases({"cp"}).args(2, 2).flag("archive", 'a', "Archive mode (copy all uid/gid information)")
            .flag("follow-link", 'L', "Always follow symbol link in SRC_PATH")
            .flag("quiet", 'q', "Suppress progress output during copy. Progress output is automatically suppressed if no terminal is attached"),
        Verb("container export", "[OPTIONS] CONTAINER", "Export a container's filesystem as a tar archive", exportContainer)
            .aliases({"export"}).args(1, 1).option("output", 'o', "Write to a file, instead of STDOUT"),
        Verb("container commit", "[OPTIONS] CONTAINER [REPOSITORY[:TAG]]", "Create a new image from a container's changes", commitContainer)
            .aliases({"commit"}).args(1, 2).option("change", 'c', "Apply Dockerfile instruction to the created image")
            .option("message", 'm', "Commit message").option("author", 'a', "Author (e.g., \"John Hannibal Smith <hannibal@a-team.com>\")")
            .flag("pause", 'p', "Pause container during commit (default true)"),
        Verb("container diff", "CONTAINER", "Inspect changes to files or directories on a container's filesystem", diffContainer)
            .aliases({"diff"}).args(1, 1),
    };
}

} // namespace porthole
