#pragma once
// What the stream endpoints write: Docker's JSON message lines (pull,
// import, load), its multiplexed frames (logs and attach without a tty),
// and the loops that follow a container's log and the events journal.
#include "api/endpoints.h"
#include "base/bytesource.h"
#include "base/events.h"

#include <QDateTime>
#include <QJsonObject>

namespace porthole::api {

// One JSON message of Docker's stream: the object and "\r\n".
QByteArray streamMessage(const QJsonObject &message);
// Docker's frame for multiplexed output: [stream, 0, 0, 0, size (big
// endian, 4 bytes)] then the bytes; stream 1 is stdout, 2 stderr.
QByteArray multiplexedFrame(int stream, const QByteArray &bytes);

HttpResponse importImage(ApiCall &call);
HttpResponse pullImageStream(ApiCall &call, const QString &image, const QString &tag);
HttpResponse pushImageStream(ApiCall &call); // images/{name}/push
HttpResponse searchImages(ApiCall &call);    // images/search

struct LogOptions {
    bool follow = false, timestamps = false, stdoutWanted = true, stderrWanted = true;
    int tail = -1;          // -1: all
    QDateTime since, until; // invalid: unbounded
    static LogOptions fromQuery(const HttpRequest &request);
};
void streamLogs(RawSocket &socket, Engine &engine, const ContainerRecord &record, const LogOptions &options);

struct EventOptions {
    QDateTime since, until;
    QHash<QString, QStringList> filters; // type, container, event, image
    static EventOptions fromQuery(const HttpRequest &request);
    bool admits(const Event &event) const;
};
void streamEvents(RawSocket &socket, const QString &storeRoot, const EventOptions &options);

} // namespace porthole::api
