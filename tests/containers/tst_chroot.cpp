// Porthole inside a chroot: `runc exec` and `nsenter` would join a
// container's mount namespace and land in the host's real root, so the
// engine refuses to create, start, run or exec there. Each test builds its
// chroot in a private mount namespace (unshare), which takes every mount
// with it when it ends: the host's / read-only, a tmpfs on /tmp and /run,
// and the test's own store bound in. Also: the exec gate lets a command run
// only in the root it was told, and kills it before it runs otherwise.
// Needs root; never runs the suite itself inside a chroot.
#include "runtime/execgate.h"
#include "runtime/ptyprocess.h"
#include "runtime/rootcheck.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QThread>
#include <sys/wait.h>
#include <unistd.h>

using namespace testsupport;

namespace {

QString text(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes).trimmed();
}

QString quoted(const QString &word)
{
    QString escaped = word;
    escaped.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

// Runs porthole with the store's paths inside a fresh chroot of the host's
// root (read-only), in a mount namespace of its own.
RunResult runPortholeInChroot(const TempStore &store, const QString &jail, const QStringList &args)
{
    const QString buildDir = QFileInfo(QStringLiteral(PORTHOLE_BIN)).absolutePath() + QStringLiteral("/..");
    QStringList command{QStringLiteral(PORTHOLE_BIN), QStringLiteral("--root"), store.paths.root,
                        QStringLiteral("--runroot"), store.paths.runRoot};
    command += args;
    QStringList quotedCommand;
    for (const QString &word : std::as_const(command))
        quotedCommand.append(quoted(word));
    const QString script = QStringLiteral(
        "set -e\n"
        "jail=%1; store=%2; build=$(realpath %3)\n"
        "mount --bind / \"$jail\"\n"
        "mount -o remount,bind,ro \"$jail\"\n"
        "mount -t proc proc \"$jail/proc\"\n"
        "mount --rbind /dev \"$jail/dev\"\n"
        "mount -t tmpfs tmpfs \"$jail/tmp\"\n"
        "mount -t tmpfs tmpfs \"$jail/run\"\n"
        "mkdir -p \"$jail$store\" \"$jail$build\"\n"
        "mount --bind \"$store\" \"$jail$store\"\n"
        "mount --bind -o ro \"$build\" \"$jail$build\"\n"
        "exec chroot \"$jail\" %4\n")
                               .arg(quoted(jail), quoted(store.dir()), quoted(buildDir), quotedCommand.join(QLatin1Char(' ')));
    return runProgram(QStringLiteral("unshare"), {QStringLiteral("--mount"), QStringLiteral("--propagation"), QStringLiteral("private"),
                                                  QStringLiteral("sh"), QStringLiteral("-c"), script});
}

QStringList containerIds(const TempStore &store)
{
    return text(runPorthole(store, {QStringLiteral("ps"), QStringLiteral("-aq"), QStringLiteral("--no-trunc")}).out)
        .split(u'\n', Qt::SkipEmptyParts);
}

QStringList storeEntries(const TempStore &store)
{
    QStringList entries;
    for (const QString &dir : {QStringLiteral("/containers"), QStringLiteral("/images"), QStringLiteral("/layers")})
        entries += QDir(store.paths.root + dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
    return entries;
}

// Runs the gate program directly on a terminal, with its command.
struct GateRun {
    porthole::PtyProcess process;
    porthole::Result<bool> admitted;
};

GateRun runGate(const QStringList &command, const QString &root)
{
    auto gate = porthole::ExecGate::open();
    if (!gate)
        return {{}, std::unexpected(gate.error())};
    auto process = porthole::spawnOnPty(porthole::ExecGate::wrap(command), 24, 80, {gate->programFd(), gate->childSocketFd()});
    if (!process)
        return {{}, std::unexpected(process.error())};
    return {*process, gate->admit(root)};
}

int waitExit(qint64 pid)
{
    int status = 0;
    ::waitpid(pid_t(pid), &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

} // namespace

class TestChroot : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { REQUIRE_ROOT(); }

    void thisProcessIsNotInAChroot()
    {
        const porthole::RootFinding finding = porthole::findRoot();
        QVERIFY2(finding.verdict == porthole::RootVerdict::RealRoot, qPrintable(finding.reason));
    }

    void mountInfoRootEntry()
    {
        const QByteArray real = "22 27 0:21 / /proc rw - proc proc rw\n27 1 254:0 / / rw,relatime - ext4 /dev/vda rw\n";
        QCOMPARE(porthole::rootMountRoot(porthole::parseMountInfo(real)).value_or("none"), QByteArray("/"));
        // A chroot into a bind of a folder, and into a plain folder.
        const QByteArray boundFolder = "40 27 254:0 /srv/tree / ro - ext4 /dev/vda rw\n41 40 0:5 / /proc rw - proc proc rw\n";
        QCOMPARE(porthole::rootMountRoot(porthole::parseMountInfo(boundFolder)).value_or("none"), QByteArray("/srv/tree"));
        const QByteArray plainFolder = "41 27 0:5 / /proc rw - proc proc rw\n";
        QVERIFY(!porthole::rootMountRoot(porthole::parseMountInfo(plainFolder)));
        // Escaped spaces, and the last mount at / wins.
        const QByteArray stacked = "27 1 254:0 / / rw - ext4 /dev/vda rw\n50 27 0:40 /a\\040b / rw - tmpfs t rw\n";
        QCOMPARE(porthole::rootMountRoot(porthole::parseMountInfo(stacked)).value_or("none"), QByteArray("/a b"));
    }

    void processRootIsComparedWithTheContainers()
    {
        QVERIFY(porthole::checkProcessRoot(QCoreApplication::applicationPid(), QStringLiteral("/")));
        QTemporaryDir elsewhere;
        const porthole::Status wrong = porthole::checkProcessRoot(QCoreApplication::applicationPid(), elsewhere.path());
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().exitCode, 126);
        QVERIFY(wrong.error().message.contains(QStringLiteral("is not the container's file system")));
    }

    void refusesToRunOrExecInsideAChroot()
    {
        TempStore store;
        QCOMPARE(runPorthole(store, {QStringLiteral("image"), QStringLiteral("build-busybox")}).exitCode, 0);
        QCOMPARE(runPorthole(store, {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), QStringLiteral("outside"),
                                     QStringLiteral("--network"), QStringLiteral("none"), QStringLiteral("busybox"), QStringLiteral("sleep"), QStringLiteral("300")})
                     .exitCode,
                 0);
        const QStringList before = storeEntries(store);
        const QString canary = QStringLiteral("/porthole-chroot-test-") + QString::number(::getpid());
        QVERIFY(!QFileInfo::exists(canary));
        QTemporaryDir jail;
        QVERIFY(jail.isValid());

        const QList<QStringList> refused{
            {QStringLiteral("run"), QStringLiteral("--rm"), QStringLiteral("--network"), QStringLiteral("none"), QStringLiteral("busybox"), QStringLiteral("touch"), canary},
            {QStringLiteral("create"), QStringLiteral("--network"), QStringLiteral("none"), QStringLiteral("busybox")},
            {QStringLiteral("exec"), QStringLiteral("outside"), QStringLiteral("touch"), canary},
            {QStringLiteral("exec"), QStringLiteral("-d"), QStringLiteral("outside"), QStringLiteral("touch"), canary},
            {QStringLiteral("restart"), QStringLiteral("outside")},
        };
        for (const QStringList &args : refused) {
            const RunResult result = runPortholeInChroot(store, jail.path(), args);
            // Docker's codes: 125 for run and exec, 1 for create's daemon-side refusal and for a verb over a list of containers.
            const int expected = args.first() == QLatin1String("restart") || args.first() == QLatin1String("create") ? 1 : 125;
            QVERIFY2(result.exitCode == expected, qPrintable(args.join(u' ') + QStringLiteral(": exit %1: ").arg(result.exitCode) + text(result.err)));
            const QString error = text(result.err);
            QVERIFY2(error.contains(QStringLiteral("inside a chroot")) && error.contains(QStringLiteral("run it in a real root")),
                     qPrintable(error));
            QVERIFY2(!error.contains(u'\n'), qPrintable(error)); // one line
        }
        // Nothing was written: no new container, no canary in the host's root
        // (where a runtime joining from a chroot would have put it), and the
        // container outside still runs.
        QThread::msleep(200);
        QVERIFY(!QFileInfo::exists(canary));
        QCOMPARE(storeEntries(store), before);
        QCOMPARE(containerIds(store).size(), 1);
        QCOMPARE(text(runPorthole(store, {QStringLiteral("inspect"), QStringLiteral("-f"), QStringLiteral("{{.State.Status}}"), QStringLiteral("outside")}).out),
                 QStringLiteral("running"));
        // Reading stays allowed in a chroot.
        const RunResult ps = runPortholeInChroot(store, jail.path(), {QStringLiteral("ps"), QStringLiteral("-a")});
        QCOMPARE(ps.exitCode, 0);
        QVERIFY(text(ps.out).contains(QStringLiteral("outside")));
        QCOMPARE(runPorthole(store, {QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("outside")}).exitCode, 0);
    }

    // The exec gate, without a runtime: run in the root it is told, the
    // command runs; told another root, it is killed before running it.
    void gateRunsTheCommandOnlyInTheRightRoot()
    {
        QTemporaryDir dir;
        const QString ran = dir.filePath(QStringLiteral("ran"));
        GateRun right = runGate({QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("touch ") + ran}, QStringLiteral("/"));
        QVERIFY2(right.admitted && *right.admitted, right.admitted ? "not started" : qPrintable(right.admitted.error().message));
        QCOMPARE(waitExit(right.process.pid), 0);
        ::close(right.process.masterFd);
        QVERIFY(QFileInfo::exists(ran));

        const QString notRan = dir.filePath(QStringLiteral("not-ran"));
        GateRun wrong = runGate({QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("touch ") + notRan}, dir.path());
        QVERIFY(!wrong.admitted);
        QVERIFY2(wrong.admitted.error().message.contains(QStringLiteral("its root is not the container's")), qPrintable(wrong.admitted.error().message));
        QCOMPARE(waitExit(wrong.process.pid), 128 + SIGKILL);
        ::close(wrong.process.masterFd);
        QVERIFY(!QFileInfo::exists(notRan));
    }

    // Docker's words when the command is missing: 127, one line.
    void gateReportsAMissingCommand()
    {
        GateRun missing = runGate({QStringLiteral("/no/such/command")}, QStringLiteral("/"));
        QVERIFY(missing.admitted && *missing.admitted);
        QCOMPARE(waitExit(missing.process.pid), 127);
        char buffer[512] = {};
        const ssize_t n = ::read(missing.process.masterFd, buffer, sizeof buffer - 1);
        ::close(missing.process.masterFd);
        QVERIFY(n > 0);
        QCOMPARE(QString::fromUtf8(buffer, int(n)).trimmed(),
                 QStringLiteral("exec: \"/no/such/command\": stat /no/such/command: no such file or directory"));
    }
};

QTEST_GUILESS_MAIN(TestChroot)
#include "tst_chroot.moc"
