#pragma once
// Reading the log conmon writes (k8s-file format):
//   2026-11-27T19:50:00.123456789+00:00 stdout F a full line
//   2026-11-27T19:50:00.223456789+00:00 stdout P a partial line, continued...
#include <QByteArray>
#include <QDateTime>
#include <QList>

namespace porthole {

struct LogLine {
    QDateTime time;
    bool stderrStream = false;
    QByteArray text; // with its newline when the line was complete
    QByteArray timestamp; // as written, for `logs -t`
};

// Parses whole lines of the log; a trailing partial line stays in `rest`.
QList<LogLine> parseLogLines(const QByteArray &data, QByteArray &rest);

} // namespace porthole
