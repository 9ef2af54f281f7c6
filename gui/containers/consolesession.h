#pragma once
// One console of a container: a terminal (model + view) joined to attach
// (conmon's socket: the main process, shared by every attached console),
// exec (a new process on its own terminal) or nsenter (util-linux into the
// container's namespaces). Reads and writes never block the UI thread: the
// descriptors are non-blocking and driven by socket notifiers. An attach
// console can also start its container once connected (run -it, start -a),
// so nothing the container prints is missed; a second attach asks for a
// redraw (a resize of the tty, as docker attach does) so it shows the
// current screen at once.
#include "gui/app/sharedengine.h"
#include "gui/containers/consolerequest.h"
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
    using Kind = ConsoleRequest::Kind;

    // Opens the console (engine work on a worker); opened() or failed() follows.
    ConsoleSession(const SharedEngine &engine, const QString &containerId, Kind kind, QObject *parent = nullptr);
    // The request's console (its container already resolved to containerId);
    // steps lights run's steps when it starts the container.
    ConsoleSession(const SharedEngine &engine, const QString &containerId, const ConsoleRequest &request, porthole::RunStepObserver steps,
                   QObject *parent = nullptr);
    ~ConsoleSession() override;

    Kind kind() const { return m_request.kind; }
    const ConsoleRequest &request() const { return m_request; }
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
    void adopt(int fd, qint64 pid, bool tty);
    void redraw();
    void readAvailable();
    void ended();
    void resize(int rows, int columns);
    void detach();
    void write(const QByteArray &bytes);

    SharedEngine m_engine;
    QString m_containerId;
    ConsoleRequest m_request;
    porthole::RunStepObserver m_steps;
    bool m_tty = true; // attach to a container without a tty: the console echoes and sends lines
    TerminalModel *m_model;
    QPointer<TerminalView> m_view; // owned here; a closing window may delete it first
    int m_fd = -1;
    qint64 m_pid = 0; // exec and nsenter
    QSocketNotifier *m_reader = nullptr;
    QTimer *m_reaper = nullptr;
    std::optional<int> m_exitCode;
    bool m_heldCtrlP = false; // attach: the first detach key, not yet sent
};
