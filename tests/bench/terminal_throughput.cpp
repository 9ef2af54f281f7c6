// Benchmark of the terminal widget against xterm, under one private Xvfb in
// the same run: 100 MB of mixed output (plain lines and coloured ones) shown
// with painting on in an 80x24 widget, read in 64 KiB chunks as from a pty,
// and `xterm -e cat` of the same file. Prints both times, the ratio (goal:
// below 1, faster than xterm) and the widget's longest UI-thread stall
// while streaming (goal <= 50 ms).
//   build/tests/bench/bench_terminal [megabytes]
#include "terminalmodel.h"
#include "terminalview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <cstdio>

namespace {

QByteArray mixedOutput(qint64 bytes)
{
    QByteArray out;
    out.reserve(bytes + 200);
    for (int line = 0; out.size() < bytes; ++line) {
        if (line % 3 == 0)
            out += "\x1b[1;3" + QByteArray::number(line % 8) + "m" + QByteArray::number(line) + "\x1b[0m \x1b[38;5;"
                   + QByteArray::number(line % 256) + "mcoloured text with a 256-colour foreground\x1b[0m \x1b[48;2;20;40;"
                   + QByteArray::number(line % 256) + "m truecolour \x1b[0m\r\n";
        else
            out += "plain line " + QByteArray::number(line) + ": the quick brown fox jumps over the lazy dog 0123456789\r\n";
    }
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    const qint64 megabytes = argc > 1 ? QByteArray(argv[1]).toLongLong() : 100;
    QProcess xvfb;
    const QString display = QStringLiteral(":%1").arg(500 + QCoreApplication::applicationPid() % 400);
    xvfb.start(QStringLiteral("Xvfb"), {display, QStringLiteral("-screen"), QStringLiteral("0"), QStringLiteral("1280x900x24"), QStringLiteral("-nolisten"), QStringLiteral("tcp")});
    if (!xvfb.waitForStarted(5000)) {
        std::fprintf(stderr, "Xvfb is not installed\n");
        return 1;
    }
    QThread::msleep(700);
    qputenv("DISPLAY", display.toLatin1());
    qputenv("QT_QPA_PLATFORM", "xcb");
    QTemporaryDir dir(QStringLiteral("/var/tmp/porthole-bench-terminal-XXXXXX"));
    const QString path = dir.filePath(QStringLiteral("output.txt"));
    {
        QFile file(path);
        file.open(QIODevice::WriteOnly);
        file.write(mixedOutput(megabytes << 20));
    }
    double oursSeconds = 0, xtermSeconds = 0;
    qint64 longestStall = 0;
    int paints = 0;
    {
        QApplication app(argc, argv);
        TerminalModel model(24, 80);
        TerminalView view(&model);
        view.resize(view.sizeHint());
        view.show();
        QFile file(path);
        file.open(QIODevice::ReadOnly);
        QElapsedTimer clock, gap;
        QTimer tick; // measures how long the UI thread goes without serving its timers
        tick.setInterval(1);
        QObject::connect(&tick, &QTimer::timeout, [&] { longestStall = std::max(longestStall, gap.restart()); });
        QTimer reader; // one 64 KiB read per turn of the event loop, as a socket notifier would
        reader.setInterval(0);
        QObject::connect(&reader, &QTimer::timeout, [&] {
            const QByteArray chunk = file.read(64 << 10);
            if (chunk.isEmpty()) {
                reader.stop();
                QTimer::singleShot(50, &app, [&] { // the last coalesced paint
                    oursSeconds = (clock.elapsed() - 50) / 1000.0;
                    paints = view.paintCount();
                    tick.stop();
                    app.quit();
                });
                return;
            }
            model.feed(chunk);
        });
        QTimer::singleShot(300, &app, [&] {
            clock.start();
            gap.start();
            tick.start();
            reader.start();
        });
        app.exec();
    }
    {
        QElapsedTimer clock;
        clock.start();
        QProcess xterm;
        xterm.start(QStringLiteral("xterm"), {QStringLiteral("-geometry"), QStringLiteral("80x24"), QStringLiteral("-e"), QStringLiteral("cat"), path});
        if (!xterm.waitForFinished(600000)) {
            std::fprintf(stderr, "xterm did not finish\n");
            return 1;
        }
        xtermSeconds = clock.elapsed() / 1000.0;
    }
    xvfb.terminate();
    xvfb.waitForFinished(3000);
    std::printf("%lld MB of mixed output: widget %.2f s (%d paints), xterm %.2f s\n", megabytes, oursSeconds, paints, xtermSeconds);
    std::printf("widget / xterm = %.2f (goal < 1.00: faster than xterm)\n", oursSeconds / xtermSeconds);
    std::printf("longest UI-thread stall while streaming: %lld ms (goal <= 50 ms)\n", longestStall);
    return 0;
}
