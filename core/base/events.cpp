#include "base/events.h"

#include <QFile>
#include <QTimeZone>
#include <QJsonDocument>
#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace porthole {

QJsonObject Event::toJson() const
{
    return {{QLatin1String("time"), time.toSecsSinceEpoch()},
            {QLatin1String("timeNano"), QString::number(time.toMSecsSinceEpoch() * 1000000)},
            {QLatin1String("Type"), type},
            {QLatin1String("Action"), action},
            {QLatin1String("Actor"), QJsonObject{{QLatin1String("ID"), id}, {QLatin1String("Attributes"), attributes}}}};
}

Event Event::fromJson(const QJsonObject &json)
{
    Event event;
    event.time = QDateTime::fromMSecsSinceEpoch(json.value(QLatin1String("timeNano")).toString().toLongLong() / 1000000, Qt::UTC);
    event.type = json.value(QLatin1String("Type")).toString();
    event.action = json.value(QLatin1String("Action")).toString();
    const QJsonObject actor = json.value(QLatin1String("Actor")).toObject();
    event.id = actor.value(QLatin1String("ID")).toString();
    event.attributes = actor.value(QLatin1String("Attributes")).toObject();
    return event;
}

QString Event::toText() const
{
    QStringList attrs;
    for (auto it = attributes.begin(); it != attributes.end(); ++it)
        attrs.append(it.key() + QLatin1Char('=') + (it.value().isString() ? it.value().toString() : QString::number(it.value().toInteger())));
    const QString stamp = time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz000000Z"));
    return QStringLiteral("%1 %2 %3 %4 (%5)").arg(stamp, type, action, id, attrs.join(QStringLiteral(", ")));
}

QString eventsJournalPath(const QString &storeRoot)
{
    return storeRoot + QStringLiteral("/events.jsonl");
}

Status appendEvent(const QString &storeRoot, const Event &event)
{
    const QByteArray line = QJsonDocument(event.toJson()).toJson(QJsonDocument::Compact) + '\n';
    const int fd = ::open(QFile::encodeName(eventsJournalPath(storeRoot)).constData(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0)
        return fail(QStringLiteral("cannot write the events journal: %1").arg(systemErrorText(errno)));
    const ssize_t written = ::write(fd, line.constData(), size_t(line.size()));
    ::close(fd);
    if (written != line.size())
        return fail(QStringLiteral("cannot write the events journal"));
    return {};
}

Result<QList<Event>> readEvents(const QString &storeRoot, qint64 &offset)
{
    QList<Event> events;
    QFile file(eventsJournalPath(storeRoot));
    if (!file.exists())
        return events;
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read the events journal: %1").arg(file.errorString()));
    if (!file.seek(offset))
        return events;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        if (!line.endsWith('\n'))
            break; // a line still being written
        offset += line.size();
        const QJsonObject json = QJsonDocument::fromJson(line).object();
        if (!json.isEmpty())
            events.append(Event::fromJson(json));
    }
    return events;
}

} // namespace porthole
