// stop, kill, pause, unpause, rm and wait: the transitions of a running
// container, each checked by the state machine under the container's lock.
#include "containers/containerengine.h"

#include "layers/rootfs.h"
#include "runtime/childprocess.h"

#include <QThread>
#include <cstring>

namespace porthole {
namespace {

QString signalName(const QString &signal)
{
    QString name = signal.toUpper();
    if (name.startsWith(QLatin1String("SIG")))
        name = name.mid(3);
    return name.isEmpty() ? QStringLiteral("TERM") : name;
}

} // namespace

// A signal Docker knows: a number from 1 to 64 or a name (SIGUSR1, usr1).
bool isSignal(const QString &signal)
{
    bool numeric = false;
    const int number = signal.toInt(&numeric);
    if (numeric)
        return number >= 1 && number <= 64;
    const QString name = signalName(signal);
    for (int i = 1; i < 32; ++i)
        if (const char *abbrev = sigabbrev_np(i); abbrev && name == QLatin1String(abbrev))
            return true;
    return false;
}

Status ContainerEngine::stop(const QString &nameOrId, int timeout)
{
    auto locked = lockForAction(nameOrId, LifecycleAction::Stop);
    if (!locked)
        return std::unexpected(locked.error());
    ContainerRecord *record = &locked->record;
    if (!record->state.isLive()) {
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
    const QString &id = record->config.id;
    (void)rt->kill(id, signalName(record->config.stopSignal));
    if (record->state.state == ContainerState::Paused)
        (void)rt->resume(id);
    emitEvent(*record, QStringLiteral("kill"), {{QLatin1String("signal"), signalName(record->config.stopSignal)}});
    reportStop({StopPhase::SignalSent, id, signalName(record->config.stopSignal), seconds});
    if (!waitForExit(*record, seconds * 1000)) {
        reportStop({StopPhase::KillNext, id});
        (void)rt->kill(id, QStringLiteral("KILL"), true);
        emitEvent(*record, QStringLiteral("kill"), {{QLatin1String("signal"), QStringLiteral("KILL")}});
        if (auto ok = waitForExit(*record, 10000); !ok)
            return ok;
    }
    if (auto ok = cleanupLocked(*record); !ok)
        return std::unexpected(ok.error());
    emitEvent(*record, QStringLiteral("stop"));
    reportStop({StopPhase::Exited, id, {}, 0, record->state.exitCode});
    return {};
}

Status ContainerEngine::kill(const QString &nameOrId, const QString &signal)
{
    if (!signal.isEmpty() && !isSignal(signal))
        return fail(QStringLiteral("Invalid signal: %1").arg(signal));
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

Status ContainerEngine::remove(const QString &nameOrId, bool force, bool removeVolumes)
{
    auto locked = lockForAction(nameOrId, force ? LifecycleAction::ForceRemove : LifecycleAction::Remove);
    if (!locked)
        return std::unexpected(locked.error());
    ContainerRecord *record = &locked->record;
    if (record->state.isLive()) {
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
    (void)unmountOverlay(m_store.rootfsDir(record->config.id));
    if (auto ok = m_store.remove(*record); !ok)
        return ok;
    emitEvent(*record, QStringLiteral("destroy"));
    if (removeVolumes)
        removeAnonymousVolumes(*record);
    return {};
}

Result<int> ContainerEngine::wait(const QString &nameOrId, const Progress *cancel)
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
        if (record->state.isLive() && !processAlive(record->state.monitorPid)
            && !processAlive(record->state.pid))
            (void)cleanup(record->config.id);
        if (cancel && cancel->isCancelled())
            return fail(QStringLiteral("cancelled"));
        QThread::msleep(10);
    }
}

Status ContainerEngine::apply(LifecycleAction action, const QString &nameOrId, int stopTimeout)
{
    switch (action) {
    case LifecycleAction::Start: return start(nameOrId);
    case LifecycleAction::Stop: return stop(nameOrId, stopTimeout);
    case LifecycleAction::Restart: return restart(nameOrId, stopTimeout);
    case LifecycleAction::Kill: return kill(nameOrId);
    case LifecycleAction::Pause: return pause(nameOrId);
    case LifecycleAction::Unpause: return unpause(nameOrId);
    case LifecycleAction::Remove: return remove(nameOrId, false);
    case LifecycleAction::ForceRemove: return remove(nameOrId, true);
    case LifecycleAction::Exec:
    case LifecycleAction::Attach:
    case LifecycleAction::Exit: break;
    }
    return fail(QStringLiteral("%1 is not a lifecycle command").arg(actionName(action)));
}

} // namespace porthole
