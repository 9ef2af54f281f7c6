// The engine's own verbs: version, info, events and the API service.
#include "api/apiservice.h"
#include "check/storecheck.h"
#include "cli/commandcontext.h"
#include "cli/verbs.h"
#include "base/events.h"
#include "base/humanize.h"
#include "cli/gotemplate.h"
#include "containers/containerengine.h"

#include <QJsonArray>

#include <QFileInfo>
#include <QThread>
#include <cerrno>
#include <unistd.h>
#include <vector>

namespace porthole {
namespace {

Status showVersion(const CommandContext &context)
{
    context.line(QStringLiteral("Porthole version %1").arg(QStringLiteral(PORTHOLE_VERSION)));
    context.line(QStringLiteral("Store:    %1").arg(context.store.paths().root));
    return {};
}

QJsonObject infoJson(const SystemInfo &info)
{
    return {{QLatin1String("Containers"), info.containers}, {QLatin1String("ContainersRunning"), info.running},
            {QLatin1String("ContainersPaused"), info.paused}, {QLatin1String("ContainersStopped"), info.stopped},
            {QLatin1String("Images"), info.images}, {QLatin1String("Driver"), info.storageDriver},
            {QLatin1String("DriverStatus"), QJsonArray{QJsonArray{QStringLiteral("Backing Filesystem"), info.backingFilesystem}}},
            {QLatin1String("LoggingDriver"), QStringLiteral("k8s-file")}, {QLatin1String("CgroupDriver"), info.cgroupDriver},
            {QLatin1String("CgroupVersion"), QString::number(info.cgroupVersion)}, {QLatin1String("DefaultRuntime"), info.defaultRuntime},
            {QLatin1String("KernelVersion"), info.kernelVersion}, {QLatin1String("OperatingSystem"), info.operatingSystem},
            {QLatin1String("OSType"), QStringLiteral("linux")}, {QLatin1String("Architecture"), info.architecture},
            {QLatin1String("NCPU"), info.cpus}, {QLatin1String("MemTotal"), info.memoryBytes}, {QLatin1String("Name"), info.name},
            {QLatin1String("DockerRootDir"), info.rootDir}, {QLatin1String("ServerVersion"), QStringLiteral(PORTHOLE_VERSION)},
            {QLatin1String("RegistryConfig"), QJsonObject{{QLatin1String("Mirrors"), QJsonArray::fromStringList(info.registryMirrors)}}},
            {QLatin1String("Warnings"), QJsonArray::fromStringList(info.warnings)}};
}

QString infoText(const SystemInfo &info)
{
    QStringList lines{QStringLiteral("Client:"), QStringLiteral(" Version:    %1").arg(QStringLiteral(PORTHOLE_VERSION)),
                      QStringLiteral(" Context:    default"), QStringLiteral(" Debug Mode: false"), QString(), QStringLiteral("Server:"),
                      QStringLiteral(" Containers: %1").arg(info.containers), QStringLiteral("  Running: %1").arg(info.running),
                      QStringLiteral("  Paused: %1").arg(info.paused), QStringLiteral("  Stopped: %1").arg(info.stopped),
                      QStringLiteral(" Images: %1").arg(info.images), QStringLiteral(" Server Version: %1").arg(QStringLiteral(PORTHOLE_VERSION)),
                      QStringLiteral(" Storage Driver: %1").arg(info.storageDriver), QStringLiteral("  Backing Filesystem: %1").arg(info.backingFilesystem),
                      QStringLiteral(" Logging Driver: k8s-file"), QStringLiteral(" Cgroup Driver: %1").arg(info.cgroupDriver),
                      QStringLiteral(" Cgroup Version: %1").arg(info.cgroupVersion), QStringLiteral(" Plugins:"), QStringLiteral("  Volume: local"),
                      QStringLiteral("  Network: bridge host null"), QStringLiteral(" Runtimes: %1").arg(info.runtimes.join(QLatin1Char(' '))),
                      QStringLiteral(" Default Runtime: %1").arg(info.defaultRuntime)};
    if (!info.initBinary.isEmpty())
        lines.append(QStringLiteral(" Init Binary: %1").arg(info.initBinary));
    lines << QStringLiteral(" Kernel Version: %1").arg(info.kernelVersion) << QStringLiteral(" Operating System: %1").arg(info.operatingSystem)
          << QStringLiteral(" OSType: linux") << QStringLiteral(" Architecture: %1").arg(info.architecture)
          << QStringLiteral(" CPUs: %1").arg(info.cpus) << QStringLiteral(" Total Memory: %1").arg(binarySize(double(info.memoryBytes)))
          << QStringLiteral(" Name: %1").arg(info.name) << QStringLiteral(" Docker Root Dir: %1").arg(info.rootDir)
          << QStringLiteral(" Debug Mode: false");
    if (!info.registryMirrors.isEmpty()) {
        lines.append(QStringLiteral(" Registry Mirrors:"));
        for (const QString &mirror : info.registryMirrors)
            lines.append(QStringLiteral("  ") + mirror);
    }
    lines << QStringLiteral(" Live Restore Enabled: true") << QString();
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

Status showInfo(const CommandContext &c)
{
    ContainerEngine engine(c.store, c.runtime);
    auto info = engine.systemInfo();
    if (!info)
        return std::unexpected(info.error());
    if (c.command.isSet(QStringLiteral("format"))) {
        auto text = renderTemplate(c.command.value(QStringLiteral("format")), infoJson(*info));
        if (!text)
            return std::unexpected(text.error());
        c.line(*text);
        return {};
    }
    c.out(infoText(*info));
    for (const QString &warning : info->warnings)
        if (c.io.err)
            c.io.err(warning + QLatin1Char('\n'));
    return {};
}

bool eventMatches(const Event &event, const QStringList &filters)
{
    QHash<QString, QStringList> byKey;
    for (const QString &filter : filters)
        byKey[filter.section(QLatin1Char('='), 0, 0)].append(filter.section(QLatin1Char('='), 1));
    auto allowed = [&](const QString &key, const QStringList &candidates) {
        if (!byKey.contains(key))
            return true;
        for (const QString &wanted : byKey.value(key))
            for (const QString &candidate : candidates)
                if (!candidate.isEmpty() && (candidate == wanted || (key == QLatin1String("container") && candidate.startsWith(wanted) && candidate.size() == 64)))
                    return true;
        return false;
    };
    const QString name = event.attributes.value(QLatin1String("name")).toString();
    return allowed(QStringLiteral("type"), {event.type}) && allowed(QStringLiteral("event"), {event.action})
           && allowed(QStringLiteral("container"), {event.type == QLatin1String("volume") ? event.attributes.value(QLatin1String("container")).toString() : event.id, name})
           && allowed(QStringLiteral("image"), {event.attributes.value(QLatin1String("image")).toString()})
           && allowed(QStringLiteral("volume"), {event.type == QLatin1String("volume") ? event.id : QString()});
}

Status streamEvents(const CommandContext &c)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime since, until;
    if (c.command.isSet(QStringLiteral("since")) && !(since = parseTimeArgument(c.command.value(QStringLiteral("since")), now)).isValid())
        return fail(QStringLiteral("invalid value for \"since\": %1").arg(c.command.value(QStringLiteral("since"))));
    if (c.command.isSet(QStringLiteral("until")) && !(until = parseTimeArgument(c.command.value(QStringLiteral("until")), now)).isValid())
        return fail(QStringLiteral("invalid value for \"until\": %1").arg(c.command.value(QStringLiteral("until"))));
    for (const QString &filter : c.command.values(QStringLiteral("filter")))
        if (!QStringList{QStringLiteral("type"), QStringLiteral("event"), QStringLiteral("container"), QStringLiteral("image"), QStringLiteral("volume")}.contains(filter.section(QLatin1Char('='), 0, 0)) || !filter.contains(QLatin1Char('=')))
            return fail(QStringLiteral("invalid filter '%1'").arg(filter));
    // Without --since, only what happens from now on, as Docker does.
    qint64 offset = 0;
    if (!since.isValid())
        offset = QFileInfo(eventsJournalPath(c.store.paths().root)).size();
    for (;;) {
        auto events = readEvents(c.store.paths().root, offset);
        if (!events)
            return std::unexpected(events.error());
        for (const Event &event : std::as_const(*events)) {
            if ((since.isValid() && event.time < since) || (until.isValid() && event.time > until))
                continue;
            if (!eventMatches(event, c.command.values(QStringLiteral("filter"))))
                continue;
            if (c.command.isSet(QStringLiteral("format"))) {
                auto text = renderTemplate(c.command.value(QStringLiteral("format")), event.toJson());
                if (!text)
                    return std::unexpected(text.error());
                c.line(*text);
            } else {
                c.line(event.toText());
            }
        }
        if ((until.isValid() && QDateTime::currentDateTimeUtc() > until) || c.progress.isCancelled())
            return {};
        QThread::msleep(100);
    }
}

// Serves the Docker Engine API until stopped (SIGINT/SIGTERM) or idle for
// --time seconds (0: until stopped), as `podman system service`.
Status serveApi(const CommandContext &c)
{
    bool ok = false;
    const int idle = c.command.value(QStringLiteral("time"), QStringLiteral("5")).toInt(&ok);
    if (!ok || idle < 0)
        return fail(QStringLiteral("invalid argument \"%1\" for \"-t, --time\" flag: a number of seconds").arg(c.command.value(QStringLiteral("time"))), 125);
    api::ServiceOptions options{c.store.paths(), c.runtime, c.command.args.value(0), idle};
    return api::runService(options, c.progress, [&](const QString &uri) {
        if (c.io.err)
            c.io.err(QStringLiteral("API service listening on %1 (DOCKER_HOST=%1)\n").arg(uri));
    });
}

// Verifies the store, repairing what it safely can with --repair: one line
// per finding as found, then what remains (exit 1 while problems remain).
Status checkStore(const CommandContext &c)
{
    ContainerEngine engine(c.store, c.runtime);
    CheckOptions options{c.command.isSet(QStringLiteral("repair")), c.command.isSet(QStringLiteral("force")),
                         c.command.isSet(QStringLiteral("quick")), c.runtime};
    StoreChecker checker(c.store, engine, options, [&](const CheckFinding &finding) { c.line(finding.line()); });
    auto report = checker.run();
    if (!report)
        return std::unexpected(report.error());
    const int problems = report->problems();
    const int remaining = report->remaining();
    if (problems == 0)
        c.line(QStringLiteral("No problems found in the store %1").arg(c.store.paths().root));
    else if (remaining == 0)
        c.line(QStringLiteral("Repaired %1 problem(s); no problems remain").arg(problems));
    else if (options.repair)
        return fail(QStringLiteral("%1 of %2 problem(s) remain: see the lines above for why each could not be repaired").arg(remaining).arg(problems));
    else
        return fail(QStringLiteral("%1 problem(s) found: run porthole system check --repair to fix what can be fixed safely").arg(problems));
    return {};
}

// unshare [COMMAND [ARG...]], as Podman's: the command (the user's shell
// without one) in place of porthole, inside the user namespace and mount
// namespace porthole has joined (rootless: the user is root there, the
// overlays are mounted there); as root, where there is none, it just runs.
Status runUnshared(const CommandContext &c)
{
    if (c.io.inputFd < 0) // the window's command bar: porthole is the window there
        return fail(QStringLiteral("unshare replaces the porthole process with the command: run it from a terminal"));
    QStringList args = c.command.args;
    if (args.isEmpty())
        args.append(qEnvironmentVariable("SHELL", QStringLiteral("/bin/sh")));
    std::vector<QByteArray> storage;
    for (const QString &arg : std::as_const(args))
        storage.push_back(arg.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &arg : storage)
        argv.push_back(arg.data());
    argv.push_back(nullptr);
    ::execvp(argv.front(), argv.data());
    const int error = errno;
    return fail(QStringLiteral("cannot run %1: %2").arg(args.first(), systemErrorText(error)), error == ENOENT ? 127 : 126);
}

} // namespace

QList<CommandSpec> systemVerbs()
{
    return {
        Verb("version", "", "Show the Porthole version information", showVersion).args(0, 0),
        Verb("system info", "[OPTIONS]", "Display system-wide information", showInfo).aliases({"info"}).args(0, 0)
            .option("format", 'f', "Format output using a custom template"),
        Verb("system check", "[OPTIONS]", "Check the store for damage and leftovers, and repair them", checkStore).args(0, 0)
            .flag("repair", 'r', "Repair what can be repaired safely: damaged images and leftovers go, records are brought in line")
            .flag("force", 'f', "With --repair, remove containers that use damaged images, and unreadable containers")
            .flag("quick", 'q', "Skip checks that read every layer back (its diff_id)"),
        Verb("system service", "[OPTIONS] [URI]", "Serve the Docker Engine API (unix:///PATH or tcp://127.0.0.1:PORT)", serveApi)
            .args(0, 1).option("time", 't', "Seconds of inactivity before the service exits (0: never)"),
        Verb("unshare", "[COMMAND [ARG...]]", "Run a command in the user namespace of a normal user's containers", runUnshared)
            .argumentsEndFlags(),
        Verb("events", "[OPTIONS]", "Get real time events from the engine", streamEvents).aliases({"system events"}).args(0, 0)
            .option("since", 0, "Show all events created since timestamp").option("until", 0, "Stream events until this timestamp")
            .option("filter", 'f', "Filter output based on conditions provided")
            .option("format", 0, "Format the output using the given Go template"),
    };
}

} // namespace porthole
