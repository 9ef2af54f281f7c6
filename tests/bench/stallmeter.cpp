#include "stallmeter.h"

#include <QCoreApplication>

namespace benchsupport {

StallMeter::StallMeter()
{
    m_timer.setObjectName(QStringLiteral("stall meter")); // its own tick, when the slowest, is the OS's delay
    m_timer.setInterval(1);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this] { m_longest = std::max(m_longest, m_clock.restart() - 1); });
}

void StallMeter::start()
{
    m_longest = 0;
    m_clock.start();
    m_timer.start();
}

qint64 StallMeter::stop()
{
    m_timer.stop();
    return m_longest;
}

bool waitUntil(const std::function<bool()> &condition, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!condition()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    }
    return true;
}

} // namespace benchsupport
