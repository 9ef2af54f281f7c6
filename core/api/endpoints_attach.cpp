// containers/{id}/attach (hijacked), start (connecting clients that asked
// to attach before it) and resize.
#include "api/attachrelay.h"
#include "api/endpoints.h"
#include "runtime/conmon.h"

namespace porthole::api {

namespace {

QString socketPathOf(Engine &engine, const QString &id)
{
    return attachSocketPath(engine.containers().store().socketsDir(), id);
}

HttpResponse attach(ApiCall &call)
{
    auto found = call.engine.containers().find(call.params.at(0));
    if (!found)
        return engineError(found.error());
    const QString id = found->config.id;
    const bool waiting = found->state.state == ContainerState::Created;
    std::shared_ptr<PendingAttach> pending = waiting ? pendingattaches::add(id) : nullptr;
    std::optional<AttachConnection> connection;
    if (!waiting) {
        auto connected = call.engine.containers().attachConsole(id);
        if (!connected)
            return engineError(connected.error());
        connection.emplace(std::move(*connected));
    }
    auto socket = call.takeSocket();
    if (socket && socket->write(RawSocket::upgradeHead())) {
        if (waiting)
            if (auto started = waitForStart(*pending, *socket))
                connection.emplace(std::move(*started));
        if (connection)
            relayAttach(*socket, *connection, found->config.tty);
    }
    if (pending)
        pendingattaches::drop(id, pending);
    return streamed();
}

HttpResponse start(ApiCall &call)
{
    auto found = call.engine.containers().find(call.params.at(0));
    if (!found)
        return engineError(found.error());
    if (found->state.state == ContainerState::Running)
        return emptyResponse(304);
    const QString id = found->config.id;
    ContainerEngine::StartHook connectWaiting;
    if (pendingattaches::any(id))
        connectWaiting = [&](const ContainerRecord &) { return pendingattaches::connectAll(id, socketPathOf(call.engine, id)); };
    Status started = call.engine.containers().start(id, connectWaiting, pendingattaches::takeStdinOnce(id));
    if (!started)
        (void)pendingattaches::connectAll(id, QString()); // the waiting clients are told: no connection
    return started ? emptyResponse(204) : engineError(started.error());
}

HttpResponse resize(ApiCall &call)
{
    Status resized = call.engine.containers().resizeConsole(call.params.at(0), call.request.queryValue(QStringLiteral("h")).toInt(),
                                                            call.request.queryValue(QStringLiteral("w")).toInt());
    return resized ? emptyResponse(200) : engineError(resized.error());
}

} // namespace

QList<Route> attachRoutes()
{
    return {{"POST", "/containers/{id}/attach", attach},
            {"POST", "/containers/{id}/start", start},
            {"POST", "/containers/{id}/resize", resize}};
}

} // namespace porthole::api
