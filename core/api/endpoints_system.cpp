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

HttpResponse info(ApiCall &call)
{
    int running = 0, paused = 0, stopped = 0;
    const auto containers = call.engine.containers().list();
    for (const ContainerRecord &record : containers.value_or(QList<ContainerRecord>())) {
        const ContainerState state = record.state.state;
        (state == ContainerState::Running ? running : state == ContainerState::Paused ? paused : stopped)++;
    }
    const auto images = call.engine.images().images();
    return jsonResponse(200, QJsonObject{{QStringLiteral("ID"), QStringLiteral("porthole")},
                                         {QStringLiteral("Containers"), running + paused + stopped},
                                         {QStringLiteral("ContainersRunning"), running},
                                         {QStringLiteral("ContainersPaused"), paused},
                                         {QStringLiteral("ContainersStopped"), stopped},
                                         {QStringLiteral("Images"), int(images.value_or(QList<ImageInfo>()).size())},
                                         {QStringLiteral("Driver"), QStringLiteral("overlay")},
                                         {QStringLiteral("DockerRootDir"), call.engine.paths().root},
                                         {QStringLiteral("OperatingSystem"), QSysInfo::prettyProductName()},
                                         {QStringLiteral("OSType"), QStringLiteral("linux")},
                                         {QStringLiteral("Architecture"), QSysInfo::currentCpuArchitecture()},
                                         {QStringLiteral("KernelVersion"), QSysInfo::kernelVersion()},
                                         {QStringLiteral("NCPU"), QThread::idealThreadCount()},
                                         {QStringLiteral("Name"), QSysInfo::machineHostName()},
                                         {QStringLiteral("ServerVersion"), QStringLiteral(PORTHOLE_VERSION)},
                                         {QStringLiteral("DefaultRuntime"), call.engine.runtime()},
                                         {QStringLiteral("Swarm"), QJsonObject{{QStringLiteral("LocalNodeState"), QStringLiteral("inactive")}}}});
}

} // namespace

QList<Route> systemRoutes()
{
    return {{"GET", "/_ping", ping}, {"HEAD", "/_ping", ping}, {"GET", "/version", version}, {"GET", "/info", info}};
}

} // namespace porthole::api
