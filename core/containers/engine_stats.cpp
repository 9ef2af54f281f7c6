// stats: readings of the containers' cgroups and network namespaces, and
// the frames `stats` prints (Docker's figures from two readings).
#include "containers/containerengine.h"

#include "base/storepaths.h"

#include <QThread>

namespace porthole {
namespace {

// The hierarchies are found once per process.
const CgroupReader &cgroups()
{
    static const CgroupReader reader;
    return reader;
}

// Sleeps in short steps so a cancel (^C) is prompt.
bool sleepFor(int ms, const Progress &progress)
{
    for (int slept = 0; slept < ms; slept += 50) {
        if (progress.isCancelled())
            return false;
        QThread::msleep(std::min(50, ms - slept));
    }
    return !progress.isCancelled();
}

} // namespace

StatsTarget ContainerEngine::statsTarget(const ContainerRecord &record) const
{
    // The cgroup the runtime was given at start (engine_start.cpp's spec);
    // rootless, none was asked for: the figures of its processes' /proc files.
    const QString cgroup = runningRootless() ? QString() : QStringLiteral("/porthole/") + record.config.id;
    return {cgroup, record.state.pid, record.config.networkMode == QLatin1String("host")};
}

QList<StatsSample> ContainerEngine::sampleStats(const QList<ContainerRecord> &records) const
{
    const qint64 system = CgroupReader::systemCpuNs();
    QList<StatsSample> samples;
    samples.reserve(records.size());
    for (const ContainerRecord &record : records)
        samples.append(record.state.isLive() ? cgroups().read(statsTarget(record), system) : StatsSample());
    return samples;
}

Status ContainerEngine::stats(const StatsRequest &request, const StatsFrameHandler &frame, Progress &progress)
{
    QStringList ids;
    for (const QString &name : request.containers) {
        auto record = m_store.find(name);
        if (!record)
            return std::unexpected(record.error());
        ids.append(record->config.id);
    }
    QHash<QString, StatsSample> previous;
    for (bool first = true;; first = false) {
        QList<ContainerRecord> records;
        if (ids.isEmpty()) {
            auto all = list();
            if (!all)
                return std::unexpected(all.error());
            for (const ContainerRecord &record : std::as_const(*all))
                if (request.all || record.state.isLive())
                    records.append(record);
        } else {
            for (const QString &id : std::as_const(ids))
                if (auto record = m_store.read(id))
                    records.append(*record);
        }
        QList<StatsSample> samples = sampleStats(records);
        if (first) { // CPU % needs two readings
            for (qsizetype i = 0; i < records.size(); ++i)
                previous.insert(records.at(i).config.id, samples.at(i));
            if (!sleepFor(request.intervalMs, progress))
                return {};
            samples = sampleStats(records);
        }
        QList<ContainerStats> rows;
        for (qsizetype i = 0; i < records.size(); ++i) {
            const QString &id = records.at(i).config.id;
            rows.append({id, records.at(i).config.name, statsFigures(previous.value(id), samples.at(i))});
            previous.insert(id, samples.at(i));
        }
        if (!frame(rows) || !request.stream || !sleepFor(request.intervalMs, progress))
            return {};
    }
}

} // namespace porthole
