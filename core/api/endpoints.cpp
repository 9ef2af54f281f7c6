#include "api/endpoints.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace porthole::api {

namespace {

// "/containers/{id}/start" against "/containers/web/start"; "{name*}"
// takes several segments ("/images/localhost:5000/team/app/json").
bool matches(const QString &pattern, const QString &path, QStringList &params)
{
    const QStringList want = pattern.split(QLatin1Char('/'));
    const QStringList have = path.split(QLatin1Char('/'));
    const qsizetype spare = have.size() - want.size();
    if (spare < 0 || (spare > 0 && !pattern.contains(QLatin1String("*}"))))
        return false;
    QStringList found;
    qsizetype at = 0;
    for (const QString &segment : want) {
        if (segment.endsWith(QLatin1String("*}"))) {
            found.append(have.mid(at, spare + 1).join(QLatin1Char('/')));
            at += spare + 1;
        } else if (segment.startsWith(QLatin1Char('{'))) {
            found.append(have.at(at++));
        } else if (segment != have.at(at++)) {
            return false;
        }
    }
    params = found;
    return true;
}

const QList<Route> &allRoutes()
{
    static const QList<Route> routes = systemRoutes() + containerRoutes() + imageRoutes() + streamRoutes() + execRoutes() + attachRoutes() + inspectRoutes()
                                          + networkRoutes() + fileRoutes() + resourceRoutes();
    return routes;
}

} // namespace

HttpResponse streamed()
{
    HttpResponse response;
    response.status = -1;
    return response;
}

bool isStreamed(const HttpResponse &response)
{
    return response.status == -1;
}

Endpoint findEndpoint(const HttpRequest &request, QStringList &params, int &status)
{
    status = 404;
    const QByteArray method = request.method == "HEAD" ? QByteArray("HEAD") : request.method;
    for (const Route &route : allRoutes()) {
        if (!matches(QLatin1String(route.pattern), request.path, params))
            continue;
        if (method == route.method)
            return route.endpoint;
        status = 405;
    }
    return nullptr;
}

bool streamedBody(const QByteArray &method, const QString &path)
{
    static const QRegularExpression archive(QStringLiteral("^/containers/[^/]+/archive$"));
    return (method == "POST" && (path == QLatin1String("/images/load") || path == QLatin1String("/images/create")))
           || (method == "PUT" && archive.match(path).hasMatch());
}

std::optional<QStringList> queryFilters(const HttpRequest &request)
{
    const QString text = request.queryValue(QStringLiteral("filters"));
    if (text.isEmpty())
        return QStringList();
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    if (!document.isObject())
        return std::nullopt;
    QStringList filters;
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.value().isArray())
            for (const QJsonValue &value : it.value().toArray())
                filters.append(it.key() + QLatin1Char('=') + value.toString());
        else
            for (const QString &value : it.value().toObject().keys())
                filters.append(it.key() + QLatin1Char('=') + value);
    }
    return filters;
}

HttpResponse engineError(const Error &error)
{
    const QString &message = error.message;
    if (message.startsWith(QLatin1String("No such ")) || message.contains(QLatin1String("No such container"))
        || message.contains(QLatin1String("No such image")))
        return errorResponse(404, message);
    if (message.startsWith(QLatin1String("Conflict")) || message.contains(QLatin1String("is not running"))
        || message.contains(QLatin1String("is paused")) || message.contains(QLatin1String("is not paused"))
        || message.contains(QLatin1String("is already paused")) || message.startsWith(QLatin1String("You cannot remove a"))
        || message.contains(QLatin1String("cannot remove container")) || message.contains(QLatin1String("cannot start a paused")))
        return errorResponse(409, message);
    if (error.exitCode == 125 && !message.contains(QLatin1String("cannot")))
        return errorResponse(400, message);
    return errorResponse(500, message);
}

} // namespace porthole::api
