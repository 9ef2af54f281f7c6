#include "gui/containers/consolesession.h"

#include "gui/app/backgroundwork.h"
#include "runtime/conmon.h"
#include "gui/terminal/terminalmodel.h"
#include "gui/terminal/terminalview.h"

#include <QSocketNotifier>
#include <QThread>
#include <QTimer>
#include <cerrno>
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace {

struct Opened {
    int fd = -1;
    qint64 pid = 0;
    QString error;
    bool tty = true;
};

} // namespace

ConsoleSession::ConsoleSession(const SharedEngine &engine, const QString &containerId, Kind kind, QObject *parent)
    : ConsoleSession(engine, containerId, ConsoleRequest{kind}, {}, parent)
{
}

ConsoleSession::ConsoleSession(const SharedEngine &engine, const QString &containerId, const ConsoleRequest &request,
                               porthole::RunStepObserver steps, QObject *parent)
    : QObject(parent), m_engine(engine), m_containerId(containerId), m_request(request), m_steps(std::move(steps)),
      m_model(new TerminalModel(24, 80, 10000, this)), m_view(new TerminalView(m_model))
{
    connect(m_model, &TerminalModel::output, this, &ConsoleSession::type);
    connect(m_view, &TerminalView::terminalResized, this, &ConsoleSession::resize);
    m_view->installEventFilter(this);
    start(m_model->rows(), m_model->columns());
}

bool ConsoleSession::eventFilter(QObject *watched, QEvent *event)
{
    // Every key goes to the program while its console has the focus, as in
    // a terminal: the window's shortcuts would take Ctrl+P (pause), the
    // first of attach's detach keys, among others.
    // (Types checked before the pointer: events also come while the view
    // is half destroyed, no longer a TerminalView.)
    if (event->type() == QEvent::ShortcutOverride && watched == m_view) {
        event->accept();
        return true;
    }
    return QObject::eventFilter(watched, event);
}

ConsoleSession::~ConsoleSession()
{
    delete m_reader;
    if (m_fd >= 0)
        ::close(m_fd); // exec and nsenter get SIGHUP from their terminal; attach just detaches
    if (m_pid > 0 && !m_exitCode)
        ::kill(pid_t(m_pid), SIGHUP);
    if (m_view)
        m_view->removeEventFilter(this);
    delete m_view;
}

namespace {

// On a worker: connect to the container's attach socket, then start it
// (its tty already at the console's size), so nothing it prints is missed.
Opened attachThenStart(porthole::ContainerEngine &containers, const QString &id, int rows, int columns)
{
    containers.setConsoleSize(rows, columns);
    std::optional<porthole::AttachConnection> connection;
    auto started = containers.start(id, [&](const porthole::ContainerRecord &record) -> porthole::Status {
        auto connected = porthole::AttachConnection::connect(porthole::attachSocketPath(containers.store().socketsDir(), record.config.id));
        if (!connected)
            return std::unexpected(connected.error());
        connection.emplace(std::move(*connected));
        return {};
    });
    if (!started)
        return Opened{-1, 0, started.error().message};
    auto record = containers.find(id);
    return Opened{::dup(connection->fd()), 0, {}, !record || record->config.tty};
}

Opened openOnWorker(const SharedEngine &shared, const QString &id, const ConsoleRequest &request, const porthole::RunStepObserver &steps,
                    int rows, int columns)
{
    auto engine = shared.copy();
    if (!engine)
        return Opened{-1, 0, engine.error().message};
    porthole::ContainerEngine &containers = engine->containers();
    containers.setRunStepObserver(steps);
    if (request.kind == ConsoleRequest::Kind::Attach) {
        if (request.startFirst)
            return attachThenStart(containers, id, rows, columns);
        auto connection = containers.attachConsole(id);
        if (!connection)
            return Opened{-1, 0, connection.error().message};
        auto record = containers.find(id);
        // the connection closes its own descriptor; adopt() tells conmon the size
        return Opened{::dup(connection->fd()), 0, {}, !record || record->config.tty};
    }
    auto process = request.kind == ConsoleRequest::Kind::Exec ? containers.execOnTerminal(id, request.exec, rows, columns)
                                                               : containers.nsenterOnTerminal(id, rows, columns);
    if (!process)
        return Opened{-1, 0, process.error().message};
    return Opened{process->masterFd, process->pid, {}};
}

} // namespace

void ConsoleSession::start(int rows, int columns)
{
    const SharedEngine shared = m_engine;
    const QString id = m_containerId;
    const ConsoleRequest request = m_request;
    const porthole::RunStepObserver steps = m_steps;
    runInBackground(this, [shared, id, request, steps, rows, columns] { return openOnWorker(shared, id, request, steps, rows, columns); },
                    [this](const Opened &opened) {
        if (opened.fd < 0) {
            m_model->feed(QStringLiteral("\r\n%1\r\n").arg(opened.error).toUtf8());
            emit failed(opened.error);
            return;
        }
        adopt(opened.fd, opened.pid, opened.tty);
    });
}

void ConsoleSession::adopt(int fd, qint64 pid, bool tty)
{
    m_fd = fd;
    m_pid = pid;
    m_tty = tty;
    m_reader = new QSocketNotifier(fd, QSocketNotifier::Read, this);
    connect(m_reader, &QSocketNotifier::activated, this, &ConsoleSession::readAvailable);
    if (kind() == Kind::Attach && !m_request.startFirst)
        redraw(); // conmon learns the console's size, the program shows its screen
    emit opened();
}

// A resize of the tty makes the program draw its screen again (a shell its
// prompt line, a full-screen program everything), as docker attach does:
// the size changes twice, so the program gets SIGWINCH even when the
// console already has the tty's size.
void ConsoleSession::redraw()
{
    const SharedEngine shared = m_engine;
    const QString id = m_containerId;
    const int rows = m_model->rows();
    const int columns = m_model->columns();
    runInBackground(this, [shared, id, rows, columns] {
        if (auto engine = shared.copy()) {
            (void)engine->containers().resizeConsole(id, rows, columns > 1 ? columns - 1 : columns + 1);
            QThread::msleep(30); // the program handles one SIGWINCH, then the next
            (void)engine->containers().resizeConsole(id, rows, columns);
        }
        return true;
    }, [](bool) {});
}

void ConsoleSession::readAvailable()
{
    char buffer[65536];
    for (int round = 0; round < 16; ++round) { // then yield to the event loop
        const ssize_t n = kind() == Kind::Attach ? ::recv(m_fd, buffer, sizeof buffer, MSG_DONTWAIT) : ::read(m_fd, buffer, sizeof buffer);
        if (n > 0) {
            // conmon's messages start with the stream: 2 stdout, 3 stderr.
            if (kind() == Kind::Attach)
                m_model->feed(QByteArray(buffer + 1, n - 1));
            else
                m_model->feed(QByteArray(buffer, n));
            continue;
        }
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR))
            return;
        ended(); // EOF, or EIO once the terminal's last user is gone
        return;
    }
}

void ConsoleSession::ended()
{
    m_reader->setEnabled(false);
    ::close(m_fd);
    m_fd = -1;
    auto announce = [this](int code) {
        m_exitCode = code;
        m_model->feed(QStringLiteral("\r\n\x1b[7m %1 \x1b[0m\r\n")
                          .arg(kind() == Kind::Attach ? tr("the container exited with code %1").arg(code)
                                                      : tr("the process exited with code %1").arg(code))
                          .toUtf8());
        emit finished(code);
    };
    if (kind() == Kind::Attach) {
        // The exit code is in the container's record once conmon has run
        // the cleanup; wait for it off the UI thread.
        const SharedEngine shared = m_engine;
        const QString id = m_containerId;
        runInBackground(this, [shared, id] {
            auto engine = shared.copy();
            return engine ? engine->containers().wait(id).value_or(255) : 255;
        }, announce);
        return;
    }
    m_reaper = new QTimer(this);
    m_reaper->setInterval(20);
    connect(m_reaper, &QTimer::timeout, this, [this, announce] {
        if (auto code = porthole::reapPtyProcess(m_pid)) {
            m_reaper->stop();
            announce(*code);
        }
    });
    m_reaper->start();
}

void ConsoleSession::type(const QByteArray &bytes)
{
    if (m_fd < 0)
        return;
    QByteArray out = bytes;
    if (kind() == Kind::Attach && !m_tty) {
        // No terminal in the container: the console does what a terminal's
        // line discipline would, it echoes and Enter ends a line.
        out.replace('\r', '\n');
        m_model->feed(QByteArray(out).replace('\n', "\r\n"));
    }
    if (kind() == Kind::Attach) {
        // The detach keys (Ctrl+P Ctrl+Q) leave the container running; a
        // Ctrl+P waits to see whether Ctrl+Q follows.
        if (std::exchange(m_heldCtrlP, false))
            out.prepend('\x10');
        if (out.endsWith("\x10\x11")) {
            write(out.chopped(2));
            detach();
            return;
        }
        if (out.endsWith('\x10')) {
            m_heldCtrlP = true;
            out.chop(1);
        }
    }
    write(out);
}

void ConsoleSession::write(const QByteArray &bytes)
{
    // Small writes to a terminal or socket; a full buffer drops keys rather
    // than freezing the window.
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = kind() == Kind::Attach ? ::send(m_fd, bytes.constData() + done, size_t(bytes.size() - done), MSG_DONTWAIT | MSG_NOSIGNAL)
                                                 : ::write(m_fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n <= 0)
            return;
        done += n;
    }
}

void ConsoleSession::detach()
{
    m_reader->setEnabled(false);
    ::close(m_fd);
    m_fd = -1;
    m_model->feed(QStringLiteral("\r\n\x1b[7m %1 \x1b[0m\r\n").arg(tr("detached: the container keeps running")).toUtf8());
    emit detached();
}

void ConsoleSession::resize(int rows, int columns)
{
    if (m_fd < 0)
        return;
    if (kind() != Kind::Attach) {
        (void)porthole::resizePty(m_fd, rows, columns);
        return;
    }
    const SharedEngine shared = m_engine;
    const QString id = m_containerId;
    runInBackground(this, [shared, id, rows, columns] {
        if (auto engine = shared.copy())
            (void)engine->containers().resizeConsole(id, rows, columns);
        return true;
    }, [](bool) {});
}
