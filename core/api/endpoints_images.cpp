// /images/…: the list and inspect (pull, push, import, save and load come
// with the streaming endpoints).
#include "api/endpoints.h"
#include "images/imageinspect.h"

#include <QJsonArray>
#include <QJsonObject>

namespace porthole::api {

namespace {

QJsonArray asArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

HttpResponse listImages(ApiCall &call)
{
    auto images = call.engine.images().images();
    if (!images)
        return engineError(images.error());
    QJsonArray list;
    for (const ImageInfo &image : std::as_const(*images))
        list.append(QJsonObject{{QStringLiteral("Id"), image.id},
                                {QStringLiteral("ParentId"), QString()},
                                {QStringLiteral("RepoTags"), asArray(image.repoTags)},
                                {QStringLiteral("RepoDigests"), asArray(image.repoDigests)},
                                {QStringLiteral("Created"), image.config.created.toSecsSinceEpoch()},
                                {QStringLiteral("Size"), image.size},
                                {QStringLiteral("VirtualSize"), image.size},
                                {QStringLiteral("SharedSize"), -1},
                                {QStringLiteral("Labels"), QJsonObject()},
                                {QStringLiteral("Containers"), -1}});
    return jsonResponse(200, list);
}

HttpResponse imageJson(ApiCall &call)
{
    auto image = call.engine.images().image(call.params.at(0));
    if (!image)
        return engineError(image.error());
    return jsonResponse(200, inspectImage(call.engine.images(), *image));
}

HttpResponse tagImage(ApiCall &call)
{
    const QString repo = call.request.queryValue(QStringLiteral("repo"));
    const QString tag = call.request.queryValue(QStringLiteral("tag"));
    if (repo.isEmpty())
        return errorResponse(400, QStringLiteral("repository name must have at least one component"));
    Status tagged = call.engine.images().tag(call.params.at(0), tag.isEmpty() ? repo : repo + QLatin1Char(':') + tag);
    return tagged ? emptyResponse(201) : engineError(tagged.error());
}

// Docker's answer: [{"Untagged": …}, {"Deleted": …}] from the engine's lines.
HttpResponse removeImage(ApiCall &call)
{
    auto lines = call.engine.containers().removeImage(call.params.at(0), call.request.queryFlag(QStringLiteral("force")));
    if (!lines)
        return engineError(lines.error());
    QJsonArray removed;
    for (const QString &line : std::as_const(*lines))
        removed.append(QJsonObject{{line.section(QStringLiteral(": "), 0, 0), line.section(QStringLiteral(": "), 1)}});
    return jsonResponse(200, removed);
}

} // namespace

QList<Route> imageRoutes()
{
    return {{"GET", "/images/json", listImages},
            {"GET", "/images/{name*}/json", imageJson},
            {"POST", "/images/{name*}/tag", tagImage},
            {"DELETE", "/images/{name*}", removeImage}};
}

} // namespace porthole::api
