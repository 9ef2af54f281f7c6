// /containers/…: list, create, inspect and the lifecycle (start, stop,
// restart, kill, pause, unpause, wait, delete), each one engine call.
#include "api/attachrelay.h"
#include "api/containerjson.h"
#include "api/endpoints.h"
#include "base/events.h"
#include "base/fsutil.h"
#include "containers/containerfilters.h"
#include "containers/containerinspect.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

namespace porthole::api {

namespace {

HttpResponse listContainers(ApiCall &call)
{
    const auto filters = queryFilters(call.request);
    if (!filters)
        return errorResponse(400, QStringLiteral("invalid filters: not JSON"));
    auto records = call.engine.containers().list();
    if (!records)
        return engineError(records.error());
    const bool all = call.request.queryFlag(QStringLiteral("all"));
    const bool sizes = call.request.queryFlag(QStringLiteral("size"));
    int limit = call.request.queryValue(QStringLiteral("limit")).toInt(); // -1 or 0: none
    const bool limitSet = limit > 0; // the last N created, whatever their state
    QJsonArray list;
    for (const ContainerRecord &record : std::as_const(*records)) {
        auto wanted = matchesContainerFilters(record, *filters);
        if (!wanted)
            return errorResponse(400, wanted.error().message);
        const bool live = record.state.isLive();
        const bool byStatus = std::any_of(filters->begin(), filters->end(), [](const QString &f) { return f.startsWith(QLatin1String("status=")); });
        if (!*wanted || (!all && !live && !byStatus && !limitSet))
            continue;
        if (limitSet && limit-- == 0)
            break;
        QJsonObject summary = containerSummaryJson(record);
        if (sizes) { // Docker's SizeRw (the writable layer) and SizeRootFs (with the image's layers)
            const qint64 own = directorySize(call.engine.containers().store().writableLayerDir(record.config.id));
            auto image = call.engine.images().image(record.config.imageId);
            summary.insert(QStringLiteral("SizeRw"), own);
            summary.insert(QStringLiteral("SizeRootFs"), own + (image ? image->size : 0));
        }
        list.append(summary);
    }
    return jsonResponse(200, list);
}

HttpResponse createContainer(ApiCall &call)
{
    QJsonParseError parseError;
    const QJsonDocument body = QJsonDocument::fromJson(call.request.body, &parseError);
    if (!body.isObject())
        return errorResponse(400, QStringLiteral("invalid JSON: %1").arg(parseError.errorString()));
    auto request = createRequestFromJson(body.object(), call.request.queryValue(QStringLiteral("name")));
    if (!request)
        return errorResponse(400, request.error().message);
    auto created = call.engine.containers().create(*request);
    if (!created)
        return engineError(created.error());
    if (body.object().value(QLatin1String("StdinOnce")).toBool())
        pendingattaches::markStdinOnce(created->config.id);
    return jsonResponse(201, QJsonObject{{QStringLiteral("Id"), created->config.id}, {QStringLiteral("Warnings"), QJsonArray()}});
}

HttpResponse inspect(ApiCall &call)
{
    auto found = call.engine.containers().find(call.params.at(0));
    if (!found)
        return engineError(found.error());
    return jsonResponse(200, call.engine.containers().inspect(*found));
}

// Docker answers 304 when the container already is where it was asked to go.
HttpResponse lifecycle(ApiCall &call, LifecycleAction action, ContainerState already)
{
    auto found = call.engine.containers().find(call.params.at(0));
    if (!found)
        return engineError(found.error());
    if (found->state.state == already)
        return emptyResponse(304);
    bool timeoutOk = false;
    const int timeout = call.request.queryValue(QStringLiteral("t")).toInt(&timeoutOk);
    Status done = action == LifecycleAction::Kill
                      ? call.engine.containers().kill(found->config.id, call.request.queryValue(QStringLiteral("signal")).isEmpty()
                                                                           ? QStringLiteral("KILL")
                                                                           : call.request.queryValue(QStringLiteral("signal")))
                      : call.engine.containers().apply(action, found->config.id, timeoutOk ? timeout : -1);
    return done ? emptyResponse(204) : engineError(done.error());
}

HttpResponse stop(ApiCall &call) { return lifecycle(call, LifecycleAction::Stop, ContainerState::Exited); }
HttpResponse restart(ApiCall &call) { return lifecycle(call, LifecycleAction::Restart, ContainerState::Dead); }
HttpResponse kill(ApiCall &call) { return lifecycle(call, LifecycleAction::Kill, ContainerState::Dead); }
HttpResponse pause(ApiCall &call) { return lifecycle(call, LifecycleAction::Pause, ContainerState::Paused); }
HttpResponse unpause(ApiCall &call) { return lifecycle(call, LifecycleAction::Unpause, ContainerState::Dead); }

HttpResponse remove(ApiCall &call)
{
    Status done = call.engine.containers().remove(call.params.at(0), call.request.queryFlag(QStringLiteral("force")));
    return done ? emptyResponse(204) : engineError(done.error());
}

// The exit code a container that is gone (--rm) left in the journal.
std::optional<int> exitCodeFromJournal(const QString &storeRoot, const QString &id)
{
    qint64 offset = 0;
    std::optional<int> code;
    for (const Event &event : readEvents(storeRoot, offset).value_or(QList<Event>()))
        if (event.id == id && event.action == QLatin1String("die"))
            code = event.attributes.value(QLatin1String("exitCode")).toVariant().toInt();
    return code;
}

void waitUntilRemoved(Engine &engine, const QString &id)
{
    for (int tries = 0; tries < 6000 && engine.containers().find(id); ++tries)
        QThread::msleep(5); // run --rm waits on it: found the moment it goes
}

// The head goes out at once (the CLI sends wait before start and waits
// for it), the exit status when the container stops (condition
// next-exit/not-running) or is gone (removed, for run --rm).
HttpResponse wait(ApiCall &call)
{
    auto found = call.engine.containers().find(call.params.at(0));
    if (!found)
        return engineError(found.error());
    const QString id = found->config.id;
    call.stream.head(200, "application/json");
    auto code = call.engine.containers().wait(id);
    std::optional<int> status = code ? std::optional(*code) : exitCodeFromJournal(call.engine.paths().root, id);
    if (call.request.queryValue(QStringLiteral("condition")) == QLatin1String("removed"))
        waitUntilRemoved(call.engine, id);
    QJsonObject result{{QStringLiteral("StatusCode"), status.value_or(-1)}};
    result.insert(QStringLiteral("Error"), status ? QJsonValue() : QJsonObject{{QStringLiteral("Message"), code.error().message}});
    call.stream.write(QJsonDocument(result).toJson(QJsonDocument::Compact) + '\n');
    return streamed();
}

} // namespace

QList<Route> containerRoutes()
{
    return {{"GET", "/containers/json", listContainers},
            {"POST", "/containers/create", createContainer},
            {"GET", "/containers/{id}/json", inspect},
            {"POST", "/containers/{id}/stop", stop},
            {"POST", "/containers/{id}/restart", restart},
            {"POST", "/containers/{id}/kill", kill},
            {"POST", "/containers/{id}/pause", pause},
            {"POST", "/containers/{id}/unpause", unpause},
            {"POST", "/containers/{id}/wait", wait},
            {"DELETE", "/containers/{id}", remove}};
}

} // namespace porthole::api
