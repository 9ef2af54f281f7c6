#pragma once
// A container's figures when its cgroup is not ours to read (a normal
// user's container on cgroup v1 gets none): summed over the processes of its
// PID namespace, found through /proc/<pid>/ns/pid. CPU is utime + stime +
// cutime + cstime of /proc/<pid>/stat (the children's time once reaped, so
// what ended is still counted), memory the Pss of /proc/<pid>/smaps_rollup
// (shared pages divided, so the sum is not counted twice; VmRSS of
// /proc/<pid>/status when it cannot be read), block I/O read_bytes and
// write_bytes of /proc/<pid>/io, PIDs the processes counted. There is no
// limit: the host's memory stands for it, as with no cgroup limit.
#include "stats/statssample.h"

#include <QList>

namespace porthole {

// The processes in the PID namespace of initPid, scanning /proc (also for
// `top` where runc ps, which reads the container's cgroup, has none to read).
QList<qint64> pidNamespaceMembers(qint64 initPid);
// Fills the sample's CPU, memory, block I/O and PIDs; cpuUsageNs stays -1
// when pid is gone.
void readProcFigures(qint64 pid, StatsSample &sample);

// Parsers (pure, for tests).
qint64 procStatCpuTicks(const QByteArray &stat);       // /proc/<pid>/stat: fields 14-17
qint64 procMemoryBytes(const QByteArray &smapsRollup, const QByteArray &status); // Pss, else VmRSS
void procIoBytes(const QByteArray &io, qint64 &read, qint64 &write);

} // namespace porthole
