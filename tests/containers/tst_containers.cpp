// Real containers through the real porthole binary (runc under conmon):
// the seed's lifecycle, Docker's refusals, stop timing, pause freezing a
// counter, exits on their own, and parallel starts. Needs root.
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QDeadlineTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>
#include <QtConcurrent>
#include <csignal>

using namespace testsupport;

namespace {

QString text(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes).trimmed();
}

// Removes every container of the store, whatever the test did.
struct ContainerCleanup {
    const TempStore &store;
    ~ContainerCleanup()
    {
        const QStringList ids = text(runPorthole(store, {QStringLiteral("ps"), QStringLiteral("-aq")}).out).split(u'\n', Qt::SkipEmptyParts);
        if (!ids.isEmpty())
            runPorthole(store, QStringList{QStringLiteral("rm"), QStringLiteral("-f")} + ids);
    }
};

QString statusOf(const TempStore &store, const QString &name)
{
    const QStringList lines = text(runPorthole(store, {QStringLiteral("ps"), QStringLiteral("-a")}).out).split(u'\n');
    for (const QString &line : lines)
        if (line.endsWith(QStringLiteral("   ") + name))
            return line;
    return {};
}

int mountsUnder(const QString &path)
{
    QFile mounts(QStringLiteral("/proc/self/mounts"));
    mounts.open(QIODevice::ReadOnly);
    int count = 0;
    for (const QByteArray &line : mounts.readAll().split('\n'))
        if (line.split(' ').value(1).startsWith(path.toUtf8()))
            ++count;
    return count;
}

QString containerFile(const TempStore &store, const QString &name, const QString &path)
{
    const QString id = text(runPorthole(store, {QStringLiteral("ps"), QStringLiteral("-aq"), QStringLiteral("--no-trunc")}).out).section(u'\n', 0, 0);
    Q_UNUSED(name);
    return store.paths.root + QStringLiteral("/containers/") + id + QStringLiteral("/merged") + path;
}

} // namespace

class TestContainers : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { REQUIRE_ROOT(); }

    void seedLifecycle()
    {
        TempStore store;
        ContainerCleanup cleanup{store};
        QCOMPARE(runPorthole(store, {QStringLiteral("image"), QStringLiteral("build-busybox")}).exitCode, 0);
        auto created = runPorthole(store, {QStringLiteral("create"), QStringLiteral("-it"), QStringLiteral("--name=busybox"), QStringLiteral("busybox")});
        QCOMPARE(created.exitCode, 0);
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(text(created.out)).hasMatch());
        QVERIFY2(statusOf(store, QStringLiteral("busybox")).contains(QStringLiteral("   Created   ")), qPrintable(statusOf(store, QStringLiteral("busybox"))));
        QVERIFY(text(runPorthole(store, {QStringLiteral("ps")}).out).count(u'\n') == 0); // only running ones

        QCOMPARE(text(runPorthole(store, {QStringLiteral("start"), QStringLiteral("busybox")}).out), QStringLiteral("busybox"));
        QVERIFY(statusOf(store, QStringLiteral("busybox")).contains(QStringLiteral("Up ")));
        QCOMPARE(mountsUnder(store.paths.root), 1);

        // The seed's third way in: nsenter into the pid that inspect reports.
        const QString pid = text(runPorthole(store, {QStringLiteral("inspect"), QStringLiteral("-f"), QStringLiteral("{{.State.Pid}}"), QStringLiteral("busybox")}).out);
        auto entered = runProgram(QStringLiteral("nsenter"), {QStringLiteral("-t"), pid, QStringLiteral("-a"), QStringLiteral("hostname")});
        QCOMPARE(text(entered.out), text(created.out).left(12));

        QCOMPARE(runPorthole(store, {QStringLiteral("pause"), QStringLiteral("busybox")}).exitCode, 0);
        QVERIFY(statusOf(store, QStringLiteral("busybox")).contains(QStringLiteral("(Paused)")));
        auto again = runPorthole(store, {QStringLiteral("pause"), QStringLiteral("busybox")});
        const QString id = text(created.out); // Docker names the container by its id in these refusals
        QCOMPARE(text(again.err), QStringLiteral("Error: Container %1 is already paused").arg(id));
        QCOMPARE(text(runPorthole(store, {QStringLiteral("start"), QStringLiteral("busybox")}).err),
                 QStringLiteral("Error: cannot start a paused container, try unpause instead\nError: failed to start containers: busybox"));
        QCOMPARE(runPorthole(store, {QStringLiteral("unpause"), QStringLiteral("busybox")}).exitCode, 0);
        QCOMPARE(text(runPorthole(store, {QStringLiteral("unpause"), QStringLiteral("busybox")}).err),
                 QStringLiteral("Error: Container %1 is not paused").arg(id));
        QCOMPARE(text(runPorthole(store, {QStringLiteral("rm"), QStringLiteral("busybox")}).err),
                 QStringLiteral("Error: You cannot remove a running container %1. Stop the container before attempting removal or force remove").arg(id));

        // sh as pid 1 ignores SIGTERM: stop waits the whole timeout, then SIGKILL.
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(runPorthole(store, {QStringLiteral("stop"), QStringLiteral("-t"), QStringLiteral("2"), QStringLiteral("busybox")}).exitCode, 0);
        QVERIFY2(timer.elapsed() >= 1900 && timer.elapsed() < 6000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY2(statusOf(store, QStringLiteral("busybox")).contains(QStringLiteral("Exited (137)")), qPrintable(statusOf(store, QStringLiteral("busybox"))));
        QCOMPARE(mountsUnder(store.paths.root), 0);
        QCOMPARE(runPorthole(store, {QStringLiteral("stop"), QStringLiteral("busybox")}).exitCode, 0); // stopping a stopped one is fine
        QCOMPARE(text(runPorthole(store, {QStringLiteral("pause"), QStringLiteral("busybox")}).err),
                 QStringLiteral("Error: Container %1 is not running").arg(id));

        QCOMPARE(runPorthole(store, {QStringLiteral("start"), QStringLiteral("busybox")}).exitCode, 0);
        QVERIFY(statusOf(store, QStringLiteral("busybox")).contains(QStringLiteral("Up ")));
        QCOMPARE(runPorthole(store, {QStringLiteral("kill"), QStringLiteral("busybox")}).exitCode, 0);
        QVERIFY(statusOf(store, QStringLiteral("busybox")).contains(QStringLiteral("Exited (137)")));
        QCOMPARE(text(runPorthole(store, {QStringLiteral("rm"), QStringLiteral("busybox")}).out), QStringLiteral("busybox"));
        QCOMPARE(text(runPorthole(store, {QStringLiteral("rm"), QStringLiteral("busybox")}).err), QStringLiteral("Error: No such container: busybox"));
        QCOMPARE(mountsUnder(store.paths.root), 0);
        QVERIFY(QDir(store.paths.root + QStringLiteral("/containers")).isEmpty());
    }

    void trappingContainerStopsFastAndExitsOnItsOwn()
    {
        TempStore store;
        ContainerCleanup cleanup{store};
        QCOMPARE(runPorthole(store, {QStringLiteral("image"), QStringLiteral("build-busybox")}).exitCode, 0);
        QCOMPARE(runPorthole(store, {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), QStringLiteral("trap"), QStringLiteral("busybox"),
                                     QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("trap 'exit 0' TERM; while true; do sleep 0.1; done")}).exitCode, 0);
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(runPorthole(store, {QStringLiteral("stop"), QStringLiteral("trap")}).exitCode, 0);
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(statusOf(store, QStringLiteral("trap")).contains(QStringLiteral("Exited (0)")));

        // conmon runs our exit command when the process ends by itself.
        QCOMPARE(runPorthole(store, {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), QStringLiteral("three"), QStringLiteral("busybox"),
                                     QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("exit 3")}).exitCode, 0);
        QTRY_VERIFY_WITH_TIMEOUT(statusOf(store, QStringLiteral("three")).contains(QStringLiteral("Exited (3)")), waitMs(5000));
        QCOMPARE(runPorthole(store, {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--rm"), QStringLiteral("--name"), QStringLiteral("gone"),
                                     QStringLiteral("busybox"), QStringLiteral("true")}).exitCode, 0);
        QTRY_VERIFY_WITH_TIMEOUT(statusOf(store, QStringLiteral("gone")).isEmpty(), waitMs(5000));
        QTRY_COMPARE_WITH_TIMEOUT(mountsUnder(store.paths.root), 0, waitMs(5000));
    }

    void pauseFreezesACounter()
    {
        TempStore store;
        ContainerCleanup cleanup{store};
        QCOMPARE(runPorthole(store, {QStringLiteral("image"), QStringLiteral("build-busybox")}).exitCode, 0);
        QCOMPARE(runPorthole(store, {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), QStringLiteral("counter"), QStringLiteral("busybox"),
                                     QStringLiteral("sh"), QStringLiteral("-c"),
                                     QStringLiteral("i=0; while true; do i=$((i+1)); echo $i > /tmp/count; sleep 0.05; done")}).exitCode, 0);
        const QString counter = containerFile(store, QStringLiteral("counter"), QStringLiteral("/tmp/count"));
        auto read = [&] {
            QFile file(counter);
            return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed().toInt() : -1;
        };
        QTRY_VERIFY_WITH_TIMEOUT(read() > 2, waitMs(5000));
        QCOMPARE(runPorthole(store, {QStringLiteral("pause"), QStringLiteral("counter")}).exitCode, 0);
        const int frozen = read();
        QThread::msleep(400);
        QCOMPARE(read(), frozen);
        QCOMPARE(runPorthole(store, {QStringLiteral("unpause"), QStringLiteral("counter")}).exitCode, 0);
        QTRY_VERIFY_WITH_TIMEOUT(read() > frozen + 2, waitMs(5000));
        // rm -f works on a paused container too.
        QCOMPARE(runPorthole(store, {QStringLiteral("pause"), QStringLiteral("counter")}).exitCode, 0);
        QCOMPARE(runPorthole(store, {QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("counter")}).exitCode, 0);
        QVERIFY(statusOf(store, QStringLiteral("counter")).isEmpty());
        QCOMPARE(mountsUnder(store.paths.root), 0);
    }

    void seedMigrationByExportAndImport()
    {
        TempStore store;
        ContainerCleanup cleanup{store};
        QTemporaryDir dir;
        QCOMPARE(runPorthole(store, {QStringLiteral("image"), QStringLiteral("build-busybox")}).exitCode, 0);
        QCOMPARE(runPorthole(store, {QStringLiteral("create"), QStringLiteral("-it"), QStringLiteral("--name=busybox"), QStringLiteral("busybox")}).exitCode, 0);
        QCOMPARE(runPorthole(store, {QStringLiteral("start"), QStringLiteral("busybox")}).exitCode, 0);
        auto touched = runPorthole(store, {QStringLiteral("exec"), QStringLiteral("busybox"), QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("cd /tmp && touch test")});
        QVERIFY2(touched.exitCode == 0, touched.err.constData());
        QCOMPARE(text(runPorthole(store, {QStringLiteral("diff"), QStringLiteral("busybox")}).out), QStringLiteral("C /tmp\nA /tmp/test"));
        const QString archive = dir.path() + QStringLiteral("/busybox.tar");
        QCOMPARE(runPorthole(store, {QStringLiteral("export"), QStringLiteral("-o"), archive, QStringLiteral("busybox")}).exitCode, 0);
        QVERIFY(QFileInfo(archive).size() < 4 << 20); // hard links stay links
        auto listing = runProgram(QStringLiteral("tar"), {QStringLiteral("-tf"), archive});
        QVERIFY(listing.out.contains("tmp/test\n"));
        QVERIFY(!listing.out.contains(".wh."));

        // On "another machine": a fresh store.
        TempStore other;
        ContainerCleanup otherCleanup{other};
        auto imported = runPorthole(other, {QStringLiteral("import"), archive, QStringLiteral("busybox:test")});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        QCOMPARE(runPorthole(other, {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), QStringLiteral("migrated"),
                                     QStringLiteral("busybox:test"), QStringLiteral("sleep"), QStringLiteral("60")}).exitCode, 0);
        QCOMPARE(text(runPorthole(other, {QStringLiteral("exec"), QStringLiteral("migrated"), QStringLiteral("ls"), QStringLiteral("/tmp")}).out),
                 QStringLiteral("test"));
    }

    void commitKeepsTheContainersSettings()
    {
        TempStore store;
        ContainerCleanup cleanup{store};
        QCOMPARE(runPorthole(store, {QStringLiteral("image"), QStringLiteral("build-busybox")}).exitCode, 0);
        QCOMPARE(runPorthole(store, {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("-e"), QStringLiteral("GREETING=hi"),
                                     QStringLiteral("-w"), QStringLiteral("/tmp"), QStringLiteral("--name"), QStringLiteral("saver"),
                                     QStringLiteral("busybox"), QStringLiteral("sleep"), QStringLiteral("60")}).exitCode, 0);
        QCOMPARE(runPorthole(store, {QStringLiteral("exec"), QStringLiteral("saver"), QStringLiteral("sh"), QStringLiteral("-c"),
                                     QStringLiteral("touch made && rm /etc/group")}).exitCode, 0);
        QCOMPARE(text(runPorthole(store, {QStringLiteral("diff"), QStringLiteral("saver")}).out),
                 QStringLiteral("C /etc\nD /etc/group\nC /tmp\nA /tmp/made"));
        auto committed = runPorthole(store, {QStringLiteral("commit"), QStringLiteral("-c"), QStringLiteral("EXPOSE 80"), QStringLiteral("-m"),
                                             QStringLiteral("saved"), QStringLiteral("saver"), QStringLiteral("saved:1")});
        QVERIFY2(committed.exitCode == 0, committed.err.constData());
        const QString config = text(runPorthole(store, {QStringLiteral("inspect"), QStringLiteral("-f"), QStringLiteral("{{json .Config}}"), QStringLiteral("saved:1")}).out);
        QVERIFY2(config.contains(QStringLiteral("\"GREETING=hi\"")) && config.contains(QStringLiteral("\"WorkingDir\":\"/tmp\""))
                     && config.contains(QStringLiteral("\"80/tcp\"")) && config.contains(QStringLiteral("\"Cmd\":[\"sleep\",\"60\"]")),
                 qPrintable(config));
        // The new layer holds the change, with the deletion as a whiteout.
        QCOMPARE(runPorthole(store, {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), QStringLiteral("tester"), QStringLiteral("saved:1")}).exitCode, 0);
        QCOMPARE(text(runPorthole(store, {QStringLiteral("exec"), QStringLiteral("tester"), QStringLiteral("sh"), QStringLiteral("-c"),
                                          QStringLiteral("pwd; ls /tmp; echo $GREETING; test -e /etc/group || echo gone")}).out),
                 QStringLiteral("/tmp\nmade\nhi\ngone"));
        // Two exec'd processes are independent of each other.
        QCOMPARE(runPorthole(store, {QStringLiteral("exec"), QStringLiteral("-d"), QStringLiteral("tester"), QStringLiteral("sleep"), QStringLiteral("31")}).exitCode, 0);
        QCOMPARE(runPorthole(store, {QStringLiteral("exec"), QStringLiteral("-d"), QStringLiteral("tester"), QStringLiteral("sleep"), QStringLiteral("32")}).exitCode, 0);
        const QString ps = text(runPorthole(store, {QStringLiteral("exec"), QStringLiteral("tester"), QStringLiteral("ps")}).out);
        QVERIFY2(ps.contains(QStringLiteral("sleep 31")) && ps.contains(QStringLiteral("sleep 32")), qPrintable(ps));
    }

    void logsWaitRenameRestartEventsAndImagesInUse()
    {
        TempStore store;
        ContainerCleanup cleanup{store};
        QCOMPARE(runPorthole(store, {QStringLiteral("image"), QStringLiteral("build-busybox")}).exitCode, 0);
        QCOMPARE(runPorthole(store, {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), QStringLiteral("web"), QStringLiteral("busybox"),
                                     QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo hello; echo oops >&2; exit 7")}).exitCode, 0);
        QCOMPARE(text(runPorthole(store, {QStringLiteral("wait"), QStringLiteral("web")}).out), QStringLiteral("7"));
        auto logs = runPorthole(store, {QStringLiteral("logs"), QStringLiteral("web")});
        QCOMPARE(text(logs.out), QStringLiteral("hello"));
        QCOMPARE(text(logs.err), QStringLiteral("oops"));
        QVERIFY(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT[0-9:.]+\\S* hello$"))
                    .match(text(runPorthole(store, {QStringLiteral("logs"), QStringLiteral("-t"), QStringLiteral("web")}).out)).hasMatch());
        QCOMPARE(text(runPorthole(store, {QStringLiteral("logs"), QStringLiteral("--tail"), QStringLiteral("0"), QStringLiteral("web")}).out), QString());

        QCOMPARE(runPorthole(store, {QStringLiteral("rename"), QStringLiteral("web"), QStringLiteral("site")}).exitCode, 0);
        QCOMPARE(text(runPorthole(store, {QStringLiteral("inspect"), QStringLiteral("-f"), QStringLiteral("{{.Name}} {{.State.Status}} {{.State.ExitCode}}"),
                                          QStringLiteral("site")}).out), QStringLiteral("/site exited 7"));
        QCOMPARE(text(runPorthole(store, {QStringLiteral("logs"), QStringLiteral("web")}).err), QStringLiteral("Error: No such container: web"));
        QCOMPARE(runPorthole(store, {QStringLiteral("restart"), QStringLiteral("site")}).exitCode, 0);
        QCOMPARE(text(runPorthole(store, {QStringLiteral("wait"), QStringLiteral("site")}).out), QStringLiteral("7"));
        QCOMPARE(text(runPorthole(store, {QStringLiteral("inspect"), QStringLiteral("-f"), QStringLiteral("{{.RestartCount}}"), QStringLiteral("site")}).out),
                 QStringLiteral("0")); // Docker's: a restart by hand is not the policy's restart

        // An image used by a container cannot be removed without -f.
        auto refused = runPorthole(store, {QStringLiteral("rmi"), QStringLiteral("busybox")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(text(refused.err).startsWith(QStringLiteral("Error: conflict: unable to remove repository reference \"busybox\" (must force) - container ")),
                 refused.err.constData());
        QVERIFY(text(runPorthole(store, {QStringLiteral("images")}).out).contains(QStringLiteral("busybox")));

        // By id: the whole history; by name: what happened under that name.
        const QString shortId = text(runPorthole(store, {QStringLiteral("ps"), QStringLiteral("-aq")}).out);
        const QString byName = text(runPorthole(store, {QStringLiteral("events"), QStringLiteral("--since"), QStringLiteral("1h"), QStringLiteral("--until"),
                                                        QStringLiteral("0s"), QStringLiteral("--filter"), QStringLiteral("container=site"),
                                                        QStringLiteral("--format"), QStringLiteral("{{.Action}}")}).out);
        QCOMPARE(byName.split(u'\n'), (QStringList{QStringLiteral("rename"), QStringLiteral("start"), QStringLiteral("restart"), QStringLiteral("die")}));
        const QString events = text(runPorthole(store, {QStringLiteral("events"), QStringLiteral("--since"), QStringLiteral("1h"), QStringLiteral("--until"),
                                                        QStringLiteral("0s"), QStringLiteral("--filter"), QStringLiteral("container=") + shortId,
                                                        QStringLiteral("--format"), QStringLiteral("{{.Action}}")}).out);
        QCOMPARE(events.split(u'\n'), (QStringList{QStringLiteral("create"), QStringLiteral("start"), QStringLiteral("die"), QStringLiteral("rename"),
                                                   QStringLiteral("start"), QStringLiteral("restart"), QStringLiteral("die")}));
    }

    void runAttachedReturnsTheExitCodeAndAttachMirrors()
    {
        TempStore store;
        ContainerCleanup cleanup{store};
        QCOMPARE(runPorthole(store, {QStringLiteral("image"), QStringLiteral("build-busybox")}).exitCode, 0);
        auto run = runPorthole(store, {QStringLiteral("run"), QStringLiteral("--name"), QStringLiteral("five"), QStringLiteral("busybox"),
                                       QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo out; echo err >&2; exit 5")});
        QCOMPARE(run.exitCode, 5);
        QCOMPARE(text(run.out), QStringLiteral("out"));
        QCOMPARE(text(run.err), QStringLiteral("err"));
        auto piped = runPorthole(store, {QStringLiteral("run"), QStringLiteral("--rm"), QStringLiteral("-i"), QStringLiteral("busybox"), QStringLiteral("cat")},
                                 QByteArray("through stdin\n"));
        QCOMPARE(piped.exitCode, 0);
        QCOMPARE(text(piped.out), QStringLiteral("through stdin"));
        QCOMPARE(runPorthole(store, {QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("later"), QStringLiteral("busybox"),
                                     QStringLiteral("echo"), QStringLiteral("started")}).exitCode, 0);
        auto started = runPorthole(store, {QStringLiteral("start"), QStringLiteral("-a"), QStringLiteral("later")});
        QCOMPARE(text(started.out), QStringLiteral("started"));

        // Two clients attached to one container see the same output and share its stdin.
        QCOMPARE(runPorthole(store, {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("-i"), QStringLiteral("--name"), QStringLiteral("shared"),
                                     QStringLiteral("busybox"), QStringLiteral("cat")}).exitCode, 0);
        QProcess first, second;
        for (QProcess *client : {&first, &second}) {
            client->start(QStringLiteral(PORTHOLE_BIN), {QStringLiteral("--root"), store.paths.root, QStringLiteral("--runroot"), store.paths.runRoot,
                                                        QStringLiteral("attach"), QStringLiteral("shared")});
            QVERIFY(client->waitForStarted());
        }
        // Both are attached once a line typed in the first comes back to the
        // second (attach replays nothing: a client not yet attached misses it).
        QByteArray firstSaw, secondSaw;
        QDeadlineTimer bothAttached(waitMs(10000));
        while (!secondSaw.contains("both attached") && !bothAttached.hasExpired()) {
            first.write("both attached\n");
            QTest::qWait(200);
            secondSaw += second.readAllStandardOutput();
        }
        QVERIFY2(secondSaw.contains("both attached"), second.readAllStandardError().constData());
        first.write("typed in the first\n");
        QTRY_VERIFY2_WITH_TIMEOUT((firstSaw += first.readAllStandardOutput()).contains("typed in the first"), first.readAllStandardError().constData(), waitMs(5000));
        QTRY_VERIFY_WITH_TIMEOUT((secondSaw += second.readAllStandardOutput()).contains("typed in the first"), waitMs(5000));
        second.write("typed in the second\n");
        QTRY_VERIFY_WITH_TIMEOUT((firstSaw += first.readAllStandardOutput()).contains("typed in the second"), waitMs(5000));
        for (QProcess *client : {&first, &second}) {
            client->kill();
            client->waitForFinished();
        }
        // Detaching leaves the container running.
        QVERIFY(statusOf(store, QStringLiteral("shared")).contains(QStringLiteral("Up ")));

        // Signals sent to an attached run reach the container (--sig-proxy, the default).
        QProcess attached;
        attached.start(QStringLiteral(PORTHOLE_BIN), {QStringLiteral("--root"), store.paths.root, QStringLiteral("--runroot"), store.paths.runRoot,
                                                      QStringLiteral("run"), QStringLiteral("--name"), QStringLiteral("trapper"), QStringLiteral("busybox"),
                                                      QStringLiteral("sh"), QStringLiteral("-c"),
                                                      QStringLiteral("trap 'echo got-int; exit 3' INT; echo ready; while true; do sleep 0.1; done")});
        QVERIFY(attached.waitForStarted());
        QByteArray seen;
        QTRY_VERIFY_WITH_TIMEOUT((seen += attached.readAllStandardOutput()).contains("ready"), waitMs(5000));
        ::kill(pid_t(attached.processId()), SIGINT);
        QVERIFY(attached.waitForFinished(waitMs(10000)));
        seen += attached.readAllStandardOutput();
        QVERIFY2(seen.contains("got-int"), seen.constData());
        QCOMPARE(attached.exitCode(), 3);
    }

    void initRestartPoliciesEnvFilesAndListings()
    {
        TempStore store;
        ContainerCleanup cleanup{store};
        QTemporaryDir dir;
        QCOMPARE(runPorthole(store, {QStringLiteral("image"), QStringLiteral("build-busybox")}).exitCode, 0);
        const QString envFile = writeFile(dir.path(), QStringLiteral("env"), "# settings\nFIRST=1\n\nSECOND=two words\n");
        QCOMPARE(runPorthole(store, {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--init"), QStringLiteral("--env-file"), envFile,
                                     QStringLiteral("-l"), QStringLiteral("role=web"), QStringLiteral("--name"), QStringLiteral("inited"),
                                     QStringLiteral("busybox"), QStringLiteral("sleep"), QStringLiteral("300")}).exitCode, 0);
        const QString top = text(runPorthole(store, {QStringLiteral("top"), QStringLiteral("inited")}).out);
        QVERIFY2(top.startsWith(QStringLiteral("UID")) && top.contains(QStringLiteral("/dev/init -- sleep 300")) && top.contains(QStringLiteral("   sleep 300")),
                 qPrintable(top));
        QCOMPARE(text(runPorthole(store, {QStringLiteral("exec"), QStringLiteral("inited"), QStringLiteral("sh"), QStringLiteral("-c"),
                                          QStringLiteral("echo $FIRST $SECOND; cat /proc/1/cmdline | tr '\\0' ' '")}).out),
                 QStringLiteral("1 two words\n/dev/init -- sleep 300"));

        QCOMPARE(runPorthole(store, {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--restart"), QStringLiteral("on-failure:2"),
                                     QStringLiteral("--name"), QStringLiteral("flaky"), QStringLiteral("busybox"), QStringLiteral("sh"), QStringLiteral("-c"),
                                     QStringLiteral("exit 1")}).exitCode, 0);
        // Done when it died three times (the run and two restarts): "2 exited"
        // is also what inspect says while the second restart is starting.
        const auto deaths = [&] {
            return text(runPorthole(store, {QStringLiteral("events"), QStringLiteral("--since"), QStringLiteral("1h"), QStringLiteral("--until"),
                                            QStringLiteral("0s"), QStringLiteral("--filter"), QStringLiteral("container=flaky"), QStringLiteral("--filter"),
                                            QStringLiteral("event=die"), QStringLiteral("--format"), QStringLiteral("{{.Action}}")}).out)
                .count(QStringLiteral("die"));
        };
        QTRY_COMPARE_WITH_TIMEOUT(deaths(), 3, waitMs(10000));
        QCOMPARE(text(runPorthole(store, {QStringLiteral("inspect"), QStringLiteral("-f"), QStringLiteral("{{.RestartCount}} {{.State.Status}}"),
                                          QStringLiteral("flaky")}).out), QStringLiteral("2 exited"));
        QThread::msleep(600); // and no third restart
        QCOMPARE(text(runPorthole(store, {QStringLiteral("inspect"), QStringLiteral("-f"), QStringLiteral("{{.RestartCount}}"), QStringLiteral("flaky")}).out),
                 QStringLiteral("2"));
        QCOMPARE(text(runPorthole(store, {QStringLiteral("run"), QStringLiteral("--restart"), QStringLiteral("always"), QStringLiteral("--rm"),
                                          QStringLiteral("busybox"), QStringLiteral("true")}).err),
                 QStringLiteral("Error: Conflicting options: --restart and --rm"));

        QCOMPARE(text(runPorthole(store, {QStringLiteral("ps"), QStringLiteral("--filter"), QStringLiteral("label=role=web"), QStringLiteral("--format"),
                                          QStringLiteral("{{.Names}} {{.State}}")}).out), QStringLiteral("inited running"));
        QCOMPARE(text(runPorthole(store, {QStringLiteral("ps"), QStringLiteral("-a"), QStringLiteral("--filter"), QStringLiteral("status=exited"),
                                          QStringLiteral("--format"), QStringLiteral("{{.Names}}")}).out), QStringLiteral("flaky"));
        QCOMPARE(text(runPorthole(store, {QStringLiteral("ps"), QStringLiteral("-a"), QStringLiteral("--filter"), QStringLiteral("ancestor=busybox"),
                                          QStringLiteral("-q")}).out).split(u'\n').size(), 2);
        QCOMPARE(text(runPorthole(store, {QStringLiteral("ps"), QStringLiteral("-a"), QStringLiteral("--format"),
                                          QStringLiteral("table {{.Names}}\t{{.Image}}")}).out).section(u'\n', 0, 0),
                 QStringLiteral("NAMES     IMAGE"));
        QVERIFY(text(runPorthole(store, {QStringLiteral("ps"), QStringLiteral("-s")}).out).contains(QStringLiteral("(virtual ")));
        QCOMPARE(text(runPorthole(store, {QStringLiteral("ps"), QStringLiteral("--filter"), QStringLiteral("colour=red")}).err),
                 QStringLiteral("Error: Invalid filter 'colour'"));
    }

    void createFlagsReachTheContainer()
    {
        TempStore store;
        ContainerCleanup cleanup{store};
        QTemporaryDir volume;
        writeFile(volume.path(), QStringLiteral("shared.txt"), "from the host\n");
        QFile::setPermissions(volume.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther);
        QCOMPARE(runPorthole(store, {QStringLiteral("image"), QStringLiteral("build-busybox")}).exitCode, 0);
        auto run = runPorthole(store, {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), QStringLiteral("flags"),
                                       QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("-w"), QStringLiteral("/data"),
                                       QStringLiteral("--hostname"), QStringLiteral("box"), QStringLiteral("-v"), volume.path() + QStringLiteral(":/data:ro"),
                                       QStringLiteral("-m"), QStringLiteral("64m"), QStringLiteral("--pids-limit"), QStringLiteral("50"),
                                       QStringLiteral("--stop-signal"), QStringLiteral("SIGINT"), QStringLiteral("--entrypoint"), QStringLiteral("sleep"),
                                       QStringLiteral("busybox"), QStringLiteral("300")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(text(runPorthole(store, {QStringLiteral("exec"), QStringLiteral("flags"), QStringLiteral("sh"), QStringLiteral("-c"),
                                          QStringLiteral("id -un; pwd; hostname; cat shared.txt; touch x 2>/dev/null || echo read-only; cat /proc/1/cmdline | tr '\\0' ' '")}).out),
                 QStringLiteral("nobody\n/data\nbox\nfrom the host\nread-only\nsleep 300"));
        QCOMPARE(text(runPorthole(store, {QStringLiteral("inspect"), QStringLiteral("-f"),
                                          QStringLiteral("{{.HostConfig.Memory}} {{.HostConfig.PidsLimit}} {{.Config.StopSignal}} {{index .HostConfig.Binds 0}}"),
                                          QStringLiteral("flags")}).out),
                 QStringLiteral("%1 50 SIGINT %2:/data:ro").arg(64 << 20).arg(volume.path()));
        const QString id = text(runPorthole(store, {QStringLiteral("inspect"), QStringLiteral("-f"), QStringLiteral("{{.Id}}"), QStringLiteral("flags")}).out);
        QFile limit(QStringLiteral("/sys/fs/cgroup/memory/porthole/%1/memory.limit_in_bytes").arg(id));
        if (limit.open(QIODevice::ReadOnly)) // cgroup v1 layout, as on this machine kind
            QCOMPARE(limit.readAll().trimmed().toLongLong(), qint64(64 << 20));
        // stop sends the stop signal first (pid 1 ignores it here), then KILL.
        QCOMPARE(runPorthole(store, {QStringLiteral("stop"), QStringLiteral("-t"), QStringLiteral("1"), QStringLiteral("flags")}).exitCode, 0);
        QCOMPARE(text(runPorthole(store, {QStringLiteral("events"), QStringLiteral("--since"), QStringLiteral("1h"), QStringLiteral("--until"), QStringLiteral("0s"),
                                          QStringLiteral("--filter"), QStringLiteral("event=kill"), QStringLiteral("--format"),
                                          QStringLiteral("{{index .Actor.Attributes \"signal\"}}")}).out),
                 QStringLiteral("INT\nKILL"));
        // A name that is neither a volume's nor a host path (named volumes exist since issue 18).
        QCOMPARE(text(runPorthole(store, {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("-v"), QStringLiteral("bad name!:/x"),
                                          QStringLiteral("busybox")}).err),
                 QStringLiteral("Error: create bad name!: \"bad name!\" includes invalid characters for a local volume name, only "
                                "\"[a-zA-Z0-9][a-zA-Z0-9_.-]\" are allowed. If you intended to pass a host directory, use absolute path"));
        QCOMPARE(text(runPorthole(store, {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("-u"), QStringLiteral("ghost"),
                                          QStringLiteral("--name"), QStringLiteral("ghosted"), QStringLiteral("busybox")}).err),
                 QStringLiteral("Error: unable to find user ghost: no matching entries in passwd file"));
        QVERIFY(statusOf(store, QStringLiteral("ghosted")).contains(QStringLiteral("Created"))); // a failed start leaves it created
        QCOMPARE(mountsUnder(store.paths.root), 0);
    }

    void chosenRuntimeIsUsedOrExplainsItself()
    {
        TempStore store;
        ContainerCleanup cleanup{store};
        QCOMPARE(runPorthole(store, {QStringLiteral("image"), QStringLiteral("build-busybox")}).exitCode, 0);
        auto run = runPorthole(store, {QStringLiteral("--runtime"), QStringLiteral("crun"), QStringLiteral("run"), QStringLiteral("--rm"),
                                       QStringLiteral("busybox"), QStringLiteral("echo"), QStringLiteral("crun works")});
        if (run.exitCode == 0) {
            QCOMPARE(text(run.out), QStringLiteral("crun works"));
        } else {
            // crun 1.8 refuses hybrid cgroups (this machine kind): one clear line, nothing left.
            QCOMPARE(run.exitCode, 125);
            QVERIFY2(run.err.startsWith("Error: ") && run.err.count('\n') == 1, run.err.constData());
            QCOMPARE(text(runPorthole(store, {QStringLiteral("ps"), QStringLiteral("-aq")}).out), QString());
        }
        QCOMPARE(text(runPorthole(store, {QStringLiteral("--runtime"), QStringLiteral("nosuchruntime"), QStringLiteral("run"), QStringLiteral("--rm"),
                                          QStringLiteral("busybox"), QStringLiteral("true")}).err),
                 QStringLiteral("Error: the OCI runtime \"nosuchruntime\" was not found: install it (apt-get install nosuchruntime)"));
        QCOMPARE(mountsUnder(store.paths.root), 0);
    }

    void vanishedMonitorIsReconciled()
    {
        TempStore store;
        ContainerCleanup cleanup{store};
        QCOMPARE(runPorthole(store, {QStringLiteral("image"), QStringLiteral("build-busybox")}).exitCode, 0);
        QCOMPARE(runPorthole(store, {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), QStringLiteral("orphan"),
                                     QStringLiteral("busybox"), QStringLiteral("sleep"), QStringLiteral("300")}).exitCode, 0);
        const qint64 pid = text(runPorthole(store, {QStringLiteral("inspect"), QStringLiteral("-f"), QStringLiteral("{{.State.Pid}}"), QStringLiteral("orphan")}).out).toLongLong();
        QVERIFY(pid > 0);
        // As after a host crash: the monitor and the container die at once, without the exit command.
        runProgram(QStringLiteral("pkill"), {QStringLiteral("-9"), QStringLiteral("-f"), QStringLiteral("conmon.*-n orphan")});
        ::kill(pid_t(pid), SIGKILL);
        QTRY_VERIFY_WITH_TIMEOUT(::kill(pid_t(pid), 0) != 0, waitMs(5000));
        QTRY_VERIFY_WITH_TIMEOUT(statusOf(store, QStringLiteral("orphan")).contains(QStringLiteral("Exited (")), waitMs(5000));
        QCOMPARE(mountsUnder(store.paths.root), 0);
        QCOMPARE(runPorthole(store, {QStringLiteral("start"), QStringLiteral("orphan")}).exitCode, 0);
        QVERIFY(statusOf(store, QStringLiteral("orphan")).contains(QStringLiteral("Up ")));
    }

    void twentyParallelStartsFromSeparateProcesses()
    {
        TempStore store;
        ContainerCleanup cleanup{store};
        QCOMPARE(runPorthole(store, {QStringLiteral("image"), QStringLiteral("build-busybox")}).exitCode, 0);
        QList<QFuture<RunResult>> runs;
        for (int i = 0; i < 20; ++i)
            runs.append(QtConcurrent::run([&store, i] {
                return runPorthole(store, {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), QStringLiteral("p%1").arg(i),
                                           QStringLiteral("busybox"), QStringLiteral("sleep"), QStringLiteral("60")});
            }));
        QSet<QString> ids;
        for (auto &run : runs) {
            const RunResult result = run.result();
            QVERIFY2(result.exitCode == 0, result.err.constData());
            ids.insert(text(result.out));
        }
        QCOMPARE(ids.size(), 20);
        const QString listing = text(runPorthole(store, {QStringLiteral("ps")}).out);
        QCOMPARE(listing.count(u'\n'), 20); // header + 20 rows
        QCOMPARE(listing.count(QStringLiteral("Up ")), 20);
    }
};

QTEST_GUILESS_MAIN(TestContainers)
#include "tst_containers.moc"
