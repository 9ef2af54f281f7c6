#pragma once
// The Lifecycle tab of a container: the seed's diagram (click a command to
// run it), run's steps, the history strip, the command line each click runs
// (copyable) and stop's countdown: SIGTERM sent, the seconds left, then
// SIGKILL. Steps, caption and countdown belong to a container: each is kept
// for the container it is about and shown only beside that container's
// diagram. A container the window saw no steps for shows those its state
// implies (created: image found and container created; running: start's
// three too). A run whose container does not exist yet shows while none is
// selected.
#include "containers/containerrecord.h"
#include "containers/runsteps.h"

#include <QElapsedTimer>
#include <QHash>
#include <QWidget>
#include <optional>

class HistoryStrip;
class LifecycleDiagram;
class QLabel;
class QProgressBar;
class QSpinBox;
class QScrollArea;
class QTimer;
class RunStepsView;

class LifecyclePane : public QWidget {
    Q_OBJECT
public:
    explicit LifecyclePane(QWidget *parent = nullptr);

    LifecycleDiagram *diagram() const { return m_diagram; }

    // For a projector: black on white, a dark accent, text twice as large
    // (the diagram scales its labels and states with its size).
    void setPresentation(bool on);
    bool isPresentation() const { return m_presenting; }
    // Ctrl+= / Ctrl+- / Ctrl+wheel: the diagram larger than its place
    // (scrolled), in steps of a quarter; 0 goes back to fitting it.
    void zoomBy(int steps);
    double zoom() const { return m_zoom; }
    HistoryStrip *history() const { return m_history; }

    // The container beside the diagram, or none.
    void showContainer(const porthole::ContainerRecord &record);
    void showNoContainer();
    QString shownId() const { return m_shownId; }

    // The command line the window runs (or ran) on a container, as the CLI would take it.
    void showCommand(const QString &containerId, const QString &commandLine);
    // A run or create: its steps light up from the first, for the container it makes.
    void beginRun(const QString &commandLine);
    // containerId "": the run's container does not exist yet (the image is looked for).
    void showRunStep(porthole::RunStep step, const QString &detail, const QString &containerId);
    void showRunFailed(const QString &containerId, const QString &message);
    // How long stop and restart wait after SIGTERM: the shown container's
    // own (10 s unless created with --stop-timeout), adjustable beside the diagram.
    int stopSeconds() const;
    void startStopCountdown(const QStringList &containerIds, int seconds);
    // The stop is over: says whether SIGTERM ended the process or SIGKILL did.
    void finishStopCountdown(const QStringList &containerIds, const QString &commandLine);
    // Slow motion: the engine holds its next step; says which, Next goes on.
    void showHeld(const QString &next);
    void restartStopCountdown(); // SIGTERM is sent: the wait starts
    void showReleased();

signals:
    void slowMotionToggled(bool on);
    void nextRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void applyZoom();
    void fitDiagramWidth();
    void showCountdownInsteadOfCommand(bool countdown);
    QWidget *buildStepsPanel();
    QLayout *buildSlowMotionRow();
    struct Steps {
        QString caption;
        QList<std::optional<QString>> done{porthole::kRunStepCount}; // a step's detail once done
        QString failed;
        bool seen = false; // a step was reported (else only the caption is known)
    };
    static Steps impliedSteps(const porthole::ContainerRecord &record);
    void showSteps();
    void showCountdown();

    LifecycleDiagram *m_diagram;
    QScrollArea *m_diagramArea;
    class QHBoxLayout *m_pictures;
    class QStyle *m_largeIndicators = nullptr; // presentation mode's check boxes
    QWidget *m_stepsPanel = nullptr; // run's steps and slow motion; made after the first applyZoom()
    double m_zoom = 1.0;
    bool m_presenting = false;
    RunStepsView *m_runSteps;
    HistoryStrip *m_history;
    QLabel *m_commandLine;
    QProgressBar *m_stopCountdown;
    QSpinBox *m_stopWait;
    class QCheckBox *m_slowMotion;
    class QCheckBox *m_autoNext;
    class QPushButton *m_next;
    QLabel *m_held;
    QTimer *m_autoTimer;
    QTimer *m_countdownTimer;
    QElapsedTimer m_stopClock;
    int m_stopSeconds = 0;
    QStringList m_stopping; // the containers of the countdown
    QString m_shownId;
    std::optional<porthole::ContainerRecord> m_shown;
    QHash<QString, Steps> m_steps; // container id -> what the window saw
    std::optional<Steps> m_pending; // a run whose container is not made yet
};
