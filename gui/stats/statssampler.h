#pragma once
// The window's one sampler of container stats: a thread of its own reads
// every running container's cgroup and network figures once a second (the
// engine's sampleStats) and hands the frame to the UI thread, which only
// stores and paints it. The UI thread never reads a kernel file.
#include "containers/containerrecord.h"
#include "gui/app/sharedengine.h"
#include "stats/statsfigures.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QThread>

// One container's figures in a frame, with its byte counters as rates.
struct StatsFrameEntry {
    QString id;
    porthole::StatsFigures figures;
    bool memoryLimited = false; // -m was given: the limit is its own, not the host's
    double netRxRate = 0, netTxRate = 0;       // bytes per second since the last frame
    double blockReadRate = 0, blockWriteRate = 0;
};
using StatsFrame = QList<StatsFrameEntry>;
Q_DECLARE_METATYPE(StatsFrame)

class StatsSampler : public QObject {
    Q_OBJECT
public:
    explicit StatsSampler(const SharedEngine &engine, QObject *parent = nullptr);
    ~StatsSampler() override; // stops and joins its thread

    // The containers to sample (any thread): the running ones are kept.
    void setContainers(const QList<porthole::ContainerRecord> &records);
    void setIntervalMs(int ms);

signals:
    void frame(const StatsFrame &frame); // delivered on the UI thread

private:
    class Worker;
    QThread m_thread;
    Worker *m_worker;
};
