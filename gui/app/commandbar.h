#pragma once
// The command bar under the tabs: a docker-style command line, run by the
// same core parser as the CLI ("docker ps -a", "porthole rm -f busybox"),
// on a worker, against the window's store. Its output pane (resizable)
// shows what a command prints as it comes and follows it unless scrolled
// up; run -it, exec -it, attach and start -a open a console instead, and
// the pane says so. Errors name the program as typed ("docker: ...").
#include "base/storepaths.h"
#include "containers/runsteps.h"
#include "gui/containers/consolerequest.h"

#include <QPointer>
#include <QWidget>
#include <functional>

class CommandJob;
class QLineEdit;
class QPlainTextEdit;
class QToolButton;
struct CommandPlan;

class CommandBar : public QWidget {
    Q_OBJECT
public:
    // makeRunSteps gives each command an observer of run's steps (they
    // light up beside the container they are about).
    CommandBar(const porthole::StorePaths &paths, std::function<porthole::RunStepObserver()> makeRunSteps, QWidget *parent = nullptr);

    QPlainTextEdit *outputPane() const { return m_output; }
    QLineEdit *line() const { return m_line; }
    QSize sizeHint() const override;

public slots:
    void run(const QString &line);
    // A line of the window's own in the pane (what it did for a command).
    void say(const QString &text);
    void stop(); // the running command: logs -f and wait end, an attached run detaches

signals:
    // The exit code and what the command layer printed, as the CLI prints it.
    void finished(int exitCode, const QString &output);
    void consoleRequested(const ConsoleRequest &request);
    // Each command that ran: its verb's path ("container ls") and words, for the lesson.
    void commandRan(const QString &verb, const QStringList &words, int exitCode);

private:
    int outputHeight(int lines) const;
    void append(const QString &text, bool isError = false);
    void runJob(const CommandPlan &plan, const QString &line);
    void createThenAttach(const CommandPlan &plan, const QString &line);
    void openConsole(const CommandPlan &plan);
    void done(const QString &verb, const QStringList &words, int exitCode, const QString &output);
    void sayHowItEnded(int exitCode, bool printed);

    porthole::StorePaths m_paths;
    std::function<porthole::RunStepObserver()> m_makeRunSteps;
    QLineEdit *m_line;
    QToolButton *m_stop;
    QPlainTextEdit *m_output;
    QPointer<CommandJob> m_job; // the command the pane follows
};
