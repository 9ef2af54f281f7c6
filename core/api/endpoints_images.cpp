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

} // namespace

QList<Route> imageRoutes()
{
    return {{"GET", "/images/json", listImages}, {"GET", "/images/{name*}/json", imageJson}};
}

} // namespace porthole::api
