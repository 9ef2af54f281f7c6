#pragma once
// One command of the command bar, run by the core's command layer on a
// worker. What it prints arrives as it comes: its text (ps, logs -f, wait)
// is handed over line by line, and the streams of an attached run or an
// exec go through pipes read on the UI thread, never blocking it. Stop
// cancels it: logs -f and wait end, an attached run detaches (the container
// keeps running).
#include "containers/runsteps.h"

#include <QObject>
#include <QStringList>
#include <memory>

namespace porthole {
class Progress;
}
class QSocketNotifier;

class CommandJob : public QObject {
    Q_OBJECT
public:
    struct Options {
        QStringList words;        // for porthole::runCommand, the store first
        bool streams = false;     // give it pipes for stdout and stderr (attached run, exec)
        bool discardsOutput = false; // exec -d: /dev/null as its output
        porthole::RunStepObserver runSteps;
    };

    CommandJob(Options options, QObject *parent = nullptr);
    ~CommandJob() override; // cancels what still runs
    void start();
    void cancel();

signals:
    void output(const QString &text, bool isError); // as it comes
    // The exit code and everything the command layer printed, as the CLI would.
    void finished(int exitCode, const QString &text);

private:
    struct Relay;
    void openPipes();
    void readPipe(int index);
    void closePipes();

    Options m_options;
    std::shared_ptr<porthole::Progress> m_progress;
    std::shared_ptr<Relay> m_relay; // the worker's way back, alive while either side is
    int m_readFds[2] = {-1, -1};    // stdout, stderr of the command
    int m_writeFds[2] = {-1, -1};   // handed to the worker, closed by it
    QSocketNotifier *m_notifiers[2] = {nullptr, nullptr};
    QByteArray m_partial[2]; // bytes of a character split between reads
    QString m_text;
};
