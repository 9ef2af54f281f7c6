// `porthole system service` driven by Debian's real docker client (its
// daemon stays stopped), DOCKER_HOST on a socket in the test's store: the
// seed's lifecycle through `docker` (create -it --name=busybox, ps -a,
// start, pause, unpause, stop -t 2 -> 137, rm), run -d and wait's exit
// status, Docker's error texts and codes, what porthole itself sees, bad
// HTTP that leaves the service serving, and a second service refused.
#include "testsupport.h"

#include <QDateTime>
#include <QDir>
#include <QLocalSocket>
#include <QProcess>
#include <QTest>

using namespace testsupport;

namespace {

const QString dockerClient = QStringLiteral("/usr/bin/docker"); // Debian's docker.io, not another one on PATH

// The raw answer to one request written on a fresh connection.
QByteArray rawExchange(const QString &socketPath, const QByteArray &request)
{
    QLocalSocket socket;
    socket.connectToServer(socketPath);
    if (!socket.waitForConnected(5000))
        return {};
    socket.write(request);
    socket.waitForBytesWritten(5000);
    QByteArray answer;
    while (socket.waitForReadyRead(2000))
        answer += socket.readAll();
    return answer;
}

} // namespace

class TestApiService : public QObject {
    Q_OBJECT

    std::unique_ptr<TempStore> m_store;
    QProcess m_service;
    QString m_socket;

    RunResult docker(const QStringList &args)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("DOCKER_HOST"), QStringLiteral("unix://") + m_socket);
        environment.insert(QStringLiteral("DOCKER_CONFIG"), m_store->dir() + QStringLiteral("/docker-config"));
        process.setProcessEnvironment(environment);
        process.start(dockerClient, args);
        process.waitForFinished(120000);
        return RunResult{process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
                         process.readAllStandardError()};
    }

private slots:
    void initTestCase()
    {
        REQUIRE_ROOT();
        QVERIFY2(QFile::exists(dockerClient), "Debian's docker.io client is needed (installer/setup.sh installs it)");
        m_store = std::make_unique<TempStore>();
        QCOMPARE(runPorthole(*m_store, {QStringLiteral("image"), QStringLiteral("build-busybox")}).exitCode, 0);
        m_socket = m_store->dir() + QStringLiteral("/api/docker.sock");
        m_service.start(QStringLiteral(PORTHOLE_BIN), {QStringLiteral("--root"), m_store->paths.root, QStringLiteral("--runroot"),
                                                       m_store->paths.runRoot, QStringLiteral("system"), QStringLiteral("service"),
                                                       QStringLiteral("--time"), QStringLiteral("0"), QStringLiteral("unix://") + m_socket});
        QVERIFY(m_service.waitForStarted());
        // The socket is there before the line is written, and the line is
        // read from the pipe only as events run: wait for the line itself.
        QByteArray said;
        QTRY_VERIFY2_WITH_TIMEOUT((said += m_service.readAllStandardError()).contains(QByteArray("listening on unix://" + m_socket.toUtf8())),
                                  said.constData(), 10000);
        QVERIFY(QFile::exists(m_socket));
    }

    void cleanupTestCase()
    {
        if (m_service.state() == QProcess::Running) {
            m_service.terminate(); // SIGTERM: the service ends and removes its socket
            QVERIFY(m_service.waitForFinished(10000));
            QCOMPARE(m_service.exitCode(), 0);
            QVERIFY(!QFile::exists(m_socket));
        }
        m_store.reset();
    }

    void versionAndImages()
    {
        const RunResult version = docker({QStringLiteral("version"), QStringLiteral("--format"), QStringLiteral("{{.Server.APIVersion}} {{.Server.Os}}")});
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out.trimmed(), QByteArray("1.41 linux"));
        const RunResult images = docker({QStringLiteral("images"), QStringLiteral("--format"), QStringLiteral("{{.Repository}}:{{.Tag}}")});
        QCOMPARE(images.out.trimmed(), QByteArray("busybox:latest"));
    }

    void theSeedsLifecycleThroughDocker()
    {
        const RunResult created = docker({QStringLiteral("create"), QStringLiteral("-it"), QStringLiteral("--name=busybox"), QStringLiteral("busybox")});
        QVERIFY2(created.exitCode == 0, created.err.constData());
        const QByteArray id = created.out.trimmed();
        QCOMPARE(id.size(), 64);
        QVERIFY(docker({QStringLiteral("ps"), QStringLiteral("-a")}).out.contains(QByteArray(id.left(12) + "   busybox   \"sh\"")));
        QCOMPARE(docker({QStringLiteral("start"), QStringLiteral("busybox")}).exitCode, 0);
        // What docker did, porthole sees: one store.
        QVERIFY(runPorthole(*m_store, {QStringLiteral("ps")}).out.contains("busybox"));
        QCOMPARE(docker({QStringLiteral("pause"), QStringLiteral("busybox")}).exitCode, 0);
        QCOMPARE(docker({QStringLiteral("inspect"), QStringLiteral("-f"), QStringLiteral("{{.State.Status}}"), QStringLiteral("busybox")}).out.trimmed(),
                 QByteArray("paused"));
        QCOMPARE(docker({QStringLiteral("unpause"), QStringLiteral("busybox")}).exitCode, 0);
        const RunResult removeRunning = docker({QStringLiteral("rm"), QStringLiteral("busybox")});
        QCOMPARE(removeRunning.exitCode, 1);
        QVERIFY2(removeRunning.err.contains("Error response from daemon: You cannot remove a running container"), removeRunning.err.constData());
        QCOMPARE(docker({QStringLiteral("stop"), QStringLiteral("-t"), QStringLiteral("2"), QStringLiteral("busybox")}).exitCode, 0);
        QCOMPARE(docker({QStringLiteral("inspect"), QStringLiteral("-f"), QStringLiteral("{{.State.ExitCode}}"), QStringLiteral("busybox")}).out.trimmed(),
                 QByteArray("137"));
        QVERIFY(docker({QStringLiteral("ps"), QStringLiteral("-a")}).out.contains("Exited (137)"));
        QCOMPARE(docker({QStringLiteral("rm"), QStringLiteral("busybox")}).exitCode, 0);
        QVERIFY(!runPorthole(*m_store, {QStringLiteral("ps"), QStringLiteral("-a")}).out.contains("busybox"));
    }

    // The seed's middle: exec -it on a terminal, a file made in /tmp, the
    // container exported, imported as busybox:test, run, its log read.
    void execExportImportRunAndLogs()
    {
        QVERIFY(docker({QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("-it"), QStringLiteral("--name=seed"), QStringLiteral("busybox")}).exitCode == 0);
        const QString typed = QStringLiteral("%1 exec -it seed sh -c 'cd /tmp && touch test && tty && exit 5'").arg(dockerClient);
        QProcess terminal; // docker exec -it wants a terminal: script(1) gives it one
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("DOCKER_HOST"), QStringLiteral("unix://") + m_socket);
        terminal.setProcessEnvironment(environment);
        terminal.start(QStringLiteral("script"), {QStringLiteral("-qec"), typed, QStringLiteral("/dev/null")});
        QVERIFY(terminal.waitForFinished(60000));
        QCOMPARE(terminal.exitCode(), 5);
        QVERIFY2(terminal.readAllStandardOutput().contains("/dev/pts/"), "the exec'd shell had no terminal");
        const RunResult status = docker({QStringLiteral("exec"), QStringLiteral("seed"), QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("exit 3")});
        QCOMPARE(status.exitCode, 3);
        QCOMPARE(docker({QStringLiteral("stop"), QStringLiteral("-t"), QStringLiteral("1"), QStringLiteral("seed")}).exitCode, 0);
        const QString tar = m_store->dir() + QStringLiteral("/seed.tar");
        QCOMPARE(docker({QStringLiteral("export"), QStringLiteral("-o"), tar, QStringLiteral("seed")}).exitCode, 0);
        QVERIFY(runProgram(QStringLiteral("tar"), {QStringLiteral("tf"), tar}).out.contains("tmp/test\n"));
        const RunResult imported = docker({QStringLiteral("import"), tar, QStringLiteral("busybox:test")});
        QVERIFY2(imported.exitCode == 0 && imported.out.startsWith("sha256:"), imported.err.constData());
        QVERIFY(docker({QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), QStringLiteral("lister"), QStringLiteral("busybox:test"),
                        QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("ls /tmp; echo oops >&2")}).exitCode == 0);
        QCOMPARE(docker({QStringLiteral("wait"), QStringLiteral("lister")}).out.trimmed(), QByteArray("0"));
        const RunResult logs = docker({QStringLiteral("logs"), QStringLiteral("lister")});
        QCOMPARE(logs.out, QByteArray("test\n"));
        QCOMPARE(logs.err, QByteArray("oops\n")); // demultiplexed by the client: our frames are right
        QCOMPARE(docker({QStringLiteral("rm"), QStringLiteral("lister"), QStringLiteral("seed")}).exitCode, 0);
    }

    // docker run attached: the client attaches before start (nothing is
    // missed), its stdin reaches the container and closes it (StdinOnce),
    // --rm's exit status comes from the journal once the container is gone.
    void runAttachedWithAndWithoutATerminal()
    {
        const RunResult plain = docker({QStringLiteral("run"), QStringLiteral("--rm"), QStringLiteral("busybox"), QStringLiteral("sh"),
                                        QStringLiteral("-c"), QStringLiteral("echo out; echo err >&2; exit 3")});
        QCOMPARE(plain.exitCode, 3);
        QCOMPARE(plain.out, QByteArray("out\n"));
        QCOMPARE(plain.err, QByteArray("err\n"));
        QProcess piped;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("DOCKER_HOST"), QStringLiteral("unix://") + m_socket);
        piped.setProcessEnvironment(environment);
        piped.start(dockerClient, {QStringLiteral("run"), QStringLiteral("-i"), QStringLiteral("--rm"), QStringLiteral("busybox"), QStringLiteral("cat")});
        QVERIFY(piped.waitForStarted());
        piped.write("through stdin\n");
        piped.closeWriteChannel();
        QVERIFY(piped.waitForFinished(60000)); // cat saw the end of its input
        QCOMPARE(piped.exitCode(), 0);
        QCOMPARE(piped.readAllStandardOutput(), QByteArray("through stdin\n"));
        QProcess terminal;
        terminal.setProcessEnvironment(environment);
        terminal.start(QStringLiteral("script"), {QStringLiteral("-qec"), dockerClient + QStringLiteral(" run -it --rm busybox sh -c 'tty; exit 7'"),
                                                  QStringLiteral("/dev/null")});
        QVERIFY(terminal.waitForFinished(60000));
        QCOMPARE(terminal.exitCode(), 7);
        QVERIFY(terminal.readAllStandardOutput().contains("/dev/pts/0"));
        QVERIFY(!runPorthole(*m_store, {QStringLiteral("ps"), QStringLiteral("-aq")}).out.contains('\n')); // --rm left nothing
    }

    void topDiffAndRename()
    {
        QVERIFY(docker({QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), QStringLiteral("looked"), QStringLiteral("busybox"),
                        QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("touch /tmp/made; rm /bin/true; exec sleep 100")}).exitCode == 0);
        QTRY_VERIFY_WITH_TIMEOUT(docker({QStringLiteral("top"), QStringLiteral("looked")}).out.contains("sleep 100"), 10000);
        QVERIFY(docker({QStringLiteral("top"), QStringLiteral("looked")}).out.startsWith("UID"));
        const QByteArray diff = docker({QStringLiteral("diff"), QStringLiteral("looked")}).out;
        QVERIFY2(diff.contains("A /tmp/made\n") && diff.contains("D /bin/true\n") && diff.contains("C /tmp\n"), diff.constData());
        QCOMPARE(docker({QStringLiteral("rename"), QStringLiteral("looked"), QStringLiteral("seen")}).exitCode, 0);
        QVERIFY(docker({QStringLiteral("ps"), QStringLiteral("--format"), QStringLiteral("{{.Names}}")}).out.contains("seen\n"));
        QCOMPARE(docker({QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("seen")}).exitCode, 0);
    }

    void saveLoadTagAndRemoveImages()
    {
        QCOMPARE(docker({QStringLiteral("tag"), QStringLiteral("busybox"), QStringLiteral("class/busybox:1")}).exitCode, 0);
        const QString archive = m_store->dir() + QStringLiteral("/saved.tar");
        QCOMPARE(docker({QStringLiteral("save"), QStringLiteral("-o"), archive, QStringLiteral("class/busybox:1")}).exitCode, 0);
        const RunResult removed = docker({QStringLiteral("rmi"), QStringLiteral("class/busybox:1")});
        QCOMPARE(removed.out.trimmed(), QByteArray("Untagged: class/busybox:1"));
        const RunResult loaded = docker({QStringLiteral("load"), QStringLiteral("-i"), archive});
        QVERIFY2(loaded.out.contains("Loaded image: class/busybox:1"), loaded.out.constData());
        QVERIFY(runPorthole(*m_store, {QStringLiteral("images")}).out.contains("class/busybox"));
    }

    void eventsAreDockers()
    {
        QProcess events;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("DOCKER_HOST"), QStringLiteral("unix://") + m_socket);
        events.setProcessEnvironment(environment);
        const QString since = QString::number(QDateTime::currentSecsSinceEpoch() - 1); // however late the client connects
        events.start(dockerClient, {QStringLiteral("events"), QStringLiteral("--since"), since, QStringLiteral("--filter"), QStringLiteral("type=container"),
                                    QStringLiteral("--format"), QStringLiteral("{{.Action}} {{.Actor.Attributes.name}}")});
        QVERIFY(events.waitForStarted());
        QCOMPARE(docker({QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("watched"), QStringLiteral("busybox")}).exitCode, 0);
        QCOMPARE(docker({QStringLiteral("rm"), QStringLiteral("watched")}).exitCode, 0);
        QByteArray seen;
        QTRY_VERIFY_WITH_TIMEOUT((seen += events.readAllStandardOutput()).contains("create watched\ndestroy watched\n"), 10000);
        events.kill();
        events.waitForFinished();
    }

    void runDetachedThenWaitForItsExitStatus()
    {
        const RunResult run = docker({QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), QStringLiteral("three"),
                                      QStringLiteral("busybox"), QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("sleep 1; exit 3")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const RunResult waited = docker({QStringLiteral("wait"), QStringLiteral("three")});
        QCOMPARE(waited.out.trimmed(), QByteArray("3"));
        QCOMPARE(docker({QStringLiteral("rm"), QStringLiteral("three")}).exitCode, 0);
    }

    void errorsAreDockers()
    {
        const RunResult missing = docker({QStringLiteral("start"), QStringLiteral("nope")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains("Error response from daemon: No such container: nope"), missing.err.constData());
        QVERIFY(docker({QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("twice"), QStringLiteral("busybox")}).exitCode == 0);
        const RunResult twice = docker({QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("twice"), QStringLiteral("busybox")});
        QVERIFY2(twice.err.contains("Conflict. The container name \"/twice\" is already in use"), twice.err.constData());
        QCOMPARE(docker({QStringLiteral("rm"), QStringLiteral("twice")}).exitCode, 0);
        const QByteArray unknown = rawExchange(m_socket, "GET /v1.41/no/such/path HTTP/1.1\r\nHost: d\r\nConnection: close\r\n\r\n");
        QVERIFY2(unknown.startsWith("HTTP/1.1 404 Not Found\r\n") && unknown.contains("{\"message\":\"page not found\"}"), unknown.constData());
        const QByteArray ping = rawExchange(m_socket, "HEAD /_ping HTTP/1.1\r\nHost: d\r\nConnection: close\r\n\r\n");
        QVERIFY(ping.startsWith("HTTP/1.1 200 OK\r\n") && ping.contains("Api-Version: 1.41") && ping.contains("Swarm: inactive"));
    }

    void badHttpLeavesTheServiceServing()
    {
        const QByteArray bad = rawExchange(m_socket, "THIS IS NOT HTTP\r\n\r\n");
        QVERIFY2(bad.startsWith("HTTP/1.1 400 Bad Request\r\n"), bad.constData());
        const QByteArray oversize = rawExchange(m_socket, "GET /_ping HTTP/1.1\r\nX-Big: " + QByteArray(100 * 1024, 'x') + "\r\n\r\n");
        QVERIFY2(oversize.startsWith("HTTP/1.1 400 Bad Request\r\n"), oversize.left(200).constData());
        QCOMPARE(rawExchange(m_socket, "GET /_ping HTTP/1.1\r\nHost: d\r\nConnection: close\r\n\r\n").right(2), QByteArray("OK"));
        QCOMPARE(docker({QStringLiteral("ps")}).exitCode, 0);
    }

    // Many clients at once, and clients that vanish mid-request or while
    // attached: every one answered, the service keeps no descriptor.
    void manyClientsAndNoLeakedDescriptors()
    {
        const QString fdDir = QStringLiteral("/proc/%1/fd").arg(m_service.processId());
        QCOMPARE(rawExchange(m_socket, "GET /_ping HTTP/1.1\r\nHost: d\r\nConnection: close\r\n\r\n").right(2), QByteArray("OK"));
        const qsizetype before = QDir(fdDir).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).size();
        std::vector<std::unique_ptr<QLocalSocket>> clients;
        for (int i = 0; i < 500; ++i) {
            clients.push_back(std::make_unique<QLocalSocket>());
            clients.back()->connectToServer(m_socket);
            QVERIFY(clients.back()->waitForConnected(5000));
            clients.back()->write("GET /v1.41/containers/json?all=1 HTTP/1.1\r\nHost: d\r\nConnection: close\r\n\r\n");
        }
        int answered = 0;
        for (auto &client : clients) {
            QByteArray answer;
            while (client->state() == QLocalSocket::ConnectedState && client->waitForReadyRead(10000))
                answer += client->readAll();
            answer += client->readAll();
            answered += answer.startsWith("HTTP/1.1 200 OK\r\n") && answer.endsWith("]\n");
        }
        QCOMPARE(answered, 500);
        clients.clear();
        QLocalSocket halfRequest; // gone before its request was whole
        halfRequest.connectToServer(m_socket);
        QVERIFY(halfRequest.waitForConnected(5000));
        halfRequest.write("POST /containers/create HTTP/1.1\r\nHost: d\r\nContent-Length: 100\r\n\r\n{\"Ima");
        halfRequest.waitForBytesWritten(1000);
        halfRequest.abort();
        QVERIFY(docker({QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), QStringLiteral("attached"), QStringLiteral("busybox"),
                        QStringLiteral("sleep"), QStringLiteral("100")}).exitCode == 0);
        QLocalSocket attached; // gone while attached
        attached.connectToServer(m_socket);
        QVERIFY(attached.waitForConnected(5000));
        attached.write("POST /containers/attached/attach?stream=1&stdout=1 HTTP/1.1\r\nHost: d\r\nUpgrade: tcp\r\nConnection: Upgrade\r\n\r\n");
        QVERIFY(attached.waitForReadyRead(5000));
        QVERIFY(attached.readAll().startsWith("HTTP/1.1 101 UPGRADED"));
        attached.abort();
        QCOMPARE(docker({QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("attached")}).exitCode, 0);
        QTRY_COMPARE_WITH_TIMEOUT(QDir(fdDir).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).size(), before, 10000);
    }

    void aSecondServiceOnTheSameSocketIsRefused()
    {
        const RunResult second = runPorthole(*m_store, {QStringLiteral("system"), QStringLiteral("service"), QStringLiteral("unix://") + m_socket});
        QCOMPARE(second.exitCode, 1);
        QVERIFY2(second.err.contains("another service already listens on"), second.err.constData());
        QCOMPARE(docker({QStringLiteral("ps")}).exitCode, 0); // the first one still serves
    }
};

QTEST_GUILESS_MAIN(TestApiService)
#include "tst_apiservice.moc"
