#pragma once
// One reading of a container's resources, whoever read it (its cgroup,
// cgroupreader.h, or its processes, procreader.h), and what it is read for.
#include <QString>
#include <QtGlobal>

namespace porthole {

struct StatsSample {
    qint64 cpuUsageNs = -1;     // the cgroup's CPU time; -1: no reading (not running, no cgroup)
    qint64 systemUsageNs = 0;   // the host's CPU time, all CPUs (/proc/stat), at the same moment
    int onlineCpus = 1;
    qint64 memoryUsage = 0;
    qint64 memoryInactiveFile = 0; // page cache Docker leaves out of the usage
    qint64 memoryLimit = 0;     // the cgroup's limit, or the host's memory without one
    qint64 blockRead = 0;
    qint64 blockWrite = 0;
    qint64 pids = 0;
    qint64 netRx = 0;
    qint64 netTx = 0;
    qint64 takenAtMs = 0;       // monotonic clock

    bool isValid() const { return cpuUsageNs >= 0; }
};

struct StatsTarget {
    QString cgroupPath; // as given to the runtime: "/porthole/<id>"
    qint64 pid = 0;     // the container's first process, for its network namespace
    bool hostNetwork = false; // shares the host's: no network figures of its own
};

} // namespace porthole
