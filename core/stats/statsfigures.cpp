#include "stats/statsfigures.h"

#include "base/humanize.h"

#include <cstdio>

namespace porthole {

StatsFigures statsFigures(const StatsSample &previous, const StatsSample &current)
{
    StatsFigures figures;
    if (!current.isValid())
        return figures;
    figures.valid = true;
    if (previous.isValid()) {
        const double cpuDelta = double(current.cpuUsageNs - previous.cpuUsageNs);
        const double systemDelta = double(current.systemUsageNs - previous.systemUsageNs);
        if (cpuDelta > 0 && systemDelta > 0)
            figures.cpuPercent = cpuDelta / systemDelta * current.onlineCpus * 100.0;
    }
    figures.memoryUsage = current.memoryInactiveFile < current.memoryUsage ? current.memoryUsage - current.memoryInactiveFile
                                                                           : current.memoryUsage;
    figures.memoryLimit = current.memoryLimit;
    figures.memoryPercent = current.memoryLimit > 0 ? double(figures.memoryUsage) / double(current.memoryLimit) * 100.0 : 0.0;
    figures.netRx = current.netRx;
    figures.netTx = current.netTx;
    figures.blockRead = current.blockRead;
    figures.blockWrite = current.blockWrite;
    figures.pids = current.pids;
    return figures;
}

StatsColumns statsColumns(const StatsFigures &f)
{
    auto percent = [](double value) -> QString { // as Go's FormatFloat rounds: an exact half to even (3.125 -> 3.12)
        char text[64];
        std::snprintf(text, sizeof text, "%.2f%%", value);
        return QString::fromLatin1(text);
    };
    auto pair = [](qint64 a, qint64 b) -> QString { return humanSizePrecision(double(a), 3) + QStringLiteral(" / ") + humanSizePrecision(double(b), 3); };
    return {percent(f.cpuPercent),
            binarySize(double(f.memoryUsage)) + QStringLiteral(" / ") + binarySize(double(f.memoryLimit)),
            percent(f.memoryPercent),
            pair(f.netRx, f.netTx),
            pair(f.blockRead, f.blockWrite),
            QString::number(f.pids)};
}

} // namespace porthole
