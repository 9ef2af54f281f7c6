#pragma once
// One reading of a container's resources, straight from the kernel's files:
// its cgroup's CPU time, memory (usage, inactive page cache, limit), block
// I/O and pids, under cgroup v1 controllers or the v2 unified hierarchy
// (found once from /proc/self/mountinfo), and the bytes of its network
// interfaces from /proc/<pid>/net/dev (its network namespace, loopback left
// out). Files are read with plain read(2) into a stack buffer: a reading of
// 100 containers costs about what `cat` of their files costs.
#include <QByteArray>
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

// Parsers of the kernel's formats (pure, for tests).
qint64 statValue(const QByteArray &text, const QByteArray &key);      // "key value" lines (memory.stat, cpu.stat)
void blkioBytes(const QByteArray &text, qint64 &read, qint64 &write); // v1 "8:0 Read 123" lines
void ioStatBytes(const QByteArray &text, qint64 &read, qint64 &write); // v2 "8:0 rbytes=1 wbytes=2 ..."
void netDevBytes(const QByteArray &text, qint64 &rx, qint64 &tx);      // /proc/net/dev without lo
qint64 procStatCpuJiffies(const QByteArray &text);                     // /proc/stat's "cpu" line: user..steal

} // namespace porthole
