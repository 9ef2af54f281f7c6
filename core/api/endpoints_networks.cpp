// /networks: list, create, inspect, delete, connect, disconnect and prune,
// shaped as Docker's (what docker-compose reads: Id, Name, Driver, Labels,
// Options, IPAM), each one engine call.
#include "api/endpoints.h"
#include "containers/networkinspect.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace porthole::api {

namespace {

const QStringList &predefinedNames()
{
    static const QStringList names{QStringLiteral("host"), QStringLiteral("none")};
    return names;
}

HttpResponse networkError(const Error &error)
{
    if (error.message.contains(QLatin1String(" not found")))
        return errorResponse(404, error.message);
    if (error.message.contains(QLatin1String("already exists")))
        return errorResponse(409, error.message);
    if (error.message.contains(QLatin1String("in use by")) || error.message.contains(QLatin1String("default network"))
        || error.message.contains(QLatin1String("is running")) || error.message.contains(QLatin1String("is on network"))
        || error.message.contains(QLatin1String("not connected")) || error.message.contains(QLatin1String("already exists in network"))
        || error.message.contains(QLatin1String("cannot be connected")))
        return errorResponse(403, error.message);
    return engineError(error);
}

// Docker's network filters: name (part of it), id (a prefix), label, driver, type.
bool matchesNetwork(const QJsonObject &network, const QStringList &filters)
{
    QHash<QString, QStringList> byKey;
    for (const QString &filter : filters)
        byKey[filter.section(QLatin1Char('='), 0, 0)].append(filter.section(QLatin1Char('='), 1));
    auto any = [&](const QString &key, auto predicate) {
        const QStringList values = byKey.value(key);
        return values.isEmpty() || std::any_of(values.begin(), values.end(), predicate);
    };
    const QJsonObject labels = network.value(QLatin1String("Labels")).toObject();
    const bool builtin = network.value(QLatin1String("Driver")).toString() != QLatin1String("bridge")
                         || network.value(QLatin1String("Name")).toString() == kDefaultNetwork;
    return any(QStringLiteral("name"), [&](const QString &v) { return network.value(QLatin1String("Name")).toString().contains(v); })
           && any(QStringLiteral("id"), [&](const QString &v) { return network.value(QLatin1String("Id")).toString().startsWith(v); })
           && any(QStringLiteral("driver"), [&](const QString &v) { return network.value(QLatin1String("Driver")).toString() == v; })
           && any(QStringLiteral("type"), [&](const QString &v) { return (v == QLatin1String("builtin")) == builtin; })
           && any(QStringLiteral("label"), [&](const QString &v) {
                  const QString key = v.section(QLatin1Char('='), 0, 0);
                  return labels.contains(key) && (!v.contains(QLatin1Char('=')) || labels.value(key).toString() == v.section(QLatin1Char('='), 1));
              });
}

HttpResponse listNetworks(ApiCall &call)
{
    const auto filters = queryFilters(call.request);
    if (!filters)
        return errorResponse(400, QStringLiteral("invalid filters: not JSON"));
    auto networks = call.engine.containers().networks().list();
    auto containers = call.engine.containers().list();
    if (!networks || !containers)
        return engineError(!networks ? networks.error() : containers.error());
    QJsonArray list;
    for (const NetworkConfig &network : std::as_const(*networks))
        if (const QJsonObject json = networkInspectJson(network, *containers); matchesNetwork(json, *filters))
            list.append(json);
    for (const QString &name : predefinedNames())
        if (const QJsonObject json = predefinedNetworkJson(name); matchesNetwork(json, *filters))
            list.append(json);
    return jsonResponse(200, list);
}

HttpResponse inspectNetwork(ApiCall &call)
{
    const QString name = call.params.at(0);
    for (const QString &predefined : predefinedNames())
        if (name == predefined || name == predefinedNetworkId(predefined))
            return jsonResponse(200, predefinedNetworkJson(predefined));
    auto network = call.engine.containers().networks().find(name);
    if (!network)
        return errorResponse(404, QStringLiteral("network %1 not found").arg(name));
    auto containers = call.engine.containers().list();
    if (!containers)
        return engineError(containers.error());
    return jsonResponse(200, networkInspectJson(*network, *containers));
}

HttpResponse createNetwork(ApiCall &call)
{
    const QJsonObject body = QJsonDocument::fromJson(call.request.body).object();
    const QString driver = body.value(QLatin1String("Driver")).toString();
    if (!driver.isEmpty() && driver != QLatin1String("bridge"))
        return errorResponse(400, QStringLiteral("network driver \"%1\" is not supported: only bridge").arg(driver));
    NetworkCreateRequest request;
    request.name = body.value(QLatin1String("Name")).toString();
    request.labels = body.value(QLatin1String("Labels")).toObject();
    const QJsonArray ipam = body.value(QLatin1String("IPAM")).toObject().value(QLatin1String("Config")).toArray();
    if (ipam.size() > 1)
        return errorResponse(400, QStringLiteral("a Porthole network has one IPv4 subnet: give one IPAM config"));
    const QJsonObject ipamConfig = ipam.isEmpty() ? QJsonObject() : ipam.at(0).toObject();
    request.subnet = ipamConfig.value(QLatin1String("Subnet")).toString();
    request.gateway = ipamConfig.value(QLatin1String("Gateway")).toString();
    if (request.name.isEmpty())
        return errorResponse(400, QStringLiteral("network name is required"));
    auto network = call.engine.containers().networks().create(request);
    if (!network)
        return networkError(network.error());
    return jsonResponse(201, QJsonObject{{QStringLiteral("Id"), network->id}, {QStringLiteral("Warning"), QString()}});
}

HttpResponse removeNetwork(ApiCall &call)
{
    const QString name = call.params.at(0);
    if (predefinedNames().contains(name) || name == QLatin1String("bridge"))
        return errorResponse(403, QStringLiteral("%1 is a pre-defined network and cannot be removed").arg(name));
    Status removed = call.engine.containers().removeNetwork(name);
    return removed ? emptyResponse(204) : networkError(removed.error());
}

HttpResponse connectContainer(ApiCall &call)
{
    const QJsonObject body = QJsonDocument::fromJson(call.request.body).object();
    QStringList aliases;
    for (const QJsonValue &alias : body.value(QLatin1String("EndpointConfig")).toObject().value(QLatin1String("Aliases")).toArray())
        aliases.append(alias.toString());
    Status connected = call.engine.containers().connectToNetwork(call.params.at(0), body.value(QLatin1String("Container")).toString(), aliases);
    return connected ? emptyResponse(200) : networkError(connected.error());
}

HttpResponse disconnectContainer(ApiCall &call)
{
    const QJsonObject body = QJsonDocument::fromJson(call.request.body).object();
    Status done = call.engine.containers().disconnectFromNetwork(call.params.at(0), body.value(QLatin1String("Container")).toString());
    return done ? emptyResponse(200) : networkError(done.error());
}

HttpResponse pruneNetworks(ApiCall &call)
{
    auto report = call.engine.containers().pruneNetworks();
    if (!report)
        return engineError(report.error());
    return jsonResponse(200, QJsonObject{{QStringLiteral("NetworksDeleted"), QJsonArray::fromStringList(report->items)}});
}

} // namespace

QList<Route> networkRoutes()
{
    return {{"GET", "/networks", listNetworks},
            {"POST", "/networks/create", createNetwork},
            {"POST", "/networks/prune", pruneNetworks},
            {"GET", "/networks/{id}", inspectNetwork},
            {"DELETE", "/networks/{id}", removeNetwork},
            {"POST", "/networks/{id}/connect", connectContainer},
            {"POST", "/networks/{id}/disconnect", disconnectContainer}};
}

} // namespace porthole::api
