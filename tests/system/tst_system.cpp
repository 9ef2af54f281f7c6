// system df, the prunes and info (real containers, needs root): df's sizes
// agree with du of the store within 5%; each prune removes exactly what it
// lists, and a preview's list is what a later prune of "only" those removes;
// system prune's sections; Docker's prompt; info's sections.
#include "containers/engine.h"
#include "testsupport.h"

#include <QDir>
#include <QRegularExpression>
#include <QSysInfo>
#include <unistd.h>

using namespace testsupport;

namespace {

QString text(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes).trimmed();
}


RunResult cli(const TempStore &store, const QString &line, const QByteArray &input = {})
{
    return runPorthole(store, line.split(u' ', Qt::SkipEmptyParts), input);
}

RunResult shell(const TempStore &store, const QString &flags, const QString &script)
{
    return runPorthole(store, flags.split(u' ', Qt::SkipEmptyParts) + QStringList{QStringLiteral("busybox"), QStringLiteral("sh"), QStringLiteral("-c"), script});
}

QString idOf(const TempStore &store, const QString &name)
{
    return text(runPorthole(store, {QStringLiteral("inspect"), QStringLiteral("-f"), QStringLiteral("{{.Id}}"), name}).out);
}

// "10.49MB" -> bytes.
double bytesOf(const QString &size)
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9.]+)(B|kB|MB|GB)$"));
    const auto match = pattern.match(size);
    const int power = int(QStringList{QStringLiteral("B"), QStringLiteral("kB"), QStringLiteral("MB"), QStringLiteral("GB")}.indexOf(match.captured(2)));
    double value = match.captured(1).toDouble();
    for (int i = 0; i < power; ++i)
        value *= 1000;
    return value;
}

// du -sbc of the directories matching a glob under the store.
double du(const TempStore &store, const QString &glob)
{
    const RunResult result = runProgram(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("du -sbc %1/%2 | tail -1").arg(store.paths.root, glob)});
    return text(result.out).section(u'\t', 0, 0).toDouble();
}

QStringList lines(const QByteArray &out)
{
    return text(out).split(u'\n', Qt::SkipEmptyParts);
}

} // namespace

class TestSystem : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { REQUIRE_ROOT(); }

    void diskUsageAgreesWithDu()
    {
        TempStore store;
        QCOMPARE(cli(store, QStringLiteral("image build-busybox")).exitCode, 0);
        QCOMPARE(shell(store, QStringLiteral("run --rm --network none -v big:/data"), QStringLiteral("dd if=/dev/urandom of=/data/f bs=1M count=10")).exitCode, 0);
        QCOMPARE(shell(store, QStringLiteral("run --name writer --network none"), QStringLiteral("dd if=/dev/urandom of=/f bs=1M count=8")).exitCode, 0);
        QCOMPARE(cli(store, QStringLiteral("commit writer written:1")).exitCode, 0); // shares busybox's layer
        QCOMPARE(cli(store, QStringLiteral("run -d --name user written:1 sleep 600")).exitCode, 0);
        const RunResult df = runPorthole(store, {QStringLiteral("system"), QStringLiteral("df"), QStringLiteral("--format"),
                                                 QStringLiteral("{{.Type}}|{{.TotalCount}}|{{.Active}}|{{.Size}}|{{.Reclaimable}}")});
        QCOMPARE(df.exitCode, 0);
        const QStringList rows = lines(df.out);
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.at(0).section(u'|', 0, 2), QStringLiteral("Images|2|2"));
        QCOMPARE(rows.at(1).section(u'|', 0, 2), QStringLiteral("Containers|2|1"));
        QCOMPARE(rows.at(2).section(u'|', 0, 2), QStringLiteral("Local Volumes|1|0"));
        QCOMPARE(rows.at(3), QStringLiteral("Build Cache|0|0|0B|0B"));
        const struct {
            int row;
            QString glob;
        } checks[] = {{0, QStringLiteral("layers/*/diff")}, {1, QStringLiteral("containers/*/diff")}, {2, QStringLiteral("volumes/*/_data")}};
        for (const auto &check : checks) {
            const double shown = bytesOf(rows.at(check.row).section(u'|', 3, 3));
            const double measured = du(store, check.glob);
            QVERIFY2(std::abs(shown - measured) <= 0.05 * measured, qPrintable(QStringLiteral("%1: df %2, du %3").arg(rows.at(check.row)).arg(shown).arg(measured)));
        }
        // The shared layer counted once: each image's size adds up to more than the total.
        const QString verbose = text(cli(store, QStringLiteral("system df -v")).out);
        QVERIFY(verbose.startsWith(QStringLiteral("Images space usage:\n\nREPOSITORY   TAG       IMAGE ID       CREATED")));
        QVERIFY(verbose.contains(QStringLiteral("\nLocal Volumes space usage:\n\nVOLUME NAME   LINKS     SIZE\nbig           0         10.49MB\n")));
        QVERIFY(verbose.contains(QStringLiteral("\nBuild cache usage: 0B\n")));
        const QRegularExpression busyboxRow(QStringLiteral("\nbusybox +latest +[0-9a-f]{12} .* ([0-9.]+[kMG]?B) +([0-9.]+[kMG]?B) +0B +1\n"));
        QVERIFY2(busyboxRow.match(verbose).hasMatch(), qPrintable(verbose)); // all of busybox's size is shared with written:1
    }

    void prunesRemoveExactlyWhatTheyList()
    {
        TempStore store;
        QCOMPARE(cli(store, QStringLiteral("image build-busybox")).exitCode, 0);
        QCOMPARE(cli(store, QStringLiteral("run -d --name keep busybox sleep 600")).exitCode, 0);
        QCOMPARE(cli(store, QStringLiteral("run --name exited --network none busybox true")).exitCode, 0);
        QCOMPARE(cli(store, QStringLiteral("create --name created busybox")).exitCode, 0);
        const QSet<QString> stopped{idOf(store, QStringLiteral("exited")), idOf(store, QStringLiteral("created"))};
        const QString dangling = text(cli(store, QStringLiteral("commit exited")).out);
        QCOMPARE(cli(store, QStringLiteral("commit exited unused:1")).exitCode, 0);
        QCOMPARE(cli(store, QStringLiteral("network create spare")).exitCode, 0);
        QCOMPARE(cli(store, QStringLiteral("network create busy")).exitCode, 0);
        QCOMPARE(cli(store, QStringLiteral("create --name onbusy --network busy busybox")).exitCode, 0);
        const QString onBusy = idOf(store, QStringLiteral("onbusy"));

        const QStringList pruned = lines(cli(store, QStringLiteral("container prune -f")).out);
        QCOMPARE(pruned.first(), QStringLiteral("Deleted Containers:"));
        QVERIFY(pruned.last().startsWith(QStringLiteral("Total reclaimed space: ")));
        QCOMPARE(QSet<QString>(pruned.begin() + 1, pruned.end() - 1), stopped + QSet<QString>{onBusy});
        QCOMPARE(text(cli(store, QStringLiteral("ps -aq")).out), idOf(store, QStringLiteral("keep")).left(12));

        QCOMPARE(cli(store, QStringLiteral("create --name onbusy2 --network busy busybox")).exitCode, 0);
        QCOMPARE(text(cli(store, QStringLiteral("network prune -f")).out), QStringLiteral("Deleted Networks:\nspare"));
        QCOMPARE(cli(store, QStringLiteral("network inspect busy")).exitCode, 0);
        QCOMPARE(cli(store, QStringLiteral("network inspect bridge")).exitCode, 0);

        const QStringList images = lines(cli(store, QStringLiteral("image prune -f")).out);
        QCOMPARE(images.value(0), QStringLiteral("Deleted Images:"));
        QCOMPARE(images.value(1), QStringLiteral("deleted: ") + dangling);
        QVERIFY(images.last().startsWith(QStringLiteral("Total reclaimed space: ")));
        QCOMPARE(cli(store, QStringLiteral("image inspect unused:1")).exitCode, 0); // tagged: stays without -a
        const QStringList all = lines(cli(store, QStringLiteral("image prune -a -f")).out);
        QCOMPARE(all.value(1), QStringLiteral("untagged: unused:1"));
        QVERIFY(all.value(2).startsWith(QStringLiteral("deleted: sha256:")));
        QCOMPARE(text(cli(store, QStringLiteral("images -q")).out).split(u'\n').size(), 1); // busybox: keep uses it
        QCOMPARE(text(cli(store, QStringLiteral("image prune -f")).out), QStringLiteral("Total reclaimed space: 0B"));
    }

    void previewThenOnlyWhatItListed()
    {
        TempStore store;
        QCOMPARE(cli(store, QStringLiteral("image build-busybox")).exitCode, 0);
        QCOMPARE(cli(store, QStringLiteral("create --name first busybox")).exitCode, 0);
        QCOMPARE(cli(store, QStringLiteral("create --name second busybox")).exitCode, 0);
        auto engine = porthole::Engine::open(store.paths);
        REQUIRE_OK(engine);
        auto preview = engine->containers().pruneContainers(true);
        REQUIRE_OK(preview);
        QCOMPARE(QSet<QString>(preview->items.begin(), preview->items.end()),
                 (QSet<QString>{idOf(store, QStringLiteral("first")), idOf(store, QStringLiteral("second"))}));
        QCOMPARE(text(cli(store, QStringLiteral("ps -aq")).out).split(u'\n').size(), 2); // a preview removes nothing
        QCOMPARE(cli(store, QStringLiteral("create --name third busybox")).exitCode, 0);  // made after the preview
        auto pruned = engine->containers().pruneContainers(false, &preview->items);
        REQUIRE_OK(pruned);
        QCOMPARE(pruned->items, preview->items);
        QCOMPARE(text(cli(store, QStringLiteral("ps -a --format {{.Names}}")).out), QStringLiteral("third"));
    }

    void systemPruneAndPrompt()
    {
        TempStore store;
        QCOMPARE(cli(store, QStringLiteral("image build-busybox")).exitCode, 0);
        QCOMPARE(cli(store, QStringLiteral("create --name old -v /anon busybox")).exitCode, 0);
        // No answer, or "n": nothing goes.
        const RunResult declined = cli(store, QStringLiteral("container prune"), "n\n");
        QCOMPARE(text(declined.out), QStringLiteral("WARNING! This will remove all stopped containers.\nAre you sure you want to continue? [y/N] "
                                                    "Total reclaimed space: 0B"));
        QCOMPARE(text(cli(store, QStringLiteral("ps -aq")).out).isEmpty(), false);
        QCOMPARE(cli(store, QStringLiteral("network create lonely")).exitCode, 0);
        const QString old = idOf(store, QStringLiteral("old"));
        const QString anonymous = text(cli(store, QStringLiteral("volume ls -q")).out);
        const RunResult pruned = cli(store, QStringLiteral("system prune --volumes -a"), "y\n");
        QCOMPARE(pruned.exitCode, 0);
        const QString out = text(pruned.out);
        QVERIFY2(out.startsWith(QStringLiteral("WARNING! This will remove:\n  - all stopped containers\n  - all networks not used by at least one container\n"
                                               "  - all anonymous volumes not used by at least one container\n"
                                               "  - all images without at least one container associated to them\n  - all build cache\n\n"
                                               "Are you sure you want to continue? [y/N] Deleted Containers:\n%1\n\nDeleted Networks:\nlonely\n\n"
                                               "Deleted Volumes:\n%2\n\nDeleted Images:\nuntagged: busybox:latest\ndeleted: sha256:").arg(old, anonymous)),
                 qPrintable(out));
        QVERIFY(out.section(u'\n', -1).startsWith(QStringLiteral("Total reclaimed space: ")));
        QCOMPARE(text(cli(store, QStringLiteral("images -q")).out), QString());
        QCOMPARE(text(cli(store, QStringLiteral("volume ls -q")).out), QString());
    }

    void infoDescribesEngineAndHost()
    {
        TempStore store;
        QCOMPARE(cli(store, QStringLiteral("image build-busybox")).exitCode, 0);
        QCOMPARE(cli(store, QStringLiteral("run -d --name up busybox sleep 600")).exitCode, 0);
        QCOMPARE(cli(store, QStringLiteral("create --name down busybox")).exitCode, 0);
        const QString info = text(cli(store, QStringLiteral("info")).out);
        for (const QString &line : QStringList{QStringLiteral("\n Containers: 2\n  Running: 1\n  Paused: 0\n  Stopped: 1\n Images: 1\n"),
                                    QStringLiteral("\n Storage Driver: overlay\n"), QStringLiteral("\n Default Runtime: runc\n"),
                                    QStringLiteral("\n Kernel Version: ") + QSysInfo::kernelVersion() + QLatin1Char('\n'),
                                    QStringLiteral("\n CPUs: %1\n").arg(::sysconf(_SC_NPROCESSORS_ONLN)),
                                    QStringLiteral("\n Docker Root Dir: ") + store.paths.root + QLatin1Char('\n')})
            QVERIFY2(info.contains(line), qPrintable(line));
        QVERIFY(QRegularExpression(QStringLiteral("\n Cgroup Version: [12]\n")).match(info).hasMatch());
        QVERIFY(info.startsWith(QStringLiteral("Client:\n Version:    ")));
        QCOMPARE(text(runPorthole(store, {QStringLiteral("info"), QStringLiteral("--format"), QStringLiteral("{{.ContainersRunning}}/{{.Containers}} {{.NCPU}}")}).out),
                 QStringLiteral("1/2 %1").arg(::sysconf(_SC_NPROCESSORS_ONLN)));
    }
};

QTEST_GUILESS_MAIN(TestSystem)
#include "tst_system.moc"
