#include "api/apiservice.h"

#include "api/apiconnection.h"
#include "base/fsutil.h"
#include "containers/engine.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThreadPool>
#include <QTimer>
#include <QUrl>
#include <memory>
#include <unistd.h>

namespace porthole::api {

QString defaultServiceUri(const StorePaths &paths)
{
    return QStringLiteral("unix://") + paths.runRoot + QStringLiteral("/docker.sock");
}

namespace {

// The listener for the URI; refuses a socket another service answers on.
Status listenUnix(QLocalServer &server, const QString &path)
{
    QLocalSocket probe;
    probe.connectToServer(path);
    if (probe.waitForConnected(500))
        return fail(QStringLiteral("another service already listens on %1").arg(path));
    QFile::remove(path); // a stale socket of a service that was killed
    if (auto ok = makeDirectories(QFileInfo(path).absolutePath()); !ok)
        return ok;
    server.setSocketOptions(::geteuid() == 0 ? QLocalServer::UserAccessOption | QLocalServer::GroupAccessOption
                                             : QLocalServer::UserAccessOption);
    if (!server.listen(path))
        return fail(QStringLiteral("cannot listen on %1: %2").arg(path, server.errorString()));
    return {};
}

Status listenTcp(QTcpServer &server, const QUrl &url)
{
    const QHostAddress host(url.host());
    if (host.isNull() || url.port() <= 0)
        return fail(QStringLiteral("invalid service address %1: use tcp://127.0.0.1:PORT").arg(url.toString()));
    if (!server.listen(host, quint16(url.port())))
        return fail(QStringLiteral("cannot listen on %1: %2").arg(url.toString(), server.errorString()));
    return {};
}

// Listens on the URI's socket; each client is handed to accept, which
// returns the connection that is told when the client goes.
Status listenOn(const QUrl &url, QLocalServer &unixServer, QTcpServer &tcpServer,
                const std::function<ApiConnection *(QIODevice *)> &accept)
{
    if (url.scheme() == QLatin1String("unix")) {
        if (auto ok = listenUnix(unixServer, url.path()); !ok)
            return ok;
        QObject::connect(&unixServer, &QLocalServer::newConnection, [&unixServer, accept] {
            while (QLocalSocket *socket = unixServer.nextPendingConnection())
                QObject::connect(socket, &QLocalSocket::disconnected, accept(socket), &ApiConnection::clientGone);
        });
        return {};
    }
    if (url.scheme() == QLatin1String("tcp")) {
        if (auto ok = listenTcp(tcpServer, url); !ok)
            return ok;
        QObject::connect(&tcpServer, &QTcpServer::newConnection, [&tcpServer, accept] {
            while (QTcpSocket *socket = tcpServer.nextPendingConnection())
                QObject::connect(socket, &QTcpSocket::disconnected, accept(socket), &ApiConnection::clientGone);
        });
        return {};
    }
    return fail(QStringLiteral("invalid service address %1: use unix:///PATH or tcp://127.0.0.1:PORT").arg(url.toString()));
}

} // namespace

Status runService(const ServiceOptions &options, Progress &progress, const std::function<void(const QString &)> &listening)
{
    auto engine = Engine::open(options.paths, options.runtime);
    if (!engine)
        return std::unexpected(engine.error());
    const QString uri = options.uri.isEmpty() ? defaultServiceUri(options.paths) : options.uri;
    const QUrl url(uri);
    // Waits and stops block: many workers. Left to the process's exit when
    // one still blocks (a wait on a running container) as the service ends.
    auto workers = std::make_unique<QThreadPool>();
    workers->setMaxThreadCount(64);
    workers->setExpiryTimeout(1000); // an idle worker goes, with its event dispatcher's descriptors
    auto connections = std::make_unique<QObject>();
    QLocalServer unixServer;
    QTcpServer tcpServer;
    QElapsedTimer idle;
    idle.start();
    int open = 0;
    auto accept = [&](QIODevice *socket) -> ApiConnection * {
        ++open;
        auto *connection = new ApiConnection(socket, *engine, workers.get(), connections.get());
        QObject::connect(connection, &QObject::destroyed, connections.get(), [&] {
            --open;
            idle.restart();
        });
        return connection;
    };
    if (auto ok = listenOn(url, unixServer, tcpServer, accept); !ok)
        return ok;
    listening(uri);
    QEventLoop loop;
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, [&] {
        if (progress.isCancelled() || (options.idleSeconds > 0 && open == 0 && idle.elapsed() > options.idleSeconds * 1000LL))
            loop.quit();
    });
    tick.start(100);
    loop.exec();
    unixServer.close();
    if (url.scheme() == QLatin1String("unix"))
        QFile::remove(url.path());
    if (!workers->waitForDone(2000)) { // the process's exit ends them
        (void)connections.release();
        (void)workers.release();
    }
    return {};
}

} // namespace porthole::api
