// User networks, docker-compose and the Python SDK through `porthole system
// service`: Debian's docker client creates, lists, inspects, connects and
// removes networks, and containers on one reach each other by name and
// alias; Debian's docker-compose (1.29) brings up two services where one
// fetches from the other by service name (up -d, ps, logs, exec -T, down);
// Debian's python3-docker runs, lists and reads logs. Each on the test's
// own store and socket.
#include "apiclients.h"

#include <QDir>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTest>

using namespace testsupport;
using namespace apitest;

namespace {

// Two services: web serves a page, client fetches it by the service name.
const QByteArray composeFile = R"(version: "3"
services:
  web:
    image: busybox
    command: sh -c 'echo hello from web > /tmp/index.html && exec httpd -f -p 80 -h /tmp'
  client:
    image: busybox
    command: sh -c 'while true; do wget -qO- http://web/; sleep 1; done'
)";

} // namespace

class TestApiCompose : public QObject {
    Q_OBJECT

    ServiceUnderTest m_api;

    RunResult client(const QString &program, const QStringList &args) { return m_api.run(program, args); }
    RunResult docker(const QStringList &args) { return m_api.docker(args); }
    RunResult compose(const QStringList &args)
    {
        return m_api.run(composeClient, QStringList{QStringLiteral("-p"), QStringLiteral("demo")} + args, projectDir());
    }
    QString projectDir() const { return m_api.store->dir() + QStringLiteral("/project"); }

private slots:
    void initTestCase()
    {
        REQUIRE_ROOT();
        for (const QString &program : {dockerClient, composeClient})
            QVERIFY2(QFile::exists(program), qPrintable(program + QStringLiteral(" is needed (installer/setup.sh installs it)")));
        QString why;
        QVERIFY2(m_api.start(why), qPrintable(why));
    }

    void cleanupTestCase() { m_api.stop(); }

    void networksListCreateInspectRemove()
    {
        const RunResult created = docker({QStringLiteral("network"), QStringLiteral("create"), QStringLiteral("--label"), QStringLiteral("team=a"),
                                          QStringLiteral("appnet")});
        QVERIFY2(created.exitCode == 0, created.err.constData());
        const QByteArray id = created.out.trimmed();
        QCOMPARE(id.size(), 64);
        const RunResult again = docker({QStringLiteral("network"), QStringLiteral("create"), QStringLiteral("appnet")});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains("network with name appnet already exists"), again.err.constData());
        const RunResult listed = docker({QStringLiteral("network"), QStringLiteral("ls"), QStringLiteral("--format"), QStringLiteral("{{.Name}} {{.Driver}}")});
        QVERIFY2(listed.out.contains("appnet bridge\n") && listed.out.contains("host host\n") && listed.out.contains("none null\n"), listed.out.constData());
        const RunResult filtered = docker({QStringLiteral("network"), QStringLiteral("ls"), QStringLiteral("-q"), QStringLiteral("--no-trunc"),
                                           QStringLiteral("--filter"), QStringLiteral("label=team=a")});
        QCOMPARE(filtered.out.trimmed(), id);
        const RunResult inspected = docker({QStringLiteral("network"), QStringLiteral("inspect"), QStringLiteral("-f"),
                                            QStringLiteral("{{.Id}} {{.Driver}} {{index .Labels \"team\"}}"), QStringLiteral("appnet")});
        QCOMPARE(inspected.out.trimmed(), id + " bridge a");
        QCOMPARE(docker({QStringLiteral("network"), QStringLiteral("rm"), QStringLiteral("appnet")}).exitCode, 0);
        const RunResult gone = docker({QStringLiteral("network"), QStringLiteral("inspect"), QStringLiteral("appnet")});
        QCOMPARE(gone.exitCode, 1);
        QVERIFY2(gone.err.contains("No such network: appnet"), gone.err.constData());
        const RunResult predefined = docker({QStringLiteral("network"), QStringLiteral("rm"), QStringLiteral("host")});
        QVERIFY2(predefined.exitCode == 1 && predefined.err.contains("pre-defined network"), predefined.err.constData());
    }

    // Docker's behaviour on a user network: the others by container name
    // and by alias; connect and disconnect a created container.
    void containersOnAUserNetworkFindEachOther()
    {
        QCOMPARE(docker({QStringLiteral("network"), QStringLiteral("create"), QStringLiteral("webnet")}).exitCode, 0);
        auto tidy = qScopeGuard([&] { // even on failure: the next tests start from nothing
            docker({QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("web"), QStringLiteral("probe")});
            docker({QStringLiteral("network"), QStringLiteral("rm"), QStringLiteral("webnet")});
        });
        const QString networkId = QString::fromUtf8(docker({QStringLiteral("network"), QStringLiteral("inspect"), QStringLiteral("-f"),
                                                             QStringLiteral("{{.Id}}"), QStringLiteral("webnet")}).out.trimmed());
        const RunResult web = docker({QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), QStringLiteral("web"), QStringLiteral("--network"),
                                      QStringLiteral("webnet"), QStringLiteral("--network-alias"), QStringLiteral("www"), QStringLiteral("busybox"),
                                      QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo hello > /tmp/index.html && exec httpd -f -p 80 -h /tmp")});
        QVERIFY2(web.exitCode == 0, web.err.constData());
        QCOMPARE(docker({QStringLiteral("inspect"), QStringLiteral("-f"), QStringLiteral("{{.NetworkSettings.Networks.webnet.NetworkID}}"),
                         QStringLiteral("web")}).out.trimmed(), networkId.toUtf8());
        auto fetch = [&](const QString &name) {
            return docker({QStringLiteral("run"), QStringLiteral("--rm"), QStringLiteral("--network"), QStringLiteral("webnet"), QStringLiteral("busybox"),
                           QStringLiteral("wget"), QStringLiteral("-qO-"), QStringLiteral("http://%1/").arg(name)});
        };
        QTRY_COMPARE_WITH_TIMEOUT(fetch(QStringLiteral("web")).out, QByteArray("hello\n"), 20000); // once httpd listens
        const RunResult byAlias = fetch(QStringLiteral("www"));
        QVERIFY2(byAlias.exitCode == 0 && byAlias.out == "hello\n", byAlias.err.constData());
        // Not on the network: the name means nothing there.
        const RunResult outside = docker({QStringLiteral("run"), QStringLiteral("--rm"), QStringLiteral("busybox"), QStringLiteral("wget"),
                                          QStringLiteral("-T"), QStringLiteral("2"), QStringLiteral("-qO-"), QStringLiteral("http://web/")});
        QVERIFY(outside.exitCode != 0);
        // A created container joins with an alias, then leaves.
        QCOMPARE(docker({QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("probe"), QStringLiteral("--network"), QStringLiteral("none"),
                         QStringLiteral("busybox"), QStringLiteral("wget"), QStringLiteral("-qO-"), QStringLiteral("http://www/")}).exitCode, 0);
        const RunResult connected = docker({QStringLiteral("network"), QStringLiteral("connect"), QStringLiteral("--alias"), QStringLiteral("checker"),
                                            QStringLiteral("webnet"), QStringLiteral("probe")});
        QVERIFY2(connected.exitCode == 0, connected.err.constData());
        QCOMPARE(docker({QStringLiteral("inspect"), QStringLiteral("-f"), QStringLiteral("{{.NetworkSettings.Networks.webnet.Aliases}}"),
                         QStringLiteral("probe")}).out.trimmed(), QByteArray("[checker]"));
        const RunResult started = docker({QStringLiteral("start"), QStringLiteral("-a"), QStringLiteral("probe")});
        QVERIFY2(started.exitCode == 0 && started.out == "hello\n", started.err.constData());
        const RunResult busy = docker({QStringLiteral("network"), QStringLiteral("rm"), QStringLiteral("webnet")});
        QVERIFY2(busy.exitCode == 1 && busy.err.contains("in use by container"), busy.err.constData());
        QCOMPARE(docker({QStringLiteral("network"), QStringLiteral("disconnect"), QStringLiteral("webnet"), QStringLiteral("probe")}).exitCode, 0);
        QCOMPARE(docker({QStringLiteral("inspect"), QStringLiteral("-f"), QStringLiteral("{{.HostConfig.NetworkMode}}"), QStringLiteral("probe")}).out.trimmed(),
                 QByteArray("none"));
        const RunResult running = docker({QStringLiteral("network"), QStringLiteral("disconnect"), QStringLiteral("webnet"), QStringLiteral("web")});
        QVERIFY2(running.exitCode == 1 && running.err.contains("stop it first"), running.err.constData());
        QCOMPARE(docker({QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("web"), QStringLiteral("probe")}).exitCode, 0);
        QCOMPARE(docker({QStringLiteral("network"), QStringLiteral("rm"), QStringLiteral("webnet")}).exitCode, 0);
    }

    void composeUpPsLogsExecDown()
    {
        QVERIFY(QDir().mkpath(projectDir()));
        writeFile(projectDir(), QStringLiteral("docker-compose.yml"), composeFile);
        auto down = qScopeGuard([&] { compose({QStringLiteral("down"), QStringLiteral("-t"), QStringLiteral("1")}); }); // even on failure
        const RunResult up = compose({QStringLiteral("up"), QStringLiteral("-d")});
        QVERIFY2(up.exitCode == 0, up.err.constData());
        const RunResult ps = compose({QStringLiteral("ps")});
        QVERIFY2(ps.exitCode == 0, ps.err.constData());
        QVERIFY2(ps.out.contains("demo_web_1") && ps.out.contains("demo_client_1"), ps.out.constData());
        QVERIFY2(QString::fromUtf8(ps.out).count(QRegularExpression(QStringLiteral("\\sUp\\b"))) == 2, ps.out.constData());
        // client fetches from web by the service's name, every second.
        QTRY_VERIFY_WITH_TIMEOUT(compose({QStringLiteral("logs"), QStringLiteral("client")}).out.contains("hello from web"), 20000);
        const RunResult exec = compose({QStringLiteral("exec"), QStringLiteral("-T"), QStringLiteral("client"), QStringLiteral("wget"), QStringLiteral("-qO-"),
                                        QStringLiteral("http://demo_web_1/")});
        QVERIFY2(exec.exitCode == 0 && exec.out == "hello from web\n", exec.err.constData());
        const RunResult failing = compose({QStringLiteral("exec"), QStringLiteral("-T"), QStringLiteral("web"), QStringLiteral("sh"), QStringLiteral("-c"),
                                           QStringLiteral("exit 4")});
        QCOMPARE(failing.exitCode, 4);
        down.dismiss();
        const RunResult downed = compose({QStringLiteral("down"), QStringLiteral("-t"), QStringLiteral("1")});
        QVERIFY2(downed.exitCode == 0, downed.err.constData());
        QVERIFY(docker({QStringLiteral("ps"), QStringLiteral("-aq")}).out.trimmed().isEmpty());
        QVERIFY(!docker({QStringLiteral("network"), QStringLiteral("ls")}).out.contains("demo_default"));
    }

    // Debian's python3-docker: run (waited for, its output returned),
    // run detached, list, logs, images.list.
    void pythonSdk()
    {
        QVERIFY2(runProgram(debianPython, {QStringLiteral("-c"), QStringLiteral("import docker")}).exitCode == 0,
                 "Debian's python3-docker is needed (installer/setup.sh installs it)");
        const QByteArray script = R"(import docker
client = docker.from_env()
print(client.containers.run("busybox", ["echo", "hi from the sdk"], remove=True).decode().strip())
sleeper = client.containers.run("busybox", ["sh", "-c", "echo started; exec sleep 60"], detach=True, name="sdk")
print(sorted(c.name for c in client.containers.list()))
for _ in range(50):
    if b"started" in sleeper.logs():
        break
print(sleeper.logs().decode().strip())
print(sorted(tag for image in client.images.list() for tag in image.tags))
sleeper.remove(force=True)
print(len(client.containers.list(all=True)))
)";
        const RunResult sdk = client(debianPython, {QStringLiteral("-c"), QString::fromUtf8(script)});
        QVERIFY2(sdk.exitCode == 0, sdk.err.constData());
        QCOMPARE(sdk.out, QByteArray("hi from the sdk\n['sdk']\nstarted\n['busybox:latest']\n0\n"));
    }
};

QTEST_GUILESS_MAIN(TestApiCompose)
#include "tst_apicompose.moc"
