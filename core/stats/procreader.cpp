#include "stats/procreader.h"

#include "stats/kernelformats.h"

#include <QFile>
#include <cerrno>
#include <cstdlib>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace porthole {
namespace {

// The PID namespace's inode of a process, 0 when it cannot be seen.
ino_t pidNamespace(qint64 pid)
{
    struct stat info;
    const QByteArray path = "/proc/" + QByteArray::number(pid) + "/ns/pid";
    return ::stat(path.constData(), &info) == 0 ? info.st_ino : 0;
}

} // namespace

qint64 procStatCpuTicks(const QByteArray &stat)
{
    // "pid (comm) state ppid ...": comm may hold spaces and parentheses, so
    // the fields are counted from the last ')'; utime is field 14.
    const qsizetype close = stat.lastIndexOf(')');
    if (close < 0)
        return 0;
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    qint64 ticks = 0;
    for (qsizetype i = 11; i <= 14 && i < fields.size(); ++i) // field 3 is fields[0]: 14..17 are 11..14
        ticks += fields.at(i).toLongLong();
    return ticks;
}

qint64 procMemoryBytes(const QByteArray &smapsRollup, const QByteArray &status)
{
    if (smapsRollup.contains("\nPss:"))
        return statValue(smapsRollup, "Pss:") * 1024;
    return statValue(status, "VmRSS:") * 1024;
}

void procIoBytes(const QByteArray &io, qint64 &read, qint64 &write)
{
    read = statValue(io, "read_bytes:");
    write = statValue(io, "write_bytes:");
}

QList<qint64> pidNamespaceMembers(qint64 initPid)
{
    QList<qint64> pids;
    const ino_t wanted = initPid > 0 ? pidNamespace(initPid) : 0;
    DIR *proc = wanted != 0 ? ::opendir("/proc") : nullptr;
    if (!proc)
        return pids;
    while (const dirent *entry = ::readdir(proc)) {
        char *end = nullptr;
        const qint64 pid = std::strtoll(entry->d_name, &end, 10);
        if (pid > 0 && *end == '\0' && pidNamespace(pid) == wanted)
            pids.append(pid);
    }
    ::closedir(proc);
    return pids;
}

void readProcFigures(qint64 pid, StatsSample &sample)
{
    const QList<qint64> pids = pidNamespaceMembers(pid);
    if (pids.isEmpty())
        return;
    static const qint64 tick = std::max<long>(1, ::sysconf(_SC_CLK_TCK));
    qint64 ticks = 0;
    for (qint64 each : pids) {
        const QByteArray dir = "/proc/" + QByteArray::number(each);
        ticks += procStatCpuTicks(readSmallFile(dir + "/stat"));
        sample.memoryUsage += procMemoryBytes(readSmallFile(dir + "/smaps_rollup"), readSmallFile(dir + "/status"));
        qint64 read = 0, write = 0;
        procIoBytes(readSmallFile(dir + "/io"), read, write);
        sample.blockRead += read;
        sample.blockWrite += write;
    }
    sample.cpuUsageNs = ticks * (1000000000 / tick);
    sample.pids = pids.size();
}

} // namespace porthole
