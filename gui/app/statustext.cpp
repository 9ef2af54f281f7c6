#include "gui/app/statustext.h"

#include "base/humanize.h"

QString StatusText::duration(qint64 milliseconds)
{
    using Unit = porthole::RoughDuration::Unit;
    const porthole::RoughDuration rough = porthole::roughDuration(milliseconds);
    switch (rough.unit) {
    case Unit::LessThanASecond: return tr("Less than a second");
    case Unit::Second: return tr("1 second");
    case Unit::Seconds: return tr("%1 seconds").arg(rough.count);
    case Unit::AboutAMinute: return tr("About a minute");
    case Unit::Minutes: return tr("%1 minutes").arg(rough.count);
    case Unit::AboutAnHour: return tr("About an hour");
    case Unit::Hours: return tr("%1 hours").arg(rough.count);
    case Unit::Days: return tr("%1 days").arg(rough.count);
    case Unit::Weeks: return tr("%1 weeks").arg(rough.count);
    case Unit::Months: return tr("%1 months").arg(rough.count);
    case Unit::Years: return tr("%1 years").arg(rough.count);
    }
    return {};
}

qint64 StatusText::nextChangeIn(qint64 milliseconds)
{
    const qint64 ms = std::max<qint64>(0, milliseconds);
    if (ms < 60 * 1000)
        return 1000 - ms % 1000 + 1;
    return 60 * 1000 - ms % (60 * 1000) + 1; // minutes; hours round at the half hour, also on a minute
}

QString StatusText::ago(qint64 milliseconds)
{
    return tr("%1 ago").arg(duration(milliseconds));
}

QString StatusText::of(const porthole::ContainerRecord &record, const QDateTime &now)
{
    using porthole::ContainerState;
    switch (record.state.state) {
    case ContainerState::Created:
        return tr("Created");
    case ContainerState::Running:
        return tr("Up %1").arg(duration(record.state.startedAt.msecsTo(now)));
    case ContainerState::Paused:
        return tr("Up %1 (Paused)").arg(duration(record.state.startedAt.msecsTo(now)));
    case ContainerState::Exited:
        return tr("Exited (%1) %2").arg(record.state.exitCode).arg(ago(record.state.finishedAt.msecsTo(now)));
    case ContainerState::Removing:
        return tr("Removal In Progress");
    case ContainerState::Dead:
        return tr("Dead");
    }
    return {};
}
