// images/create: an import of the request's body (docker import) and a
// pull with Docker's progress messages (docker pull, and docker run/create
// when the image is missing).
#include "api/streamformats.h"
#include "registry/pull.h"
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
    BodySource body(call.request.body, QStringLiteral("-"));
    Progress progress;
    auto imported = call.engine.images().importRootfs(body, options, progress);
    if (!imported)
        return engineError(imported.error());
    HttpResponse response;
    response.body = streamMessage(QJsonObject{{QStringLiteral("status"), *imported}});
    return response;
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

} // namespace porthole::api
