#pragma once
// Docker's human-readable sizes ("4.26MB") and durations ("3 months").
#include <QDateTime>
#include <QString>

namespace porthole {

QString humanSize(qint64 bytes);           // decimal units, 3 significant digits
// Go's units.HumanSizeWithPrecision: decimal units, so many significant
// digits ("4.262MB" with 4, as `system df` and prune print sizes).
QString humanSizePrecision(double bytes, int precision);
// Go's units.BytesSize: binary units, 4 significant digits ("1.953MiB",
// as `stats` prints memory).
QString binarySize(double bytes);
QString humanDuration(qint64 milliseconds); // "Less than a second", "About an hour", "2 weeks"

// The same rounding as humanDuration, as a unit and a count, for a front
// that words it in another language.
struct RoughDuration {
    enum class Unit { LessThanASecond, Second, Seconds, AboutAMinute, Minutes, AboutAnHour, Hours, Days, Weeks, Months, Years };
    Unit unit;
    qint64 count;
};
RoughDuration roughDuration(qint64 milliseconds);

// --since / --until values: a Unix time ("1700000000.5"), an RFC 3339 time,
// or a duration back from now ("42m", "1h30m", "10s"). Invalid on error.
QDateTime parseTimeArgument(const QString &text, const QDateTime &now);

// A time as Go prints a time.Time, which Docker's --format shows:
// "2024-10-11 00:00:00 +0000 UTC".
QString goTimeText(const QDateTime &time);

} // namespace porthole
