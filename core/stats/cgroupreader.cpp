#include "stats/cgroupreader.h"

#include "stats/procreader.h"

#include <QFile>
#include <QStringList>
#include <cerrno>
#include <ctime>
#include <fcntl.h>
#include <unistd.h>

namespace porthole {
namespace {


qint64 number(const QByteArray &text)
{
    return text.trimmed().toLongLong();
}

qint64 monotonicMs()
{
    struct timespec now;
    ::clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1000 + now.tv_nsec / 1000000;
}

} // namespace

QByteArray readSmallFile(const QByteArray &path)
{
    const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return {};
    char buffer[8192];
    QByteArray text;
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        text.append(buffer, n);
    }
    ::close(fd);
    return text;
}

qint64 statValue(const QByteArray &text, const QByteArray &key)
{
    qsizetype at = 0;
    while (at < text.size()) {
        qsizetype end = text.indexOf('\n', at);
        if (end < 0)
            end = text.size();
        const qsizetype space = text.indexOf(' ', at);
        if (space > at && space < end && space - at == key.size() && text.mid(at, key.size()) == key) {
            qint64 value = 0; // digits after the spaces ("MemTotal:   24684608 kB")
            qsizetype i = space;
            while (i < end && text.at(i) == ' ')
                ++i;
            for (; i < end && text.at(i) >= '0' && text.at(i) <= '9'; ++i)
                value = value * 10 + (text.at(i) - '0');
            return value;
        }
        at = end + 1;
    }
    return 0;
}

void blkioBytes(const QByteArray &text, qint64 &read, qint64 &write)
{
    read = write = 0;
    for (const QByteArray &line : text.split('\n')) {
        const QList<QByteArray> fields = line.split(' ');
        if (fields.size() != 3)
            continue;
        if (fields.at(1) == "Read")
            read += fields.at(2).toLongLong();
        else if (fields.at(1) == "Write")
            write += fields.at(2).toLongLong();
    }
}

void ioStatBytes(const QByteArray &text, qint64 &read, qint64 &write)
{
    read = write = 0;
    for (const QByteArray &line : text.split('\n'))
        for (const QByteArray &field : line.split(' ')) {
            if (field.startsWith("rbytes="))
                read += field.mid(7).toLongLong();
            else if (field.startsWith("wbytes="))
                write += field.mid(7).toLongLong();
        }
}

void netDevBytes(const QByteArray &text, qint64 &rx, qint64 &tx)
{
    rx = tx = 0;
    for (const QByteArray &line : text.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon < 0 || line.left(colon).trimmed() == "lo")
            continue;
        const QList<QByteArray> fields = line.mid(colon + 1).simplified().split(' ');
        if (fields.size() >= 9) {
            rx += fields.at(0).toLongLong();
            tx += fields.at(8).toLongLong();
        }
    }
}

qint64 procStatCpuJiffies(const QByteArray &text)
{
    const QByteArray line = text.left(text.indexOf('\n'));
    if (!line.startsWith("cpu "))
        return 0;
    const QList<QByteArray> fields = line.simplified().split(' ');
    qint64 total = 0;
    for (qsizetype i = 1; i < fields.size() && i <= 8; ++i) // user nice system idle iowait irq softirq steal
        total += fields.at(i).toLongLong();
    return total;
}

CgroupReader::CgroupReader()
{
    const QByteArray mountinfo = readSmallFile("/proc/self/mountinfo");
    for (const QByteArray &line : mountinfo.split('\n')) {
        const qsizetype dash = line.indexOf(" - ");
        if (dash < 0)
            continue;
        const QList<QByteArray> before = line.left(dash).split(' ');
        const QList<QByteArray> after = line.mid(dash + 3).split(' ');
        if (before.size() < 5 || after.size() < 3)
            continue;
        const QByteArray mountPoint = before.at(4);
        if (after.at(0) == "cgroup2") {
            m_unified = mountPoint;
            continue;
        }
        if (after.at(0) != "cgroup")
            continue;
        for (const QByteArray &option : after.at(2).split(',')) {
            QByteArray *slot = option == "cpuacct" ? &m_cpuacct : option == "memory" ? &m_memory : option == "blkio" ? &m_blkio
                             : option == "pids"    ? &m_pids
                                                   : nullptr;
            if (slot && slot->isEmpty())
                *slot = mountPoint;
        }
    }
    m_unifiedOnly = m_cpuacct.isEmpty() && m_memory.isEmpty() && !m_unified.isEmpty();
    m_cpus = std::max(1, int(::sysconf(_SC_NPROCESSORS_ONLN)));
    m_hostMemory = statValue(readSmallFile("/proc/meminfo"), "MemTotal:") * 1024;
}

qint64 CgroupReader::systemCpuNs()
{
    static const qint64 tick = std::max<long>(1, ::sysconf(_SC_CLK_TCK));
    return procStatCpuJiffies(readSmallFile("/proc/stat")) * (1000000000 / tick);
}

QByteArray CgroupReader::v1(const char *controller, const QString &cgroupPath, const char *file) const
{
    const QByteArray &mount = qstrcmp(controller, "cpuacct") == 0 ? m_cpuacct : qstrcmp(controller, "memory") == 0 ? m_memory
                            : qstrcmp(controller, "blkio") == 0   ? m_blkio
                                                                  : m_pids;
    return mount.isEmpty() ? QByteArray() : mount + QFile::encodeName(cgroupPath) + '/' + file;
}

QByteArray CgroupReader::v2(const QString &cgroupPath, const char *file) const
{
    return m_unified + QFile::encodeName(cgroupPath) + '/' + file;
}

void CgroupReader::readV1(const QString &path, StatsSample &sample) const
{
    const QByteArray usage = readSmallFile(v1("cpuacct", path, "cpuacct.usage"));
    if (usage.isEmpty())
        return;
    sample.cpuUsageNs = number(usage);
    sample.memoryUsage = number(readSmallFile(v1("memory", path, "memory.usage_in_bytes")));
    sample.memoryInactiveFile = statValue(readSmallFile(v1("memory", path, "memory.stat")), "total_inactive_file");
    sample.memoryLimit = number(readSmallFile(v1("memory", path, "memory.limit_in_bytes")));
    blkioBytes(readSmallFile(v1("blkio", path, "blkio.throttle.io_service_bytes_recursive")), sample.blockRead, sample.blockWrite);
    sample.pids = number(readSmallFile(v1("pids", path, "pids.current")));
}

void CgroupReader::readV2(const QString &path, StatsSample &sample) const
{
    const QByteArray cpu = readSmallFile(v2(path, "cpu.stat"));
    if (cpu.isEmpty())
        return;
    sample.cpuUsageNs = statValue(cpu, "usage_usec") * 1000;
    sample.memoryUsage = number(readSmallFile(v2(path, "memory.current")));
    sample.memoryInactiveFile = statValue(readSmallFile(v2(path, "memory.stat")), "inactive_file");
    const QByteArray max = readSmallFile(v2(path, "memory.max")).trimmed();
    sample.memoryLimit = max == "max" ? 0 : max.toLongLong();
    ioStatBytes(readSmallFile(v2(path, "io.stat")), sample.blockRead, sample.blockWrite);
    sample.pids = number(readSmallFile(v2(path, "pids.current")));
}

StatsSample CgroupReader::read(const StatsTarget &target, qint64 systemCpuNs) const
{
    StatsSample sample;
    sample.systemUsageNs = systemCpuNs;
    sample.onlineCpus = m_cpus;
    sample.takenAtMs = monotonicMs();
    if (target.cgroupPath.isEmpty()) // none of ours (rootless): summed over its processes (procreader.h)
        readProcFigures(target.pid, sample);
    else if (m_unifiedOnly)
        readV2(target.cgroupPath, sample);
    else
        readV1(target.cgroupPath, sample);
    if (sample.memoryLimit <= 0 || sample.memoryLimit > m_hostMemory) // no limit: the host's memory, as Docker shows it
        sample.memoryLimit = m_hostMemory;
    if (sample.isValid() && !target.hostNetwork && target.pid > 0)
        netDevBytes(readSmallFile("/proc/" + QByteArray::number(target.pid) + "/net/dev"), sample.netRx, sample.netTx);
    return sample;
}

QStringList CgroupReader::files(const StatsTarget &target) const
{
    QStringList files;
    auto add = [&](const QByteArray &path) {
        if (!path.isEmpty())
            files.append(QFile::decodeName(path));
    };
    if (target.cgroupPath.isEmpty()) {
        for (const char *name : {"stat", "smaps_rollup", "io"})
            files.append(QStringLiteral("/proc/%1/%2").arg(target.pid).arg(QLatin1String(name)));
    } else if (m_unifiedOnly) {
        for (const char *name : {"cpu.stat", "memory.current", "memory.stat", "memory.max", "io.stat", "pids.current"})
            add(v2(target.cgroupPath, name));
    } else {
        add(v1("cpuacct", target.cgroupPath, "cpuacct.usage"));
        for (const char *name : {"memory.usage_in_bytes", "memory.stat", "memory.limit_in_bytes"})
            add(v1("memory", target.cgroupPath, name));
        add(v1("blkio", target.cgroupPath, "blkio.throttle.io_service_bytes_recursive"));
        add(v1("pids", target.cgroupPath, "pids.current"));
    }
    if (!target.hostNetwork && target.pid > 0)
        files.append(QStringLiteral("/proc/%1/net/dev").arg(target.pid));
    return files;
}

} // namespace porthole
