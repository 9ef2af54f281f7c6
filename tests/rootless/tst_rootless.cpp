// Rootless containers (issue 16), as normal users that the test makes (it
// runs as root, as CI does): the seed's tour through the CLI, owners and a
// setuid bit kept from a layer, a published port reachable on the host's
// loopback, the user-mode network's files, a user without subordinate ids
// (warned, still runs), two users who cannot see or stop each other's
// containers, and the limits a cgroup v1 host cannot give a normal user.
// Everything the users started goes with them (see rootlessusers.h).
#include "rootlessusers.h"

#include "base/storepaths.h"
#include "network/rootlessnetns.h"
#include "network/usermodenet.h"
#include "runtime/runtimespec.h"
#include "stats/procreader.h"
#include "runtime/usernamespace.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QThread>
#include <csignal>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <linux/magic.h>

using namespace testsupport;

namespace {

QString text(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes).trimmed();
}

QByteArray described(const RunResult &result)
{
    return "exit " + QByteArray::number(result.exitCode) + "\nstdout: " + result.out + "\nstderr: " + result.err;
}

#define CLI_OK(result)                                                                           \
    do {                                                                                         \
        const RunResult &cli_result_ = (result);                                                 \
        QVERIFY2(cli_result_.exitCode == 0, described(cli_result_).constData());                 \
    } while (false)

// A root file system with busybox, files of uid 1000 and a setuid file, as a tar.
QString ownersTar(const QString &dir)
{
    const QString tree = dir + QStringLiteral("/owners-tree");
    QDir().mkpath(tree + QStringLiteral("/bin"));
    QDir().mkpath(tree + QStringLiteral("/home/user"));
    QFile::copy(QStringLiteral("/bin/busybox"), tree + QStringLiteral("/bin/busybox"));
    for (const QString &applet : {QStringLiteral("sh"), QStringLiteral("stat"), QStringLiteral("ls")})
        QFile::link(QStringLiteral("busybox"), tree + QStringLiteral("/bin/") + applet);
    writeFile(tree + QStringLiteral("/home/user"), QStringLiteral("notes"), "kept\n");
    QFile::copy(QStringLiteral("/bin/busybox"), tree + QStringLiteral("/bin/setuid-tool"));
    ::chown(QFile::encodeName(tree + QStringLiteral("/home/user")).constData(), 1000, 1000);
    ::chown(QFile::encodeName(tree + QStringLiteral("/home/user/notes")).constData(), 1000, 1000);
    ::chmod(QFile::encodeName(tree + QStringLiteral("/bin/setuid-tool")).constData(), 04755);
    const QString tar = dir + QStringLiteral("/owners.tar");
    runProgram(QStringLiteral("tar"), {QStringLiteral("--numeric-owner"), QStringLiteral("-C"), tree, QStringLiteral("-cf"), tar, QStringLiteral(".")});
    ::chmod(QFile::encodeName(tar).constData(), 0644);
    return tar;
}

// Whether pid is a live (not zombie) process named comm.
bool liveProcess(qint64 pid, const QByteArray &comm)
{
    const QByteArray stat = fileBytes(QStringLiteral("/proc/%1/stat").arg(pid));
    return stat.contains(QByteArray("(" + comm + ")")) && stat.mid(stat.lastIndexOf(')') + 2, 1) != "Z";
}

bool slirpAlive(qint64 pid)
{
    return liveProcess(pid, "slirp4netns");
}

// The live processes named comm of a user.
QList<qint64> liveProcessesOf(uint uid, const QByteArray &comm)
{
    QList<qint64> found;
    for (const QFileInfo &entry : QDir(QStringLiteral("/proc")).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot))
        if (const qint64 pid = entry.fileName().toLongLong(); pid > 0 && entry.ownerId() == uid && liveProcess(pid, comm))
            found.append(pid);
    return found;
}

bool cgroupV1()
{
    struct statfs info;
    return ::statfs("/sys/fs/cgroup", &info) == 0 && info.f_type != CGROUP2_SUPER_MAGIC;
}

} // namespace

class TestRootless : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<RootlessUsers> m_users;
    const TestUser *m_alice = nullptr; // with subordinate ids
    const TestUser *m_bob = nullptr;   // with subordinate ids
    const TestUser *m_nora = nullptr;  // none

    // Root makes the users once, before the first test that runs as them.
    void prepareUsers()
    {
        REQUIRE_ROOT();
        for (const char *tool : {"newuidmap", "newgidmap", "slirp4netns", "setpriv", "useradd", "runc", "conmon"})
            if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
                SKIP_OUTSIDE_CI("the rootless tests need uidmap, slirp4netns, util-linux, passwd, runc and conmon");
        struct stat tun;
        if (::stat("/dev/net/tun", &tun) != 0 || (tun.st_mode & 0666) != 0666)
            SKIP_OUTSIDE_CI("slirp4netns needs /dev/net/tun open to all (chmod 0666 /dev/net/tun, as installer/setup.sh does)");
        if (m_users)
            return;
        RootlessUsers::removeStale();
        m_users = std::make_unique<RootlessUsers>();
        QString error;
        m_alice = m_users->add(QStringLiteral("a"), true, &error);
        QVERIFY2(m_alice, qPrintable(error));
        m_bob = m_users->add(QStringLiteral("b"), true, &error);
        QVERIFY2(m_bob, qPrintable(error));
        m_nora = m_users->add(QStringLiteral("n"), false, &error);
        QVERIFY2(m_nora, qPrintable(error));
        CLI_OK(runAs(*m_alice, {QStringLiteral("image"), QStringLiteral("build-busybox")}));
    }

private slots:
    void init()
    {
        if (!QByteArray(QTest::currentTestFunction()).startsWith("unit"))
            prepareUsers();
    }

    void cleanupTestCase()
    {
        m_users.reset(); // users, their processes, namespaces, mounts and files
    }

    void unitSubordinateRanges()
    {
        const QByteArray text = "# ranges\nalice:100000:65536\nbob:200000:65536\n1001:300000:10\nalice:bad:1\n";
        const auto ranges = porthole::subordinateRanges(text, QStringLiteral("alice"), 1001);
        QCOMPARE(ranges.size(), 2);
        QCOMPARE(ranges.at(0).outside, quint64(100000));
        QCOMPARE(ranges.at(1).count, quint64(10));
        const auto mappings = porthole::namespaceMappings(1001, ranges);
        QCOMPARE(mappings.size(), 3);
        QCOMPARE(mappings.at(0).inside, quint64(0));
        QCOMPARE(mappings.at(0).outside, quint64(1001));
        QCOMPARE(mappings.at(0).count, quint64(1));
        QCOMPARE(mappings.at(1).inside, quint64(1));
        QCOMPARE(mappings.at(2).inside, quint64(65537));
        QCOMPARE(mappings.at(2).outside, quint64(300000));
        QVERIFY(porthole::subordinateRanges(text, QStringLiteral("carol"), 1002).isEmpty());
        QVERIFY(porthole::noSubordinateIdsWarning(QStringLiteral("carol")).contains(QLatin1String("usermod --add-subuids")));
    }

    void unitHostUid()
    {
        QCOMPARE(porthole::hostUidFromMap("         0       1001          1\n         1     100000      65536\n", 7), 1001u);
        QCOMPARE(porthole::hostUidFromMap("         0          0 4294967295\n", 7), 0u);
        QCOMPARE(porthole::hostUidFromMap("         1     100000      65536\n", 7), 7u);
    }

    void unitUserModeNetwork()
    {
        porthole::PortBinding port;
        port.hostPort = 8080;
        port.containerPort = 80;
        const QJsonObject request = QJsonDocument::fromJson(porthole::hostForwardRequest(port, 80)).object();
        QCOMPARE(request.value(QLatin1String("execute")).toString(), QStringLiteral("add_hostfwd"));
        const QJsonObject arguments = request.value(QLatin1String("arguments")).toObject();
        QCOMPARE(arguments.value(QLatin1String("host_addr")).toString(), QStringLiteral("0.0.0.0"));
        QCOMPARE(arguments.value(QLatin1String("host_port")).toInt(), 8080);
        QCOMPARE(arguments.value(QLatin1String("guest_port")).toInt(), 80);
        QCOMPARE(arguments.value(QLatin1String("proto")).toString(), QStringLiteral("tcp"));
        QVERIFY(!arguments.contains(QLatin1String("guest_addr"))); // the namespace's own address
        // Into the user's network namespace: the host port, which portmap takes on to the container.
        const QJsonObject inside = QJsonDocument::fromJson(porthole::hostForwardRequest(port, 8080)).object();
        QCOMPARE(inside.value(QLatin1String("arguments")).toObject().value(QLatin1String("guest_port")).toInt(), 8080);
        port.hostIp = QStringLiteral("127.0.0.1");
        QCOMPARE(porthole::portsInsideRootlessNetns({port}).value(0).hostIp, QString());
        const QByteArray list = R"({"return": {"entries": [
            {"id": 3, "proto": "tcp", "host_addr": "127.0.0.1", "host_port": 8080, "guest_addr": "10.0.2.100", "guest_port": 8080},
            {"id": 4, "proto": "tcp", "host_addr": "0.0.0.0", "host_port": 8080, "guest_addr": "10.0.2.100", "guest_port": 8080},
            {"id": 5, "proto": "udp", "host_addr": "127.0.0.1", "host_port": 8080, "guest_addr": "10.0.2.100", "guest_port": 8080}]}})";
        QCOMPARE(porthole::forwardIdsOf(list, {port}), QList<int>{3});
        const QJsonObject remove = QJsonDocument::fromJson(porthole::removeForwardRequest(3)).object();
        QCOMPARE(remove.value(QLatin1String("execute")).toString(), QStringLiteral("remove_hostfwd"));
        QCOMPARE(remove.value(QLatin1String("arguments")).toObject().value(QLatin1String("id")).toInt(), 3);
        QCOMPARE(porthole::userModeResolvConf("nameserver 127.0.0.53\nsearch example.org\noptions edns0\n"),
                 QByteArray("nameserver 10.0.2.3\nsearch example.org\noptions edns0\n"));
    }

    // The /proc figures of a container whose cgroup is not ours.
    void unitProcFigures()
    {
        // comm with a space and a ')': fields counted from the last ')'; utime..cstime = 5+6+7+8.
        const QByteArray stat = "42 (my) prog) R 1 42 42 0 -1 4194560 100 0 0 0 5 6 7 8 20 0 1 0 100 1000 200 ...";
        QCOMPARE(porthole::procStatCpuTicks(stat), qint64(26));
        QCOMPARE(porthole::procStatCpuTicks("garbage"), qint64(0));
        const QByteArray rollup = "5640f5d52000-7fff98677000 ---p 00000000 00:00 0 [rollup]\nRss:  1780 kB\nPss:  201 kB\nPss_Dirty: 112 kB\n";
        QCOMPARE(porthole::procMemoryBytes(rollup, "VmRSS:  999 kB\n"), qint64(201 * 1024));
        QCOMPARE(porthole::procMemoryBytes(QByteArray(), "Name: sh\nVmRSS:  999 kB\n"), qint64(999 * 1024));
        qint64 read = 0, write = 0;
        porthole::procIoBytes("rchar: 6976\nwchar: 1\nread_bytes: 4096\nwrite_bytes: 8192\ncancelled_write_bytes: 0\n", read, write);
        QCOMPARE(read, qint64(4096));
        QCOMPARE(write, qint64(8192));
    }

    void unitRootlessSpec()
    {
        porthole::RuntimeSpecInput input;
        input.rootfs = QStringLiteral("/r");
        input.args = {QStringLiteral("sh")};
        input.cgroupsPath = QStringLiteral("/porthole/x");
        input.rootless = true;
        input.ttyGroupMapped = false;
        input.hostNetwork = true;
        const QJsonObject spec = porthole::buildRuntimeSpec(input);
        QMap<QString, QJsonObject> mounts;
        for (const QJsonValue &mount : spec.value(QLatin1String("mounts")).toArray())
            mounts.insert(mount.toObject().value(QLatin1String("destination")).toString(), mount.toObject());
        QCOMPARE(mounts.value(QStringLiteral("/sys/fs/cgroup")).value(QLatin1String("type")).toString(), QStringLiteral("bind"));
        QCOMPARE(mounts.value(QStringLiteral("/sys")).value(QLatin1String("type")).toString(), QStringLiteral("bind"));
        QVERIFY(!mounts.value(QStringLiteral("/dev/pts")).value(QLatin1String("options")).toArray().contains(QStringLiteral("gid=5")));
        const QJsonObject linuxSection = spec.value(QLatin1String("linux")).toObject();
        QVERIFY(!linuxSection.contains(QLatin1String("resources")));
        QVERIFY(!linuxSection.contains(QLatin1String("cgroupsPath")));
        input.rootless = false;
        input.ttyGroupMapped = true;
        const QJsonObject rootful = porthole::buildRuntimeSpec(input);
        QCOMPARE(rootful.value(QLatin1String("linux")).toObject().value(QLatin1String("cgroupsPath")).toString(), QStringLiteral("/porthole/x"));
        for (const QJsonValue &mount : rootful.value(QLatin1String("mounts")).toArray())
            if (mount.toObject().value(QLatin1String("destination")).toString() == QLatin1String("/sys/fs/cgroup"))
                QCOMPARE(mount.toObject().value(QLatin1String("type")).toString(), QStringLiteral("cgroup"));
    }

    // The store and runtime directory of a normal user, not root's.
    void storeIsTheUsers()
    {
        QVERIFY(QFileInfo(m_alice->storeRoot() + QStringLiteral("/images")).isDir());
        struct stat info;
        QCOMPARE(::stat(QFile::encodeName(m_alice->storeRoot()).constData(), &info), 0);
        QCOMPARE(info.st_uid, m_alice->uid);
        QCOMPARE(info.st_mode & 0777, 0700u);
        QCOMPARE(::stat(QFile::encodeName(m_alice->runtimeDir + QStringLiteral("/porthole")).constData(), &info), 0);
        QCOMPARE(info.st_uid, m_alice->uid);
        QCOMPARE(info.st_mode & 0777, 0700u);
        const RunResult info2 = runAs(*m_alice, {QStringLiteral("info"), QStringLiteral("--format"), QStringLiteral("{{.DockerRootDir}}")});
        CLI_OK(info2);
        QCOMPARE(text(info2.out), m_alice->storeRoot());
    }

    // The seed's tour, step by step, as a normal user.
    void seedTour()
    {
        const TestUser &u = *m_alice;
        CLI_OK(runAs(u, {QStringLiteral("create"), QStringLiteral("-it"), QStringLiteral("--name=busybox"), QStringLiteral("busybox")}));
        RunResult ps = runAs(u, {QStringLiteral("ps"), QStringLiteral("-a")});
        CLI_OK(ps);
        QVERIFY2(ps.out.contains("busybox") && ps.out.contains("Created"), ps.out.constData());
        CLI_OK(runAs(u, {QStringLiteral("start"), QStringLiteral("busybox")}));
        ps = runAs(u, {QStringLiteral("ps")});
        QVERIFY2(ps.out.contains("Up "), ps.out.constData());
        const RunResult exec = runAs(u, {QStringLiteral("exec"), QStringLiteral("busybox"), QStringLiteral("sh"), QStringLiteral("-c"),
                                         QStringLiteral("cd /tmp && touch test && id -u && ls /tmp")});
        CLI_OK(exec);
        QVERIFY2(exec.out.startsWith("0\n") && exec.out.contains("test"), exec.out.constData());
        const RunResult top = runAs(u, {QStringLiteral("top"), QStringLiteral("busybox")}); // no cgroup: its pid namespace
        CLI_OK(top);
        QVERIFY2(top.out.contains("PID") && top.out.contains(" sh"), top.out.constData());
        QElapsedTimer timer;
        timer.start();
        CLI_OK(runAs(u, {QStringLiteral("stop"), QStringLiteral("-t"), QStringLiteral("2"), QStringLiteral("busybox")}));
        QVERIFY2(timer.elapsed() < 12000, qPrintable(QStringLiteral("stop took %1 ms").arg(timer.elapsed())));
        ps = runAs(u, {QStringLiteral("ps"), QStringLiteral("-a")});
        QVERIFY2(ps.out.contains("Exited (137)"), ps.out.constData());
        const QString tar = u.home + QStringLiteral("/busybox.tar");
        CLI_OK(runAs(u, {QStringLiteral("export"), QStringLiteral("-o"), tar, QStringLiteral("busybox")}));
        QVERIFY(QFileInfo(tar).size() > 100000);
        CLI_OK(runAs(u, {QStringLiteral("import"), tar, QStringLiteral("busybox:test")}));
        const RunResult run = runAs(u, {QStringLiteral("run"), QStringLiteral("--rm"), QStringLiteral("busybox:test"), QStringLiteral("ls"), QStringLiteral("/tmp")});
        CLI_OK(run);
        QCOMPARE(text(run.out), QStringLiteral("test"));
        CLI_OK(runAs(u, {QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("busybox")}));
        ps = runAs(u, {QStringLiteral("ps"), QStringLiteral("-a"), QStringLiteral("--format"), QStringLiteral("{{.Names}}")});
        CLI_OK(ps);
        QVERIFY2(!ps.out.contains("busybox\n"), ps.out.constData());
    }

    // A layer's owners (uid 1000) and setuid bit, kept through the user's mapping.
    void ownersAndSetuidKept()
    {
        const TestUser &u = *m_alice;
        const QString tar = ownersTar(m_users->dir());
        CLI_OK(runAs(u, {QStringLiteral("import"), tar, QStringLiteral("owners:1")}));
        const RunResult run = runAs(u, {QStringLiteral("run"), QStringLiteral("--rm"), QStringLiteral("owners:1"), QStringLiteral("stat"),
                                        QStringLiteral("-c"), QStringLiteral("%u:%g %a %n"), QStringLiteral("/home/user/notes"),
                                        QStringLiteral("/bin/setuid-tool")});
        CLI_OK(run);
        QCOMPARE(text(run.out), QStringLiteral("1000:1000 644 /home/user/notes\n0:0 4755 /bin/setuid-tool"));
        // On the host, the file belongs to the user's subordinate id for 1000.
        bool found = false;
        QDirIterator files(u.storeRoot() + QStringLiteral("/layers"), {QStringLiteral("notes")}, QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            struct stat info;
            QCOMPARE(::stat(QFile::encodeName(files.next()).constData(), &info), 0);
            QCOMPARE(quint64(info.st_uid), u.subStart + 999);
            QCOMPARE(quint64(info.st_gid), u.subStart + 999);
            found = true;
        }
        QVERIFY2(found, "the layer with /home/user/notes was not found in the user's store");
    }

    // A directory of the image removed and made again: overlayfs keeps its
    // opaque mark as user.overlay.* in the namespace (userxattr), no EIO.
    void lowerDirectoryReplaced()
    {
        const RunResult run = runAs(*m_alice, {QStringLiteral("run"), QStringLiteral("--rm"), QStringLiteral("busybox"), QStringLiteral("sh"),
                                               QStringLiteral("-c"), QStringLiteral("rm -rf /var && mkdir /var && echo ok > /var/x && ls /var && cat /var/x")});
        CLI_OK(run);
        QCOMPARE(text(run.out), QStringLiteral("x\nok"));
    }

    // A directory replaced in a container is opaque in its writable layer
    // (user.overlay.opaque); commit packs it as a .wh..wh..opq marker and the
    // new layer is written with the mark again: the image's old files stay hidden.
    void opaqueDirectoryCommitted()
    {
        const TestUser &u = *m_alice;
        const QString none = QStringLiteral("--network"), noneValue = QStringLiteral("none");
        CLI_OK(runAs(u, {QStringLiteral("run"), QStringLiteral("--name"), QStringLiteral("opqbase"), none, noneValue, QStringLiteral("busybox"),
                         QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("mkdir /data && echo x > /data/old")}));
        CLI_OK(runAs(u, {QStringLiteral("commit"), QStringLiteral("opqbase"), QStringLiteral("opaque:base")}));
        CLI_OK(runAs(u, {QStringLiteral("run"), QStringLiteral("--name"), QStringLiteral("opq"), none, noneValue, QStringLiteral("opaque:base"),
                         QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("rm -rf /data && mkdir /data && echo x > /data/new")}));
        CLI_OK(runAs(u, {QStringLiteral("commit"), QStringLiteral("opq"), QStringLiteral("opaque:1")}));
        const RunResult run = runAs(u, {QStringLiteral("run"), QStringLiteral("--rm"), none, noneValue, QStringLiteral("opaque:1"),
                                        QStringLiteral("ls"), QStringLiteral("/data")});
        CLI_OK(run);
        QCOMPARE(text(run.out), QStringLiteral("new"));
        CLI_OK(runAs(u, {QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("opq"), QStringLiteral("opqbase")}));
    }

    // The user-mode network: its address, name server, /etc/hosts; none and host.
    void userModeNetwork()
    {
        const TestUser &u = *m_alice;
        const RunResult files = runAs(u, {QStringLiteral("run"), QStringLiteral("--rm"), QStringLiteral("--name"), QStringLiteral("netfiles"),
                                          QStringLiteral("busybox"), QStringLiteral("sh"), QStringLiteral("-c"),
                                          QStringLiteral("ip -4 addr show tap0; cat /etc/resolv.conf /etc/hosts")});
        CLI_OK(files);
        QVERIFY2(files.out.contains("inet 10.0.2.100/24"), files.out.constData());
        QVERIFY2(files.out.contains("nameserver 10.0.2.3"), files.out.constData());
        QVERIFY2(files.out.contains("10.0.2.100") && files.out.contains("netfiles"), files.out.constData());
        const RunResult none = runAs(u, {QStringLiteral("run"), QStringLiteral("--rm"), QStringLiteral("--network"), QStringLiteral("none"),
                                         QStringLiteral("busybox"), QStringLiteral("ls"), QStringLiteral("/sys/class/net")});
        CLI_OK(none);
        QCOMPARE(text(none.out), QStringLiteral("lo"));
        const RunResult host = runAs(u, {QStringLiteral("run"), QStringLiteral("--rm"), QStringLiteral("--network"), QStringLiteral("host"),
                                         QStringLiteral("busybox"), QStringLiteral("ls"), QStringLiteral("/sys/class/net")});
        CLI_OK(host);
        QVERIFY2(host.out.contains("lo") && text(host.out) != QStringLiteral("lo"), host.out.constData());
    }

    // -p HOSTPORT:CTRPORT answers on the host's 127.0.0.1.
    void publishedPortOnLoopback()
    {
        const TestUser &u = *m_alice;
        const int port = 20000 + QRandomGenerator::global()->bounded(20000);
        CLI_OK(runAs(u, {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), QStringLiteral("web"), QStringLiteral("-p"),
                         QStringLiteral("%1:8080").arg(port), QStringLiteral("busybox"), QStringLiteral("sh"), QStringLiteral("-c"),
                         QStringLiteral("echo hello-rootless > /tmp/index.html && exec httpd -f -p 8080 -h /tmp")}));
        QByteArray page;
        for (int attempt = 0; attempt < 50 && !page.contains("hello-rootless"); ++attempt) {
            page = runProgram(QStringLiteral("busybox"), {QStringLiteral("wget"), QStringLiteral("-q"), QStringLiteral("-O-"),
                                                          QStringLiteral("http://127.0.0.1:%1/index.html").arg(port)}, {}, 5000).out;
            if (!page.contains("hello-rootless"))
                QThread::msleep(200);
        }
        const RunResult ps = runAs(u, {QStringLiteral("ps"), QStringLiteral("--format"), QStringLiteral("{{.Ports}}")});
        CLI_OK(runAs(u, {QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("web")}));
        QVERIFY2(page.contains("hello-rootless"), page.constData());
        QVERIFY2(ps.out.contains(QStringLiteral("0.0.0.0:%1->8080/tcp").arg(port).toUtf8()), ps.out.constData());
    }

    // One user's containers on one network reach each other by address and
    // by name through the bridge in the user's network namespace, and a
    // published port answers on the host's loopback; a container of the
    // default network (slirp4netns of its own) and another user's, in a
    // namespace of his own, do not reach them; network rm takes its bridge
    // out of the namespace; the last container out stops its slirp4netns.
    void containersReachEachOther()
    {
        const TestUser &u = *m_alice;
        const QString netState = u.runtimeDir + QStringLiteral("/porthole/rootless-netns.json");
        auto cleanup = qScopeGuard([&] {
            runAs(u, {QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("peer-web"), QStringLiteral("peer-db"), QStringLiteral("peer-default")});
            runAs(*m_bob, {QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("outsider")});
            runAs(*m_bob, {QStringLiteral("network"), QStringLiteral("rm"), QStringLiteral("bobnet")});
            runAs(u, {QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("keeper")});
            runAs(u, {QStringLiteral("network"), QStringLiteral("rm"), QStringLiteral("alicenet"), QStringLiteral("alicenet2")});
        });
        CLI_OK(runAs(u, {QStringLiteral("network"), QStringLiteral("create"), QStringLiteral("alicenet")}));
        const QString httpd = QStringLiteral("echo served-by-$(hostname) > /tmp/index.html && exec httpd -f -p 8080 -h /tmp");
        const int port = 20000 + QRandomGenerator::global()->bounded(20000);
        CLI_OK(runAs(u, {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), QStringLiteral("peer-web"), QStringLiteral("--network"),
                         QStringLiteral("alicenet"), QStringLiteral("-p"), QStringLiteral("127.0.0.1:%1:8080").arg(port), QStringLiteral("busybox"),
                         QStringLiteral("sh"), QStringLiteral("-c"), httpd}));
        CLI_OK(runAs(u, {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), QStringLiteral("peer-db"), QStringLiteral("--network"),
                         QStringLiteral("alicenet"), QStringLiteral("busybox"), QStringLiteral("sh"), QStringLiteral("-c"), httpd}));
        CLI_OK(runAs(u, {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), QStringLiteral("peer-default"),
                         QStringLiteral("busybox"), QStringLiteral("sh"), QStringLiteral("-c"), httpd}));
        auto addressOf = [&](const TestUser &user, const QString &name) {
            return text(runAs(user, {QStringLiteral("inspect"), QStringLiteral("-f"), QStringLiteral("{{.NetworkSettings.IPAddress}}"), name}).out);
        };
        const QString web = addressOf(u, QStringLiteral("peer-web"));
        const QString db = addressOf(u, QStringLiteral("peer-db"));
        QVERIFY2(web.count(QLatin1Char('.')) == 3 && db.count(QLatin1Char('.')) == 3 && web != db, qPrintable(web + QLatin1Char(' ') + db));
        QFile state(netState);
        QVERIFY2(state.open(QIODevice::ReadOnly), qPrintable(netState));
        const qint64 slirp = QJsonDocument::fromJson(state.readAll()).object().value(QLatin1String("slirpPid")).toInteger();
        QVERIFY(slirp > 1);
        QVERIFY(slirpAlive(slirp));
        auto fetch = [&](const TestUser &user, const QString &from, const QString &target) {
            // (busybox 1.35's wget -T crashes: timeout bounds it instead)
            return runAs(user, {QStringLiteral("exec"), from, QStringLiteral("timeout"), QStringLiteral("5"), QStringLiteral("wget"), QStringLiteral("-q"),
                                QStringLiteral("-O-"), QStringLiteral("http://%1:8080/index.html").arg(target)});
        };
        QByteArray page;
        for (int attempt = 0; attempt < 25 && !page.contains("served-by"); ++attempt) // httpd may not listen yet
            page = fetch(u, QStringLiteral("peer-db"), web).out;
        QVERIFY2(page.contains("served-by"), page.constData());
        const RunResult ping = runAs(u, {QStringLiteral("exec"), QStringLiteral("peer-web"), QStringLiteral("ping"), QStringLiteral("-c"),
                                         QStringLiteral("1"), QStringLiteral("-W"), QStringLiteral("3"), db});
        CLI_OK(ping);
        QVERIFY2(fetch(u, QStringLiteral("peer-web"), QStringLiteral("peer-db")).out.contains("served-by"), "by name on a user network");
        const QByteArray published = runProgram(QStringLiteral("busybox"), {QStringLiteral("wget"), QStringLiteral("-q"), QStringLiteral("-O-"),
                                                                            QStringLiteral("http://127.0.0.1:%1/index.html").arg(port)}, {}, 5000).out;
        QVERIFY2(published.contains("served-by"), published.constData());
        // The default network's container has a namespace of its own.
        const RunResult across = fetch(u, QStringLiteral("peer-default"), web);
        QVERIFY2(across.exitCode != 0 && !across.out.contains("served-by"), described(across).constData());
        // Bob's container is in Bob's namespace: Alice's addresses are not there.
        CLI_OK(runAs(*m_bob, {QStringLiteral("image"), QStringLiteral("build-busybox")}));
        CLI_OK(runAs(*m_bob, {QStringLiteral("network"), QStringLiteral("create"), QStringLiteral("bobnet")}));
        CLI_OK(runAs(*m_bob, {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), QStringLiteral("outsider"), QStringLiteral("--network"),
                              QStringLiteral("bobnet"), QStringLiteral("busybox"), QStringLiteral("sleep"), QStringLiteral("600")}));
        for (const QString &target : {web, db}) {
            if (target == addressOf(*m_bob, QStringLiteral("outsider")))
                continue; // the same pool in another namespace: that is Bob's own
            const RunResult foreign = fetch(*m_bob, QStringLiteral("outsider"), target);
            QVERIFY2(foreign.exitCode != 0 && !foreign.out.contains("served-by"), described(foreign).constData());
        }
        // While a container of another network stays, so does the namespace,
        // and network rm takes the removed network's bridge out of it.
        CLI_OK(runAs(u, {QStringLiteral("network"), QStringLiteral("create"), QStringLiteral("alicenet2")}));
        CLI_OK(runAs(u, {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), QStringLiteral("keeper"), QStringLiteral("--network"),
                         QStringLiteral("alicenet2"), QStringLiteral("busybox"), QStringLiteral("sleep"), QStringLiteral("600")}));
        auto bridges = [&] {
            const RunResult links = runAs(u, {QStringLiteral("unshare"), QStringLiteral("nsenter"), QStringLiteral("--net=") + u.runtimeDir
                                                  + QStringLiteral("/porthole/netns/rootless-netns"), QStringLiteral("ip"), QStringLiteral("-o"),
                                              QStringLiteral("link"), QStringLiteral("show"), QStringLiteral("type"), QStringLiteral("bridge")});
            return links.exitCode == 0 ? int(links.out.count('\n')) : -1;
        };
        QCOMPARE(bridges(), 2);
        CLI_OK(runAs(u, {QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("peer-web"), QStringLiteral("peer-db"), QStringLiteral("peer-default")}));
        QVERIFY(slirpAlive(slirp));
        CLI_OK(runAs(u, {QStringLiteral("network"), QStringLiteral("rm"), QStringLiteral("alicenet")}));
        QCOMPARE(bridges(), 1);
        // The last of Alice's containers out ends her namespace's slirp4netns.
        CLI_OK(runAs(u, {QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("keeper")}));
        QVERIFY(!QFileInfo::exists(netState));
        for (int i = 0; i < 100 && slirpAlive(slirp); ++i)
            QThread::msleep(20); // SIGTERM sent: it ends on its own time
        QVERIFY(!slirpAlive(slirp));
    }

    // Without /etc/subuid ranges: one warning line naming usermod, and containers still run.
    void noSubordinateIds()
    {
        const TestUser &u = *m_nora;
        const RunResult build = runAs(u, {QStringLiteral("image"), QStringLiteral("build-busybox")});
        CLI_OK(build);
        QVERIFY2(build.err.contains("usermod --add-subuids") && build.err.count('\n') == 1, build.err.constData());
        const RunResult run = runAs(u, {QStringLiteral("run"), QStringLiteral("--rm"), QStringLiteral("busybox"), QStringLiteral("sh"),
                                        QStringLiteral("-c"), QStringLiteral("echo hi from $(id -u)")});
        CLI_OK(run);
        QCOMPARE(text(run.out), QStringLiteral("hi from 0"));
        // A layer with files of uid 1000 still imports: without subordinate ids
        // they stay the user's (as Podman's ignore_chown_errors).
        CLI_OK(runAs(u, {QStringLiteral("import"), ownersTar(m_users->dir()), QStringLiteral("owners:nora")}));
    }

    // Without XDG_RUNTIME_DIR: /tmp/porthole-UID, made 0700, refused when it is not the user's.
    void runtimeDirectoryFallback()
    {
        const TestUser &u = *m_nora;
        const QString fallback = QStringLiteral("/tmp/porthole-%1").arg(u.uid);
        runProgram(QStringLiteral("rm"), {QStringLiteral("-rf"), fallback});
        QVERIFY(QDir().mkpath(fallback)); // root's: someone else's
        const RunResult refused = runAs(u, {QStringLiteral("ps")}, 120000, false);
        QVERIFY2(refused.exitCode != 0 && refused.err.contains("is not a directory of yours"), described(refused).constData());
        QVERIFY(QDir(fallback).removeRecursively());
        const RunResult run = runAs(u, {QStringLiteral("run"), QStringLiteral("--rm"), QStringLiteral("busybox"), QStringLiteral("echo"),
                                        QStringLiteral("fallback")}, 120000, false);
        CLI_OK(run);
        QCOMPARE(text(run.out), QStringLiteral("fallback"));
        struct stat info;
        QCOMPARE(::stat(QFile::encodeName(fallback).constData(), &info), 0);
        QCOMPARE(info.st_uid, u.uid);
        QCOMPARE(info.st_mode & 0777, 0700u);
    }

    // Bob sees none of Alice's containers and can stop none of them.
    void usersAreIsolated()
    {
        CLI_OK(runAs(*m_alice, {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), QStringLiteral("private"),
                                QStringLiteral("busybox"), QStringLiteral("sleep"), QStringLiteral("600")}));
        const RunResult id = runAs(*m_alice, {QStringLiteral("inspect"), QStringLiteral("-f"), QStringLiteral("{{.Id}}"), QStringLiteral("private")});
        CLI_OK(id);
        CLI_OK(runAs(*m_bob, {QStringLiteral("image"), QStringLiteral("build-busybox")}));
        const RunResult ps = runAs(*m_bob, {QStringLiteral("ps"), QStringLiteral("-a")});
        CLI_OK(ps);
        QVERIFY2(!ps.out.contains("private"), ps.out.constData());
        const RunResult stop = runAs(*m_bob, {QStringLiteral("stop"), text(id.out)});
        QVERIFY2(stop.exitCode != 0 && stop.err.contains("No such container"), described(stop).constData());
        const RunResult foreign = runAs(*m_bob, {QStringLiteral("--root"), m_alice->storeRoot(), QStringLiteral("ps"), QStringLiteral("-a")});
        QVERIFY2(foreign.exitCode != 0, described(foreign).constData());
        const RunResult still = runAs(*m_alice, {QStringLiteral("ps"), QStringLiteral("--format"), QStringLiteral("{{.Names}} {{.Status}}")});
        QVERIFY2(still.out.contains("private Up"), still.out.constData());
        CLI_OK(runAs(*m_alice, {QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("private")}));
    }

    // The pause process killed: the next porthole adopts the namespace its
    // running containers' conmons still hold, so they stay reachable.
    void pauseProcessEnded()
    {
        const TestUser &u = *m_alice;
        CLI_OK(runAs(u, {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), QStringLiteral("survivor"),
                         QStringLiteral("busybox"), QStringLiteral("sleep"), QStringLiteral("600")}));
        QFile pidFile(u.runtimeDir + QStringLiteral("/porthole/pause.pid"));
        QVERIFY(pidFile.open(QIODevice::ReadOnly));
        const int pause = pidFile.readAll().trimmed().toInt();
        QVERIFY(pause > 1);
        QCOMPARE(::kill(pause, SIGKILL), 0);
        for (int i = 0; i < 100 && QFileInfo::exists(QStringLiteral("/proc/%1/ns").arg(pause)); ++i)
            QThread::msleep(20);
        const RunResult exec = runAs(u, {QStringLiteral("exec"), QStringLiteral("survivor"), QStringLiteral("echo"), QStringLiteral("reachable")});
        CLI_OK(runAs(u, {QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("survivor")}));
        CLI_OK(exec);
        QCOMPARE(text(exec.out), QStringLiteral("reachable"));
    }

    // stats as the user: no cgroup of the container's own on cgroup v1, so
    // the figures are its processes' (/proc), and stats says so.
    void statsFromProc()
    {
        const TestUser &u = *m_alice;
        CLI_OK(runAs(u, {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), QStringLiteral("busy"), QStringLiteral("busybox"),
                         QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("sleep 600 & while :; do :; done")}));
        const RunResult stats = runAs(u, {QStringLiteral("stats"), QStringLiteral("--no-stream"), QStringLiteral("--format"),
                                          QStringLiteral("{{.CPUPerc}}|{{.MemUsage}}|{{.PIDs}}|{{.Source}}"), QStringLiteral("busy")});
        CLI_OK(runAs(u, {QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("busy")}));
        CLI_OK(stats);
        const QStringList fields = text(stats.out).split(QLatin1Char('|'));
        QCOMPARE(fields.size(), 4);
        QVERIFY2(fields.at(0).chopped(1).toDouble() > 0, stats.out.constData());                  // "97.51%"
        QVERIFY2(!fields.at(1).startsWith(QLatin1String("0B")), stats.out.constData());           // "412KiB / 23.5GiB"
        QVERIFY2(fields.at(2).toInt() >= 2, stats.out.constData());                               // sh and sleep
        QCOMPARE(fields.at(3), QStringLiteral("proc"));
        QVERIFY2(stats.err.contains("/proc/PID/stat") && stats.err.count('\n') == 1, stats.err.constData());
    }

    // porthole unshare runs a command in the user's namespace (root there);
    // the window's main tests (tst_gui) run that way as the user, offscreen,
    // with the user's own XDG_RUNTIME_DIR, every case run (CI=true: no skip).
    void windowAsUser()
    {
        const TestUser &u = *m_bob;
        const RunResult map = runAs(u, {QStringLiteral("unshare"), QStringLiteral("cat"), QStringLiteral("/proc/self/uid_map")});
        CLI_OK(map);
        QVERIFY2(map.out.simplified().startsWith(QStringLiteral("0 %1 1").arg(u.uid).toUtf8()), map.out.constData());
        const RunResult window = programAs(u, QStringLiteral(PORTHOLE_BIN), {QStringLiteral("unshare"), QStringLiteral(PORTHOLE_TST_GUI_BIN)},
                                           1200000, true, {QStringLiteral("QT_QPA_PLATFORM=offscreen"), QStringLiteral("CI=true")});
        QVERIFY2(window.exitCode == 0 && window.out.contains(" 0 failed, 0 skipped"), described(window).right(6000).constData());
    }

    // fuse-overlayfs, as when the kernel refuses the overlay mount: forced
    // with PORTHOLE_ROOTLESS_OVERLAY, a container runs on it, writes, and
    // diff sees the writes; a bad value is one line and starts nothing.
    void fuseOverlayForced()
    {
        const TestUser &u = *m_alice;
        auto fused = [&](const QString &choice, const QStringList &args) {
            return programAs(u, QStringLiteral(PORTHOLE_BIN), args, 120000, true, {QStringLiteral("PORTHOLE_ROOTLESS_OVERLAY=") + choice});
        };
        auto cleanup = qScopeGuard([&] { runAs(u, {QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("onfuse")}); });
        CLI_OK(runAs(u, {QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("onfuse"), QStringLiteral("busybox"),
                         QStringLiteral("sleep"), QStringLiteral("600")}));
        const RunResult bad = fused(QStringLiteral("fuse"), {QStringLiteral("start"), QStringLiteral("onfuse")});
        QVERIFY2(bad.exitCode != 0 && bad.err.contains("PORTHOLE_ROOTLESS_OVERLAY=fuse: the choices are kernel and fuse-overlayfs"),
                 described(bad).constData());
        const RunResult state = runAs(u, {QStringLiteral("inspect"), QStringLiteral("-f"), QStringLiteral("{{.State.Status}}"), QStringLiteral("onfuse")});
        QCOMPARE(text(state.out), QStringLiteral("created"));
        CLI_OK(fused(QStringLiteral("fuse-overlayfs"), {QStringLiteral("start"), QStringLiteral("onfuse")}));
        const RunResult inside = runAs(u, {QStringLiteral("exec"), QStringLiteral("onfuse"), QStringLiteral("sh"), QStringLiteral("-c"),
                                           QStringLiteral("echo written > /etc/onfuse && cat /etc/onfuse /bin/../etc/onfuse && grep ' / / ' /proc/self/mountinfo")});
        CLI_OK(inside);
        QVERIFY2(inside.out.startsWith("written\nwritten\n") && inside.out.contains(" - fuse.fuse-overlayfs "), inside.out.constData());
        const RunResult diff = runAs(u, {QStringLiteral("diff"), QStringLiteral("onfuse")});
        CLI_OK(diff);
        QVERIFY2(diff.out.contains("A /etc/onfuse"), diff.out.constData());
        CLI_OK(runAs(u, {QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("onfuse")}));
        for (int i = 0; i < 100 && !liveProcessesOf(u.uid, "fuse-overlayfs").isEmpty(); ++i)
            QThread::msleep(20);
        QVERIFY(liveProcessesOf(u.uid, "fuse-overlayfs").isEmpty()); // unmounted with the container: its daemon gone
    }

    // What a normal user's container cannot be given (no cgroup of its own:
    // on cgroup v1, and on v2 until delegated subtrees are used) is refused
    // in one line.
    void limitsRefusedOnCgroupV1()
    {
        const bool v1 = cgroupV1();
        const RunResult memory = runAs(*m_alice, {QStringLiteral("run"), QStringLiteral("--rm"), QStringLiteral("-m"), QStringLiteral("64m"),
                                                  QStringLiteral("busybox"), QStringLiteral("true")});
        QCOMPARE(memory.exitCode, 125);
        QVERIFY2(memory.err.contains("--memory") && (!v1 || memory.err.contains("cgroup v1")) && memory.err.count('\n') == 1,
                 memory.err.constData());
        CLI_OK(runAs(*m_alice, {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), QStringLiteral("frozen"),
                                QStringLiteral("busybox"), QStringLiteral("sleep"), QStringLiteral("600")}));
        const RunResult pause = runAs(*m_alice, {QStringLiteral("pause"), QStringLiteral("frozen")});
        CLI_OK(runAs(*m_alice, {QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("frozen")}));
        QVERIFY(pause.exitCode != 0);
        QVERIFY2((!v1 || pause.err.contains("freezer")) && pause.err.count('\n') == 1, pause.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestRootless)
#include "tst_rootless.moc"
