// Benchmark of the window's stats sampler with 100 running containers, on a
// private store, as root, offscreen:
//  - the CPU the window uses over a minute of sampling, all its threads,
//    and its UI thread alone (goal <= 3% of one core), with the CPU and
//    memory columns shown;
//  - then the longest UI-thread stall over another minute (goal <= 16 ms),
//    measured by a 1 ms timer on the UI thread (the longest gap between two
//    ticks beyond its interval), and the slowest event it handled;
//  - resident memory before and after an hour's worth of frames (3,600,
//    taken at a quicker interval; fewer when asked, past the rings' 300):
//    the history must not grow.
// Not a test: it prints numbers against the goals.
//   build/tests/bench/bench_stats_sampler [containers] [seconds] [frames]
#include "gui/app/mainwindow.h"
#include "gui/containers/containerspage.h"
#include "gui/stats/statshistory.h"
#include "gui/stats/statssampler.h"
#include "stallmeter.h"
#include "testsupport.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTimer>
#include <cstdio>
#include <sys/resource.h>

using namespace benchsupport;
using namespace testsupport;

namespace {

// Times each event the UI thread delivers; keeps the slowest (what stalled).
class TimedApplication : public QApplication {
public:
    using QApplication::QApplication;
    bool notify(QObject *receiver, QEvent *event) override
    {
        if (m_depth++ > 0) {
            const bool done = QApplication::notify(receiver, event);
            --m_depth;
            return done;
        }
        QElapsedTimer clock;
        clock.start();
        const bool done = QApplication::notify(receiver, event);
        --m_depth;
        if (recording && clock.elapsed() > slowestMs) {
            slowestMs = clock.elapsed();
            slowest = QStringLiteral("%1 (%2) event %3").arg(QString::fromLatin1(receiver->metaObject()->className()), receiver->objectName()).arg(int(event->type()));
        }
        return done;
    }
    bool recording = false;
    qint64 slowestMs = 0;
    QString slowest;

private:
    int m_depth = 0;
};

// Runs the event loop for ms, sleeping in it when idle (a loop of
// processEvents would spin and be counted as the window's CPU).
void runFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

double cpuSeconds(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double rssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return 0;
}

void must(const RunResult &result, const char *what)
{
    if (result.exitCode != 0)
        qFatal("%s failed: %s", what, result.err.constData());
}

} // namespace

int main(int argc, char **argv)
{
    TimedApplication app(argc, argv);
    const int count = argc > 1 ? atoi(argv[1]) : 100;
    const int seconds = argc > 2 ? atoi(argv[2]) : 60;
    const int quickFrames = argc > 3 ? atoi(argv[3]) : 3600;
    TempStore store;
    must(runPorthole(store, {QStringLiteral("image"), QStringLiteral("build-busybox")}), "build-busybox");
    for (int i = 0; i < count; ++i)
        must(runPorthole(store, {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--network"), QStringLiteral("none"), QStringLiteral("--name"),
                                 QStringLiteral("s%1").arg(i), QStringLiteral("busybox"), QStringLiteral("sleep"), QStringLiteral("3600")}), "run");
    qint64 stall = 0;
    double processCpu = 0, uiCpu = 0, rssBefore = 0, rssAfter = 0;
    int frames = 0, hourFrames = 0;
    {
        MainWindow window(store.paths);
        QSignalSpy refreshed(&window, &MainWindow::containersRefreshed);
        window.show();
        if (!waitUntil([&] { return !refreshed.isEmpty(); }, 20000))
            qFatal("the container list was not filled");
        auto *page = window.findChild<ContainersPage *>();
        StatsHistory *history = page->statsHistory();
        if (!waitUntil([&] { return history->containerCount() == count; }, 20000))
            qFatal("the sampler did not see %d containers (%d)", count, history->containerCount());
        QSignalSpy updated(history, &StatsHistory::updated);
        StallMeter meter;
        QElapsedTimer wall;
        const double process0 = cpuSeconds(RUSAGE_SELF), ui0 = cpuSeconds(RUSAGE_THREAD);
        wall.start();
        // CPU first, with no meter ticking (a 1 ms timer costs more than the sampler).
        runFor(seconds * 1000);
        const double elapsed = wall.elapsed() / 1000.0;
        processCpu = (cpuSeconds(RUSAGE_SELF) - process0) / elapsed * 100;
        uiCpu = (cpuSeconds(RUSAGE_THREAD) - ui0) / elapsed * 100;
        frames = int(updated.size());
        // Then the stalls, and the slowest event the UI thread handled.
        wall.restart();
        app.recording = true;
        meter.start();
        runFor(seconds * 1000);
        stall = meter.stop();
        app.recording = false;

        // An hour of frames, quicker: memory must stay flat.
        rssBefore = rssMb();
        page->statsSampler()->setIntervalMs(5);
        updated.clear();
        for (int waited = 0; updated.size() < quickFrames && waited < 1800; ++waited)
            runFor(1000);
        hourFrames = int(updated.size());
        page->statsSampler()->setIntervalMs(1000);
        rssAfter = rssMb();
    }
    std::printf("%d running containers, %d s, %d frames\n", count, seconds, frames);
    std::printf("longest UI-thread stall: %lld ms (goal <= 16 ms); slowest event: %lld ms, %s\n", stall, app.slowestMs, qPrintable(app.slowest));
    std::printf("CPU over %d s: whole window process (sampler thread included) %.2f%% of one core; UI thread %.2f%% (goal <= 3%%)\n", seconds, processCpu,
                uiCpu);
    std::printf("resident memory before and after %d more frames (3600 are an hour): %.1f MB -> %.1f MB\n", hourFrames, rssBefore, rssAfter);
    return 0;
}
