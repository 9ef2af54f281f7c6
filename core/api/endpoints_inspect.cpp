// containers/{id}/top, changes and rename: a container looked into or
// renamed, as docker top, diff and rename ask.
#include "api/endpoints.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>

namespace porthole::api {

namespace {

// {"Titles": [...], "Processes": [[...], ...]}: ps's header, then a row per
// process of the container.
HttpResponse top(ApiCall &call)
{
    const QString options = call.request.queryValue(QStringLiteral("ps_args"));
    auto rows = call.engine.containers().top(call.params.at(0), QProcess::splitCommand(options));
    if (!rows)
        return engineError(rows.error());
    QJsonArray processes;
    for (qsizetype i = 1; i < rows->size(); ++i)
        processes.append(QJsonArray::fromStringList(rows->at(i)));
    return jsonResponse(200, QJsonObject{{QStringLiteral("Titles"), QJsonArray::fromStringList(rows->value(0))},
                                         {QStringLiteral("Processes"), processes}});
}

// [{"Path": "/tmp/test", "Kind": 1}]: 0 changed, 1 added, 2 deleted.
HttpResponse changes(ApiCall &call)
{
    auto diff = call.engine.containers().diff(call.params.at(0));
    if (!diff)
        return engineError(diff.error());
    QJsonArray list;
    for (const FileChange &change : std::as_const(*diff))
        list.append(QJsonObject{{QStringLiteral("Path"), change.path},
                                {QStringLiteral("Kind"), change.kind == QLatin1Char('A') ? 1 : change.kind == QLatin1Char('D') ? 2 : 0}});
    return jsonResponse(200, list);
}

HttpResponse rename(ApiCall &call)
{
    Status renamed = call.engine.containers().rename(call.params.at(0), call.request.queryValue(QStringLiteral("name")));
    return renamed ? emptyResponse(204) : engineError(renamed.error());
}

} // namespace

QList<Route> inspectRoutes()
{
    return {{"GET", "/containers/{id}/top", top}, {"GET", "/containers/{id}/changes", changes}, {"POST", "/containers/{id}/rename", rename}};
}

} // namespace porthole::api
