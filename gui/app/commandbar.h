#pragma once
// The command bar under the tabs: a docker-style command line, run by the
// same core parser as the CLI ("docker ps -a", "porthole rm -f busybox"),
// on a worker, against the window's store; its output below it.
#include "base/storepaths.h"
#include "containers/runsteps.h"

#include <QWidget>

class QLineEdit;
class QPlainTextEdit;

class CommandBar : public QWidget {
    Q_OBJECT
public:
    // runSteps lights run's steps when a typed command creates or starts.
    CommandBar(const porthole::StorePaths &paths, porthole::RunStepObserver runSteps, QWidget *parent = nullptr);

public slots:
    void run(const QString &line);

signals:
    void finished(int exitCode, const QString &output);

private:
    porthole::StorePaths m_paths;
    porthole::RunStepObserver m_runSteps;
    QLineEdit *m_line;
    QPlainTextEdit *m_output;
};
