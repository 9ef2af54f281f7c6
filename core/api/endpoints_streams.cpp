// Endpoints whose answer is a stream on the taken-over socket, ending when
// it closes: container export, image save (get), load, import and pull
// (images/create), logs and events.
#include "api/endpoints.h"
#include "api/streamformats.h"
#include "base/events.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

namespace porthole::api {

namespace {

HttpResponse exportContainer(ApiCall &call)
{
    auto found = call.engine.containers().find(call.params.at(0));
    if (!found)
        return engineError(found.error());
    auto socket = call.takeSocket();
    if (!socket || !socket->write(RawSocket::streamHead(200, "application/x-tar")))
        return streamed();
    Progress progress;
    (void)call.engine.containers().exportFilesystem(found->config.id, socket->fd(), progress); // a failure cuts the stream
    return streamed();
}

HttpResponse saveImages(ApiCall &call)
{
    QStringList names = call.request.query.allQueryItemValues(QStringLiteral("names"), QUrl::FullyDecoded);
    if (!call.params.isEmpty())
        names = {call.params.at(0)};
    for (const QString &name : std::as_const(names))
        if (auto image = call.engine.images().image(name); !image)
            return engineError(image.error());
    auto socket = call.takeSocket();
    if (!socket || !socket->write(RawSocket::streamHead(200, "application/x-tar")))
        return streamed();
    Progress progress;
    (void)call.engine.images().save(names, socket->fd(), progress);
    return streamed();
}

// The archive read as it arrives (images of any size).
HttpResponse loadImages(ApiCall &call)
{
    auto body = call.takeBody();
    Progress progress;
    auto loaded = call.engine.images().load(*body, progress);
    HttpResponse response;
    if (!loaded)
        response = engineError(loaded.error());
    for (const QString &line : loaded.value_or(QStringList()))
        response.body += streamMessage(QJsonObject{{QStringLiteral("stream"), QString(line + QLatin1Char('\n'))}});
    body->respond(response);
    return streamed();
}

// images/create: fromSrc=- imports the body, fromImage pulls; both answer
// with Docker's JSON message stream.
HttpResponse createImage(ApiCall &call)
{
    const QString fromSrc = call.request.queryValue(QStringLiteral("fromSrc"));
    if (fromSrc == QLatin1String("-"))
        return importImage(call);
    const QString fromImage = call.request.queryValue(QStringLiteral("fromImage"));
    if (fromImage.isEmpty())
        return errorResponse(400, QStringLiteral("fromImage or fromSrc=- is required"));
    return pullImageStream(call, fromImage, call.request.queryValue(QStringLiteral("tag")));
}

HttpResponse containerLogs(ApiCall &call)
{
    auto found = call.engine.containers().find(call.params.at(0));
    if (!found)
        return engineError(found.error());
    auto socket = call.takeSocket();
    if (!socket)
        return streamed();
    LogOptions options = LogOptions::fromQuery(call.request);
    streamLogs(*socket, call.engine, *found, options);
    return streamed();
}

HttpResponse events(ApiCall &call)
{
    auto socket = call.takeSocket();
    if (!socket || !socket->write(RawSocket::streamHead(200, "application/json")))
        return streamed();
    streamEvents(*socket, call.engine.paths().root, EventOptions::fromQuery(call.request));
    return streamed();
}

} // namespace

QList<Route> streamRoutes()
{
    return {{"GET", "/containers/{id}/export", exportContainer},
            {"GET", "/containers/{id}/logs", containerLogs},
            {"GET", "/images/get", saveImages},
            {"GET", "/images/{name*}/get", saveImages},
            {"POST", "/images/load", loadImages},
            {"POST", "/images/create", createImage},
            {"GET", "/images/search", searchImages},
            {"POST", "/images/{name*}/push", pushImageStream},
            {"GET", "/events", events}};
}

} // namespace porthole::api
