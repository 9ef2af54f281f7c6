#pragma once
// Docker's human-readable sizes ("4.26MB") and durations ("3 months").
#include <QDateTime>
#include <QString>

namespace porthole {

QString humanSize(qint64 bytes);           // decimal units, 3 significant digits
QString humanDuration(qint64 milliseconds); // "Less than a second", "About an hour", "2 weeks"

// --since / --until values: a Unix time ("1700000000.5"), an RFC 3339 time,
// or a duration back from now ("42m", "1h30m", "10s"). Invalid on error.
QDateTime parseTimeArgument(const QString &text, const QDateTime &now);

} // namespace porthole
