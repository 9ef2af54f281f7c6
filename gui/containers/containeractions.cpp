#include "gui/containers/containeractions.h"

#include <QCoreApplication>

using porthole::LifecycleAction;

QList<ContainerActionInfo> containerActions()
{
    return {
        {LifecycleAction::Start, QCoreApplication::translate("ContainerActions", "Start"), QStringLiteral("start"), QKeySequence(Qt::CTRL | Qt::Key_Return)},
        {LifecycleAction::Stop, QCoreApplication::translate("ContainerActions", "Stop"), QStringLiteral("stop"), QKeySequence(Qt::CTRL | Qt::Key_Period)},
        {LifecycleAction::Restart, QCoreApplication::translate("ContainerActions", "Restart"), QStringLiteral("restart"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)},
        {LifecycleAction::Pause, QCoreApplication::translate("ContainerActions", "Pause"), QStringLiteral("pause"), QKeySequence(Qt::CTRL | Qt::Key_P)},
        {LifecycleAction::Unpause, QCoreApplication::translate("ContainerActions", "Unpause"), QStringLiteral("unpause"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)},
        {LifecycleAction::Kill, QCoreApplication::translate("ContainerActions", "Kill"), QStringLiteral("kill"), QKeySequence(Qt::CTRL | Qt::Key_K)},
        {LifecycleAction::Remove, QCoreApplication::translate("ContainerActions", "Remove"), QStringLiteral("rm"), QKeySequence(Qt::Key_Delete)},
        {LifecycleAction::ForceRemove, QCoreApplication::translate("ContainerActions", "Force remove"), QStringLiteral("rm -f"), QKeySequence(Qt::SHIFT | Qt::Key_Delete)},
    };
}

namespace {

// Allowed and not a no-op: stopping a stopped container is allowed (as in
// Docker) but the button would do nothing.
bool changesSomething(LifecycleAction action, porthole::ContainerState state)
{
    using porthole::ContainerState;
    const bool live = state == ContainerState::Running || state == ContainerState::Paused;
    switch (action) {
    case LifecycleAction::Start: return state == ContainerState::Created || state == ContainerState::Exited;
    case LifecycleAction::Stop:
    case LifecycleAction::Kill: return live;
    default: return true;
    }
}

} // namespace

bool actionPossibleForAny(LifecycleAction action, const QList<porthole::ContainerState> &states)
{
    return std::any_of(states.begin(), states.end(), [action](porthole::ContainerState state) {
        return changesSomething(action, state) && porthole::checkAction(state, action, QString()).has_value();
    });
}

QString equivalentCommand(LifecycleAction action, const QStringList &names, int stopTimeout)
{
    QString verb;
    for (const ContainerActionInfo &info : containerActions())
        if (info.action == action)
            verb = info.verb;
    if (action == LifecycleAction::Stop || action == LifecycleAction::Restart)
        verb += QStringLiteral(" -t %1").arg(stopTimeout);
    return QStringLiteral("porthole %1 %2").arg(verb, names.join(QLatin1Char(' ')));
}

porthole::Status applyContainerAction(porthole::ContainerEngine &engine, LifecycleAction action, const QString &id, int stopTimeout)
{
    switch (action) {
    case LifecycleAction::Start: return engine.start(id);
    case LifecycleAction::Stop: return engine.stop(id, stopTimeout);
    case LifecycleAction::Restart: return engine.restart(id, stopTimeout);
    case LifecycleAction::Kill: return engine.kill(id);
    case LifecycleAction::Pause: return engine.pause(id);
    case LifecycleAction::Unpause: return engine.unpause(id);
    case LifecycleAction::Remove: return engine.remove(id, false);
    case LifecycleAction::ForceRemove: return engine.remove(id, true);
    default: return porthole::fail(QCoreApplication::translate("ContainerActions", "not a command the window runs"));
    }
}
