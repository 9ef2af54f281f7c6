#pragma once
// One reading of a container's resources, straight from the kernel's files:
// its cgroup's CPU time, memory (usage, inactive page cache, limit), block
// I/O and pids, under cgroup v1 controllers or the v2 unified hierarchy
// (found once from /proc/self/mountinfo), and the bytes of its network
// interfaces from /proc/<pid>/net/dev (its network namespace, loopback left
// out). Files are read with plain read(2) into a stack buffer: a reading of
// 100 containers costs about what `cat` of their files costs.
#include "stats/kernelformats.h"
#include "stats/statssample.h"

#include <QByteArray>
#include <QString>

namespace porthole {

class CgroupReader {
public:
    CgroupReader(); // finds the hierarchies, the host's memory and CPUs once

    int cgroupVersion() const { return m_unifiedOnly ? 2 : 1; }
    int onlineCpus() const { return m_cpus; }
    qint64 hostMemory() const { return m_hostMemory; }

    // The host's CPU time now (/proc/stat, in ns), shared by the readings of one frame.
    static qint64 systemCpuNs();
    StatsSample read(const StatsTarget &target, qint64 systemCpuNs) const;
    // The files read for target (for the benchmark's reference `cat`).
    QStringList files(const StatsTarget &target) const;

private:
    QByteArray v1(const char *controller, const QString &cgroupPath, const char *file) const;
    QByteArray v2(const QString &cgroupPath, const char *file) const;
    void readV1(const QString &path, StatsSample &sample) const;
    void readV2(const QString &path, StatsSample &sample) const;

    QByteArray m_cpuacct, m_memory, m_blkio, m_pids; // v1 mount points ("" when absent)
    QByteArray m_unified;                              // the v2 mount point
    bool m_unifiedOnly = false;
    int m_cpus = 1;
    qint64 m_hostMemory = 0;
};

} // namespace porthole
