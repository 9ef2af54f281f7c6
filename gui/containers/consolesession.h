#pragma once
// One console of a container: a terminal (model + view) joined to attach
// (conmon's socket: the main process, shared by every attached console),
// exec (a new process on its own terminal) or nsenter (util-linux into the
// container's namespaces). Reads and writes never block the UI thread: the
// descriptors are non-blocking and driven by socket notifiers.
#include "gui/app/sharedengine.h"
#include "gui/terminal/terminalview.h"

#include <QObject>
#include <QPointer>
#include <memory>

class QSocketNotifier;
class QTimer;
class TerminalModel;

class ConsoleSession : public QObject {
    Q_OBJECT
public:
    enum class Kind { Attach, Exec, Nsenter };

    // Opens the console (engine work on a worker); opened() or failed() follows.
    ConsoleSession(const SharedEngine &engine, const QString &containerId, Kind kind, QObject *parent = nullptr);
    ~ConsoleSession() override;

    Kind kind() const { return m_kind; }
    QString containerId() const { return m_containerId; }
    TerminalModel *model() const { return m_model; }
    TerminalView *view() const { return m_view; }
    bool isOpen() const { return m_fd >= 0; }
    std::optional<int> exitCode() const { return m_exitCode; }
    void type(const QByteArray &bytes); // as if typed (tests, paste)

signals:
    void opened();
    void failed(const QString &message);
    void finished(int exitCode); // the process or container ended
    void detached();             // attach: the detach keys were typed

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void start(int rows, int columns);
    void adopt(int fd, qint64 pid);
    void readAvailable();
    void ended();
    void resize(int rows, int columns);
    void detach();
    void write(const QByteArray &bytes);

    SharedEngine m_engine;
    QString m_containerId;
    Kind m_kind;
    TerminalModel *m_model;
    QPointer<TerminalView> m_view; // owned here; a closing window may delete it first
    int m_fd = -1;
    qint64 m_pid = 0; // exec and nsenter
    QSocketNotifier *m_reader = nullptr;
    QTimer *m_reaper = nullptr;
    std::optional<int> m_exitCode;
    bool m_heldCtrlP = false; // attach: the first detach key, not yet sent
};
