#include "registry/transferprogress.h"

#include <chrono>

namespace porthole {

void ProgressRelay::post(const LayerProgress &update)
{
    std::lock_guard guard(m_mutex);
    for (qsizetype i = m_pending.size() - 1; i >= 0; --i) {
        if (m_pending.at(i).id != update.id)
            continue;
        if (m_pending.at(i).status == update.status && update.isByteUpdate() && m_pending.at(i).isByteUpdate()) {
            m_pending[i] = update;
            return;
        }
        break;
    }
    m_pending.append(update);
    m_posted.notify_all();
}

void ProgressRelay::deliver(const TransferObserver &observer)
{
    QList<LayerProgress> updates;
    {
        std::lock_guard guard(m_mutex);
        updates.swap(m_pending);
    }
    if (observer.layer)
        for (const LayerProgress &update : std::as_const(updates))
            observer.layer(update);
}

void ProgressRelay::wait(int milliseconds)
{
    std::unique_lock lock(m_mutex);
    if (m_pending.isEmpty() && !m_woken)
        m_posted.wait_for(lock, std::chrono::milliseconds(milliseconds));
    m_woken = false;
}

void ProgressRelay::wake()
{
    std::lock_guard guard(m_mutex);
    m_woken = true;
    m_posted.notify_all();
}

QString transferSize(qint64 bytes)
{
    static const char *units[] = {"B", "kB", "MB", "GB", "TB", "PB"};
    double value = double(bytes);
    int unit = 0;
    while (value >= 1000.0 && unit < 5) {
        value /= 1000.0;
        ++unit;
    }
    return QString::number(value, 'g', 4) + QLatin1String(units[unit]);
}

QString progressLine(const LayerProgress &update, bool withBar)
{
    QString line = update.id.isEmpty() ? update.status : update.id + QStringLiteral(": ") + update.status;
    if (!withBar || (update.current <= 0 && update.total <= 0))
        return line;
    if (update.total <= 0)
        return line + QLatin1Char(' ') + transferSize(update.current).rightJustified(8);
    const int filled = std::min(50, int(double(update.current) / double(update.total) * 100) / 2);
    line += QStringLiteral(" [") + QString(filled, QLatin1Char('=')) + QLatin1Char('>')
            + QString(50 - filled, QLatin1Char(' ')) + QStringLiteral("] ");
    if (update.current <= update.total)
        line += transferSize(update.current).rightJustified(8) + QLatin1Char('/') + transferSize(update.total);
    return line;
}

} // namespace porthole
