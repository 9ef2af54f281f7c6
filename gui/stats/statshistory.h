#pragma once
// The last minutes of each running container's figures: a ring of a fixed
// number of points per container, so an hour of sampling holds no more than
// the first minutes did; a container that stops running is forgotten.
#include "gui/stats/statssampler.h"

#include <QHash>
#include <QObject>
#include <QVector>

struct StatsPoint {
    float cpuPercent = 0;
    double memoryBytes = 0;
    double memoryLimit = 0;
    float netRxRate = 0, netTxRate = 0;
    float blockReadRate = 0, blockWriteRate = 0;
};

class StatsSeries {
public:
    explicit StatsSeries(int capacity = 300) : m_points(capacity) {}
    void append(const StatsPoint &point);
    int size() const { return m_size; }
    int capacity() const { return int(m_points.size()); }
    const StatsPoint &at(int i) const { return m_points.at((m_start + i) % m_points.size()); } // 0 is the oldest
    const StatsPoint &last() const { return at(m_size - 1); }

private:
    QVector<StatsPoint> m_points;
    int m_start = 0;
    int m_size = 0;
};

class StatsHistory : public QObject {
    Q_OBJECT
public:
    explicit StatsHistory(int capacity = 300, QObject *parent = nullptr);

    const StatsSeries *series(const QString &id) const;
    // The newest figures of a container, or nullptr.
    const StatsFrameEntry *latest(const QString &id) const;
    int capacity() const { return m_capacity; }
    int containerCount() const { return int(m_series.size()); }

public slots:
    void addFrame(const StatsFrame &frame);

signals:
    void updated(); // once per frame

private:
    int m_capacity;
    QHash<QString, StatsSeries> m_series;
    QHash<QString, StatsFrameEntry> m_latest;
};
