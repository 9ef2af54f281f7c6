// /events: the events journal as Docker's daemon streams it, one JSON
// object per event with the legacy status/id/from fields; since, until
// and filters; followed until until or the client goes.
#include "api/streamformats.h"
#include "base/events.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QThread>

namespace porthole::api {

EventOptions EventOptions::fromQuery(const HttpRequest &request)
{
    EventOptions options;
    bool ok = false;
    for (auto [key, time] : {std::pair{QStringLiteral("since"), &options.since}, std::pair{QStringLiteral("until"), &options.until}}) {
        const double seconds = request.queryValue(key).toDouble(&ok);
        if (ok)
            *time = QDateTime::fromMSecsSinceEpoch(qint64(seconds * 1000), Qt::UTC);
    }
    const QJsonObject filters = QJsonDocument::fromJson(request.queryValue(QStringLiteral("filters")).toUtf8()).object();
    for (auto it = filters.begin(); it != filters.end(); ++it) {
        QStringList values;
        if (it.value().isObject()) // {"type":{"container":true}}, as older clients send
            values = it.value().toObject().keys();
        for (const QJsonValue &value : it.value().toArray())
            values.append(value.toString());
        options.filters.insert(it.key(), values);
    }
    return options;
}

bool EventOptions::admits(const Event &event) const
{
    if ((since.isValid() && event.time < since) || (until.isValid() && event.time > until))
        return false;
    const QString name = event.attributes.value(QLatin1String("name")).toString();
    const QHash<QString, QStringList> candidates{{QStringLiteral("type"), {event.type}},
                                                 {QStringLiteral("event"), {event.action}},
                                                 {QStringLiteral("container"), {event.id, name, event.id.left(12)}},
                                                 {QStringLiteral("image"), {event.attributes.value(QLatin1String("image")).toString()}}};
    for (auto it = filters.begin(); it != filters.end(); ++it) {
        bool any = false;
        for (const QString &wanted : it.value())
            any = any || candidates.value(it.key()).contains(wanted);
        if (!any)
            return false;
    }
    return true;
}

namespace {

QByteArray eventJson(const Event &event)
{
    QJsonObject json = event.toJson();
    json.insert(QStringLiteral("timeNano"), event.time.toMSecsSinceEpoch() * 1000000);
    json.insert(QStringLiteral("scope"), QStringLiteral("local"));
    if (event.type == QLatin1String("container") || event.type == QLatin1String("image")) {
        json.insert(QStringLiteral("status"), event.action);
        json.insert(QStringLiteral("id"), event.id);
        if (event.type == QLatin1String("container"))
            json.insert(QStringLiteral("from"), event.attributes.value(QLatin1String("image")));
    }
    return QJsonDocument(json).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace

void streamEvents(RawSocket &socket, const QString &storeRoot, const EventOptions &options)
{
    qint64 offset = 0;
    if (!options.since.isValid()) // only what happens from now on
        (void)readEvents(storeRoot, offset);
    for (;;) {
        for (const Event &event : readEvents(storeRoot, offset).value_or(QList<Event>()))
            if (options.admits(event) && !socket.write(eventJson(event)))
                return;
        if ((options.until.isValid() && QDateTime::currentDateTimeUtc() > options.until) || socket.clientClosed())
            return;
        QThread::msleep(100);
    }
}

} // namespace porthole::api
