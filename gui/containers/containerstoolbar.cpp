#include "gui/containers/containerstoolbar.h"

#include "cli/spelling.h"
#include "gui/containers/containeractions.h"
#include "gui/containers/containerlistmodel.h"
#include "gui/transfers/dropdialog.h"

#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QShortcut>

ContainersToolbar::ContainersToolbar(ContainerFilter *filter, QWidget *parent) : QToolBar(tr("Containers"), parent)
{
    setObjectName(QStringLiteral("containersToolbar"));
    m_new = addAction(tr("New…"), this, &ContainersToolbar::newContainerRequested);
    m_new->setObjectName(QStringLiteral("newContainerAction"));
    m_new->setShortcut(QKeySequence::New);
    m_new->setToolTip(tr("Create or run a container (%1)").arg(m_new->shortcut().toString(QKeySequence::NativeText)));
    addSeparator();
    addLifecycleActions();
    addSeparator();
    m_export = addAction(tr("Export…"), this, &ContainersToolbar::exportRequested);
    m_export->setObjectName(QStringLiteral("exportAction"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_export->setToolTip(tr("Export the container's filesystem as a tar (%1)").arg(porthole::spellCommand(QStringLiteral("container export"))));
    m_migrate = new QAction(tr("Migrate with settings…"), this); // in the context menu only
    m_migrate->setObjectName(QStringLiteral("migrateAction"));
    m_migrate->setToolTip(tr("Commit the container and save the image: its CMD, ENV and other settings travel too"));
    connect(m_migrate, &QAction::triggered, this, &ContainersToolbar::migrateRequested);
    addSeparator();
    addFilters(filter);
    addSeparator();
    // What a container dragged out of the list becomes.
    m_dragOutMode = new QComboBox(this);
    m_dragOutMode->setObjectName(QStringLiteral("dragOutMode"));
    m_dragOutMode->addItem(tr("Drag out: export filesystem"));
    m_dragOutMode->addItem(tr("Drag out: migrate with settings"));
    m_dragOutMode->setToolTip(DropDialog::explanation());
    addWidget(m_dragOutMode);
}

void ContainersToolbar::addLifecycleActions()
{
    for (const ContainerActionInfo &info : containerActions()) {
        QAction *action = addAction(info.label, this, [this, a = info.action] { emit lifecycleRequested(a); });
        action->setObjectName(info.objectName);
        action->setShortcut(info.shortcut);
        action->setShortcutContext(Qt::WindowShortcut);
        action->setToolTip(QStringLiteral("%1 (%2)").arg(equivalentCommand(info.action, {}, -1), info.shortcut.toString(QKeySequence::NativeText)));
        m_lifecycle.insert(info.action, action);
    }
}

void ContainersToolbar::addFilters(ContainerFilter *filter)
{
    auto *text = new QLineEdit(this);
    text->setObjectName(QStringLiteral("containerFilter"));
    text->setPlaceholderText(tr("Filter (Ctrl+F)"));
    text->setClearButtonEnabled(true);
    text->setMaximumWidth(220);
    connect(text, &QLineEdit::textChanged, filter, &ContainerFilter::setText);
    new QShortcut(QKeySequence::Find, text, [text] { text->setFocus(); });
    auto *state = new QComboBox(this);
    state->setObjectName(QStringLiteral("stateFilter"));
    state->addItem(tr("All states"), -1);
    for (auto value : {porthole::ContainerState::Created, porthole::ContainerState::Running, porthole::ContainerState::Paused,
                       porthole::ContainerState::Exited})
        state->addItem(value == porthole::ContainerState::Exited ? tr("stopped") : porthole::stateName(value), int(value));
    connect(state, &QComboBox::currentIndexChanged, filter, [filter, state] {
        const int chosen = state->currentData().toInt();
        filter->setState(chosen < 0 ? std::nullopt : std::optional(porthole::ContainerState(chosen)));
    });
    addWidget(text);
    addWidget(state);
}

void ContainersToolbar::enableFor(const QList<porthole::ContainerState> &states)
{
    for (auto it = m_lifecycle.begin(); it != m_lifecycle.end(); ++it)
        it.value()->setEnabled(actionPossibleForAny(it.key(), states));
}

bool ContainersToolbar::migratesOnDragOut() const
{
    return m_dragOutMode->currentIndex() == 1;
}

void ContainersToolbar::addActionsTo(QMenu &menu) const
{
    menu.addAction(m_new);
    menu.addSeparator();
    for (const ContainerActionInfo &info : containerActions())
        menu.addAction(m_lifecycle.value(info.action));
    menu.addSeparator();
    menu.addAction(m_export);
    menu.addAction(m_migrate);
}
