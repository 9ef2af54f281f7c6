#include "gui/stats/statshistory.h"

#include <QSet>

void StatsSeries::append(const StatsPoint &point)
{
    const int capacity = int(m_points.size());
    if (m_size < capacity) {
        m_points[(m_start + m_size) % capacity] = point;
        ++m_size;
    } else {
        m_points[m_start] = point; // the oldest goes
        m_start = (m_start + 1) % capacity;
    }
}

StatsHistory::StatsHistory(int capacity, QObject *parent) : QObject(parent), m_capacity(capacity)
{
}

const StatsSeries *StatsHistory::series(const QString &id) const
{
    const auto it = m_series.constFind(id);
    return it == m_series.cend() ? nullptr : &*it;
}

const StatsFrameEntry *StatsHistory::latest(const QString &id) const
{
    const auto it = m_latest.constFind(id);
    return it == m_latest.cend() ? nullptr : &*it;
}

void StatsHistory::addFrame(const StatsFrame &frame)
{
    QSet<QString> present;
    for (const StatsFrameEntry &entry : frame) {
        present.insert(entry.id);
        auto it = m_series.find(entry.id);
        if (it == m_series.end())
            it = m_series.insert(entry.id, StatsSeries(m_capacity));
        const porthole::StatsFigures &f = entry.figures;
        it->append({float(f.cpuPercent), double(f.memoryUsage), double(f.memoryLimit), float(entry.netRxRate), float(entry.netTxRate),
                    float(entry.blockReadRate), float(entry.blockWriteRate)});
        m_latest.insert(entry.id, entry);
    }
    m_series.removeIf([&](const auto &item) { return !present.contains(item.key()); });
    m_latest.removeIf([&](const auto &item) { return !present.contains(item.key()); });
    emit updated();
}
