#include "gui/containers/containeractions.h"

#include "cli/spelling.h"

#include <QCoreApplication>

using porthole::LifecycleAction;

QList<ContainerActionInfo> containerActions()
{
    return {
        {LifecycleAction::Start, QCoreApplication::translate("ContainerActions", "Start"), QStringLiteral("action_start"), QKeySequence(Qt::CTRL | Qt::Key_Return)},
        {LifecycleAction::Stop, QCoreApplication::translate("ContainerActions", "Stop"), QStringLiteral("action_stop"), QKeySequence(Qt::CTRL | Qt::Key_Period)},
        {LifecycleAction::Restart, QCoreApplication::translate("ContainerActions", "Restart"), QStringLiteral("action_restart"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)},
        {LifecycleAction::Pause, QCoreApplication::translate("ContainerActions", "Pause"), QStringLiteral("action_pause"), QKeySequence(Qt::CTRL | Qt::Key_P)},
        {LifecycleAction::Unpause, QCoreApplication::translate("ContainerActions", "Unpause"), QStringLiteral("action_unpause"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)},
        {LifecycleAction::Kill, QCoreApplication::translate("ContainerActions", "Kill"), QStringLiteral("action_kill"), QKeySequence(Qt::CTRL | Qt::Key_K)},
        {LifecycleAction::Remove, QCoreApplication::translate("ContainerActions", "Remove"), QStringLiteral("action_rm"), QKeySequence(Qt::Key_Delete)},
        {LifecycleAction::ForceRemove, QCoreApplication::translate("ContainerActions", "Force remove"), QStringLiteral("action_rm_force"), QKeySequence(Qt::SHIFT | Qt::Key_Delete)},
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
    return porthole::spellLifecycleCommand(action, names, stopTimeout);
}

QString commandWords(LifecycleAction action)
{
    return porthole::spellLifecycleCommand(action, {}).section(QLatin1Char(' '), 1);
}
