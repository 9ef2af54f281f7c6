#include "base/humanize.h"

#include <QRegularExpression>
#include <QStringList>

namespace porthole {

QString humanSize(qint64 bytes)
{
    static const char *const units[] = {"B", "kB", "MB", "GB", "TB", "PB", "EB"};
    double size = double(bytes);
    int unit = 0;
    while (size >= 1000.0 && unit < 6) {
        size /= 1000.0;
        ++unit;
    }
    return QString::number(size, 'g', 3) + QLatin1String(units[unit]);
}

namespace {

QString scaled(double size, double base, const char *const *units, int unitCount, int precision)
{
    int unit = 0;
    while (size >= base && unit < unitCount - 1) {
        size /= base;
        ++unit;
    }
    return QString::number(size, 'g', precision) + QLatin1String(units[unit]);
}

} // namespace

QString humanSizePrecision(double bytes, int precision)
{
    static const char *const units[] = {"B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"};
    return scaled(bytes, 1000.0, units, 9, precision);
}

QString binarySize(double bytes)
{
    static const char *const units[] = {"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB", "ZiB", "YiB"};
    return scaled(bytes, 1024.0, units, 9, 4);
}

RoughDuration roughDuration(qint64 milliseconds)
{
    using Unit = RoughDuration::Unit;
    const qint64 seconds = milliseconds / 1000;
    if (seconds < 1)
        return {Unit::LessThanASecond, 0};
    if (seconds == 1)
        return {Unit::Second, 1};
    if (seconds < 60)
        return {Unit::Seconds, seconds};
    const qint64 minutes = seconds / 60;
    if (minutes == 1)
        return {Unit::AboutAMinute, 1};
    if (minutes < 60)
        return {Unit::Minutes, minutes};
    const qint64 hours = qint64(double(milliseconds) / 3600000.0 + 0.5);
    if (hours == 1)
        return {Unit::AboutAnHour, 1};
    if (hours < 48)
        return {Unit::Hours, hours};
    if (hours < 24 * 7 * 2)
        return {Unit::Days, hours / 24};
    if (hours < 24 * 30 * 2)
        return {Unit::Weeks, hours / 24 / 7};
    if (hours < 24 * 365 * 2)
        return {Unit::Months, hours / 24 / 30};
    return {Unit::Years, milliseconds / 3600000 / 24 / 365};
}

QString humanDuration(qint64 milliseconds)
{
    using Unit = RoughDuration::Unit;
    const RoughDuration rough = roughDuration(milliseconds);
    switch (rough.unit) {
    case Unit::LessThanASecond: return QStringLiteral("Less than a second");
    case Unit::Second: return QStringLiteral("1 second");
    case Unit::Seconds: return QStringLiteral("%1 seconds").arg(rough.count);
    case Unit::AboutAMinute: return QStringLiteral("About a minute");
    case Unit::Minutes: return QStringLiteral("%1 minutes").arg(rough.count);
    case Unit::AboutAnHour: return QStringLiteral("About an hour");
    case Unit::Hours: return QStringLiteral("%1 hours").arg(rough.count);
    case Unit::Days: return QStringLiteral("%1 days").arg(rough.count);
    case Unit::Weeks: return QStringLiteral("%1 weeks").arg(rough.count);
    case Unit::Months: return QStringLiteral("%1 months").arg(rough.count);
    case Unit::Years: return QStringLiteral("%1 years").arg(rough.count);
    }
    return {};
}

} // namespace porthole

namespace porthole {

QDateTime parseTimeArgument(const QString &text, const QDateTime &now)
{
    bool isNumber = false;
    const double seconds = text.toDouble(&isNumber);
    if (isNumber)
        return QDateTime::fromMSecsSinceEpoch(qint64(seconds * 1000), Qt::UTC);
    static const QRegularExpression duration(QStringLiteral("^(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?$"));
    const auto match = duration.match(text);
    if (match.hasMatch() && !text.isEmpty())
        return now.addSecs(-(match.captured(1).toLongLong() * 3600 + match.captured(2).toLongLong() * 60 + match.captured(3).toLongLong()));
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    return time;
}

QString goTimeText(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" +0000 UTC");
}

} // namespace porthole
