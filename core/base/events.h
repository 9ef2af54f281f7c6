#pragma once
// The events journal (events.jsonl in the store): one JSON line per
// lifecycle transition, appended with a single write so concurrent
// processes never interleave. The GUI follows it; `events` streams it.
#include "base/error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace porthole {

struct Event {
    QDateTime time;
    QString type;   // "container", "image"
    QString action; // "create", "start", "die", ...
    QString id;
    QJsonObject attributes; // name, image, exitCode, ...

    QJsonObject toJson() const;
    static Event fromJson(const QJsonObject &json);
    // Docker's line: "2026-11-27T19:50:00.123456789Z container start <id> (image=busybox, name=web)".
    QString toText() const;
};

QString eventsJournalPath(const QString &storeRoot);
Status appendEvent(const QString &storeRoot, const Event &event);
// Events in [since, until] (invalid times: unbounded), from byte offset on;
// offset is advanced past what was read (for following the journal).
Result<QList<Event>> readEvents(const QString &storeRoot, qint64 &offset);

} // namespace porthole
