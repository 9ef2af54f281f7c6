// Resources: /containers/{id}/stats (a stream of readings, or one),
// /system/df, and the prunes of containers and images; each one engine call.
#include "api/containerjson.h"
#include "api/endpoints.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

namespace porthole::api {

namespace {

QJsonObject cpuJson(const StatsSample &sample)
{
    return {{QStringLiteral("cpu_usage"), QJsonObject{{QStringLiteral("total_usage"), qMax<qint64>(sample.cpuUsageNs, 0)},
                                                      {QStringLiteral("usage_in_kernelmode"), 0},
                                                      {QStringLiteral("usage_in_usermode"), 0}}},
            {QStringLiteral("system_cpu_usage"), sample.systemUsageNs},
            {QStringLiteral("online_cpus"), sample.onlineCpus},
            {QStringLiteral("throttling_data"), QJsonObject{{QStringLiteral("periods"), 0}, {QStringLiteral("throttled_periods"), 0},
                                                            {QStringLiteral("throttled_time"), 0}}}};
}

// Docker's stats JSON: the docker CLI does its own arithmetic on it (CPU
// from this reading and the one before, memory less inactive_file).
QJsonObject statsJson(const ContainerRecord &record, const StatsSample &previous, const StatsSample &current,
                      const QDateTime &previousAt, const QDateTime &now)
{
    const QJsonArray blkio{QJsonObject{{QStringLiteral("major"), 0}, {QStringLiteral("minor"), 0}, {QStringLiteral("op"), QStringLiteral("read")},
                                       {QStringLiteral("value"), current.blockRead}},
                           QJsonObject{{QStringLiteral("major"), 0}, {QStringLiteral("minor"), 0}, {QStringLiteral("op"), QStringLiteral("write")},
                                       {QStringLiteral("value"), current.blockWrite}}};
    QJsonObject json{{QStringLiteral("id"), record.config.id},
                     {QStringLiteral("name"), QString(QLatin1Char('/') + record.config.name)},
                     {QStringLiteral("read"), now.toString(Qt::ISODateWithMs)},
                     {QStringLiteral("preread"), previousAt.isValid() ? previousAt.toString(Qt::ISODateWithMs) : QStringLiteral("0001-01-01T00:00:00Z")},
                     {QStringLiteral("pids_stats"), QJsonObject{{QStringLiteral("current"), current.pids}}},
                     {QStringLiteral("cpu_stats"), cpuJson(current)},
                     {QStringLiteral("precpu_stats"), cpuJson(previous)},
                     {QStringLiteral("memory_stats"), QJsonObject{{QStringLiteral("usage"), current.memoryUsage},
                                                                  {QStringLiteral("limit"), current.memoryLimit},
                                                                  {QStringLiteral("stats"), QJsonObject{{QStringLiteral("inactive_file"), current.memoryInactiveFile}}}}},
                     {QStringLiteral("blkio_stats"), QJsonObject{{QStringLiteral("io_service_bytes_recursive"), blkio}}}};
    if (record.config.networkMode != QLatin1String("host") && record.config.networkMode != QLatin1String("none"))
        json.insert(QStringLiteral("networks"), QJsonObject{{QStringLiteral("eth0"), QJsonObject{{QStringLiteral("rx_bytes"), current.netRx},
                                                                                                 {QStringLiteral("tx_bytes"), current.netTx}}}});
    return json;
}

// stream=false: one reading compared with one taken a moment before (the
// CLI's CPU % needs two); stream: one a second until the client goes.
HttpResponse containerStats(ApiCall &call)
{
    auto found = call.engine.containers().find(call.params.at(0));
    if (!found)
        return engineError(found.error());
    const bool stream = call.request.queryValue(QStringLiteral("stream")).isEmpty() || call.request.queryFlag(QStringLiteral("stream"));
    const bool oneShot = call.request.queryFlag(QStringLiteral("one-shot"));
    StatsSample previous = call.engine.containers().sampleStats({*found}).value(0);
    QDateTime previousAt = QDateTime::currentDateTimeUtc();
    if (!oneShot)
        QThread::msleep(stream ? 100 : 500);
    if (!stream) {
        const StatsSample current = call.engine.containers().sampleStats({*found}).value(0);
        return jsonResponse(200, statsJson(*found, oneShot ? StatsSample() : previous, current, oneShot ? QDateTime() : previousAt,
                                           QDateTime::currentDateTimeUtc()));
    }
    auto socket = call.takeSocket();
    if (!socket || !socket->write(RawSocket::streamHead(200, "application/json")))
        return streamed();
    for (;;) {
        auto record = call.engine.containers().find(found->config.id);
        if (!record)
            break; // removed: the stream ends
        const StatsSample current = call.engine.containers().sampleStats({*record}).value(0);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (!socket->write(QJsonDocument(statsJson(*record, previous, current, previousAt, now)).toJson(QJsonDocument::Compact) + '\n')
            || socket->clientClosed())
            break;
        previous = current;
        previousAt = now;
        for (int slept = 0; slept < 1000 && !socket->clientClosed(); slept += 100)
            QThread::msleep(100);
        if (socket->clientClosed())
            break;
    }
    return streamed();
}

QJsonObject dfImageJson(const DiskUsage::Image &image)
{
    return {{QStringLiteral("Id"), image.info.id},
            {QStringLiteral("ParentId"), QString()},
            {QStringLiteral("RepoTags"), QJsonArray::fromStringList(image.info.repoTags)},
            {QStringLiteral("RepoDigests"), QJsonArray::fromStringList(image.info.repoDigests)},
            {QStringLiteral("Created"), image.info.config.created.toSecsSinceEpoch()},
            {QStringLiteral("Size"), image.size},
            {QStringLiteral("SharedSize"), image.sharedSize},
            {QStringLiteral("VirtualSize"), image.size},
            {QStringLiteral("Labels"), QJsonObject()},
            {QStringLiteral("Containers"), image.containers}};
}

HttpResponse diskUsage(ApiCall &call)
{
    auto usage = call.engine.containers().diskUsage();
    if (!usage)
        return engineError(usage.error());
    QJsonArray images, containers, volumes;
    for (const DiskUsage::Image &image : std::as_const(usage->images))
        images.append(dfImageJson(image));
    for (const DiskUsage::Container &container : std::as_const(usage->containers)) {
        QJsonObject json = containerSummaryJson(container.record);
        json.insert(QStringLiteral("SizeRw"), container.size);
        containers.append(json);
    }
    for (const DiskUsage::Volume &volume : std::as_const(usage->volumes)) {
        QJsonObject json = volume.info.inspectJson();
        json.insert(QStringLiteral("UsageData"), QJsonObject{{QStringLiteral("Size"), volume.size}, {QStringLiteral("RefCount"), volume.links}});
        volumes.append(json);
    }
    return jsonResponse(200, QJsonObject{{QStringLiteral("LayersSize"), usage->layersSize},
                                         {QStringLiteral("Images"), images},
                                         {QStringLiteral("Containers"), containers},
                                         {QStringLiteral("Volumes"), volumes},
                                         {QStringLiteral("BuildCache"), QJsonArray()}});
}

HttpResponse pruneContainers(ApiCall &call)
{
    auto report = call.engine.containers().pruneContainers();
    if (!report)
        return engineError(report.error());
    return jsonResponse(200, QJsonObject{{QStringLiteral("ContainersDeleted"), QJsonArray::fromStringList(report->items)},
                                         {QStringLiteral("SpaceReclaimed"), report->reclaimed}});
}

// filters dangling=false: every image no container uses (prune -a).
HttpResponse pruneImages(ApiCall &call)
{
    const auto filters = queryFilters(call.request);
    if (!filters)
        return errorResponse(400, QStringLiteral("invalid filters: not JSON"));
    const bool all = filters->contains(QStringLiteral("dangling=false")) || filters->contains(QStringLiteral("dangling=0"));
    auto report = call.engine.containers().pruneImages(all);
    if (!report)
        return engineError(report.error());
    QJsonArray deleted;
    for (const QString &line : std::as_const(report->items)) // "untagged: x", "deleted: sha256:…"
        deleted.append(QJsonObject{{line.startsWith(QLatin1String("untagged")) ? QStringLiteral("Untagged") : QStringLiteral("Deleted"),
                                    line.section(QStringLiteral(": "), 1)}});
    return jsonResponse(200, QJsonObject{{QStringLiteral("ImagesDeleted"), deleted}, {QStringLiteral("SpaceReclaimed"), report->reclaimed}});
}

} // namespace

QList<Route> resourceRoutes()
{
    return {{"GET", "/containers/{id}/stats", containerStats},
            {"GET", "/system/df", diskUsage},
            {"POST", "/containers/prune", pruneContainers},
            {"POST", "/images/prune", pruneImages}};
}

} // namespace porthole::api
