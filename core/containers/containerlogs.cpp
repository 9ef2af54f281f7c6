#include "containers/containerlogs.h"

namespace porthole {

QList<LogLine> parseLogLines(const QByteArray &data, QByteArray &rest)
{
    QList<LogLine> lines;
    QByteArray buffer = rest + data;
    qsizetype start = 0;
    for (;;) {
        const qsizetype end = buffer.indexOf('\n', start);
        if (end < 0)
            break;
        const QByteArray line = buffer.mid(start, end - start);
        start = end + 1;
        const qsizetype first = line.indexOf(' ');
        const qsizetype second = first < 0 ? -1 : line.indexOf(' ', first + 1);
        const qsizetype third = second < 0 ? -1 : line.indexOf(' ', second + 1);
        if (third < 0)
            continue; // not a log line
        LogLine entry;
        entry.timestamp = line.left(first);
        entry.time = QDateTime::fromString(QString::fromLatin1(entry.timestamp), Qt::ISODateWithMs);
        entry.stderrStream = line.mid(first + 1, second - first - 1) == "stderr";
        const bool full = line.mid(second + 1, third - second - 1) == "F";
        entry.text = line.mid(third + 1);
        if (full)
            entry.text.append('\n');
        lines.append(entry);
    }
    rest = buffer.mid(start);
    return lines;
}

} // namespace porthole
