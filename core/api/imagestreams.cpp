// images/create: an import of the request's body (docker import) and a
// pull with Docker's progress messages (docker pull, and docker run/create
// when the image is missing).
#include "api/streamformats.h"
#include "registry/pull.h"
#include "registry/push.h"
#include "registry/search.h"
#include "registry/registrycontext.h"

#include <QJsonArray>

namespace porthole::api {

HttpResponse importImage(ApiCall &call)
{
    ImportOptions options;
    const QString repo = call.request.queryValue(QStringLiteral("repo"));
    const QString tag = call.request.queryValue(QStringLiteral("tag"));
    options.reference = repo.isEmpty() ? QString() : tag.isEmpty() ? repo : repo + QLatin1Char(':') + tag;
    options.changes = call.request.query.allQueryItemValues(QStringLiteral("changes"), QUrl::FullyDecoded);
    options.message = call.request.queryValue(QStringLiteral("message"));
    auto body = call.takeBody(); // read as it arrives
    Progress progress;
    auto imported = call.engine.images().importRootfs(*body, options, progress);
    HttpResponse response = imported ? HttpResponse() : engineError(imported.error());
    if (imported)
        response.body = streamMessage(QJsonObject{{QStringLiteral("status"), *imported}});
    body->respond(response);
    return streamed();
}

namespace {

QJsonObject layerMessage(const LayerProgress &update)
{
    QJsonObject message{{QStringLiteral("status"), update.status}, {QStringLiteral("id"), update.id}};
    QJsonObject detail;
    if (update.isByteUpdate()) {
        detail = {{QStringLiteral("current"), update.current}, {QStringLiteral("total"), update.total}};
        const int filled = int(50 * update.current / update.total);
        message.insert(QStringLiteral("progress"), QStringLiteral("[%1>%2]").arg(QString(filled, QLatin1Char('=')), QString(49 - qMin(filled, 49), QLatin1Char(' '))));
    }
    message.insert(QStringLiteral("progressDetail"), detail);
    return message;
}

} // namespace

HttpResponse pullImageStream(ApiCall &call, const QString &image, const QString &tag)
{
    const QString reference = tag.isEmpty() || image.contains(QLatin1Char('@')) ? image
                              : tag.startsWith(QLatin1String("sha256:")) ? image + QLatin1Char('@') + tag
                                                                         : image + QLatin1Char(':') + tag;
    auto context = RegistryContext::fromEnvironment();
    if (!context)
        return engineError(context.error());
    PullRequest request{reference, std::nullopt};
    if (const QString platform = call.request.queryValue(QStringLiteral("platform")); !platform.isEmpty()) {
        auto parsed = Platform::parse(platform);
        if (!parsed)
            return errorResponse(400, parsed.error().message);
        request.platform = *parsed;
    }
    auto socket = call.takeSocket();
    if (!socket || !socket->write(RawSocket::streamHead(200, "application/json")))
        return streamed();
    TransferObserver observer{[&](const QString &line) { socket->write(streamMessage(QJsonObject{{QStringLiteral("status"), line}})); },
                              [&](const LayerProgress &update) { socket->write(streamMessage(layerMessage(update))); }};
    Progress progress;
    auto pulled = pullImage(**context, call.engine.images(), request, observer, progress);
    if (!pulled) // Docker's stream carries the error as its last message
        socket->write(streamMessage(QJsonObject{{QStringLiteral("errorDetail"), QJsonObject{{QStringLiteral("message"), pulled.error().message}}},
                                                {QStringLiteral("error"), pulled.error().message}}));
    return streamed();
}

// images/{name}/push: the registry's credentials are the service's own
// (porthole login), not the client's X-Registry-Auth.
HttpResponse pushImageStream(ApiCall &call)
{
    const QString tag = call.request.queryValue(QStringLiteral("tag"));
    const QString name = call.params.at(0);
    if (auto image = call.engine.images().image(tag.isEmpty() ? name : name + QLatin1Char(':') + tag); !image && !tag.isEmpty())
        return errorResponse(404, QStringLiteral("An image does not exist locally with the tag: %1").arg(name));
    auto context = RegistryContext::fromEnvironment();
    if (!context)
        return engineError(context.error());
    auto socket = call.takeSocket();
    if (!socket || !socket->write(RawSocket::streamHead(200, "application/json")))
        return streamed();
    TransferObserver observer{[&](const QString &line) { socket->write(streamMessage(QJsonObject{{QStringLiteral("status"), line}})); },
                              [&](const LayerProgress &update) { socket->write(streamMessage(layerMessage(update))); }};
    Progress progress;
    PushRequest request{tag.isEmpty() ? name : name + QLatin1Char(':') + tag, tag.isEmpty()};
    auto pushed = pushImage(**context, call.engine.images(), request, observer, progress);
    if (!pushed) {
        socket->write(streamMessage(QJsonObject{{QStringLiteral("errorDetail"), QJsonObject{{QStringLiteral("message"), pushed.error().message}}},
                                                {QStringLiteral("error"), pushed.error().message}}));
        return streamed();
    }
    for (const PushResult &result : std::as_const(*pushed))
        socket->write(streamMessage(QJsonObject{{QStringLiteral("progressDetail"), QJsonObject()},
                                                {QStringLiteral("aux"), QJsonObject{{QStringLiteral("Tag"), result.tag},
                                                                                    {QStringLiteral("Digest"), result.digest},
                                                                                    {QStringLiteral("Size"), result.size}}}}));
    return streamed();
}

HttpResponse searchImages(ApiCall &call)
{
    bool ok = true;
    const QString limitText = call.request.queryValue(QStringLiteral("limit"));
    const int limit = limitText.isEmpty() ? 25 : limitText.toInt(&ok);
    if (!ok || limit < 1 || limit > 100)
        return errorResponse(400, QStringLiteral("limit %1 is outside the range of [1, 100]").arg(limitText));
    auto context = RegistryContext::fromEnvironment();
    if (!context)
        return engineError(context.error());
    Progress progress;
    auto results = searchRegistry(**context, call.request.queryValue(QStringLiteral("term")), limit, progress);
    if (!results)
        return engineError(results.error());
    QJsonArray list;
    for (const SearchResult &result : std::as_const(*results))
        list.append(QJsonObject{{QStringLiteral("name"), result.name},
                                {QStringLiteral("description"), result.description},
                                {QStringLiteral("star_count"), result.stars},
                                {QStringLiteral("is_official"), result.official},
                                {QStringLiteral("is_automated"), result.automated}});
    return jsonResponse(200, list);
}

} // namespace porthole::api
