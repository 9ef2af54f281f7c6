#include "containers/lifecycle.h"

#include "runtime/usernamespace.h"

namespace porthole {

QString stateName(ContainerState state)
{
    switch (state) {
    case ContainerState::Created: return QStringLiteral("created");
    case ContainerState::Running: return QStringLiteral("running");
    case ContainerState::Paused: return QStringLiteral("paused");
    case ContainerState::Exited: return QStringLiteral("exited");
    case ContainerState::Removing: return QStringLiteral("removing");
    case ContainerState::Dead: return QStringLiteral("dead");
    }
    return {};
}

Result<ContainerState> stateFromName(const QString &name)
{
    for (auto state : {ContainerState::Created, ContainerState::Running, ContainerState::Paused,
                       ContainerState::Exited, ContainerState::Removing, ContainerState::Dead})
        if (stateName(state) == name)
            return state;
    return fail(QStringLiteral("unknown container state \"%1\"").arg(name));
}

QString actionName(LifecycleAction action)
{
    switch (action) {
    case LifecycleAction::Start: return QStringLiteral("start");
    case LifecycleAction::Stop: return QStringLiteral("stop");
    case LifecycleAction::Kill: return QStringLiteral("kill");
    case LifecycleAction::Restart: return QStringLiteral("restart");
    case LifecycleAction::Pause: return QStringLiteral("pause");
    case LifecycleAction::Unpause: return QStringLiteral("unpause");
    case LifecycleAction::Remove: return QStringLiteral("rm");
    case LifecycleAction::ForceRemove: return QStringLiteral("rm -f");
    case LifecycleAction::Exec: return QStringLiteral("exec");
    case LifecycleAction::Attach: return QStringLiteral("attach");
    case LifecycleAction::Exit: return QStringLiteral("exit");
    }
    return {};
}

Status checkAction(ContainerState state, LifecycleAction action, const QString &container)
{
    const bool running = state == ContainerState::Running;
    const bool paused = state == ContainerState::Paused;
    if (state == ContainerState::Removing && action != LifecycleAction::ForceRemove)
        return fail(QStringLiteral("container %1 is marked for removal and cannot be %2ed").arg(container, actionName(action)));
    switch (action) {
    case LifecycleAction::Start:
        if (paused)
            return fail(QStringLiteral("cannot start a paused container, try unpause instead"));
        if (state == ContainerState::Dead)
            return fail(QStringLiteral("container %1 is dead and cannot be started").arg(container));
        return {}; // starting a running container is a no-op, as in Docker
    case LifecycleAction::Stop:
    case LifecycleAction::Restart:
        return {}; // stopping a stopped container is not an error
    case LifecycleAction::Kill:
        if (!running && !paused)
            return fail(QStringLiteral("Container %1 is not running").arg(container));
        return {};
    case LifecycleAction::Pause:
        if (paused)
            return fail(QStringLiteral("Container %1 is already paused").arg(container));
        if (!running)
            return fail(QStringLiteral("Container %1 is not running").arg(container));
        return refuseRootlessPause(); // no freezer for a normal user on cgroup v1 (the diagram greys it with this)
    case LifecycleAction::Unpause:
        if (!paused)
            return fail(QStringLiteral("Container %1 is not paused").arg(container));
        return {};
    case LifecycleAction::Remove:
        if (running || paused)
            return fail(paused ? QStringLiteral("You cannot remove a paused container %1. Unpause and then stop the container before "
                                                "attempting removal or force remove")
                                        .arg(container)
                               : QStringLiteral("You cannot remove a running container %1. Stop the container before attempting removal or "
                                                "force remove")
                                     .arg(container));
        return {};
    case LifecycleAction::ForceRemove:
        return {};
    case LifecycleAction::Exec:
    case LifecycleAction::Attach:
        if (paused)
            return fail(QStringLiteral("Container %1 is paused, unpause the container before %2").arg(container, actionName(action)));
        if (!running)
            return fail(QStringLiteral("Container %1 is not running").arg(container));
        return {};
    case LifecycleAction::Exit:
        if (!running && !paused)
            return fail(QStringLiteral("Container %1 is not running").arg(container));
        return {};
    }
    return {};
}

ContainerState stateAfter(ContainerState state, LifecycleAction action)
{
    switch (action) {
    case LifecycleAction::Start:
    case LifecycleAction::Restart:
    case LifecycleAction::Unpause:
        return ContainerState::Running;
    case LifecycleAction::Stop:
    case LifecycleAction::Kill:
    case LifecycleAction::Exit:
        return state == ContainerState::Created ? ContainerState::Created : ContainerState::Exited;
    case LifecycleAction::Pause:
        return ContainerState::Paused;
    case LifecycleAction::Remove:
    case LifecycleAction::ForceRemove:
        return ContainerState::Removing;
    case LifecycleAction::Exec:
    case LifecycleAction::Attach:
        return state;
    }
    return state;
}

} // namespace porthole
