#include "gui/stats/statssampler.h"

#include <QElapsedTimer>
#include <QHash>
#include <QTimer>
#include <optional>

// Lives on the sampler's thread: its timer, its own engine copy and the
// previous readings (for CPU % and rates).
class StatsSampler::Worker : public QObject {
public:
    Worker(const SharedEngine &engine, StatsSampler *owner) : m_engine(engine), m_owner(owner) {}

    void start()
    {
        m_timer = new QTimer(this);
        m_timer->setTimerType(Qt::CoarseTimer);
        m_timer->setInterval(m_intervalMs);
        connect(m_timer, &QTimer::timeout, this, &Worker::sample);
    }

    void setContainers(const QList<porthole::ContainerRecord> &records)
    {
        m_records.clear();
        for (const porthole::ContainerRecord &record : records)
            if (record.state.isLive())
                m_records.append(record);
        QHash<QString, porthole::StatsSample> kept; // forget the containers that are gone
        for (const porthole::ContainerRecord &record : std::as_const(m_records))
            if (m_previous.contains(record.config.id))
                kept.insert(record.config.id, m_previous.value(record.config.id));
        m_previous.swap(kept);
        if (m_records.isEmpty() && m_timer->isActive()) {
            m_timer->stop();
            emit m_owner->frame({}); // none runs any more: no figures stay on show
        } else if (!m_records.isEmpty() && !m_timer->isActive()) {
            sample(); // the first reading now: figures from the next tick
            m_timer->start();
        }
    }

    void setInterval(int ms)
    {
        m_intervalMs = ms;
        m_timer->setInterval(ms);
    }

private:
    void sample();
    SharedEngine m_engine;
    StatsSampler *m_owner;
    std::optional<porthole::Engine> m_copy;
    QTimer *m_timer = nullptr;
    int m_intervalMs = 1000;
    QList<porthole::ContainerRecord> m_records;
    QHash<QString, porthole::StatsSample> m_previous;
};

void StatsSampler::Worker::sample()
{
    if (!m_copy) {
        auto copy = m_engine.copy();
        if (!copy)
            return; // tried again at the next tick
        m_copy.emplace(*copy);
    }
    const QList<porthole::StatsSample> samples = m_copy->containers().sampleStats(m_records);
    StatsFrame frame;
    frame.reserve(samples.size());
    for (qsizetype i = 0; i < samples.size(); ++i) {
        const porthole::ContainerRecord &record = m_records.at(i);
        const porthole::StatsSample &now = samples.at(i);
        const auto before = m_previous.constFind(record.config.id);
        if (before != m_previous.cend() && before->isValid() && now.isValid()) {
            const double seconds = std::max<qint64>(1, now.takenAtMs - before->takenAtMs) / 1000.0;
            auto rate = [seconds](qint64 a, qint64 b) { return std::max<double>(0.0, double(b - a) / seconds); };
            frame.append({record.config.id, porthole::statsFigures(*before, now), record.config.memory > 0, rate(before->netRx, now.netRx),
                          rate(before->netTx, now.netTx), rate(before->blockRead, now.blockRead), rate(before->blockWrite, now.blockWrite)});
        }
        m_previous.insert(record.config.id, now);
    }
    if (!frame.isEmpty())
        emit m_owner->frame(frame); // queued to the UI thread: the owner lives there
}

StatsSampler::StatsSampler(const SharedEngine &engine, QObject *parent) : QObject(parent), m_worker(new Worker(engine, this))
{
    qRegisterMetaType<StatsFrame>();
    m_thread.setObjectName(QStringLiteral("stats sampler"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start(QThread::LowPriority);
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->start(); });
}

StatsSampler::~StatsSampler()
{
    m_thread.quit();
    m_thread.wait();
}

void StatsSampler::setContainers(const QList<porthole::ContainerRecord> &records)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, records] { worker->setContainers(records); });
}

void StatsSampler::setIntervalMs(int ms)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, ms] { worker->setInterval(ms); });
}
