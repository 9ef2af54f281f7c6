#pragma once
// The lifecycle commands the window offers on one or more containers (the
// toolbar, the context menu, the shortcuts and the diagram's edges): which
// are possible for a selection and the command line each stands for, spelled
// from the CLI's verb table. The engine call is ContainerEngine::apply.
#include "containers/lifecycle.h"

#include <QKeySequence>
#include <QList>
#include <QStringList>

struct ContainerActionInfo {
    porthole::LifecycleAction action;
    QString label;      // "Start"
    QString objectName; // "action_start": what tests and scripts find it by
    QKeySequence shortcut;
};

// In toolbar order.
QList<ContainerActionInfo> containerActions();

// Possible for at least one of these states?
bool actionPossibleForAny(porthole::LifecycleAction action, const QList<porthole::ContainerState> &states);

// "porthole stop -t 10 web db", "porthole rm -f web".
QString equivalentCommand(porthole::LifecycleAction action, const QStringList &names, int stopTimeout);

// The words after "porthole" without containers: "start", "rm -f".
QString commandWords(porthole::LifecycleAction action);
