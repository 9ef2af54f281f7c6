// start, restart and the exit: mount the overlay, join the network, write
// the OCI bundle, launch conmon and the runtime; record the exit and apply
// the restart policy.
#include "containers/containerengine.h"

#include "base/fsutil.h"
#include "base/storepaths.h"
#include "containers/containeruser.h"
#include "containers/rootoverlay.h"
#include "layers/rootfs.h"
#include "network/netns.h"
#include "network/usermodenet.h"
#include "runtime/childprocess.h"
#include "runtime/conmon.h"
#include "runtime/rootcheck.h"
#include "runtime/usernamespace.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QThread>

namespace porthole {

namespace {

// The OCI process and mounts of a container, Docker's defaults filled in.
RuntimeSpecInput specInput(const ContainerRecord &record, const QString &rootfs, const ContainerUser &user, bool hostNetwork)
{
    RuntimeSpecInput input;
    input.rootfs = rootfs;
    input.args = record.config.processArgs();
    input.env = record.config.env;
    if (!std::any_of(input.env.begin(), input.env.end(), [](const QString &e) { return e.startsWith(QLatin1String("PATH=")); }))
        input.env.prepend(QStringLiteral("PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"));
    input.env.append(QStringLiteral("HOSTNAME=") + record.config.hostname);
    if (record.config.tty)
        input.env.append(QStringLiteral("TERM=xterm"));
    input.cwd = record.config.workingDir.isEmpty() ? QStringLiteral("/") : record.config.workingDir;
    input.uid = user.uid;
    input.gid = user.gid;
    // runc exec adds its groups to the main process's: root's stay empty so
    // that an exec as another user gets only its own.
    input.additionalGids = record.config.user.isEmpty() ? user.additionalGids : processGroups(user);
    input.terminal = record.config.tty;
    input.hostname = record.config.hostname;
    input.hostNetwork = hostNetwork;
    if (record.state.network.isConnected())
        input.networkNamespace = networkNamespacePath(record.state.network.namespaceName);
    input.memoryLimit = record.config.memory;
    input.pidsLimit = record.config.pidsLimit;
    input.cgroupsPath = QStringLiteral("/porthole/") + record.config.id;
    input.rootless = runningRootless();
    input.ttyGroupMapped = !input.rootless || idMapped("/proc/self/gid_map", 5);
    return input;
}

// --init: a static init (tini or catatonit) bound in as /dev/init, in front of the command.
Status addInit(RuntimeSpecInput &input)
{
    QString init;
    for (const QString &candidate : {QStringLiteral("/usr/bin/tini-static"), QStringLiteral("/usr/bin/catatonit"), QStringLiteral("/usr/libexec/podman/catatonit")})
        if (init.isEmpty() && QFileInfo(candidate).isExecutable())
            init = candidate;
    if (init.isEmpty())
        return fail(QStringLiteral("--init needs a static init: install tini or catatonit (apt-get install tini)"));
    input.binds.append({init, QStringLiteral("/dev/init"), true});
    input.args = QStringList{QStringLiteral("/dev/init"), QStringLiteral("--")} + input.args;
    return {};
}

} // namespace

// The overlay of the image's layers under the writable layer, mounted at
// the container's root, after clearing what an earlier run left.
Status ContainerEngine::mountRootfs(ContainerRecord &record, const OciRuntime &rt)
{
    auto lowers = layerDirs(record);
    if (!lowers)
        return std::unexpected(lowers.error());
    const QString &id = record.config.id;
    (void)unmountOverlay(m_store.rootfsDir(id));
    if (QFileInfo::exists(m_store.runtimeRoot() + QLatin1Char('/') + id))
        (void)rt.remove(id); // a leftover of an earlier run
    disconnectNetwork(record); // likewise
    if (auto ok = mountContainerOverlay(*lowers, m_store.writableLayerDir(id), m_store.overlayWorkDir(id), m_store.rootfsDir(id)); !ok)
        return ok;
    // Shown by the window beside the seed's step: translated when it has a translator.
    reportStep(RunStep::AddWritableLayer,
               QCoreApplication::translate("porthole::ContainerEngine", "%1 read-only + 1 writable (overlayfs)").arg(lowers->size()), id);
    return {};
}

// The bundle: /etc files, then config.json with the process (as user), mounts and limits.
Status ContainerEngine::writeBundle(const ContainerRecord &record, const ContainerUser &user, const QList<BindMount> &mounts)
{
    const QString &id = record.config.id;
    const QString dir = m_store.dir(id);
    const bool hostNetwork = record.config.networkMode == QLatin1String("host");
    if (auto ok = writeEtcFiles(dir, {record.config.hostname, record.config.name, record.state.network.address, hostNetwork}); !ok)
        return ok;
    if (runningRootless() && record.state.network.isConnected()) // slirp4netns's name server forwards to the host's
        if (auto ok = replaceFile(dir + QStringLiteral("/resolv.conf"),
                                  userModeResolvConf(readWholeFile(QStringLiteral("/etc/resolv.conf")).value_or(QByteArray())));
            !ok)
            return ok;
    QStringList networkIds;
    for (const NetworkAttachment &attachment : record.state.network.attachments())
        networkIds.append(attachment.networkId);
    refreshNetworkHosts(networkIds, id); // its own /etc/hosts and its peers' on user networks
    RuntimeSpecInput input = specInput(record, m_store.rootfsDir(id), user, hostNetwork);
    input.binds += mounts;
    input.consoleRows = m_consoleRows;
    input.consoleColumns = m_consoleColumns;
    input.binds.prepend({dir + QStringLiteral("/resolv.conf"), QStringLiteral("/etc/resolv.conf"), false});
    input.binds.prepend({dir + QStringLiteral("/hosts"), QStringLiteral("/etc/hosts"), false});
    input.binds.prepend({dir + QStringLiteral("/hostname"), QStringLiteral("/etc/hostname"), false});
    if (record.config.init)
        if (auto ok = addInit(input); !ok)
            return ok;
    const QString bundle = m_store.bundleDir(id);
    for (const QString &d : {bundle, m_store.exitsDir(), m_store.socketsDir(), m_store.runtimeRoot()})
        if (auto ok = makeDirectories(d); !ok)
            return ok;
    QFile::remove(m_store.exitsDir() + QLatin1Char('/') + id);
    return replaceFile(bundle + QStringLiteral("/config.json"), QJsonDocument(buildRuntimeSpec(input)).toJson());
}

// conmon, which runs `runc create` and stays with the container; returns
// the container's pid.
Result<qint64> ContainerEngine::launchMonitor(const ContainerRecord &record, const OciRuntime &rt, bool stdinOnce)
{
    ConmonLaunch launch;
    launch.conmon = QStandardPaths::findExecutable(QStringLiteral("conmon"));
    if (launch.conmon.isEmpty())
        return fail(QStringLiteral("conmon was not found: install it (apt-get install conmon)"));
    launch.runtime = rt.path();
    launch.runtimeRoot = m_store.runtimeRoot();
    launch.id = record.config.id;
    launch.name = record.config.name;
    launch.bundle = m_store.bundleDir(record.config.id);
    launch.logPath = m_store.logPath(record.config.id);
    launch.exitDir = m_store.exitsDir();
    launch.socketDir = m_store.socketsDir();
    launch.exitCommand = exitCommand(record.config.id);
    launch.terminal = record.config.tty;
    launch.stdinOpen = record.config.openStdin;
    launch.leaveStdinOpen = !stdinOnce;
    return launchConmon(launch);
}

Status ContainerEngine::recordStarted(ContainerRecord &record, qint64 pid)
{
    record.state.state = ContainerState::Running;
    record.state.pid = pid;
    record.state.monitorPid = readWholeFile(m_store.bundleDir(record.config.id) + QStringLiteral("/conmon.pid"))
                                  .value_or(QByteArray()).trimmed().toLongLong();
    record.state.exitCode = 0;
    record.state.stoppedByUser = false;
    record.state.startedAt = QDateTime::currentDateTimeUtc();
    record.state.finishedAt = QDateTime();
    if (auto ok = m_store.saveState(record.config.id, record.state); !ok)
        return ok;
    // Said once the record says running: a window that sees the last step
    // done may exec into the container at once.
    reportStep(RunStep::StartCommand, QStringLiteral("pid %1: %2").arg(pid).arg(record.config.processArgs().join(QLatin1Char(' '))), record.config.id);
    emitEvent(record, QStringLiteral("start"));
    return {};
}

// The steps of the seed's start: the writable layer, an address, the
// bundle, the monitor and the runtime; undone in reverse on any failure.
Status ContainerEngine::startLocked(ContainerRecord &record, const StartHook &afterCreate, bool stdinOnce)
{
    if (auto ok = refuseInsideChroot(); !ok)
        return ok;
    auto rt = runtime();
    if (!rt)
        return std::unexpected(rt.error());
    const QString what = QStringLiteral("start %1").arg(record.config.name);
    if (auto ok = mountRootfs(record, *rt); !ok)
        return std::unexpected(ok.error().withContext(what + QStringLiteral(": mount the root file system")));
    std::optional<VolumeMounts> volumes;
    auto undo = [&](const Error &error, const QString &step) -> Status {
        (void)rt->remove(record.config.id);
        disconnectNetwork(record);
        (void)unmountOverlay(m_store.rootfsDir(record.config.id));
        if (volumes) {
            volumes.reset(); // its lock first
            unmountVolumes(record);
        }
        return std::unexpected(step.isEmpty() ? error : error.withContext(what + QStringLiteral(": ") + step));
    };
    if (auto ok = connectNetwork(record); !ok)
        return undo(ok.error(), QStringLiteral("connect to the network"));
    const ContainerNetworkState &net = record.state.network;
    reportStep(RunStep::AllocateAddress, net.isConnected() ? QStringLiteral("%1 ← %2").arg(net.address, net.network)
                                                           : QStringLiteral("--network %1").arg(record.config.networkMode),
               record.config.id);
    // -u names a user of the image: Docker's words when it has none.
    auto user = resolveUser(record.config.user, m_store.rootfsDir(record.config.id));
    if (!user)
        return undo(user.error(), {});
    auto mounted = mountVolumes(record); // the volumes' lock is held until the runtime has mounted them
    if (!mounted)
        return undo(mounted.error(), QStringLiteral("mount the volumes"));
    volumes.emplace(std::move(*mounted));
    if (auto ok = writeBundle(record, *user, volumes->mounts); !ok)
        return undo(ok.error(), QStringLiteral("write the bundle"));
    auto pid = launchMonitor(record, *rt, stdinOnce);
    if (!pid) // a command that cannot start is told in Docker's words (exit 126/127)
        return undo(pid.error(), pid.error().exitCode == 126 || pid.error().exitCode == 127 ? QString() : QStringLiteral("create the container"));
    volumes->lock.reset(); // the runtime has made its mounts
    // The runtime has made the container's init: its root must be the
    // overlay, or the command would run elsewhere (see rootcheck.h).
    if (auto ok = checkProcessRoot(*pid, m_store.rootfsDir(record.config.id)); !ok)
        return undo(ok.error(), QStringLiteral("check the container's root"));
    if (afterCreate)
        if (auto ok = afterCreate(record); !ok)
            return undo(ok.error(), QStringLiteral("attach"));
    if (auto ok = rt->start(record.config.id); !ok)
        return undo(ok.error(), QStringLiteral("run the command"));
    return recordStarted(record, *pid);
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
    record.state.restartCount = 0; // counts the policy's restarts only; the user's restart resets it, as Docker's
    if (auto ok = startLocked(record); !ok)
        return ok;
    emitEvent(record, QStringLiteral("restart"));
    return {};
}

Result<bool> ContainerEngine::cleanupLocked(ContainerRecord &record)
{
    if (!record.state.isLive())
        return false;
    const QString exitFile = m_store.exitsDir() + QLatin1Char('/') + record.config.id;
    // conmon writes the exit file just after the process is reaped.
    for (int i = 0; i < 50 && !QFileInfo::exists(exitFile) && processAlive(record.state.monitorPid); ++i)
        QThread::msleep(10);
    auto code = readWholeFile(exitFile);
    // No exit file while its monitor still runs: this is the late exit command
    // of an earlier run (restart started a new one meanwhile), not this run's end.
    if (!code && processAlive(record.state.monitorPid))
        return false;
    record.state.exitCode = code ? code->trimmed().toInt() : 255; // 255: the monitor vanished
    if (auto rt = runtime())
        (void)rt->remove(record.config.id);
    disconnectNetwork(record);
    if (auto ok = unmountOverlay(m_store.rootfsDir(record.config.id)); !ok)
        return std::unexpected(ok.error());
    unmountVolumes(record);
    record.state.state = ContainerState::Exited;
    record.state.pid = 0;
    record.state.monitorPid = 0;
    record.state.finishedAt = QDateTime::currentDateTimeUtc();
    if (auto ok = m_store.saveState(record.config.id, record.state); !ok)
        return std::unexpected(ok.error());
    emitEvent(record, QStringLiteral("die"), {{QLatin1String("exitCode"), QString::number(record.state.exitCode)}});
    if (record.config.autoRemove) { // --rm: its anonymous volumes go too, as Docker's
        if (auto ok = m_store.remove(record); !ok)
            return std::unexpected(ok.error());
        emitEvent(record, QStringLiteral("destroy"));
        removeAnonymousVolumes(record);
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

} // namespace porthole
