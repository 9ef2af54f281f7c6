// Exec: /containers/{id}/exec makes one, /exec/{id}/start runs it on a
// terminal joined to the hijacked connection, /exec/{id}/resize and
// /exec/{id}/json (its exit code: docker exec's status).
#include "api/endpoints.h"
#include "api/execsessions.h"
#include "api/terminalpump.h"
#include "runtime/childprocess.h"
#include "runtime/ptyprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <thread>
#include <cerrno>
#include <poll.h>
#include <unistd.h>

namespace porthole::api {

namespace {

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

HttpResponse createExec(ApiCall &call)
{
    auto found = call.engine.containers().find(call.params.at(0));
    if (!found)
        return engineError(found.error());
    if (found->state.state != ContainerState::Running)
        return errorResponse(409, QStringLiteral("Container %1 is not running").arg(found->config.id));
    const QJsonObject body = QJsonDocument::fromJson(call.request.body).object();
    ExecRequest request;
    request.command = strings(body.value(QLatin1String("Cmd")));
    if (request.command.isEmpty())
        return errorResponse(400, QStringLiteral("No exec command specified"));
    request.env = strings(body.value(QLatin1String("Env")));
    request.workingDir = body.value(QLatin1String("WorkingDir")).toString();
    request.user = body.value(QLatin1String("User")).toString();
    request.tty = body.value(QLatin1String("Tty")).toBool();
    request.interactive = body.value(QLatin1String("AttachStdin")).toBool();
    const QString id = execsessions::add(found->config.id, request);
    return jsonResponse(201, QJsonObject{{QStringLiteral("Id"), id}});
}

// The terminal's exit code once the program has gone (the pump saw EIO).
int reap(qint64 pid)
{
    for (int tries = 0; tries < 500; ++tries) {
        if (auto code = reapPtyProcess(pid))
            return *code;
        QThread::msleep(10);
    }
    return -1;
}

// Without a tty: the command on pipes, stdout and stderr as Docker's frames.
HttpResponse startExecOnPipes(ApiCall &call, const ExecSession &session, bool detach)
{
    auto pipes = call.engine.containers().execWithPipes(session.containerId, session.request);
    if (!pipes)
        return engineError(pipes.error());
    if (!execsessions::begin(session.id, pipes->pid, -1)) {
        for (int fd : {pipes->stdinFd, pipes->stdoutFd, pipes->stderrFd})
            if (fd >= 0)
                ::close(fd);
        return errorResponse(409, QStringLiteral("Exec %1 has already run").arg(session.id));
    }
    auto finish = [id = session.id, pipes = *pipes] {
        ::close(pipes.stdoutFd);
        ::close(pipes.stderrFd);
        execsessions::end(id, waitForChild(pid_t(pipes.pid)));
    };
    if (detach) { // exec -d: the answer now, the output dropped, the exit code kept
        if (pipes->stdinFd >= 0)
            ::close(pipes->stdinFd);
        std::thread([pipes = *pipes, finish] {
            char buffer[4096];
            pollfd fds[2] = {{pipes.stdoutFd, POLLIN, 0}, {pipes.stderrFd, POLLIN, 0}};
            while (fds[0].fd >= 0 || fds[1].fd >= 0) {
                if (::poll(fds, 2, -1) < 0 && errno != EINTR)
                    break;
                for (pollfd &fd : fds)
                    if ((fd.revents & (POLLIN | POLLHUP | POLLERR)) && ::read(fd.fd, buffer, sizeof buffer) <= 0)
                        fd.fd = -1;
            }
            finish();
        }).detach();
        return emptyResponse(200);
    }
    auto socket = call.takeSocket();
    if (socket && socket->write(RawSocket::upgradeHead()))
        pumpPipes(*socket, pipes->stdinFd, pipes->stdoutFd, pipes->stderrFd);
    else if (pipes->stdinFd >= 0)
        ::close(pipes->stdinFd);
    finish(); // before the client asks for the exit code
    socket.reset();
    return streamed();
}

HttpResponse startExec(ApiCall &call)
{
    auto session = execsessions::find(call.params.at(0));
    if (!session)
        return errorResponse(404, QStringLiteral("No such exec instance: %1").arg(call.params.at(0)));
    const QJsonObject body = QJsonDocument::fromJson(call.request.body).object();
    const bool detach = body.value(QLatin1String("Detach")).toBool();
    if (!session->request.tty)
        return startExecOnPipes(call, *session, detach);
    const QJsonArray size = body.value(QLatin1String("ConsoleSize")).toArray();
    const int rows = size.size() == 2 ? size.at(0).toInt(24) : 24, columns = size.size() == 2 ? size.at(1).toInt(80) : 80;
    auto process = call.engine.containers().execOnTerminal(session->containerId, session->request, rows, columns);
    if (!process)
        return engineError(process.error());
    if (!execsessions::begin(session->id, process->pid, process->masterFd)) {
        ::close(process->masterFd);
        return errorResponse(409, QStringLiteral("Exec %1 has already run").arg(session->id));
    }
    auto socket = call.takeSocket();
    if (socket && !detach && socket->write(RawSocket::upgradeHead()))
        pumpTerminal(*socket, process->masterFd, false);
    ::close(process->masterFd);
    execsessions::end(session->id, reap(process->pid)); // before the client asks for it
    socket.reset(); // the client sees the end of the stream
    return streamed();
}

HttpResponse resizeExec(ApiCall &call)
{
    Status resized = execsessions::resize(call.params.at(0), call.request.queryValue(QStringLiteral("h")).toInt(),
                                          call.request.queryValue(QStringLiteral("w")).toInt());
    return resized ? jsonResponse(201, QJsonObject()) : errorResponse(404, resized.error().message);
}

HttpResponse inspectExec(ApiCall &call)
{
    auto session = execsessions::find(call.params.at(0));
    if (!session)
        return errorResponse(404, QStringLiteral("No such exec instance: %1").arg(call.params.at(0)));
    return jsonResponse(200, QJsonObject{{QStringLiteral("ID"), session->id},
                                         {QStringLiteral("ContainerID"), session->containerId},
                                         {QStringLiteral("Running"), session->running},
                                         {QStringLiteral("ExitCode"), session->exitCode ? QJsonValue(*session->exitCode) : QJsonValue()},
                                         {QStringLiteral("Pid"), session->pid},
                                         {QStringLiteral("OpenStdin"), session->request.interactive},
                                         {QStringLiteral("ProcessConfig"),
                                          QJsonObject{{QStringLiteral("tty"), session->request.tty},
                                                      {QStringLiteral("entrypoint"), session->request.command.value(0)},
                                                      {QStringLiteral("arguments"), QJsonArray::fromStringList(session->request.command.mid(1))}}}});
}

} // namespace

QList<Route> execRoutes()
{
    return {{"POST", "/containers/{id}/exec", createExec},
            {"POST", "/exec/{id}/start", startExec},
            {"POST", "/exec/{id}/resize", resizeExec},
            {"GET", "/exec/{id}/json", inspectExec}};
}

} // namespace porthole::api
