#pragma once
// The Docker Engine API's endpoints: each a function from a request (and
// the path's parameters) to a response, run on a worker with its own copy
// of the engine. The table maps method and path pattern to them.
#include "api/bodystream.h"
#include "api/httpmessages.h"
#include "api/rawsocket.h"
#include "containers/engine.h"

#include <QStringList>
#include <functional>
#include <memory>

namespace porthole::api {

// Where a streamed response goes (wait, logs, events): the head at once,
// then chunks as they come. Safe to call from the endpoint's worker.
class ResponseStream {
public:
    virtual ~ResponseStream() = default;
    virtual void head(int status, const QByteArray &contentType) = 0;
    virtual void write(const QByteArray &data) = 0;
};

struct ApiCall {
    Engine &engine;
    const HttpRequest &request;
    QStringList params; // the {…} parts of the path, in order
    ResponseStream &stream;
    // Takes the client's socket over (once); the service writes nothing
    // more on it. Return streamed() afterwards.
    std::function<std::unique_ptr<RawSocket>()> takeSocket;
    // Takes the socket over with the request's body still to read (routes
    // with streamedBody) or already read; answer with BodyStream::respond,
    // then return streamed().
    std::function<std::unique_ptr<BodyStream>()> takeBody;
};

// The routes whose request body streams (archives): load, import, archive PUT.
bool streamedBody(const QByteArray &method, const QString &path);

// Returned by an endpoint that answered through ApiCall::stream.
HttpResponse streamed();
bool isStreamed(const HttpResponse &response);

using Endpoint = HttpResponse (*)(ApiCall &);

struct Route {
    const char *method;
    const char *pattern; // "/containers/{id}/start"
    Endpoint endpoint;
};

QList<Route> systemRoutes();
QList<Route> containerRoutes();
QList<Route> imageRoutes();
QList<Route> streamRoutes(); // export, save, load, import, pull, logs, events
QList<Route> execRoutes();
QList<Route> attachRoutes(); // attach, start, resize
QList<Route> inspectRoutes(); // top, changes, rename
QList<Route> networkRoutes(); // list, create, inspect, delete, connect, disconnect, prune
QList<Route> fileRoutes(); // archive HEAD, GET, PUT (docker cp)
QList<Route> resourceRoutes(); // stats, system/df, container and image prunes

// The endpoint for a request, its parameters filled in; null when none:
// 404 for an unknown path, 405 when only the method is wrong (status set).
Endpoint findEndpoint(const HttpRequest &request, QStringList &params, int &status);

// ?filters= as Docker's clients send it ({"label":{"a=b":true}} or the
// older {"label":["a=b"]}), as "key=value" strings; 400 when not JSON.
std::optional<QStringList> queryFilters(const HttpRequest &request);

// An engine error as Docker's daemon answers it: 404 for what does not
// exist, 409 for a conflict with the container's state or a name, 400 for
// bad parameters, 500 otherwise.
HttpResponse engineError(const Error &error);

} // namespace porthole::api
