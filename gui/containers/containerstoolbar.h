#pragma once
// The containers tab's toolbar: New…, the lifecycle commands on the
// selection (with their shortcuts), Export…, the filter by text and by state,
// and what a container dragged out of the table becomes.
#include "containers/lifecycle.h"

#include <QHash>
#include <QToolBar>

class ContainerFilter;
class QComboBox;
class QMenu;

class ContainersToolbar : public QToolBar {
    Q_OBJECT
public:
    ContainersToolbar(ContainerFilter *filter, QWidget *parent = nullptr);

    // Each lifecycle command is enabled when it would change one of these.
    void enableFor(const QList<porthole::ContainerState> &states);
    // Drag out: migrate with settings (commit + save) instead of export.
    bool migratesOnDragOut() const;
    // The table's context menu: New…, the lifecycle commands, Export…, Migrate….
    void addActionsTo(QMenu &menu) const;

signals:
    void newContainerRequested();
    void lifecycleRequested(porthole::LifecycleAction action);
    void exportRequested();
    void migrateRequested();

private:
    void addLifecycleActions();
    void addFilters(ContainerFilter *filter);

    QAction *m_new;
    QHash<porthole::LifecycleAction, QAction *> m_lifecycle;
    QAction *m_export = nullptr;
    QAction *m_migrate = nullptr;
    QComboBox *m_dragOutMode = nullptr;
};
