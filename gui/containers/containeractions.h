#pragma once
// The lifecycle commands the window offers on one or more containers (the
// toolbar, the context menu, the shortcuts and the diagram's edges): which
// are possible for a selection, the equivalent command line, and the one
// engine call each makes.
#include "containers/containerengine.h"

#include <QKeySequence>

struct ContainerActionInfo {
    porthole::LifecycleAction action;
    QString label;        // "Start"
    QString verb;         // "start", as typed on the command line
    QKeySequence shortcut;
};

// In toolbar order.
QList<ContainerActionInfo> containerActions();

// Possible for at least one of these states?
bool actionPossibleForAny(porthole::LifecycleAction action, const QList<porthole::ContainerState> &states);

// "porthole stop -t 10 web db", "porthole rm -f web".
QString equivalentCommand(porthole::LifecycleAction action, const QStringList &names, int stopTimeout);

// The engine call for one container (on a worker thread).
porthole::Status applyContainerAction(porthole::ContainerEngine &engine, porthole::LifecycleAction action, const QString &id,
                                      int stopTimeout);
