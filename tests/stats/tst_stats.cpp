// stats: the parsers of the kernel's files and Docker's arithmetic and
// columns (pure), then real containers (needs root): CPU % of a busy loop
// against an idle one, memory with and without -m, network bytes from the
// container's namespace, pids, block I/O as the kernel counts it, -a,
// --no-trunc, --format and a stream of frames.
#include "base/humanize.h"
#include "stats/statsfigures.h"
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>

using namespace testsupport;
using namespace porthole;

namespace {

QString text(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes).trimmed();
}


// "1.953MiB" -> bytes; "1.2kB" -> bytes.
double bytesOf(const QString &size)
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9.]+)([A-Za-z]+)$"));
    const auto match = pattern.match(size.trimmed());
    const QStringList decimal{QStringLiteral("B"), QStringLiteral("kB"), QStringLiteral("MB"), QStringLiteral("GB"), QStringLiteral("TB")};
    const QStringList binary{QStringLiteral("B"), QStringLiteral("KiB"), QStringLiteral("MiB"), QStringLiteral("GiB"), QStringLiteral("TiB")};
    double value = match.captured(1).toDouble();
    const QString unit = match.captured(2);
    const bool isBinary = binary.contains(unit) && unit != QLatin1String("B");
    for (qsizetype i = 0; i < (isBinary ? binary.indexOf(unit) : decimal.indexOf(unit)); ++i)
        value *= isBinary ? 1024.0 : 1000.0;
    return value;
}

// One --no-stream line of the named container: its fields split at '|'.
QStringList statsOf(const TempStore &store, const QString &name)
{
    const RunResult result = runPorthole(store, {QStringLiteral("stats"), QStringLiteral("--no-stream"), QStringLiteral("--format"),
                                                 QStringLiteral("{{.CPUPerc}}|{{.MemUsage}}|{{.MemPerc}}|{{.NetIO}}|{{.BlockIO}}|{{.PIDs}}"), name});
    return text(result.out).split(u'|');
}

} // namespace

class TestStats : public QObject {
    Q_OBJECT
private slots:
    void kernelFilesAreParsed()
    {
        QCOMPARE(statValue("cache 4096\nrss 8192\ntotal_inactive_file 12288\n", "total_inactive_file"), 12288);
        QCOMPARE(statValue("inactive_file 5\nactive_file 7\n", "active_file"), 7);
        QCOMPARE(statValue("MemTotal:       24684608 kB\nMemFree: 1 kB\n", "MemTotal:"), 24684608);
        QCOMPARE(statValue("usage_usec 1500\nuser_usec 1000\n", "usage_usec"), 1500);
        qint64 read = 0, write = 0;
        blkioBytes("8:0 Read 4096\n8:0 Write 8192\n8:0 Sync 1\n8:16 Read 100\nTotal 12389\n", read, write);
        QCOMPARE(read, 4196);
        QCOMPARE(write, 8192);
        ioStatBytes("8:0 rbytes=10 wbytes=20 rios=1 wios=2\n8:16 rbytes=5 wbytes=0\n", read, write);
        QCOMPARE(read, 15);
        QCOMPARE(write, 20);
        qint64 rx = 0, tx = 0;
        netDevBytes("Inter-|   Receive |  Transmit\n face |bytes packets\n    lo:  999 9 0 0 0 0 0 0  999 9 0 0 0 0 0 0\n"
                    "  eth0: 1200 10 0 0 0 0 0 0 648 8 0 0 0 0 0 0\n",
                    rx, tx);
        QCOMPARE(rx, 1200);
        QCOMPARE(tx, 648);
        QCOMPARE(procStatCpuJiffies("cpu  10 20 30 40 50 60 70 80 90 100\ncpu0 1 2 3\n"), 360);
    }

    void dockersArithmeticAndColumns()
    {
        StatsSample before, after;
        before.cpuUsageNs = 1'000'000'000;
        before.systemUsageNs = 10'000'000'000;
        after = before;
        after.cpuUsageNs += 500'000'000;    // half a second of one CPU
        after.systemUsageNs += 2'000'000'000; // one second of two CPUs
        after.onlineCpus = 2;
        after.memoryUsage = 3 << 20;
        after.memoryInactiveFile = 1 << 20;
        after.memoryLimit = 64 << 20;
        after.netRx = 1234;
        after.netTx = 456;
        after.pids = 3;
        const StatsFigures figures = statsFigures(before, after);
        QVERIFY(figures.valid);
        QCOMPARE(figures.cpuPercent, 50.0);
        QCOMPARE(figures.memoryUsage, qint64(2 << 20));
        QCOMPARE(figures.memoryPercent, 3.125);
        const StatsColumns columns = statsColumns(figures);
        QCOMPARE(columns.cpu, QStringLiteral("50.00%"));
        QCOMPARE(columns.memUsage, QStringLiteral("2MiB / 64MiB"));
        QCOMPARE(columns.memPercent, QStringLiteral("3.12%"));
        QCOMPARE(columns.netIo, QStringLiteral("1.23kB / 456B"));
        QCOMPARE(columns.blockIo, QStringLiteral("0B / 0B"));
        QCOMPARE(columns.pids, QStringLiteral("3"));
        QVERIFY(!statsFigures(before, StatsSample()).valid); // not running: no figures
        QCOMPARE(statsColumns(StatsFigures()).memUsage, QStringLiteral("0B / 0B"));
        QCOMPARE(binarySize(2048.0 * 1000), QStringLiteral("1.953MiB"));
        QCOMPARE(humanSizePrecision(4261642, 4), QStringLiteral("4.262MB"));
        QCOMPARE(humanSizePrecision(999, 3), QStringLiteral("999B"));
    }

    void figuresMoveWithLoad()
    {
        REQUIRE_ROOT();
        TempStore store;
        QCOMPARE(runPorthole(store, {QStringLiteral("image"), QStringLiteral("build-busybox")}).exitCode, 0);
        auto run = [&](const QStringList &args) { QCOMPARE(runPorthole(store, QStringList{QStringLiteral("run"), QStringLiteral("-d")} + args).exitCode, 0); };
        run({QStringLiteral("--name"), QStringLiteral("busy"), QStringLiteral("busybox"), QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("while :; do :; done")});
        run({QStringLiteral("--name"), QStringLiteral("idle"), QStringLiteral("busybox"), QStringLiteral("sh"), QStringLiteral("-c"),
             QStringLiteral("sleep 600 & sleep 600 & wait")});
        run({QStringLiteral("--name"), QStringLiteral("hungry"), QStringLiteral("-m"), QStringLiteral("64m"), QStringLiteral("busybox"), QStringLiteral("sh"),
             QStringLiteral("-c"), QStringLiteral("dd if=/dev/zero of=/dev/shm/fill bs=1M count=40 && touch /filled && sleep 600")});
        QTRY_COMPARE_WITH_TIMEOUT(runPorthole(store, {QStringLiteral("exec"), QStringLiteral("hungry"), QStringLiteral("test"), QStringLiteral("-e"),
                                                      QStringLiteral("/filled")}).exitCode, 0, 20000);
        const QStringList busy = statsOf(store, QStringLiteral("busy"));
        const QStringList idle = statsOf(store, QStringLiteral("idle"));
        const QStringList hungry = statsOf(store, QStringLiteral("hungry"));
        QVERIFY2(busy.value(0).chopped(1).toDouble() > 20.0, qPrintable(busy.join(u' ')));  // a busy loop: most of a CPU
        QVERIFY2(idle.value(0).chopped(1).toDouble() < 5.0, qPrintable(idle.join(u' ')));
        // Memory: the 40 MB written to /dev/shm (charged to the container), under its 64 MiB limit.
        QVERIFY2(bytesOf(hungry.value(1).section(QStringLiteral(" / "), 0, 0)) >= 38.0 * (1 << 20), qPrintable(hungry.join(u' ')));
        QCOMPARE(hungry.value(1).section(QStringLiteral(" / "), 1), QStringLiteral("64MiB"));
        QVERIFY2(hungry.value(2).chopped(1).toDouble() > 55.0, qPrintable(hungry.join(u' ')));
        QVERIFY2(bytesOf(idle.value(1).section(QStringLiteral(" / "), 0, 0)) < 10.0 * (1 << 20), qPrintable(idle.join(u' ')));
        // Without -m the limit is the host's memory.
        QFile meminfo(QStringLiteral("/proc/meminfo"));
        QVERIFY(meminfo.open(QIODevice::ReadOnly));
        QCOMPARE(idle.value(1).section(QStringLiteral(" / "), 1), binarySize(double(statValue(meminfo.readAll(), "MemTotal:") * 1024)));
        QCOMPARE(idle.value(5), QStringLiteral("3")); // sh and its two sleeps
        QCOMPARE(busy.value(5), QStringLiteral("1"));
    }

    void networkBytesComeFromTheContainersNamespace()
    {
        REQUIRE_ROOT();
        TempStore store;
        QCOMPARE(runPorthole(store, {QStringLiteral("image"), QStringLiteral("build-busybox")}).exitCode, 0);
        QCOMPARE(runPorthole(store, {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), QStringLiteral("talker"), QStringLiteral("busybox"),
                                     QStringLiteral("sleep"), QStringLiteral("600")}).exitCode, 0);
        QCOMPARE(runPorthole(store, {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--network"), QStringLiteral("none"), QStringLiteral("--name"),
                                     QStringLiteral("hermit"), QStringLiteral("busybox"), QStringLiteral("sleep"), QStringLiteral("600")}).exitCode, 0);
        const QString gateway = text(runPorthole(store, {QStringLiteral("inspect"), QStringLiteral("-f"), QStringLiteral("{{.NetworkSettings.Gateway}}"),
                                                         QStringLiteral("talker")}).out);
        const double txBefore = bytesOf(statsOf(store, QStringLiteral("talker")).value(3).section(QStringLiteral(" / "), 1));
        QCOMPARE(runPorthole(store, {QStringLiteral("exec"), QStringLiteral("talker"), QStringLiteral("ping"), QStringLiteral("-c"), QStringLiteral("5"),
                                     QStringLiteral("-s"), QStringLiteral("1000"), QStringLiteral("-i"), QStringLiteral("0.2"), gateway}).exitCode, 0);
        const QStringList after = statsOf(store, QStringLiteral("talker"));
        const double txAfter = bytesOf(after.value(3).section(QStringLiteral(" / "), 1));
        const double rxAfter = bytesOf(after.value(3).section(QStringLiteral(" / "), 0, 0));
        QVERIFY2(txAfter - txBefore >= 5000 && rxAfter >= 5000, qPrintable(after.join(u' ')));
        QCOMPARE(statsOf(store, QStringLiteral("hermit")).value(3), QStringLiteral("0B / 0B")); // only its loopback
    }

    void blockIoIsWhatTheKernelCounts()
    {
        REQUIRE_ROOT();
        TempStore store;
        QCOMPARE(runPorthole(store, {QStringLiteral("image"), QStringLiteral("build-busybox")}).exitCode, 0);
        QCOMPARE(runPorthole(store, {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), QStringLiteral("writer"), QStringLiteral("busybox"),
                                     QStringLiteral("sh"), QStringLiteral("-c"),
                                     QStringLiteral("dd if=/dev/zero of=/written bs=1M count=8 oflag=direct; sleep 600")}).exitCode, 0);
        const QString id = text(runPorthole(store, {QStringLiteral("inspect"), QStringLiteral("-f"), QStringLiteral("{{.Id}}"), QStringLiteral("writer")}).out);
        QTRY_VERIFY_WITH_TIMEOUT(runPorthole(store, {QStringLiteral("exec"), QStringLiteral("writer"), QStringLiteral("test"), QStringLiteral("-s"),
                                                     QStringLiteral("/written")}).exitCode == 0, 20000);
        QFile counted(QStringLiteral("/sys/fs/cgroup/blkio/porthole/%1/blkio.throttle.io_service_bytes_recursive").arg(id));
        if (!counted.open(QIODevice::ReadOnly))
            SKIP_OUTSIDE_CI("no cgroup v1 blkio hierarchy here");
        qint64 read = 0, write = 0;
        blkioBytes(counted.readAll(), read, write);
        // Some kernels count nothing for cgroup v1 (this machine's virtio disk): then 0B, as Docker shows.
        QCOMPARE(statsOf(store, QStringLiteral("writer")).value(4).section(QStringLiteral(" / "), 1), humanSizePrecision(double(write), 3));
    }

    void flagsAndErrors()
    {
        REQUIRE_ROOT();
        TempStore store;
        QCOMPARE(runPorthole(store, {QStringLiteral("image"), QStringLiteral("build-busybox")}).exitCode, 0);
        QCOMPARE(runPorthole(store, {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), QStringLiteral("up"), QStringLiteral("busybox"),
                                     QStringLiteral("sleep"), QStringLiteral("600")}).exitCode, 0);
        QCOMPARE(runPorthole(store, {QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("down"), QStringLiteral("busybox")}).exitCode, 0);
        const QString id = text(runPorthole(store, {QStringLiteral("inspect"), QStringLiteral("-f"), QStringLiteral("{{.Id}}"), QStringLiteral("up")}).out);
        const QStringList table = text(runPorthole(store, {QStringLiteral("stats"), QStringLiteral("--no-stream")}).out).split(u'\n');
        QCOMPARE(table.size(), 2); // only running ones
        QVERIFY2(QRegularExpression(QStringLiteral("^CONTAINER ID +NAME +CPU % +MEM USAGE / LIMIT +MEM % +NET I/O +BLOCK I/O +PIDS$")).match(table.first()).hasMatch(),
                 qPrintable(table.first()));
        QVERIFY(table.at(1).startsWith(id.left(12) + QStringLiteral("   up ")));
        const QString all = text(runPorthole(store, {QStringLiteral("stats"), QStringLiteral("--no-stream"), QStringLiteral("-a"), QStringLiteral("--no-trunc"),
                                                     QStringLiteral("--format"), QStringLiteral("{{.ID}} {{.Name}} {{.CPUPerc}} {{.MemUsage}}")}).out);
        QVERIFY2(all.contains(id + QStringLiteral(" up ")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral(" down 0.00% 0B / 0B")), qPrintable(all));
        const RunResult missing = runPorthole(store, {QStringLiteral("stats"), QStringLiteral("--no-stream"), QStringLiteral("nope")});
        QCOMPARE(missing.exitCode, 1);
        QCOMPARE(text(missing.err), QStringLiteral("Error: No such container: nope"));
        // Streaming: a frame every second, until stopped.
        QProcess stream;
        stream.start(QStringLiteral(PORTHOLE_BIN), {QStringLiteral("--root"), store.paths.root, QStringLiteral("--runroot"), store.paths.runRoot,
                                                    QStringLiteral("stats"), QStringLiteral("--format"), QStringLiteral("{{.Name}}"), QStringLiteral("up")});
        QByteArray frames;
        QTRY_VERIFY_WITH_TIMEOUT((frames += stream.readAllStandardOutput()).count("up\n") >= 2, 10000);
        stream.kill();
        stream.waitForFinished();
    }
};

QTEST_GUILESS_MAIN(TestStats)
#include "tst_stats.moc"
