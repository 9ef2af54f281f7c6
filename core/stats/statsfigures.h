#pragma once
// Docker's arithmetic on two readings of a container (cli's stats_helpers):
// CPU % = container CPU time delta / host CPU time delta * CPUs * 100;
// memory = usage - inactive page cache; MEM % = memory / limit * 100.
#include "stats/cgroupreader.h"

namespace porthole {

struct StatsFigures {
    bool valid = false; // a running container with a reading
    double cpuPercent = 0;
    qint64 memoryUsage = 0;
    qint64 memoryLimit = 0;
    double memoryPercent = 0;
    qint64 netRx = 0, netTx = 0;
    qint64 blockRead = 0, blockWrite = 0;
    qint64 pids = 0;
};

StatsFigures statsFigures(const StatsSample &previous, const StatsSample &current);

// Docker's columns: "0.25%", "1.953MiB / 23.54GiB", "0.01%",
// "1.2kB / 648B", "0B / 0B", "3".
struct StatsColumns {
    QString cpu, memUsage, memPercent, netIo, blockIo, pids;
};
StatsColumns statsColumns(const StatsFigures &figures);

} // namespace porthole
