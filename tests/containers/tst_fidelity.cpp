// Docker's behaviour where Porthole differed (issue 19): the exit codes of a
// command that cannot start, host port conflicts, --network host with -p,
// duplicate mount points, ttys without a terminal, the console size from
// the first instant, user and group names, rm -f of a missing container.
// Real containers through the real porthole binary; needs root.
#include "testsupport.h"

#include <QRegularExpression>
#include <QTcpServer>

using namespace testsupport;

namespace {

QString text(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes).trimmed();
}

struct ContainerCleanup {
    const TempStore &store;
    ~ContainerCleanup()
    {
        const QStringList ids = text(runPorthole(store, {QStringLiteral("ps"), QStringLiteral("-aq")}).out).split(u'\n', Qt::SkipEmptyParts);
        if (!ids.isEmpty())
            runPorthole(store, QStringList{QStringLiteral("rm"), QStringLiteral("-f")} + ids);
    }
};

QStringList words(const char *line)
{
    return QString::fromUtf8(line).split(u' ', Qt::SkipEmptyParts);
}

QString statusOf(const TempStore &store, const QString &name)
{
    return text(runPorthole(store, {QStringLiteral("inspect"), QStringLiteral("-f"), QStringLiteral("{{.State.Status}}"), name}).out);
}

} // namespace

class TestFidelity : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { REQUIRE_ROOT(); }

    void commandThatCannotStartExitsLikeDocker_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing path") << QStringLiteral("/no/such/command") << 127
                                      << QStringLiteral("Error: exec: \"/no/such/command\": stat /no/such/command: no such file or directory");
        QTest::newRow("not in PATH") << QStringLiteral("nosuch") << 127 << QStringLiteral("Error: exec: \"nosuch\": executable file not found in $PATH");
        QTest::newRow("not executable") << QStringLiteral("/etc/passwd") << 126 << QStringLiteral("Error: exec: \"/etc/passwd\": permission denied");
    }

    void commandThatCannotStartExitsLikeDocker()
    {
        QFETCH(QString, command);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        TempStore store;
        ContainerCleanup cleanup{store};
        QCOMPARE(runPorthole(store, words("image build-busybox")).exitCode, 0);
        const RunResult run = runPorthole(store, words("run --rm --network none busybox") << command);
        QCOMPARE(run.exitCode, exitCode);
        QCOMPARE(text(run.err), message); // one line, no runtime log frame
        QCOMPARE(text(runPorthole(store, words("ps -aq")).out), QString()); // --rm left nothing
        QCOMPARE(runPorthole(store, words("run -d --name sleeper --network none busybox sleep 60")).exitCode, 0);
        const RunResult exec = runPorthole(store, words("exec sleeper") << command);
        QCOMPARE(exec.exitCode, exitCode);
        QCOMPARE(text(exec.err), message.mid(7)); // the gate says it as the command's own error
    }

    void hostPortConflictsAreRefused()
    {
        TempStore store;
        ContainerCleanup cleanup{store};
        QCOMPARE(runPorthole(store, words("image build-busybox")).exitCode, 0);
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::Any, 0));
        const QString busyPort = QString::number(probe.serverPort()); // held by a socket of the host
        probe.close();
        QTcpServer free;
        QVERIFY(free.listen(QHostAddress::Any, 0));
        const QString port = QString::number(free.serverPort());
        free.close();
        QCOMPARE(runPorthole(store, words("run -d --name first -p") << port + QStringLiteral(":80") << words("busybox sleep 60")).exitCode, 0);
        const RunResult second = runPorthole(store, words("run -d --name second -p") << port + QStringLiteral(":80") << words("busybox sleep 60"));
        QCOMPARE(second.exitCode, 125);
        QVERIFY2(text(second.err).endsWith(QStringLiteral("Bind for 0.0.0.0:%1 failed: port is already allocated").arg(port)), second.err.constData());
        QCOMPARE(statusOf(store, QStringLiteral("second")), QStringLiteral("created"));
        QTcpServer host;
        QVERIFY(host.listen(QHostAddress::Any, busyPort.toUShort()));
        const RunResult third = runPorthole(store, words("run -d --name third -p") << busyPort + QStringLiteral(":80") << words("busybox sleep 60"));
        QCOMPARE(third.exitCode, 125);
        QVERIFY2(text(third.err).contains(QStringLiteral("bind: address already in use")), third.err.constData());
        QCOMPARE(statusOf(store, QStringLiteral("third")), QStringLiteral("created"));
        // After the first is gone the port is free again.
        QCOMPARE(runPorthole(store, words("rm -f first")).exitCode, 0);
        QCOMPARE(runPorthole(store, words("start second")).exitCode, 0);
        QCOMPARE(statusOf(store, QStringLiteral("second")), QStringLiteral("running"));
    }

    void runRefusalsAndWarnings()
    {
        TempStore store;
        ContainerCleanup cleanup{store};
        QCOMPARE(runPorthole(store, words("image build-busybox")).exitCode, 0);
        const RunResult host = runPorthole(store, words("run --rm --net=host -p 8080 busybox true"));
        QCOMPARE(host.exitCode, 0);
        QCOMPARE(text(host.err), QStringLiteral("WARNING: Published ports are discarded when using host network mode"));
        const RunResult duplicate = runPorthole(store, words("run --rm --network none -v /tmp:/x -v /etc:/x busybox true"));
        QCOMPARE(duplicate.exitCode, 125);
        QCOMPARE(text(duplicate.err), QStringLiteral("Error: Duplicate mount point: /x"));
        const RunResult notTty = runPorthole(store, words("run -it --rm --network none busybox true")); // stdin is a pipe here
        QCOMPARE(notTty.exitCode, 1);
        QCOMPARE(text(notTty.err), QStringLiteral("Error: the input device is not a TTY"));
        QCOMPARE(text(runPorthole(store, words("ps -aq")).out), QString());
        const RunResult missing = runPorthole(store, words("rm -f nosuch"));
        QCOMPARE(missing.exitCode, 0);
        QCOMPARE(text(missing.err), QStringLiteral("Error: No such container: nosuch"));
        QCOMPARE(runPorthole(store, words("rm nosuch")).exitCode, 1);
    }

    void execWithATtyButNoTerminal()
    {
        TempStore store;
        ContainerCleanup cleanup{store};
        QCOMPARE(runPorthole(store, words("image build-busybox")).exitCode, 0);
        QCOMPARE(runPorthole(store, words("run -d --name box --network none busybox sleep 60")).exitCode, 0);
        const RunResult tty = runPorthole(store, {QStringLiteral("exec"), QStringLiteral("-t"), QStringLiteral("box"), QStringLiteral("sh"),
                                                  QStringLiteral("-c"), QStringLiteral("echo -n $TERM; tty")});
        QCOMPARE(tty.exitCode, 0);
        QVERIFY2(QRegularExpression(QStringLiteral("^xterm/dev/pts/\\d+$")).match(text(tty.out)).hasMatch(), tty.out.constData());
        const RunResult interactive = runPorthole(store, words("exec -it box true"));
        QCOMPARE(interactive.exitCode, 1);
        QCOMPARE(text(interactive.err), QStringLiteral("Error: the input device is not a TTY"));
    }

    void ttyHasItsSizeFromTheStart()
    {
        TempStore store;
        ContainerCleanup cleanup{store};
        QCOMPARE(runPorthole(store, words("image build-busybox")).exitCode, 0);
        const QString command = QStringLiteral("stty rows 21 cols 54; %1 --root %2 --runroot %3 run -it --rm --network none busybox stty size")
                                    .arg(QStringLiteral(PORTHOLE_BIN), store.paths.root, store.paths.runRoot);
        // script(1) on a terminal of its own; its input stays open (at end of
        // input script types its EOF character, which the container would see).
        const QString shell = QStringLiteral("sleep 2 | script -qec '%1' /dev/null").arg(command);
        for (int attempt = 0; attempt < 4; ++attempt) { // a race would show in some of them
            const RunResult run = runProgram(QStringLiteral("sh"), {QStringLiteral("-c"), shell});
            QCOMPARE(run.exitCode, 0);
            QVERIFY2(text(run.out).remove(QLatin1Char('\r')).endsWith(QStringLiteral("21 54")), run.out.constData());
        }
    }

    void usersAndGroupsByName()
    {
        TempStore store;
        ContainerCleanup cleanup{store};
        QCOMPARE(runPorthole(store, words("image build-busybox")).exitCode, 0);
        QCOMPARE(runPorthole(store, words("run -d --name box --network none busybox sleep 60")).exitCode, 0);
        QCOMPARE(text(runPorthole(store, words("exec --user root:root box id")).out), QStringLiteral("uid=0(root) gid=0(root) groups=0(root)")); // as Docker's (tests/compat)
        QCOMPARE(text(runPorthole(store, words("exec --user nobody:daemon box id")).out), QStringLiteral("uid=65534(nobody) gid=1(daemon) groups=1(daemon)"));
        const RunResult unknown = runPorthole(store, words("exec --user root:nogroup box id"));
        QVERIFY(unknown.exitCode != 0);
        QCOMPARE(text(unknown.err), QStringLiteral("Error: unable to find group nogroup: no matching entries in group file"));
        QCOMPARE(runPorthole(store, words("run --rm --network none -u daemon:daemon busybox id")).out.trimmed(),
                 QByteArray("uid=1(daemon) gid=1(daemon) groups=1(daemon)"));
    }
};

QTEST_GUILESS_MAIN(TestFidelity)
#include "tst_fidelity.moc"
