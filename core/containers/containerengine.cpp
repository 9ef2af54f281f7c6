#include "containers/containerengine.h"

#include "runtime/conmon.h"
#include "base/events.h"
#include "runtime/execgate.h"
#include "runtime/rootcheck.h"
#include "containers/containernames.h"
#include "base/fsutil.h"
#include "base/ids.h"
#include "base/humanize.h"
#include "network/netns.h"
#include "images/reference.h"
#include "layers/rootfs.h"
#include "images/changes.h"
#include "base/sha256.h"
#include "base/tempwork.h"
#include "layers/treepacker.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QSysInfo>
#include <QThread>
#include <cerrno>
#include <csignal>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>

extern char **environ;

namespace porthole {
namespace {

// Files runc creates in the writable layer as bind-mount targets when the
// image lacks them: empty, and not the user's changes.
QSet<QByteArray> runcMountPoints(const QString &upper)
{
    QSet<QByteArray> mountPoints;
    for (const char *name : {"etc/hostname", "etc/hosts", "etc/resolv.conf"}) {
        struct stat info;
        if (::lstat(QFile::encodeName(upper + QLatin1Char('/') + QLatin1String(name)).constData(), &info) == 0
            && S_ISREG(info.st_mode) && info.st_size == 0)
            mountPoints.insert(QByteArray(name));
    }
    // /etc itself, when the mount points runc made are all it holds.
    const QStringList inEtc = QDir(upper + QStringLiteral("/etc")).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
    bool onlyMountPoints = !inEtc.isEmpty();
    for (const QString &entry : inEtc)
        onlyMountPoints = onlyMountPoints && mountPoints.contains(QByteArray("etc/") + QFile::encodeName(entry));
    if (onlyMountPoints)
        mountPoints.insert(QByteArray("etc"));
    return mountPoints;
}

bool processAlive(qint64 pid)
{
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
}

QStringList jsonStrings(const QJsonValue &value)
{
    QStringList list;
    for (const auto &item : value.toArray())
        list.append(item.toString());
    return list;
}

// "uid[:gid]" numeric, or a name looked up in the container's /etc/passwd.
Result<QPair<uint, uint>> resolveUser(const QString &user, const QString &rootfs)
{
    if (user.isEmpty())
        return QPair<uint, uint>{0, 0};
    const QString name = user.section(QLatin1Char(':'), 0, 0);
    const QString group = user.section(QLatin1Char(':'), 1, 1);
    bool numeric = false;
    uint uid = name.toUInt(&numeric);
    uint gid = 0;
    if (!numeric) {
        auto passwd = readWholeFile(rootfs + QStringLiteral("/etc/passwd"));
        bool found = false;
        for (const QByteArray &line : passwd ? passwd->split('\n') : QList<QByteArray>()) {
            const QList<QByteArray> fields = line.split(':');
            if (fields.size() >= 4 && QString::fromUtf8(fields.at(0)) == name) {
                uid = fields.at(2).toUInt();
                gid = fields.at(3).toUInt();
                found = true;
            }
        }
        if (!found)
            return fail(QStringLiteral("unable to find user %1: no matching entries in passwd file").arg(name));
    }
    if (!group.isEmpty()) {
        bool ok = false;
        gid = group.toUInt(&ok);
        if (!ok)
            return fail(QStringLiteral("unable to find group %1: only numeric groups are supported").arg(group));
    }
    return QPair<uint, uint>{uid, gid};
}

// Starts a program with this process's standard streams (stdin only when
// asked); passFds become its descriptors 3, 4, ...
Result<pid_t> spawnInheritingStdio(const QString &program, const QStringList &args, bool withStdin, const QList<int> &passFds = {})
{
    QList<QByteArray> storage{QFile::encodeName(program)};
    for (const QString &arg : args)
        storage.append(arg.toUtf8());
    std::vector<char *> argv;
    for (QByteArray &arg : storage)
        argv.push_back(arg.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    if (!withStdin)
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    std::vector<int> sources; // out of the way of 3, 4, ...
    for (int fd : passFds)
        sources.push_back(::fcntl(fd, F_DUPFD_CLOEXEC, 100));
    for (size_t i = 0; i < sources.size(); ++i)
        posix_spawn_file_actions_adddup2(&actions, sources[i], int(3 + i));
    pid_t pid = 0;
    const int rc = ::posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    for (int fd : sources)
        ::close(fd);
    if (rc != 0)
        return fail(QStringLiteral("cannot run %1: %2").arg(program, systemErrorText(rc)));
    return pid;
}

// Waits for a child and returns its exit status (128+N for signal N).
int waitForChild(pid_t pid)
{
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    if (WIFSIGNALED(status))
        return 128 + WTERMSIG(status);
    return WEXITSTATUS(status);
}

QString signalName(const QString &signal)
{
    QString name = signal.toUpper();
    if (name.startsWith(QLatin1String("SIG")))
        name = name.mid(3);
    return name.isEmpty() ? QStringLiteral("TERM") : name;
}

} // namespace

ContainerEngine::ContainerEngine(ImageStore &images, const QString &runtimeName)
    : m_images(images), m_store(images.paths()), m_networks(images.paths()), m_runtimeName(runtimeName)
{
}

Result<OciRuntime> ContainerEngine::runtime() const
{
    return OciRuntime::find(m_runtimeName, m_store.runtimeRoot());
}

QStringList ContainerEngine::exitCommand(const QString &id) const
{
    QString cli = qEnvironmentVariable("PORTHOLE_CLI");
    if (cli.isEmpty() && QCoreApplication::instance()) {
        const QString self = QCoreApplication::applicationFilePath();
        cli = QFileInfo(self).fileName() == QLatin1String("porthole") ? self
              : QFileInfo(self).absolutePath() + QStringLiteral("/porthole");
        if (!QFileInfo(cli).isExecutable())
            cli = QFileInfo::exists(QFileInfo(self).absolutePath() + QStringLiteral("/../cli/porthole"))
                      ? QFileInfo(QFileInfo(self).absolutePath() + QStringLiteral("/../cli/porthole")).canonicalFilePath()
                      : QStandardPaths::findExecutable(QStringLiteral("porthole"));
    }
    return {cli, QStringLiteral("--root"), m_images.paths().root, QStringLiteral("--runroot"), m_images.paths().runRoot,
            QStringLiteral("--runtime"), m_runtimeName, QStringLiteral("container"), QStringLiteral("cleanup"), id};
}

Result<ContainerRecord> ContainerEngine::create(const CreateRequest &request)
{
    if (auto ok = refuseInsideChroot(); !ok)
        return std::unexpected(ok.error());
    if (!request.name.isEmpty())
        if (auto ok = validateContainerName(request.name); !ok)
            return std::unexpected(ok.error());
    auto image = m_images.image(request.image);
    if (!image)
        return fail(QStringLiteral("Unable to find image '%1' locally: %2")
                        .arg(Reference::parse(request.image) ? Reference::parse(request.image)->toString() : request.image,
                             QStringLiteral("import, load or build it first (porthole image build-busybox)")), 125);
    reportStep(RunStep::FindImage, QStringLiteral("%1 → %2").arg(request.image, image->id.mid(7, 12)));
    const QJsonObject imageConfig = image->config.config;
    ContainerConfig config;
    config.id = newContainerId();
    config.image = request.image;
    config.imageId = image->id;
    config.entrypoint = request.entrypointSet ? (request.entrypoint.isEmpty() ? QStringList() : QStringList{request.entrypoint})
                                              : jsonStrings(imageConfig.value(QLatin1String("Entrypoint")));
    config.cmd = !request.command.isEmpty() ? request.command
                 : request.entrypointSet   ? QStringList()
                                           : jsonStrings(imageConfig.value(QLatin1String("Cmd")));
    if (config.processArgs().isEmpty())
        return fail(QStringLiteral("no command specified"), 125);
    config.env = jsonStrings(imageConfig.value(QLatin1String("Env")));
    for (const QString &entry : request.env) {
        const QString key = entry.section(QLatin1Char('='), 0, 0);
        config.env.erase(std::remove_if(config.env.begin(), config.env.end(),
                                        [&](const QString &e) { return e.section(QLatin1Char('='), 0, 0) == key; }),
                         config.env.end());
        config.env.append(entry);
    }
    config.workingDir = !request.workingDir.isEmpty() ? request.workingDir : imageConfig.value(QLatin1String("WorkingDir")).toString();
    config.user = !request.user.isEmpty() ? request.user : imageConfig.value(QLatin1String("User")).toString();
    config.hostname = !request.hostname.isEmpty() ? request.hostname : config.id.left(12);
    config.tty = request.tty;
    config.openStdin = request.interactive;
    config.autoRemove = request.autoRemove;
    config.labels = imageConfig.value(QLatin1String("Labels")).toObject();
    for (auto it = request.labels.begin(); it != request.labels.end(); ++it)
        config.labels.insert(it.key(), it.value());
    config.stopSignal = !request.stopSignal.isEmpty() ? request.stopSignal : imageConfig.value(QLatin1String("StopSignal")).toString();
    config.stopTimeout = request.stopTimeout >= 0 ? request.stopTimeout : 10;
    config.memory = request.memory;
    config.pidsLimit = request.pidsLimit;
    config.volumes = request.volumes;
    config.init = request.init;
    {
        const QString policy = request.restart.section(QLatin1Char(':'), 0, 0);
        const QString retries = request.restart.section(QLatin1Char(':'), 1);
        if (!QStringList{QStringLiteral("no"), QStringLiteral("on-failure"), QStringLiteral("always"), QStringLiteral("unless-stopped")}.contains(policy))
            return fail(QStringLiteral("invalid restart policy '%1'").arg(request.restart), 125);
        bool ok = true;
        config.restartRetries = retries.isEmpty() ? 0 : retries.toInt(&ok);
        if (!ok || config.restartRetries < 0 || (!retries.isEmpty() && policy != QLatin1String("on-failure")))
            return fail(QStringLiteral("invalid restart policy '%1': maximum retry count only for on-failure").arg(request.restart), 125);
        config.restartPolicy = policy;
        if (request.autoRemove && policy != QLatin1String("no"))
            return fail(QStringLiteral("Conflicting options: --restart and --rm"), 125);
    }
    if (request.network.isEmpty() || request.network == QLatin1String("bridge") || request.network == kDefaultNetwork) {
        auto network = m_networks.ensureDefault();
        if (!network)
            return std::unexpected(network.error());
        config.networkMode = network->name;
    } else if (isSpecialNetworkMode(request.network)) {
        config.networkMode = request.network;
        if (!request.ports.isEmpty())
            return fail(QStringLiteral("conflicting options: port publishing and network mode %1").arg(request.network), 125);
        if (request.network == QLatin1String("host") && request.hostname.isEmpty())
            config.hostname = QSysInfo::machineHostName();
    } else {
        auto network = m_networks.find(request.network);
        if (!network)
            return std::unexpected(Error{network.error().message, 125});
        config.networkMode = network->name;
    }
    config.ports = request.ports;
    config.created = QDateTime::currentDateTimeUtc();

    ContainerRecord record{config, {}};
    for (int attempt = 0;; ++attempt) {
        record.config.name = request.name.isEmpty() ? generateContainerName() : request.name;
        auto created = m_store.create(record);
        if (created) {
            emitEvent(record, QStringLiteral("create"));
            reportStep(RunStep::CreateContainer, QStringLiteral("%1 (%2)").arg(record.config.name, record.shortId()));
            return record;
        }
        if (!request.name.isEmpty() || attempt > 20 || !created.error().message.startsWith(QLatin1String("Conflict.")))
            return std::unexpected(created.error());
    }
}

Status ContainerEngine::startLocked(ContainerRecord &record, const StartHook &afterCreate, bool stdinOnce)
{
    if (auto ok = refuseInsideChroot(); !ok)
        return ok;
    auto rt = runtime();
    if (!rt)
        return std::unexpected(rt.error());
    auto lowers = layerDirs(record);
    if (!lowers)
        return std::unexpected(lowers.error());
    const QString dir = m_store.dir(record.config.id);
    const QString merged = dir + QStringLiteral("/merged");
    (void)unmountOverlay(merged);
    if (QFileInfo::exists(m_store.runtimeRoot() + QLatin1Char('/') + record.config.id))
        (void)rt->remove(record.config.id); // a leftover of an earlier run
    disconnectNetwork(record);              // likewise
    if (auto ok = mountOverlay(*lowers, dir + QStringLiteral("/diff"), dir + QStringLiteral("/work"), merged); !ok)
        return ok;
    auto undo = [&](const Error &error) -> Status {
        (void)rt->remove(record.config.id);
        disconnectNetwork(record);
        (void)unmountOverlay(merged);
        return std::unexpected(error);
    };
    // Shown by the window beside the seed's step: translated when it has a translator.
    reportStep(RunStep::AddWritableLayer,
               QCoreApplication::translate("porthole::ContainerEngine", "%1 read-only + 1 writable (overlayfs)").arg(lowers->size()));
    if (auto ok = connectNetwork(record); !ok)
        return undo(ok.error());
    const ContainerNetworkState &net = record.state.network;
    reportStep(RunStep::AllocateAddress, net.isConnected() ? QStringLiteral("%1 ← %2").arg(net.address, net.network)
                                                           : QStringLiteral("--network %1").arg(record.config.networkMode));
    const bool hostNetwork = record.config.networkMode == QLatin1String("host");
    if (auto ok = writeEtcFiles(dir, {record.config.hostname, record.config.name, record.state.network.address, hostNetwork}); !ok)
        return undo(ok.error());
    auto user = resolveUser(record.config.user, merged);
    if (!user)
        return undo(user.error());

    RuntimeSpecInput input;
    input.rootfs = merged;
    input.args = record.config.processArgs();
    input.env = record.config.env;
    if (!std::any_of(input.env.begin(), input.env.end(), [](const QString &e) { return e.startsWith(QLatin1String("PATH=")); }))
        input.env.prepend(QStringLiteral("PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"));
    input.env.append(QStringLiteral("HOSTNAME=") + record.config.hostname);
    if (record.config.tty)
        input.env.append(QStringLiteral("TERM=xterm"));
    input.cwd = record.config.workingDir.isEmpty() ? QStringLiteral("/") : record.config.workingDir;
    input.uid = user->first;
    input.gid = user->second;
    input.terminal = record.config.tty;
    input.hostname = record.config.hostname;
    input.hostNetwork = hostNetwork;
    if (record.state.network.isConnected())
        input.networkNamespace = networkNamespacePath(record.state.network.namespaceName);
    input.binds = {{dir + QStringLiteral("/hostname"), QStringLiteral("/etc/hostname"), false},
                   {dir + QStringLiteral("/hosts"), QStringLiteral("/etc/hosts"), false},
                   {dir + QStringLiteral("/resolv.conf"), QStringLiteral("/etc/resolv.conf"), false}};
    input.binds += record.config.volumes;
    if (record.config.init) {
        QString init;
        for (const QString &candidate : {QStringLiteral("/usr/bin/tini-static"), QStringLiteral("/usr/bin/catatonit"), QStringLiteral("/usr/libexec/podman/catatonit")})
            if (init.isEmpty() && QFileInfo(candidate).isExecutable())
                init = candidate;
        if (init.isEmpty())
            return undo(Error{QStringLiteral("--init needs a static init: install tini or catatonit (apt-get install tini)")});
        input.binds.append({init, QStringLiteral("/dev/init"), true});
        input.args = QStringList{QStringLiteral("/dev/init"), QStringLiteral("--")} + input.args;
    }
    input.memoryLimit = record.config.memory;
    input.pidsLimit = record.config.pidsLimit;
    input.cgroupsPath = QStringLiteral("/porthole/") + record.config.id;
    const QString bundle = m_store.bundleDir(record.config.id);
    for (const QString &d : {bundle, m_store.exitsDir(), m_store.socketsDir(), m_store.runtimeRoot()})
        if (auto ok = makeDirectories(d); !ok)
            return undo(ok.error());
    if (auto ok = replaceFile(bundle + QStringLiteral("/config.json"), QJsonDocument(buildRuntimeSpec(input)).toJson()); !ok)
        return undo(ok.error());
    QFile::remove(m_store.exitsDir() + QLatin1Char('/') + record.config.id);

    ConmonLaunch launch;
    launch.conmon = QStandardPaths::findExecutable(QStringLiteral("conmon"));
    if (launch.conmon.isEmpty())
        return undo(Error{QStringLiteral("conmon was not found: install it (apt-get install conmon)")});
    launch.runtime = rt->path();
    launch.runtimeRoot = m_store.runtimeRoot();
    launch.id = record.config.id;
    launch.name = record.config.name;
    launch.bundle = bundle;
    launch.logPath = dir + QStringLiteral("/ctr.log");
    launch.exitDir = m_store.exitsDir();
    launch.socketDir = m_store.socketsDir();
    launch.exitCommand = exitCommand(record.config.id);
    launch.terminal = record.config.tty;
    launch.stdinOpen = record.config.openStdin;
    launch.leaveStdinOpen = !stdinOnce;
    auto pid = launchConmon(launch);
    if (!pid)
        return undo(pid.error());
    if (afterCreate)
        if (auto ok = afterCreate(record); !ok)
            return undo(ok.error());
    if (auto ok = rt->start(record.config.id); !ok)
        return undo(ok.error());
    reportStep(RunStep::StartCommand, QStringLiteral("pid %1: %2").arg(*pid).arg(record.config.processArgs().join(QLatin1Char(' '))));
    record.state.state = ContainerState::Running;
    record.state.pid = *pid;
    record.state.monitorPid = readWholeFile(bundle + QStringLiteral("/conmon.pid")).value_or(QByteArray()).trimmed().toLongLong();
    record.state.exitCode = 0;
    record.state.stoppedByUser = false;
    record.state.startedAt = QDateTime::currentDateTimeUtc();
    record.state.finishedAt = QDateTime();
    if (auto ok = m_store.saveState(record.config.id, record.state); !ok)
        return ok;
    emitEvent(record, QStringLiteral("start"));
    return {};
}

Status ContainerEngine::start(const QString &nameOrId, const StartHook &afterCreate, bool stdinOnce)
{
    auto locked = lockForAction(nameOrId, LifecycleAction::Start);
    if (!locked)
        return std::unexpected(locked.error());
    ContainerRecord *record = &locked->record;
    if (record->state.state == ContainerState::Running)
        return afterCreate ? afterCreate(*record) : Status{};
    return startLocked(*record, afterCreate, stdinOnce);
}

Result<ContainerEngine::LockedContainer> ContainerEngine::lockContainer(const QString &nameOrId)
{
    auto found = m_store.find(nameOrId);
    if (!found)
        return std::unexpected(found.error());
    auto held = m_store.lock(found->config.id);
    if (!held)
        return std::unexpected(held.error());
    auto record = m_store.read(found->config.id); // again, now that it cannot change
    if (!record)
        return std::unexpected(record.error());
    return LockedContainer{std::move(*held), std::move(*record)};
}

// Locks the container, then asks the state machine whether action may be
// taken from its state (Docker's refusal text when not).
Result<ContainerEngine::LockedContainer> ContainerEngine::lockForAction(const QString &nameOrId, LifecycleAction action)
{
    auto locked = lockContainer(nameOrId);
    if (!locked)
        return locked;
    if (auto ok = checkAction(locked->record.state.state, action, nameOrId); !ok)
        return std::unexpected(ok.error());
    return locked;
}

Status ContainerEngine::waitForExit(const ContainerRecord &record, int timeoutMs) const
{
    const QString exitFile = m_store.exitsDir() + QLatin1Char('/') + record.config.id;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        if (QFileInfo::exists(exitFile) || !processAlive(record.state.pid))
            return {};
        QThread::msleep(20);
    }
    return fail(QStringLiteral("container %1 did not exit within %2 ms").arg(record.config.name).arg(timeoutMs));
}

Result<bool> ContainerEngine::cleanupLocked(ContainerRecord &record)
{
    if (record.state.state != ContainerState::Running && record.state.state != ContainerState::Paused)
        return false;
    const QString exitFile = m_store.exitsDir() + QLatin1Char('/') + record.config.id;
    // conmon writes the exit file just after the process is reaped.
    for (int i = 0; i < 50 && !QFileInfo::exists(exitFile) && processAlive(record.state.monitorPid); ++i)
        QThread::msleep(10);
    auto code = readWholeFile(exitFile);
    record.state.exitCode = code ? code->trimmed().toInt() : 255; // 255: the monitor vanished
    if (auto rt = runtime())
        (void)rt->remove(record.config.id);
    disconnectNetwork(record);
    if (auto ok = unmountOverlay(m_store.dir(record.config.id) + QStringLiteral("/merged")); !ok)
        return std::unexpected(ok.error());
    record.state.state = ContainerState::Exited;
    record.state.pid = 0;
    record.state.monitorPid = 0;
    record.state.finishedAt = QDateTime::currentDateTimeUtc();
    if (auto ok = m_store.saveState(record.config.id, record.state); !ok)
        return std::unexpected(ok.error());
    emitEvent(record, QStringLiteral("die"), {{QLatin1String("exitCode"), QString::number(record.state.exitCode)}});
    if (record.config.autoRemove) {
        if (auto ok = m_store.remove(record); !ok)
            return std::unexpected(ok.error());
        emitEvent(record, QStringLiteral("destroy"));
        return false;
    }
    const QString &policy = record.config.restartPolicy;
    if (record.state.stoppedByUser || policy == QLatin1String("no"))
        return false;
    if (policy == QLatin1String("on-failure"))
        return record.state.exitCode != 0
               && (record.config.restartRetries == 0 || record.state.restartCount < record.config.restartRetries);
    return true; // always, unless-stopped
}

Status ContainerEngine::cleanup(const QString &id)
{
    qint64 backoff = 0;
    {
        auto locked = lockContainer(id);
        if (!locked)
            return {}; // already removed
        auto wanted = cleanupLocked(locked->record);
        if (!wanted)
            return std::unexpected(wanted.error());
        if (!*wanted)
            return {};
        // Back off like Docker (100 ms, doubling) so a crashing container
        // does not spin.
        backoff = std::min<qint64>(100LL << std::min(locked->record.state.restartCount, 9), 60000);
    } // the lock is free while waiting, for stop or rm
    QThread::msleep(backoff);
    auto locked = lockContainer(id);
    if (!locked)
        return {};
    ContainerRecord &record = locked->record;
    if (record.state.state != ContainerState::Exited || record.state.stoppedByUser)
        return {};
    ++record.state.restartCount;
    if (auto ok = startLocked(record); !ok)
        return ok;
    emitEvent(record, QStringLiteral("restart"));
    return {};
}

Status ContainerEngine::stop(const QString &nameOrId, int timeout)
{
    auto locked = lockForAction(nameOrId, LifecycleAction::Stop);
    if (!locked)
        return std::unexpected(locked.error());
    ContainerRecord *record = &locked->record;
    if (record->state.state != ContainerState::Running && record->state.state != ContainerState::Paused) {
        // Not an error; it also cancels a restart the policy may have pending.
        if (record->state.state == ContainerState::Exited && !record->state.stoppedByUser) {
            record->state.stoppedByUser = true;
            return m_store.saveState(record->config.id, record->state);
        }
        return {};
    }
    auto rt = runtime();
    if (!rt)
        return std::unexpected(rt.error());
    const int seconds = timeout >= 0 ? timeout : record->config.stopTimeout;
    record->state.stoppedByUser = true;
    if (auto ok = m_store.saveState(record->config.id, record->state); !ok)
        return ok;
    (void)rt->kill(record->config.id, signalName(record->config.stopSignal));
    if (record->state.state == ContainerState::Paused)
        (void)rt->resume(record->config.id);
    emitEvent(*record, QStringLiteral("kill"), {{QLatin1String("signal"), signalName(record->config.stopSignal)}});
    if (!waitForExit(*record, seconds * 1000)) {
        (void)rt->kill(record->config.id, QStringLiteral("KILL"), true);
        emitEvent(*record, QStringLiteral("kill"), {{QLatin1String("signal"), QStringLiteral("KILL")}});
        if (auto ok = waitForExit(*record, 10000); !ok)
            return ok;
    }
    if (auto ok = cleanupLocked(*record); !ok)
        return std::unexpected(ok.error());
    emitEvent(*record, QStringLiteral("stop"));
    return {};
}

Status ContainerEngine::kill(const QString &nameOrId, const QString &signal)
{
    auto locked = lockForAction(nameOrId, LifecycleAction::Kill);
    if (!locked)
        return std::unexpected(locked.error());
    ContainerRecord *record = &locked->record;
    auto rt = runtime();
    if (!rt)
        return std::unexpected(rt.error());
    record->state.stoppedByUser = true;
    if (auto ok = m_store.saveState(record->config.id, record->state); !ok)
        return ok;
    if (auto ok = rt->kill(record->config.id, signalName(signal)); !ok)
        return ok;
    emitEvent(*record, QStringLiteral("kill"), {{QLatin1String("signal"), signalName(signal)}});
    if (signalName(signal) == QLatin1String("KILL")) {
        if (record->state.state == ContainerState::Paused)
            (void)rt->resume(record->config.id);
        if (auto ok = waitForExit(*record, 10000); !ok)
            return ok;
        if (auto ok = cleanupLocked(*record); !ok)
            return std::unexpected(ok.error());
    }
    return {};
}

Status ContainerEngine::pause(const QString &nameOrId)
{
    return setPaused(nameOrId, true);
}

Status ContainerEngine::unpause(const QString &nameOrId)
{
    return setPaused(nameOrId, false);
}

// The runtime's freezer: pause stops every process of the container where
// it stands, unpause lets them go on.
Status ContainerEngine::setPaused(const QString &nameOrId, bool paused)
{
    auto locked = lockForAction(nameOrId, paused ? LifecycleAction::Pause : LifecycleAction::Unpause);
    if (!locked)
        return std::unexpected(locked.error());
    ContainerRecord &record = locked->record;
    auto rt = runtime();
    if (!rt)
        return std::unexpected(rt.error());
    if (auto ok = paused ? rt->pause(record.config.id) : rt->resume(record.config.id); !ok)
        return ok;
    record.state.state = paused ? ContainerState::Paused : ContainerState::Running;
    if (auto ok = m_store.saveState(record.config.id, record.state); !ok)
        return ok;
    emitEvent(record, paused ? QStringLiteral("pause") : QStringLiteral("unpause"));
    return {};
}

Status ContainerEngine::remove(const QString &nameOrId, bool force)
{
    auto locked = lockForAction(nameOrId, force ? LifecycleAction::ForceRemove : LifecycleAction::Remove);
    if (!locked)
        return std::unexpected(locked.error());
    ContainerRecord *record = &locked->record;
    if (record->state.state == ContainerState::Running || record->state.state == ContainerState::Paused) {
        auto rt = runtime();
        if (!rt)
            return std::unexpected(rt.error());
        (void)rt->kill(record->config.id, QStringLiteral("KILL"), true);
        if (record->state.state == ContainerState::Paused)
            (void)rt->resume(record->config.id);
        if (auto ok = waitForExit(*record, 10000); !ok)
            return ok;
        if (auto ok = cleanupLocked(*record); !ok)
            return std::unexpected(ok.error());
        if (record->config.autoRemove)
            return {};
    }
    disconnectNetwork(*record); // a leftover of a crash during start
    (void)unmountOverlay(m_store.dir(record->config.id) + QStringLiteral("/merged"));
    if (auto ok = m_store.remove(*record); !ok)
        return ok;
    emitEvent(*record, QStringLiteral("destroy"));
    return {};
}

Result<QStringList> ContainerEngine::execArguments(const ContainerRecord &record, const ExecRequest &request)
{
    if (auto ok = checkAction(record.state.state, LifecycleAction::Exec, record.config.name); !ok)
        return std::unexpected(ok.error());
    if (request.command.isEmpty())
        return fail(QStringLiteral("exec requires a command"), 125);
    auto rt = runtime();
    if (!rt)
        return std::unexpected(rt.error());
    QStringList args{rt->path(), QStringLiteral("--root"), m_store.runtimeRoot(), QStringLiteral("exec")};
    if (request.tty)
        args << QStringLiteral("--tty");
    if (request.detach)
        args << QStringLiteral("--detach");
    const QString user = request.user.isEmpty() ? record.config.user : request.user;
    if (!user.isEmpty()) {
        auto ids = resolveUser(user, m_store.dir(record.config.id) + QStringLiteral("/merged"));
        if (!ids)
            return std::unexpected(ids.error());
        args << QStringLiteral("--user") << QStringLiteral("%1:%2").arg(ids->first).arg(ids->second);
    }
    const QString cwd = !request.workingDir.isEmpty() ? request.workingDir : record.config.workingDir;
    if (!cwd.isEmpty())
        args << QStringLiteral("--cwd") << cwd;
    QStringList env = record.config.env;
    env.append(QStringLiteral("HOSTNAME=") + record.config.hostname);
    if (request.tty)
        env.append(QStringLiteral("TERM=xterm"));
    env += request.env;
    for (const QString &entry : std::as_const(env))
        args << QStringLiteral("--env") << entry;
    args << QStringLiteral("--preserve-fds") << QString::number(ExecGate::kPreservedFds);
    args << record.config.id << ExecGate::wrap(request.command);
    return args;
}

// Runs `runc exec` with the gate program first: the command starts only
// once its process is seen in the container's root.
Result<int> ContainerEngine::exec(const QString &nameOrId, const ExecRequest &request)
{
    if (auto ok = refuseInsideChroot(); !ok)
        return std::unexpected(ok.error());
    auto record = m_store.find(nameOrId);
    if (!record)
        return std::unexpected(record.error());
    auto args = execArguments(*record, request);
    if (!args)
        return std::unexpected(args.error());
    auto gate = ExecGate::open();
    if (!gate)
        return std::unexpected(gate.error());
    const QString program = args->takeFirst();
    auto pid = spawnInheritingStdio(program, *args, request.interactive || request.tty,
                                    {gate->programFd(), gate->childSocketFd()});
    if (!pid)
        return std::unexpected(pid.error());
    auto admitted = gate->admit(m_store.dir(record->config.id) + QStringLiteral("/merged"));
    const int exitCode = waitForChild(*pid);
    if (!admitted)
        return std::unexpected(admitted.error().withContext(QStringLiteral("exec in %1").arg(record->config.name)));
    return exitCode;
}

Result<PtyProcess> ContainerEngine::execOnTerminal(const QString &nameOrId, QStringList command, int rows, int columns)
{
    if (auto ok = refuseInsideChroot(); !ok)
        return std::unexpected(ok.error());
    auto record = m_store.find(nameOrId);
    if (!record)
        return std::unexpected(record.error());
    const QString merged = m_store.dir(record->config.id) + QStringLiteral("/merged");
    if (command.isEmpty())
        command = {QFileInfo::exists(merged + QStringLiteral("/bin/bash")) ? QStringLiteral("/bin/bash") : QStringLiteral("/bin/sh")};
    ExecRequest request;
    request.command = command;
    request.tty = true;
    request.interactive = true;
    auto args = execArguments(*record, request);
    if (!args)
        return std::unexpected(args.error());
    auto gate = ExecGate::open();
    if (!gate)
        return std::unexpected(gate.error());
    auto process = spawnOnPty(*args, rows, columns, {gate->programFd(), gate->childSocketFd()});
    if (!process)
        return process;
    // When the runtime ended on its own, its error is on the terminal.
    if (auto admitted = gate->admit(merged); !admitted) {
        ::close(process->masterFd);
        waitForChild(pid_t(process->pid));
        return std::unexpected(admitted.error().withContext(QStringLiteral("exec in %1").arg(record->config.name)));
    }
    return process;
}

// The container's main process must have the container's root: nsenter
// takes its root and working directory from it.
Status ContainerEngine::checkMainProcessRoot(const ContainerRecord &record) const
{
    return checkProcessRoot(record.state.pid, m_store.dir(record.config.id) + QStringLiteral("/merged"));
}

Result<PtyProcess> ContainerEngine::nsenterOnTerminal(const QString &nameOrId, int rows, int columns)
{
    if (auto ok = refuseInsideChroot(); !ok)
        return std::unexpected(ok.error());
    auto record = m_store.find(nameOrId);
    if (!record)
        return std::unexpected(record.error());
    if (auto ok = checkAction(record->state.state, LifecycleAction::Exec, nameOrId); !ok)
        return std::unexpected(ok.error());
    if (auto ok = checkMainProcessRoot(*record); !ok)
        return std::unexpected(ok.error().withContext(QStringLiteral("nsenter %1").arg(record->config.name)));
    const QString nsenter = QStandardPaths::findExecutable(QStringLiteral("nsenter"));
    if (nsenter.isEmpty())
        return fail(QStringLiteral("nsenter was not found: install util-linux"));
    // The seed's third way in: all of the container's namespaces, then the
    // root and working directory of its main process named explicitly (so
    // the shell is in the container's files whatever the caller's root),
    // then its shell.
    const QString proc = QStringLiteral("/proc/%1").arg(record->state.pid);
    return spawnOnPty({nsenter, QStringLiteral("--target"), QString::number(record->state.pid), QStringLiteral("--all"),
                       QStringLiteral("--root=") + proc + QStringLiteral("/root"), QStringLiteral("--wd=") + proc + QStringLiteral("/cwd"),
                       QStringLiteral("/bin/sh")},
                      rows, columns);
}

Result<AttachConnection> ContainerEngine::attachConsole(const QString &nameOrId)
{
    auto record = m_store.find(nameOrId);
    if (!record)
        return std::unexpected(record.error());
    if (auto ok = checkAction(record->state.state, LifecycleAction::Attach, nameOrId); !ok)
        return std::unexpected(ok.error());
    if (auto ok = checkMainProcessRoot(*record); !ok)
        return std::unexpected(ok.error().withContext(QStringLiteral("attach %1").arg(record->config.name)));
    return AttachConnection::connect(attachSocketPath(m_store.socketsDir(), record->config.id));
}

Status ContainerEngine::resizeConsole(const QString &nameOrId, int rows, int columns)
{
    auto record = m_store.find(nameOrId);
    if (!record)
        return std::unexpected(record.error());
    return resizeTerminal(m_store.bundleDir(record->config.id) + QStringLiteral("/ctl"), rows, columns);
}

void ContainerEngine::emitEvent(const ContainerRecord &record, const QString &action, QJsonObject attributes) const
{
    attributes.insert(QLatin1String("name"), record.config.name);
    attributes.insert(QLatin1String("image"), record.config.image);
    (void)appendEvent(m_images.paths().root, Event{QDateTime::currentDateTimeUtc(), QStringLiteral("container"), action,
                                                   record.config.id, attributes});
}

QJsonObject ContainerEngine::inspect(const ContainerRecord &record) const
{
    return inspectContainer(m_store, record, layerDirs(record).value_or(QStringList()));
}

Result<QStringList> ContainerEngine::layerDirs(const ContainerRecord &record) const
{
    auto image = m_images.image(record.config.imageId);
    if (!image)
        return fail(QStringLiteral("the image %1 of container %2 is missing").arg(record.config.image, record.config.name));
    QStringList lowers;
    for (const QString &diffId : std::as_const(image->config.diffIds)) {
        auto layer = m_images.layer(diffId);
        if (!layer)
            return std::unexpected(layer.error());
        lowers.append(layer->diffPath);
    }
    return lowers;
}

Status ContainerEngine::exportFilesystem(const QString &nameOrId, int outputFd, Progress &progress)
{
    auto locked = lockContainer(nameOrId);
    if (!locked)
        return std::unexpected(locked.error());
    ContainerRecord *record = &locked->record;
    const QString dir = m_store.dir(record->config.id);
    const bool mounted = record->state.state == ContainerState::Running || record->state.state == ContainerState::Paused;
    if (!mounted) {
        auto lowers = layerDirs(*record);
        if (!lowers)
            return std::unexpected(lowers.error());
        (void)unmountOverlay(dir + QStringLiteral("/merged"));
        if (auto ok = mountOverlay(*lowers, dir + QStringLiteral("/diff"), dir + QStringLiteral("/work"), dir + QStringLiteral("/merged")); !ok)
            return ok;
    }
    Status packed = packTree(dir + QStringLiteral("/merged"), outputFd, PackMode::Filesystem, progress);
    if (!mounted)
        (void)unmountOverlay(dir + QStringLiteral("/merged"));
    return packed;
}

Result<QString> ContainerEngine::commit(const QString &nameOrId, const CommitRequest &request, Progress &progress)
{
    QStringList references;
    if (!request.reference.isEmpty()) {
        auto ref = Reference::parse(request.reference);
        if (!ref)
            return std::unexpected(ref.error());
        references.append(ref->toString());
    }
    auto locked = lockContainer(nameOrId);
    if (!locked)
        return std::unexpected(locked.error());
    ContainerRecord *record = &locked->record;
    auto parent = m_images.image(record->config.imageId);
    if (!parent)
        return fail(QStringLiteral("the image %1 of container %2 is missing").arg(record->config.image, record->config.name));

    // The image's config with the container's settings over it, then the changes.
    QJsonObject config = parent->config.config;
    config.insert(QLatin1String("Cmd"), QJsonArray::fromStringList(record->config.cmd));
    config.insert(QLatin1String("Entrypoint"), record->config.entrypoint.isEmpty() ? QJsonValue() : QJsonValue(QJsonArray::fromStringList(record->config.entrypoint)));
    config.insert(QLatin1String("Env"), QJsonArray::fromStringList(record->config.env));
    if (!record->config.workingDir.isEmpty())
        config.insert(QLatin1String("WorkingDir"), record->config.workingDir);
    if (!record->config.user.isEmpty())
        config.insert(QLatin1String("User"), record->config.user);
    if (!record->config.labels.isEmpty())
        config.insert(QLatin1String("Labels"), record->config.labels);
    if (!record->config.stopSignal.isEmpty())
        config.insert(QLatin1String("StopSignal"), record->config.stopSignal);
    if (config.value(QLatin1String("Entrypoint")).isNull())
        config.remove(QLatin1String("Entrypoint"));
    if (!record->config.ports.isEmpty()) { // published ports become exposed ones, as with Docker
        QJsonObject exposed = config.value(QLatin1String("ExposedPorts")).toObject();
        for (const PortBinding &port : std::as_const(record->config.ports))
            exposed.insert(port.containerKey(), QJsonObject());
        config.insert(QLatin1String("ExposedPorts"), exposed);
    }
    if (auto ok = applyChanges(config, request.changes); !ok)
        return std::unexpected(ok.error());

    auto work = TempWork::create(m_images.paths().tmpDir());
    if (!work)
        return std::unexpected(work.error());
    const QString tarPath = work->subPath(QStringLiteral("layer.tar"));
    const int fd = ::open(QFile::encodeName(tarPath).constData(), O_CREAT | O_RDWR | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        return fail(QStringLiteral("cannot create %1: %2").arg(tarPath, systemErrorText(errno)));
    FdSource tarSource(fd, QStringLiteral("container %1").arg(record->config.name), true);
    const bool running = record->state.state == ContainerState::Running;
    auto rt = runtime();
    if (running && request.pause && rt)
        (void)rt->pause(record->config.id);
    const QString upper = m_store.dir(record->config.id) + QStringLiteral("/diff");
    Status packed = packTree(upper, fd, PackMode::Layer, progress, runcMountPoints(upper));
    if (running && request.pause && rt)
        (void)rt->resume(record->config.id);
    if (!packed)
        return std::unexpected(packed.error());
    ::lseek(fd, 0, SEEK_SET);
    auto layer = m_images.prepareLayer(tarSource, work->subPath(QStringLiteral("layer")), progress);
    if (!layer)
        return std::unexpected(layer.error());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonObject history{{QLatin1String("created"), rfc3339(now)},
                        {QLatin1String("created_by"), record->config.processArgs().join(QLatin1Char(' '))}};
    if (!request.message.isEmpty())
        history.insert(QLatin1String("comment"), request.message);
    if (!request.author.isEmpty())
        history.insert(QLatin1String("author"), request.author);
    ImageConfig base = parent->config;
    if (!request.author.isEmpty())
        base.root.insert(QLatin1String("author"), request.author);
    base.root.insert(QLatin1String("container"), record->config.id);
    const QByteArray configBytes = derivedConfig(base, layer->extracted.diffIdHex, config, history, now);
    auto committed = m_images.commitImage(configBytes, {*layer}, references);
    if (!committed)
        return std::unexpected(committed.error());
    emitEvent(*record, QStringLiteral("commit"));
    return QStringLiteral("sha256:") + Sha256::hexOf(configBytes);
}

QString migrationTag(const QString &containerName)
{
    QString repository;
    for (const QChar c : containerName.toLower())
        repository.append(c.isLetterOrNumber() && c.unicode() < 128 ? c : (c == QLatin1Char('.') || c == QLatin1Char('-') ? c : QLatin1Char('_')));
    while (!repository.isEmpty() && !repository.at(0).isLetterOrNumber())
        repository.remove(0, 1);
    return (repository.isEmpty() ? QStringLiteral("container") : repository) + QStringLiteral(":migrated");
}

Result<QString> ContainerEngine::migrate(const QString &nameOrId, int outputFd, Progress &progress)
{
    auto record = m_store.find(nameOrId);
    if (!record)
        return std::unexpected(record.error());
    CommitRequest request;
    request.reference = migrationTag(record->config.name);
    request.message = QStringLiteral("migrated from container %1").arg(record->config.name);
    auto id = commit(record->config.id, request, progress);
    if (!id)
        return std::unexpected(id.error());
    if (auto saved = m_images.save({request.reference}, outputFd, progress); !saved)
        return std::unexpected(saved.error());
    return request.reference;
}

Result<QList<FileChange>> ContainerEngine::diff(const QString &nameOrId)
{
    auto record = m_store.find(nameOrId);
    if (!record)
        return std::unexpected(record.error());
    auto lowers = layerDirs(*record);
    if (!lowers)
        return std::unexpected(lowers.error());
    const QString upper = m_store.dir(record->config.id) + QStringLiteral("/diff");
    auto inLowers = [&](const QString &relative) {
        for (const QString &lower : std::as_const(*lowers)) {
            struct stat info;
            if (::lstat(QFile::encodeName(lower + relative).constData(), &info) == 0)
                return !(S_ISCHR(info.st_mode) && info.st_rdev == makedev(0, 0));
        }
        return false;
    };
    const QSet<QByteArray> mountPoints = runcMountPoints(upper);
    QList<FileChange> changes;
    QDirIterator it(upper, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = path.mid(upper.size());
        if (mountPoints.contains(QFile::encodeName(relative.mid(1))))
            continue;
        struct stat info;
        if (::lstat(QFile::encodeName(path).constData(), &info) < 0)
            continue;
        if (S_ISCHR(info.st_mode) && info.st_rdev == makedev(0, 0))
            changes.append({QLatin1Char('D'), relative});
        else
            changes.append({inLowers(relative) ? QLatin1Char('C') : QLatin1Char('A'), relative});
    }
    std::sort(changes.begin(), changes.end(), [](const FileChange &a, const FileChange &b) { return a.path < b.path; });
    return changes;
}

Status ContainerEngine::restart(const QString &nameOrId, int timeout)
{
    if (auto ok = refuseInsideChroot(); !ok) // before stopping what could not start again
        return ok;
    if (auto ok = stop(nameOrId, timeout); !ok)
        return ok;
    auto locked = lockContainer(nameOrId);
    if (!locked)
        return std::unexpected(locked.error());
    ContainerRecord &record = locked->record;
    if (record.state.state == ContainerState::Running)
        return {};
    ++record.state.restartCount;
    if (auto ok = startLocked(record); !ok)
        return ok;
    emitEvent(record, QStringLiteral("restart"));
    return {};
}

Status ContainerEngine::rename(const QString &nameOrId, const QString &newName)
{
    const QString name = newName.startsWith(QLatin1Char('/')) ? newName.mid(1) : newName;
    if (auto ok = validateContainerName(name); !ok)
        return ok;
    auto locked = lockContainer(nameOrId);
    if (!locked)
        return std::unexpected(locked.error());
    ContainerRecord *record = &locked->record;
    if (record->config.name == name)
        return fail(QStringLiteral("Renaming a container with the same name as its current name"));
    const QString oldName = record->config.name;
    const QByteArray newLink = QFile::encodeName(m_store.namesDir() + QLatin1Char('/') + name);
    if (::symlink(record->config.id.toLatin1().constData(), newLink.constData()) < 0) {
        if (errno == EEXIST)
            return fail(QStringLiteral("Conflict. The container name \"/%1\" is already in use by container \"%2\". "
                                       "You have to remove (or rename) that container to be able to reuse that name.")
                            .arg(name, QFileInfo(QFile::decodeName(newLink)).symLinkTarget().section(QLatin1Char('/'), -1)));
        return fail(QStringLiteral("cannot rename: %1").arg(systemErrorText(errno)));
    }
    record->config.name = name;
    if (auto ok = writeFileAtomically(m_store.dir(record->config.id) + QStringLiteral("/config.json"),
                                      QJsonDocument(record->config.toJson()).toJson());
        !ok) {
        ::unlink(newLink.constData());
        return ok;
    }
    ::unlink(QFile::encodeName(m_store.namesDir() + QLatin1Char('/') + oldName).constData());
    emitEvent(*record, QStringLiteral("rename"), {{QLatin1String("oldName"), QString(QLatin1Char('/') + oldName)}});
    return {};
}

Result<int> ContainerEngine::wait(const QString &nameOrId)
{
    auto found = m_store.find(nameOrId);
    if (!found)
        return std::unexpected(found.error());
    for (;;) {
        auto record = m_store.read(found->config.id);
        if (!record)
            return fail(QStringLiteral("No such container: %1").arg(nameOrId));
        const ContainerState state = record->state.state;
        if (state == ContainerState::Exited || state == ContainerState::Dead)
            return record->state.exitCode;
        if ((state == ContainerState::Running || state == ContainerState::Paused) && !processAlive(record->state.monitorPid)
            && !processAlive(record->state.pid))
            (void)cleanup(record->config.id);
        QThread::msleep(10);
    }
}

Result<QStringList> ContainerEngine::removeImage(const QString &nameOrId, bool force)
{
    auto image = m_images.image(nameOrId);
    if (!image)
        return std::unexpected(image.error());
    auto records = m_store.list();
    if (!records)
        return std::unexpected(records.error());
    for (const ContainerRecord &record : std::as_const(*records)) {
        if (record.config.imageId != image->id)
            continue;
        const bool live = record.state.state == ContainerState::Running || record.state.state == ContainerState::Paused;
        const bool byReference = Reference::parse(nameOrId) && image->repoTags.contains(Reference::parse(nameOrId)->toString());
        if (live && force)
            return fail(QStringLiteral("conflict: unable to delete %1 (cannot be forced) - image is being used by running container %2")
                            .arg(image->shortId(), record.shortId()));
        if (!force) {
            if (byReference)
                return fail(QStringLiteral("conflict: unable to remove repository reference \"%1\" (must force) - container %2 is using its referenced image %3")
                                .arg(nameOrId, record.shortId(), image->shortId()));
            return fail(QStringLiteral("conflict: unable to delete %1 (must be forced) - image is being used by stopped container %2")
                            .arg(image->shortId(), record.shortId()));
        }
        // Forced, stopped users: untag only; the image stays for its containers.
        QStringList lines;
        for (const QString &tag : std::as_const(image->repoTags)) {
            auto untagged = m_images.untag(tag);
            if (!untagged)
                return std::unexpected(untagged.error());
            lines.append(QStringLiteral("Untagged: ") + tag);
        }
        return lines;
    }
    return m_images.remove(nameOrId, force);
}

Result<QList<QStringList>> ContainerEngine::top(const QString &nameOrId, const QStringList &psOptions)
{
    auto record = m_store.find(nameOrId);
    if (!record)
        return std::unexpected(record.error());
    if (record->state.state != ContainerState::Running && record->state.state != ContainerState::Paused)
        return fail(QStringLiteral("container %1 is not running").arg(nameOrId));
    auto rt = runtime();
    if (!rt)
        return std::unexpected(rt.error());
    QProcess runcPs;
    runcPs.start(rt->path(), {QStringLiteral("--root"), m_store.runtimeRoot(), QStringLiteral("ps"), QStringLiteral("--format"),
                              QStringLiteral("json"), record->config.id});
    if (!runcPs.waitForFinished(10000) || runcPs.exitCode() != 0)
        return fail(QStringLiteral("cannot list the processes of %1").arg(nameOrId));
    QSet<qint64> pids;
    for (const auto &pid : QJsonDocument::fromJson(runcPs.readAllStandardOutput()).array())
        pids.insert(pid.toInteger());
    QProcess ps;
    ps.start(QStringLiteral("ps"), psOptions.isEmpty() ? QStringList{QStringLiteral("-ef")} : psOptions);
    if (!ps.waitForFinished(10000) || ps.exitCode() != 0)
        return fail(QStringLiteral("ps %1 failed: %2").arg(psOptions.join(QLatin1Char(' ')), QString::fromLocal8Bit(ps.readAllStandardError()).trimmed()));
    const QStringList lines = QString::fromLocal8Bit(ps.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.isEmpty())
        return QList<QStringList>();
    const QStringList header = lines.first().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const qsizetype pidColumn = header.indexOf(QStringLiteral("PID"));
    if (pidColumn < 0)
        return fail(QStringLiteral("Couldn't find PID field in ps output"));
    QList<QStringList> rows{header};
    for (const QString &line : lines.mid(1)) {
        QStringList fields = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (fields.size() < header.size() || !pids.contains(fields.at(pidColumn).toLongLong()))
            continue;
        const QString last = fields.mid(header.size() - 1).join(QLatin1Char(' ')); // the command keeps its spaces
        fields = fields.mid(0, header.size() - 1);
        fields.append(last);
        rows.append(fields);
    }
    return rows;
}

Result<QList<ContainerRecord>> ContainerEngine::list()
{
    auto records = m_store.list();
    if (!records)
        return records;
    bool changed = false;
    for (const ContainerRecord &record : std::as_const(*records)) {
        const bool live = record.state.state == ContainerState::Running || record.state.state == ContainerState::Paused;
        if (live && !processAlive(record.state.monitorPid) && !processAlive(record.state.pid)) {
            (void)cleanup(record.config.id); // the monitor vanished: the container is gone
            changed = true;
        }
    }
    return changed ? m_store.list() : records;
}

QString publishedPortsText(const ContainerRecord &record)
{
    QStringList texts;
    for (const PortBinding &port : record.state.network.ports)
        texts.append(port.toText());
    return texts.join(QStringLiteral(", "));
}

QJsonObject portBindingsJson(const QList<PortBinding> &ports)
{
    QJsonObject bindings;
    for (const PortBinding &port : ports) {
        QJsonArray list = bindings.value(port.containerKey()).toArray();
        list.append(QJsonObject{{QLatin1String("HostIp"), port.hostIp},
                                {QLatin1String("HostPort"), port.hostPort ? QString::number(port.hostPort) : QString()}});
        bindings.insert(port.containerKey(), list);
    }
    return bindings;
}

QJsonObject networkSettingsJson(const ContainerRecord &record)
{
    const ContainerNetworkState &net = record.state.network;
    QJsonObject networks;
    if (net.isConnected())
        networks.insert(net.network, QJsonObject{{QLatin1String("NetworkID"), net.networkId},
                                                 {QLatin1String("Gateway"), net.gateway},
                                                 {QLatin1String("IPAddress"), net.address},
                                                 {QLatin1String("IPPrefixLen"), net.prefixLength},
                                                 {QLatin1String("MacAddress"), net.macAddress}});
    else if (!isSpecialNetworkMode(record.config.networkMode) || record.config.networkMode == QLatin1String("host"))
        networks.insert(record.config.networkMode, QJsonObject{{QLatin1String("NetworkID"), QString()},
                                                               {QLatin1String("IPAddress"), QString()}});
    return {{QLatin1String("SandboxKey"), net.isConnected() ? networkNamespacePath(net.namespaceName) : QString()},
            {QLatin1String("Ports"), portBindingsJson(net.isConnected() ? net.ports : QList<PortBinding>())},
            {QLatin1String("IPAddress"), net.address},
            {QLatin1String("IPPrefixLen"), net.prefixLength},
            {QLatin1String("Gateway"), net.gateway},
            {QLatin1String("MacAddress"), net.macAddress},
            {QLatin1String("Networks"), networks}};
}

QJsonObject inspectContainer(const ContainerStore &store, const ContainerRecord &record, const QStringList &layerDirs)
{
    const ContainerConfig &c = record.config;
    const ContainerRuntimeState &s = record.state;
    const QString dir = store.dir(c.id);
    QStringList lowers;
    for (auto it = layerDirs.crbegin(); it != layerDirs.crend(); ++it)
        lowers.append(*it);
    QJsonArray mounts;
    QJsonArray binds;
    for (const BindMount &mount : c.volumes) {
        mounts.append(QJsonObject{{QLatin1String("Type"), QStringLiteral("bind")}, {QLatin1String("Source"), mount.source},
                                  {QLatin1String("Destination"), mount.destination}, {QLatin1String("Mode"), mount.readOnly ? QStringLiteral("ro") : QString()},
                                  {QLatin1String("RW"), !mount.readOnly}, {QLatin1String("Propagation"), QStringLiteral("rprivate")}});
        binds.append(QString(mount.source + QLatin1Char(':') + mount.destination + (mount.readOnly ? QStringLiteral(":ro") : QString())));
    }
    const QStringList args = c.processArgs();
    const auto time = [](const QDateTime &t) { return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QStringLiteral("0001-01-01T00:00:00Z"); };
    return {
        {QLatin1String("Id"), c.id},
        {QLatin1String("Created"), time(c.created)},
        {QLatin1String("Path"), args.value(0)},
        {QLatin1String("Args"), QJsonArray::fromStringList(args.mid(1))},
        {QLatin1String("State"), QJsonObject{{QLatin1String("Status"), stateName(s.state)},
                                             {QLatin1String("Running"), s.state == ContainerState::Running || s.state == ContainerState::Paused},
                                             {QLatin1String("Paused"), s.state == ContainerState::Paused},
                                             {QLatin1String("Restarting"), false},
                                             {QLatin1String("OOMKilled"), false},
                                             {QLatin1String("Dead"), s.state == ContainerState::Dead},
                                             {QLatin1String("Pid"), s.pid},
                                             {QLatin1String("ExitCode"), s.exitCode},
                                             {QLatin1String("Error"), QString()},
                                             {QLatin1String("StartedAt"), time(s.startedAt)},
                                             {QLatin1String("FinishedAt"), time(s.finishedAt)}}},
        {QLatin1String("Image"), c.imageId},
        {QLatin1String("ResolvConfPath"), QString(dir + QStringLiteral("/resolv.conf"))},
        {QLatin1String("HostnamePath"), QString(dir + QStringLiteral("/hostname"))},
        {QLatin1String("HostsPath"), QString(dir + QStringLiteral("/hosts"))},
        {QLatin1String("LogPath"), QString(dir + QStringLiteral("/ctr.log"))},
        {QLatin1String("Name"), QString(QLatin1Char('/') + c.name)},
        {QLatin1String("RestartCount"), s.restartCount},
        {QLatin1String("Driver"), QStringLiteral("overlay")},
        {QLatin1String("Platform"), QStringLiteral("linux")},
        {QLatin1String("HostConfig"), QJsonObject{{QLatin1String("Binds"), binds},
                                                  {QLatin1String("AutoRemove"), c.autoRemove},
                                                  {QLatin1String("Memory"), c.memory},
                                                  {QLatin1String("PidsLimit"), c.pidsLimit},
                                                  {QLatin1String("NetworkMode"), c.networkMode},
                                                  {QLatin1String("PortBindings"), portBindingsJson(c.ports)},
                                                  {QLatin1String("RestartPolicy"), QJsonObject{{QLatin1String("Name"), QStringLiteral("no")},
                                                                                              {QLatin1String("MaximumRetryCount"), 0}}}}},
        {QLatin1String("GraphDriver"), QJsonObject{{QLatin1String("Name"), QStringLiteral("overlay")},
                                                   {QLatin1String("Data"), QJsonObject{{QLatin1String("LowerDir"), lowers.join(QLatin1Char(':'))},
                                                                                       {QLatin1String("UpperDir"), QString(dir + QStringLiteral("/diff"))},
                                                                                       {QLatin1String("WorkDir"), QString(dir + QStringLiteral("/work"))},
                                                                                       {QLatin1String("MergedDir"), QString(dir + QStringLiteral("/merged"))}}}}},
        {QLatin1String("Mounts"), mounts},
        {QLatin1String("Config"), QJsonObject{{QLatin1String("Hostname"), c.hostname},
                                              {QLatin1String("User"), c.user},
                                              {QLatin1String("Tty"), c.tty},
                                              {QLatin1String("OpenStdin"), c.openStdin},
                                              {QLatin1String("Env"), QJsonArray::fromStringList(c.env)},
                                              {QLatin1String("Cmd"), QJsonArray::fromStringList(c.cmd)},
                                              {QLatin1String("Image"), c.image},
                                              {QLatin1String("WorkingDir"), c.workingDir},
                                              {QLatin1String("Entrypoint"), c.entrypoint.isEmpty() ? QJsonValue() : QJsonValue(QJsonArray::fromStringList(c.entrypoint))},
                                              {QLatin1String("Labels"), c.labels},
                                              {QLatin1String("StopSignal"), c.stopSignal.isEmpty() ? QStringLiteral("SIGTERM") : c.stopSignal},
                                              {QLatin1String("StopTimeout"), c.stopTimeout}}},
        {QLatin1String("NetworkSettings"), networkSettingsJson(record)},
    };
}

QString dockerStatus(const ContainerRecord &record, const QDateTime &now)
{
    switch (record.state.state) {
    case ContainerState::Created:
        return QStringLiteral("Created");
    case ContainerState::Running:
        return QStringLiteral("Up ") + humanDuration(record.state.startedAt.msecsTo(now));
    case ContainerState::Paused:
        return QStringLiteral("Up ") + humanDuration(record.state.startedAt.msecsTo(now)) + QStringLiteral(" (Paused)");
    case ContainerState::Exited:
        return QStringLiteral("Exited (%1) %2 ago").arg(record.state.exitCode).arg(humanDuration(record.state.finishedAt.msecsTo(now)));
    case ContainerState::Removing:
        return QStringLiteral("Removal In Progress");
    case ContainerState::Dead:
        return QStringLiteral("Dead");
    }
    return {};
}

} // namespace porthole
