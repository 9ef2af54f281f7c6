// /containers/{id}/archive (docker cp): HEAD says what is at a path (Docker's
// X-Docker-Container-Path-Stat header), GET sends it as a tar, PUT unpacks a
// tar into a directory; each one engine call.
#include "api/endpoints.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

namespace porthole::api {

namespace {

// Go's os.FileMode, which the docker CLI decodes.
qint64 goFileMode(quint32 mode)
{
    qint64 go = mode & 0777;
    if (S_ISDIR(mode))
        go |= qint64(1) << 31;
    if (S_ISLNK(mode))
        go |= qint64(1) << 27;
    if (S_ISFIFO(mode))
        go |= qint64(1) << 25;
    if (S_ISSOCK(mode))
        go |= qint64(1) << 24;
    if (S_ISBLK(mode) || S_ISCHR(mode))
        go |= qint64(1) << 26;
    if (S_ISCHR(mode))
        go |= qint64(1) << 21;
    if (mode & S_ISUID)
        go |= qint64(1) << 23;
    if (mode & S_ISGID)
        go |= qint64(1) << 22;
    if (mode & S_ISVTX)
        go |= qint64(1) << 20;
    return go;
}

QByteArray statHeader(const PathStat &stat)
{
    const QJsonObject json{{QStringLiteral("name"), stat.name},
                           {QStringLiteral("size"), stat.size},
                           {QStringLiteral("mode"), goFileMode(stat.mode)},
                           {QStringLiteral("mtime"), stat.modified.toString(Qt::ISODateWithMs)},
                           {QStringLiteral("linkTarget"), stat.linkTarget}};
    return QJsonDocument(json).toJson(QJsonDocument::Compact).toBase64();
}

HttpResponse copyError(const Error &error)
{
    if (error.message.startsWith(QLatin1String("Could not find the file")))
        return errorResponse(404, error.message);
    if (error.message.contains(QLatin1String("must be a directory")))
        return errorResponse(400, error.message);
    return engineError(error);
}

HttpResponse statPath(ApiCall &call)
{
    auto stat = call.engine.containers().statInContainer(call.params.at(0), call.request.queryValue(QStringLiteral("path")));
    if (!stat)
        return copyError(stat.error());
    HttpResponse response = emptyResponse(200);
    response.headers.append({"X-Docker-Container-Path-Stat", statHeader(*stat)});
    return response;
}

HttpResponse getArchive(ApiCall &call)
{
    const QString path = call.request.queryValue(QStringLiteral("path"));
    auto stat = call.engine.containers().statInContainer(call.params.at(0), path);
    if (!stat)
        return copyError(stat.error());
    auto socket = call.takeSocket();
    QByteArray head = RawSocket::streamHead(200, "application/x-tar");
    head.insert(head.size() - 2, "X-Docker-Container-Path-Stat: " + statHeader(*stat) + "\r\n");
    if (!socket || !socket->write(head))
        return streamed();
    CopyRequest request;
    request.container = call.params.at(0);
    request.containerPath = path;
    request.hostPath = QStringLiteral("-");
    request.streamFd = socket->fd();
    Progress progress;
    (void)call.engine.containers().copyFromContainer(request, progress); // a failure cuts the stream
    return streamed();
}

// The body (a tar, read as it arrives) through a pipe to the engine, which
// unpacks it as cp - does.
HttpResponse putArchive(ApiCall &call)
{
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC) != 0)
        return errorResponse(500, QStringLiteral("cannot make a pipe: %1").arg(systemErrorText(errno)));
    auto body = call.takeBody();
    std::thread feeder([fd = fds[1], &body] {
        char buffer[64 * 1024];
        for (;;) {
            auto n = body->read(buffer, sizeof buffer);
            if (!n || *n == 0)
                break; // a body cut short ends the tar early: the engine says it is damaged
            for (qint64 at = 0; at < *n;) {
                const ssize_t written = ::write(fd, buffer + at, size_t(*n - at));
                if (written < 0 && errno == EINTR)
                    continue;
                if (written <= 0) {
                    ::close(fd); // the engine stopped reading: its error says why
                    return;
                }
                at += written;
            }
        }
        ::close(fd);
    });
    CopyRequest request;
    request.container = call.params.at(0);
    request.containerPath = call.request.queryValue(QStringLiteral("path"));
    request.hostPath = QStringLiteral("-");
    request.streamFd = fds[0];
    Progress progress;
    auto copied = call.engine.containers().copyToContainer(request, progress);
    ::close(fds[0]); // a feeder still writing sees EPIPE
    feeder.join();
    body->respond(copied ? emptyResponse(200) : copyError(copied.error()));
    return streamed();
}

} // namespace

QList<Route> fileRoutes()
{
    return {{"HEAD", "/containers/{id}/archive", statPath},
            {"GET", "/containers/{id}/archive", getArchive},
            {"PUT", "/containers/{id}/archive", putArchive}};
}

} // namespace porthole::api
