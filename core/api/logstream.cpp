// containers/{id}/logs: the log conmon writes, as Docker's daemon sends
// it: raw for a tty, else in multiplexed frames; tail, since, until,
// timestamps; followed while the container may still write.
#include "api/streamformats.h"
#include "containers/containerlogs.h"

#include <QFile>
#include <QThread>

namespace porthole::api {

LogOptions LogOptions::fromQuery(const HttpRequest &request)
{
    LogOptions options;
    options.follow = request.queryFlag(QStringLiteral("follow"));
    options.timestamps = request.queryFlag(QStringLiteral("timestamps"));
    options.stdoutWanted = request.queryFlag(QStringLiteral("stdout"));
    options.stderrWanted = request.queryFlag(QStringLiteral("stderr"));
    bool ok = false;
    const int tail = request.queryValue(QStringLiteral("tail")).toInt(&ok);
    options.tail = ok && tail >= 0 ? tail : -1;
    for (auto [key, time] : {std::pair{QStringLiteral("since"), &options.since}, std::pair{QStringLiteral("until"), &options.until}}) {
        const double seconds = request.queryValue(key).toDouble(&ok);
        if (ok && seconds > 0)
            *time = QDateTime::fromMSecsSinceEpoch(qint64(seconds * 1000), Qt::UTC);
    }
    return options;
}

namespace {

bool sendLine(RawSocket &socket, const LogLine &line, const LogOptions &options, bool tty)
{
    if ((line.stderrStream && !options.stderrWanted) || (!line.stderrStream && !options.stdoutWanted))
        return true;
    if ((options.since.isValid() && line.time < options.since) || (options.until.isValid() && line.time > options.until))
        return true;
    const QByteArray text = (options.timestamps ? line.timestamp + ' ' : QByteArray()) + line.text;
    return socket.write(tty ? text : multiplexedFrame(line.stderrStream ? 2 : 1, text));
}

bool stillWriting(Engine &engine, const QString &id)
{
    auto current = engine.containers().find(id);
    return current && (current->state.isLive() || current->state.state == ContainerState::Created);
}

} // namespace

void streamLogs(RawSocket &socket, Engine &engine, const ContainerRecord &record, const LogOptions &options)
{
    const bool tty = record.config.tty;
    if (!socket.write(RawSocket::streamHead(200, tty ? "application/vnd.docker.raw-stream" : "application/vnd.docker.multiplexed-stream")))
        return;
    QFile log(engine.containers().store().logPath(record.config.id));
    QByteArray rest;
    QList<LogLine> lines;
    if (log.open(QIODevice::ReadOnly))
        lines = parseLogLines(log.readAll(), rest);
    if (options.tail >= 0 && lines.size() > options.tail)
        lines = lines.mid(lines.size() - options.tail);
    for (const LogLine &line : std::as_const(lines))
        if (!sendLine(socket, line, options, tty))
            return;
    while (options.follow && !socket.clientClosed()) {
        if (!log.isOpen())
            log.open(QIODevice::ReadOnly);
        const QByteArray more = log.isOpen() ? log.readAll() : QByteArray();
        for (const LogLine &line : parseLogLines(more, rest))
            if (!sendLine(socket, line, options, tty))
                return;
        if (more.isEmpty() && !stillWriting(engine, record.config.id))
            return;
        QThread::msleep(100);
    }
}

} // namespace porthole::api
