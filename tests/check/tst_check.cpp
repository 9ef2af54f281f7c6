// system check [--repair] on private stores with damage put in by hand: a
// missing layer, a layer whose files no longer give its diff_id, orphan
// layer and work directories, a stale container record, a stale name, a
// stopped container still holding its network, leaked and missing address
// allocations. Each is found (exit 1), repaired with a line saying so, and
// the store checks clean afterwards.
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace testsupport;

namespace {

QString text(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes).trimmed();
}

RunResult cli(const TempStore &store, const QString &line)
{
    return runPorthole(store, line.split(u' ', Qt::SkipEmptyParts));
}


// An image of one layer holding one file, imported from a tar.
QString importImage(const TempStore &store, const QString &reference, const QByteArray &content)
{
    const QString tar = writeFile(store.dir(), reference.section(u':', 0, 0) + QStringLiteral(".tar"),
                                  makeTar({TarEntry{"data.txt", 'f', content}}));
    const RunResult imported = runPorthole(store, {QStringLiteral("import"), tar, reference});
    return imported.exitCode == 0 ? text(imported.out) : QString();
}

QString diffIdOf(const TempStore &store, const QString &image)
{
    return text(runPorthole(store, {QStringLiteral("image"), QStringLiteral("inspect"), QStringLiteral("-f"),
                                    QStringLiteral("{{index .RootFS.Layers 0}}"), image}).out).mid(7);
}

QString idOf(const TempStore &store, const QString &container)
{
    return text(runPorthole(store, {QStringLiteral("inspect"), QStringLiteral("-f"), QStringLiteral("{{.Id}}"), container}).out);
}

// Edits a container's state.json as a crash at the wrong moment would leave it.
void editState(const TempStore &store, const QString &id, const std::function<void(QJsonObject &)> &edit)
{
    QFile file(store.paths.root + QStringLiteral("/containers/") + id + QStringLiteral("/state.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject state = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    edit(state);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(state).toJson());
}

// The check finds exactly the expected lines (each containing one of the
// fragments) and fails; the repair fixes each; then the store is clean.
void findRepairAndRecheck(const TempStore &store, const QStringList &fragments, const QString &extra = {})
{
    const RunResult found = cli(store, QStringLiteral("system check"));
    QCOMPARE(found.exitCode, 1);
    const QStringList lines = text(found.out).split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(lines.size() == fragments.size(), qPrintable(text(found.out)));
    for (const QString &fragment : fragments)
        QVERIFY2(text(found.out).contains(fragment), qPrintable(fragment + QStringLiteral(" not in:\n") + text(found.out)));
    QVERIFY2(text(found.err).contains(QStringLiteral("problem(s) found: run porthole system check --repair")), found.err.constData());
    const RunResult repaired = cli(store, QStringLiteral("system check --repair ") + extra);
    QVERIFY2(repaired.exitCode == 0, qPrintable(text(repaired.out) + text(repaired.err)));
    const QStringList repairs = text(repaired.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(repairs.size(), fragments.size() + 1);
    for (int i = 0; i < fragments.size(); ++i)
        QVERIFY2(repairs.at(i).contains(QStringLiteral("; repaired: ")), qPrintable(repairs.at(i)));
    QCOMPARE(repairs.last(), QStringLiteral("Repaired %1 problem(s); no problems remain").arg(fragments.size()));
    const RunResult clean = cli(store, QStringLiteral("system check"));
    QVERIFY2(clean.exitCode == 0, qPrintable(text(clean.out)));
    QCOMPARE(text(clean.out), QStringLiteral("No problems found in the store %1").arg(store.paths.root));
}

} // namespace

class TestCheck : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { REQUIRE_ROOT(); }

    void cleanStoreHasNoFindings()
    {
        TempStore store;
        QCOMPARE(cli(store, QStringLiteral("image build-busybox")).exitCode, 0);
        QVERIFY(!importImage(store, QStringLiteral("data:1"), "one").isEmpty());
        QCOMPARE(cli(store, QStringLiteral("create --name idle busybox")).exitCode, 0);
        QCOMPARE(cli(store, QStringLiteral("run -d --name busy busybox sleep 600")).exitCode, 0);
        QCOMPARE(cli(store, QStringLiteral("run --name done --network none busybox true")).exitCode, 0);
        const RunResult checked = cli(store, QStringLiteral("system check"));
        QVERIFY2(checked.exitCode == 0, qPrintable(text(checked.out) + text(checked.err)));
        QCOMPARE(text(checked.out), QStringLiteral("No problems found in the store %1").arg(store.paths.root));
        QCOMPARE(cli(store, QStringLiteral("system check --repair")).exitCode, 0);
        QCOMPARE(text(cli(store, QStringLiteral("ps -a --format {{.Names}}")).out).split(u'\n').size(), 3);
        QCOMPARE(text(cli(store, QStringLiteral("images -q")).out).split(u'\n').size(), 2);
    }

    void missingLayerRemovesTheImage()
    {
        TempStore store;
        QVERIFY(!importImage(store, QStringLiteral("data:1"), "one").isEmpty());
        QVERIFY(!importImage(store, QStringLiteral("keep:1"), "kept").isEmpty());
        const QString layer = diffIdOf(store, QStringLiteral("data:1"));
        QVERIFY(QDir(store.paths.layersDir() + QLatin1Char('/') + layer).removeRecursively());
        findRepairAndRecheck(store, {QStringLiteral("): its layer %1 is missing").arg(layer.left(12))});
        QCOMPARE(cli(store, QStringLiteral("image inspect data:1")).exitCode, 1);
        QCOMPARE(cli(store, QStringLiteral("image inspect keep:1")).exitCode, 0);
    }

    void changedLayerFilesAreFoundUnlessQuick()
    {
        TempStore store;
        QCOMPARE(cli(store, QStringLiteral("image build-busybox")).exitCode, 0);
        QVERIFY(!importImage(store, QStringLiteral("data:1"), "one").isEmpty());
        const QString layer = diffIdOf(store, QStringLiteral("data:1"));
        writeFile(store.paths.layersDir() + QLatin1Char('/') + layer + QStringLiteral("/diff"), QStringLiteral("data.txt"), "two");
        QCOMPARE(cli(store, QStringLiteral("system check --quick")).exitCode, 0);
        // Used by a container: left alone without --force.
        QCOMPARE(cli(store, QStringLiteral("create --name user data:1 /x")).exitCode, 0);
        const RunResult refused = cli(store, QStringLiteral("system check --repair"));
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(text(refused.out).contains(QStringLiteral("its layer %1 is damaged: layer sha256:%2 is corrupt").arg(layer.left(12), layer)), refused.out.constData());
        QVERIFY2(text(refused.out).endsWith(QStringLiteral("; not repaired: used by container user: remove it, or repair with --force")), refused.out.constData());
        QVERIFY(text(refused.err).contains(QStringLiteral("1 of 1 problem(s) remain")));
        findRepairAndRecheck(store, {QStringLiteral("image data:1 (")}, QStringLiteral("--force"));
        QCOMPARE(cli(store, QStringLiteral("inspect user")).exitCode, 1);
        QVERIFY(!QFileInfo::exists(store.paths.layersDir() + QLatin1Char('/') + layer));
        QCOMPARE(cli(store, QStringLiteral("image inspect busybox")).exitCode, 0);
    }

    void orphanLayerAndWorkDirectoriesGo()
    {
        TempStore store;
        QVERIFY(!importImage(store, QStringLiteral("data:1"), "one").isEmpty());
        const QString half = QString(64, u'a');
        QVERIFY(QDir().mkpath(store.paths.layersDir() + QLatin1Char('/') + half + QStringLiteral("/diff")));
        QVERIFY(QDir().mkpath(store.paths.layersDir() + QStringLiteral("/.removing-") + QString(64, u'b') + QStringLiteral("-1234")));
        // A work directory whose command is gone, made after the store was
        // last opened (opening collects them).
        const QString work = store.paths.tmpDir() + QStringLiteral("/0123456789abcdef");
        QVERIFY(QDir().mkpath(work + QStringLiteral("/layer")));
        QVERIFY(QFile(work + QStringLiteral(".lock")).open(QIODevice::WriteOnly));
        const RunResult found = cli(store, QStringLiteral("system check"));
        // Opening the store collected the work directory already.
        QVERIFY(!QFileInfo::exists(work));
        QCOMPARE(found.exitCode, 1);
        findRepairAndRecheck(store, {QStringLiteral("layer aaaaaaaaaaaa: incomplete (no layer.json)"),
                                     QStringLiteral("layers/.removing-bbbb")});
        QCOMPARE(QDir(store.paths.layersDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden).size(), 1);
        QCOMPARE(cli(store, QStringLiteral("image inspect data:1")).exitCode, 0);
    }

    void staleRecordAndNameAreBroughtInLine()
    {
        TempStore store;
        QCOMPARE(cli(store, QStringLiteral("image build-busybox")).exitCode, 0);
        QCOMPARE(cli(store, QStringLiteral("create --name ghost busybox")).exitCode, 0);
        const QString id = idOf(store, QStringLiteral("ghost"));
        // Recorded as running, but conmon and the process are long gone.
        editState(store, id, [](QJsonObject &state) {
            state[QLatin1String("Status")] = QStringLiteral("running");
            state[QLatin1String("Pid")] = 4194000;
            state[QLatin1String("MonitorPid")] = 4194001;
        });
        QVERIFY(QFile::link(QString(64, u'c'), store.paths.root + QStringLiteral("/container-names/vanished")));
        findRepairAndRecheck(store, {QStringLiteral("container ghost (%1): recorded as running, but its process is gone").arg(id.left(12)),
                                     QStringLiteral("name vanished: reserved for container cccccccccccc, which does not exist")});
        QCOMPARE(text(cli(store, QStringLiteral("ps -a --format {{.Names}}|{{.State}}")).out), QStringLiteral("ghost|exited"));
        QCOMPARE(cli(store, QStringLiteral("create --name vanished busybox")).exitCode, 0);
    }

    void leakedAndMissingAllocations()
    {
        TempStore store;
        QCOMPARE(cli(store, QStringLiteral("image build-busybox")).exitCode, 0);
        QCOMPARE(cli(store, QStringLiteral("run -d --name web busybox sleep 600")).exitCode, 0);
        QCOMPARE(cli(store, QStringLiteral("create --name stopped busybox")).exitCode, 0);
        const QString address = text(cli(store, QStringLiteral("inspect -f {{.NetworkSettings.IPAddress}} web")).out);
        const QString ipam = store.paths.runRoot + QStringLiteral("/cni-ipam");
        QVERIFY(QFileInfo::exists(ipam + QStringLiteral("/porthole/") + address));
        QCOMPARE(cli(store, QStringLiteral("system check")).exitCode, 0);
        // web's own allocation lost, one leaked to a container that is gone,
        // the allocations of a network that is gone, and a stopped container
        // still recorded on its network (a kill during start).
        QVERIFY(QFile::remove(ipam + QStringLiteral("/porthole/") + address));
        writeFile(ipam + QStringLiteral("/porthole"), QStringLiteral("10.200.0.77"), QString(64, u'd').toLatin1() + "\r\neth0");
        QVERIFY(QDir().mkpath(ipam + QStringLiteral("/gone")));
        writeFile(ipam + QStringLiteral("/gone"), QStringLiteral("10.201.0.2"), QString(64, u'e').toLatin1() + "\r\neth0");
        const QString stopped = idOf(store, QStringLiteral("stopped"));
        editState(store, stopped, [](QJsonObject &state) {
            state[QLatin1String("Network")] = QJsonObject{{QLatin1String("Namespace"), QStringLiteral("porthole-notthere000")},
                                                          {QLatin1String("Network"), QStringLiteral("porthole")}};
        });
        findRepairAndRecheck(store, {QStringLiteral("container web (%1): its address %2 on network porthole is not allocated to it").arg(idOf(store, QStringLiteral("web")).left(12), address),
                                     QStringLiteral("network porthole address 10.200.0.77: allocated to container dddddddddddd, which does not exist"),
                                     QStringLiteral("network gone: address allocations left of a network that no longer exists"),
                                     QStringLiteral("container stopped (%1): created, but still holds its network namespace porthole-notthere000").arg(stopped.left(12))});
        QVERIFY(QFileInfo::exists(ipam + QStringLiteral("/porthole/") + address));
        // The repaired allocation is host-local's own: the next container gets another address.
        QCOMPARE(cli(store, QStringLiteral("run -d --name other busybox sleep 600")).exitCode, 0);
        QVERIFY(text(cli(store, QStringLiteral("inspect -f {{.NetworkSettings.IPAddress}} other")).out) != address);
        QCOMPARE(cli(store, QStringLiteral("rm -f web other")).exitCode, 0);
        QCOMPARE(cli(store, QStringLiteral("system check")).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestCheck)
#include "tst_check.moc"
