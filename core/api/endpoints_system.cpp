// /_ping, /version, /info: what a client asks before anything else.
#include "api/endpoints.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSysInfo>
#include <QThread>

namespace porthole::api {

namespace {

HttpResponse ping(ApiCall &call)
{
    HttpResponse response;
    response.contentType = "text/plain; charset=utf-8";
    response.body = call.request.method == "HEAD" ? QByteArray() : QByteArray("OK");
    response.headers = {{"Builder-Version", "1"}, {"Swarm", "inactive"}, {"Cache-Control", "no-cache, no-store, must-revalidate"},
                        {"Pragma", "no-cache"}};
    return response;
}

QString goArch()
{
    const QString arch = QSysInfo::currentCpuArchitecture();
    return arch == QLatin1String("x86_64") ? QStringLiteral("amd64") : arch == QLatin1String("arm64") ? QStringLiteral("arm64") : arch;
}

HttpResponse version(ApiCall &)
{
    const QJsonObject engine{{QStringLiteral("Name"), QStringLiteral("Engine")},
                             {QStringLiteral("Version"), QStringLiteral(PORTHOLE_VERSION)},
                             {QStringLiteral("Details"), QJsonObject{{QStringLiteral("ApiVersion"), QStringLiteral("1.41")},
                                                                     {QStringLiteral("MinAPIVersion"), QStringLiteral("1.24")},
                                                                     {QStringLiteral("Os"), QStringLiteral("linux")},
                                                                     {QStringLiteral("Arch"), goArch()}}}};
    return jsonResponse(200, QJsonObject{{QStringLiteral("Platform"), QJsonObject{{QStringLiteral("Name"), QStringLiteral("Porthole")}}},
                                         {QStringLiteral("Components"), QJsonArray{engine}},
                                         {QStringLiteral("Version"), QStringLiteral(PORTHOLE_VERSION)},
                                         {QStringLiteral("ApiVersion"), QStringLiteral("1.41")},
                                         {QStringLiteral("MinAPIVersion"), QStringLiteral("1.24")},
                                         {QStringLiteral("Os"), QStringLiteral("linux")},
                                         {QStringLiteral("Arch"), goArch()},
                                         {QStringLiteral("KernelVersion"), QSysInfo::kernelVersion()},
                                         {QStringLiteral("GoVersion"), QStringLiteral("n/a (C++)")},
                                         {QStringLiteral("Experimental"), false}});
}

// Docker's info from the engine's (the figures `porthole info` prints).
HttpResponse info(ApiCall &call)
{
    auto info = call.engine.containers().systemInfo();
    if (!info)
        return engineError(info.error());
    QJsonObject runtimes;
    for (const QString &runtime : std::as_const(info->runtimes))
        runtimes.insert(runtime, QJsonObject{{QStringLiteral("path"), runtime}});
    return jsonResponse(200, QJsonObject{{QStringLiteral("ID"), QStringLiteral("porthole")},
                                         {QStringLiteral("Containers"), info->containers},
                                         {QStringLiteral("ContainersRunning"), info->running},
                                         {QStringLiteral("ContainersPaused"), info->paused},
                                         {QStringLiteral("ContainersStopped"), info->stopped},
                                         {QStringLiteral("Images"), info->images},
                                         {QStringLiteral("Driver"), info->storageDriver},
                                         {QStringLiteral("DriverStatus"), QJsonArray{QJsonArray{QStringLiteral("Backing Filesystem"), info->backingFilesystem}}},
                                         {QStringLiteral("CgroupDriver"), info->cgroupDriver},
                                         {QStringLiteral("CgroupVersion"), QString::number(info->cgroupVersion)},
                                         {QStringLiteral("DockerRootDir"), info->rootDir},
                                         {QStringLiteral("OperatingSystem"), info->operatingSystem},
                                         {QStringLiteral("OSType"), QStringLiteral("linux")},
                                         {QStringLiteral("Architecture"), info->architecture},
                                         {QStringLiteral("KernelVersion"), info->kernelVersion},
                                         {QStringLiteral("NCPU"), info->cpus},
                                         {QStringLiteral("MemTotal"), info->memoryBytes},
                                         {QStringLiteral("Name"), info->name},
                                         {QStringLiteral("ServerVersion"), QStringLiteral(PORTHOLE_VERSION)},
                                         {QStringLiteral("Runtimes"), runtimes},
                                         {QStringLiteral("DefaultRuntime"), info->defaultRuntime},
                                         {QStringLiteral("InitBinary"), info->initBinary},
                                         {QStringLiteral("RegistryConfig"), QJsonObject{{QStringLiteral("Mirrors"), QJsonArray::fromStringList(info->registryMirrors)}}},
                                         {QStringLiteral("Warnings"), QJsonArray::fromStringList(info->warnings)},
                                         {QStringLiteral("Swarm"), QJsonObject{{QStringLiteral("LocalNodeState"), QStringLiteral("inactive")}}}});
}

} // namespace

QList<Route> systemRoutes()
{
    return {{"GET", "/_ping", ping}, {"HEAD", "/_ping", ping}, {"GET", "/version", version}, {"GET", "/info", info}};
}

} // namespace porthole::api
