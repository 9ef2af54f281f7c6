// The resources through `porthole system service` with Debian's docker
// client: ps filters and sizes, cp both ways (archive HEAD/GET/PUT), exec
// on pipes (stdout and stderr apart, stdin, -u/-e/-w), stats one-shot and
// streamed, system df, info, the prunes, push to a local registry and the
// resulting journal. Each on the test's own store and socket.
#include "apiclients.h"
#include "../registry/registryfixture.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace testsupport;
using namespace apitest;

class TestApiResources : public QObject {
    Q_OBJECT

    ServiceUnderTest m_api;

    RunResult docker(const QStringList &args, const QByteArray &input = {}) { return m_api.docker(args, input); }

private slots:
    void initTestCase()
    {
        REQUIRE_ROOT();
        QVERIFY2(QFile::exists(dockerClient), "Debian's docker.io client is needed (installer/setup.sh installs it)");
        QString why;
        QVERIFY2(m_api.start(why), qPrintable(why));
        QCOMPARE(docker({QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), QStringLiteral("web"), QStringLiteral("--label"),
                         QStringLiteral("tier=front"), QStringLiteral("busybox"), QStringLiteral("sleep"), QStringLiteral("300")}).exitCode, 0);
        QCOMPARE(docker({QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("idle"), QStringLiteral("--label"), QStringLiteral("tier=back"),
                         QStringLiteral("busybox"), QStringLiteral("true")}).exitCode, 0);
    }

    void cleanupTestCase() { m_api.stop(); }

    void psFiltersAndSizes()
    {
        auto names = [&](const QStringList &args) { return docker(QStringList{QStringLiteral("ps"), QStringLiteral("--format"), QStringLiteral("{{.Names}}")} + args).out.trimmed(); };
        QCOMPARE(names({QStringLiteral("-a"), QStringLiteral("--filter"), QStringLiteral("label=tier=back")}), QByteArray("idle"));
        QCOMPARE(names({QStringLiteral("--filter"), QStringLiteral("label=tier")}), QByteArray("web")); // without -a: running ones only
        QCOMPARE(names({QStringLiteral("--filter"), QStringLiteral("status=created")}), QByteArray("idle")); // status= looks at all
        QCOMPARE(names({QStringLiteral("-a"), QStringLiteral("--filter"), QStringLiteral("name=^w")}), QByteArray("web"));
        const RunResult bad = docker({QStringLiteral("ps"), QStringLiteral("--filter"), QStringLiteral("colour=red")});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains("Invalid filter 'colour'"), bad.err.constData());
        const RunResult sized = docker({QStringLiteral("ps"), QStringLiteral("-s"), QStringLiteral("--format"), QStringLiteral("{{.Size}}")});
        QVERIFY2(sized.out.contains("(virtual ") && sized.out.contains("MB"), sized.out.constData());
    }

    void copyBothWays()
    {
        QTemporaryDir host;
        writeFile(host.path(), QStringLiteral("note.txt"), "from the host\n");
        QCOMPARE(docker({QStringLiteral("cp"), host.path() + QStringLiteral("/note.txt"), QStringLiteral("web:/tmp/")}).exitCode, 0);
        QCOMPARE(docker({QStringLiteral("exec"), QStringLiteral("web"), QStringLiteral("cat"), QStringLiteral("/tmp/note.txt")}).out, QByteArray("from the host\n"));
        QCOMPARE(docker({QStringLiteral("cp"), host.path() + QStringLiteral("/note.txt"), QStringLiteral("web:/tmp/renamed.txt")}).exitCode, 0);
        QCOMPARE(docker({QStringLiteral("exec"), QStringLiteral("web"), QStringLiteral("cat"), QStringLiteral("/tmp/renamed.txt")}).out, QByteArray("from the host\n"));
        QCOMPARE(docker({QStringLiteral("exec"), QStringLiteral("web"), QStringLiteral("sh"), QStringLiteral("-c"),
                         QStringLiteral("mkdir -p /data/sub && echo deep > /data/sub/f")}).exitCode, 0);
        QCOMPARE(docker({QStringLiteral("cp"), QStringLiteral("web:/data"), host.path() + QStringLiteral("/out")}).exitCode, 0);
        QFile deep(host.path() + QStringLiteral("/out/sub/f"));
        QVERIFY(deep.open(QIODevice::ReadOnly));
        QCOMPARE(deep.readAll(), QByteArray("deep\n"));
        // A stopped container too, and Docker's words for what is not there.
        QCOMPARE(docker({QStringLiteral("cp"), QStringLiteral("idle:/etc/passwd"), host.path() + QStringLiteral("/passwd")}).exitCode, 0);
        QVERIFY(QFile::exists(host.path() + QStringLiteral("/passwd")));
        const RunResult missing = docker({QStringLiteral("cp"), QStringLiteral("web:/no/such"), host.path()});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains("No such container:path: web:/no/such") /* the CLI's words for a 404 */, missing.err.constData());
    }

    void execOnPipes()
    {
        const RunResult both = docker({QStringLiteral("exec"), QStringLiteral("web"), QStringLiteral("sh"), QStringLiteral("-c"),
                                       QStringLiteral("echo out; echo err >&2; exit 7")});
        QCOMPARE(both.exitCode, 7);
        QCOMPARE(both.out, QByteArray("out\n")); // no terminal: no \r, and stderr apart
        QCOMPARE(both.err, QByteArray("err\n"));
        QCOMPARE(docker({QStringLiteral("exec"), QStringLiteral("-i"), QStringLiteral("web"), QStringLiteral("cat")}, "piped in\n").out, QByteArray("piped in\n"));
        QCOMPARE(docker({QStringLiteral("exec"), QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("-e"), QStringLiteral("X=1"), QStringLiteral("-w"),
                         QStringLiteral("/tmp"), QStringLiteral("web"), QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo $(id -un) $X $PWD")}).out,
                 QByteArray("nobody 1 /tmp\n"));
        QCOMPARE(docker({QStringLiteral("exec"), QStringLiteral("-d"), QStringLiteral("web"), QStringLiteral("touch"), QStringLiteral("/tmp/detached")}).exitCode, 0);
        QTRY_COMPARE_WITH_TIMEOUT(docker({QStringLiteral("exec"), QStringLiteral("web"), QStringLiteral("ls"), QStringLiteral("/tmp/detached")}).exitCode, 0, 10000);
    }

    void statsOneShotAndStreamed()
    {
        const RunResult once = docker({QStringLiteral("stats"), QStringLiteral("--no-stream"), QStringLiteral("--format"),
                                       QStringLiteral("{{.Name}} {{.PIDs}} {{.MemUsage}}"), QStringLiteral("web")});
        QVERIFY2(once.exitCode == 0, once.err.constData());
        QVERIFY2(once.out.startsWith("web 1 ") && once.out.contains("iB / "), once.out.constData());
        // The stream: a reading a second, each Docker's JSON.
        const RunResult streamed = runProgram(QStringLiteral("curl"), {QStringLiteral("-s"), QStringLiteral("-m"), QStringLiteral("3"), QStringLiteral("--unix-socket"),
                                                                     m_api.socket, QStringLiteral("http://docker/containers/web/stats")});
        const QList<QByteArray> lines = streamed.out.trimmed().split('\n');
        QVERIFY2(lines.size() >= 2, streamed.out.constData());
        const QJsonObject reading = QJsonDocument::fromJson(lines.last()).object();
        QCOMPARE(reading.value(QLatin1String("name")).toString(), QStringLiteral("/web"));
        QVERIFY(reading.value(QLatin1String("cpu_stats")).toObject().value(QLatin1String("system_cpu_usage")).toDouble() > 0);
        QVERIFY(reading.value(QLatin1String("memory_stats")).toObject().value(QLatin1String("usage")).toDouble() > 0);
    }

    void diskUsageAndInfo()
    {
        const RunResult df = docker({QStringLiteral("system"), QStringLiteral("df"), QStringLiteral("--format"), QStringLiteral("{{.Type}} {{.TotalCount}} {{.Active}}")});
        QVERIFY2(df.exitCode == 0, df.err.constData());
        QVERIFY2(df.out.contains("Images 1 1\n") && df.out.contains("Containers 2 1\n"), df.out.constData());
        const RunResult info = docker({QStringLiteral("info"), QStringLiteral("--format"), QStringLiteral("{{.Driver}} {{.ContainersRunning}} {{.ContainersStopped}} {{.Images}}")});
        QCOMPARE(info.out.trimmed(), QByteArray("overlay 1 1 1"));
    }

    void prunes()
    {
        const QByteArray idle = docker({QStringLiteral("inspect"), QStringLiteral("-f"), QStringLiteral("{{.Id}}"), QStringLiteral("idle")}).out.trimmed();
        const RunResult pruned = docker({QStringLiteral("container"), QStringLiteral("prune"), QStringLiteral("-f")});
        QVERIFY2(pruned.exitCode == 0 && pruned.out.contains(QByteArray("Deleted Containers:\n" + idle)), pruned.out.constData());
        QCOMPARE(docker({QStringLiteral("ps"), QStringLiteral("-aq")}).out.count('\n'), 1); // web, running, stays
        QCOMPARE(docker({QStringLiteral("tag"), QStringLiteral("busybox"), QStringLiteral("spare:1")}).exitCode, 0);
        QCOMPARE(docker({QStringLiteral("rmi"), QStringLiteral("spare:1")}).exitCode, 0);
        const RunResult images = docker({QStringLiteral("image"), QStringLiteral("prune"), QStringLiteral("-f")});
        QVERIFY2(images.exitCode == 0 && images.out.contains("Total reclaimed space"), images.err.constData());
        QCOMPARE(docker({QStringLiteral("images"), QStringLiteral("-q")}).out.count('\n'), 1); // busybox is used by web
    }

    // Bodies over the 64 MB a JSON body may have: import and load read them
    // as they arrive; the service's memory never holds one whole.
    void importAndLoadArchivesBeyond64MB()
    {
        QTemporaryDir dir;
        QVERIFY(runProgram(QStringLiteral("dd"), {QStringLiteral("if=/dev/urandom"), QStringLiteral("of=") + dir.path() + QStringLiteral("/big.bin"),
                                                  QStringLiteral("bs=1M"), QStringLiteral("count=80")}).exitCode == 0);
        QVERIFY(runProgram(QStringLiteral("tar"), {QStringLiteral("cf"), dir.path() + QStringLiteral("/big.tar"), QStringLiteral("-C"), dir.path(),
                                                   QStringLiteral("big.bin")}).exitCode == 0);
        const RunResult imported = docker({QStringLiteral("import"), dir.path() + QStringLiteral("/big.tar"), QStringLiteral("big:1")});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        QCOMPARE(docker({QStringLiteral("save"), QStringLiteral("-o"), dir.path() + QStringLiteral("/saved.tar"), QStringLiteral("big:1")}).exitCode, 0);
        QCOMPARE(docker({QStringLiteral("rmi"), QStringLiteral("big:1")}).exitCode, 0);
        const RunResult loaded = docker({QStringLiteral("load"), QStringLiteral("-i"), dir.path() + QStringLiteral("/saved.tar")});
        QVERIFY2(loaded.exitCode == 0 && loaded.out.contains("Loaded image: big:1"), loaded.err.constData());
        QVERIFY(docker({QStringLiteral("image"), QStringLiteral("inspect"), QStringLiteral("-f"), QStringLiteral("{{.Size}}"), QStringLiteral("big:1")})
                    .out.trimmed().toLongLong() >= 80ll * 1024 * 1024);
        QFile status(QStringLiteral("/proc/%1/status").arg(m_api.service.processId()));
        QVERIFY(status.open(QIODevice::ReadOnly));
        qint64 peakKb = -1; // VmHWM: the most the service's memory ever held
        for (const QByteArray &field : status.readAll().split('\n'))
            if (field.startsWith("VmHWM:"))
                peakKb = field.simplified().split(' ').value(1).toLongLong();
        QVERIFY2(peakKb > 0 && peakKb < 80 * 1024, qPrintable(QStringLiteral("peak %1 kB").arg(peakKb)));
        QCOMPARE(docker({QStringLiteral("rmi"), QStringLiteral("big:1")}).exitCode, 0);
    }

    void pushToALocalRegistry()
    {
        QTemporaryDir dir;
        registrytest::LocalRegistry registry(dir.path());
        QString error;
        QVERIFY2(registry.start(&error), qPrintable(error));
        const QString reference = registry.host() + QStringLiteral("/team/busybox:v1");
        QCOMPARE(docker({QStringLiteral("tag"), QStringLiteral("busybox"), reference}).exitCode, 0);
        const RunResult pushed = docker({QStringLiteral("push"), reference});
        QVERIFY2(pushed.exitCode == 0, pushed.err.constData());
        QVERIFY2(pushed.out.contains("v1: digest: sha256:"), pushed.out.constData());
        QCOMPARE(docker({QStringLiteral("rmi"), reference}).exitCode, 0);
        const RunResult pulled = docker({QStringLiteral("pull"), reference});
        QVERIFY2(pulled.exitCode == 0, pulled.err.constData());
        const RunResult unknown = docker({QStringLiteral("push"), registry.host() + QStringLiteral("/nothing:here")});
        QCOMPARE(unknown.exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestApiResources)
#include "tst_apiresources.moc"
