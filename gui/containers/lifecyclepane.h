#pragma once
// The Lifecycle tab of a container: the seed's diagram (click a command to
// run it), run's steps, the history strip, the command line each click runs
// (copyable) and stop's countdown: SIGTERM sent, the seconds left, then
// SIGKILL.
#include "containers/runsteps.h"

#include <QElapsedTimer>
#include <QWidget>

class HistoryStrip;
class LifecycleDiagram;
class QLabel;
class QProgressBar;
class QTimer;
class RunStepsView;

class LifecyclePane : public QWidget {
    Q_OBJECT
public:
    explicit LifecyclePane(QWidget *parent = nullptr);

    LifecycleDiagram *diagram() const { return m_diagram; }
    HistoryStrip *history() const { return m_history; }

    // The command line the window runs (or ran), as the CLI would take it.
    void showCommand(const QString &commandLine);
    // A run or create from the window: its steps light up from the first.
    void beginRun(const QString &commandLine);
    void showRunStep(porthole::RunStep step, const QString &detail);
    void showRunFailed(const QString &message);
    void startStopCountdown(int seconds);
    // The stop is over: says whether SIGTERM ended the process or SIGKILL did.
    void finishStopCountdown(const QString &commandLine);

private:
    void showCountdown();

    LifecycleDiagram *m_diagram;
    RunStepsView *m_runSteps;
    HistoryStrip *m_history;
    QLabel *m_commandLine;
    QProgressBar *m_stopCountdown;
    QTimer *m_countdownTimer;
    QElapsedTimer m_stopClock;
    int m_stopSeconds = 0;
};
