// Bridge networks through the real CNI plugins, driven by the real porthole
// binary: addresses from the pool, ping on one network and none between two,
// a port published on loopback, clear failures that leave nothing behind,
// 200 run --rm cycles and 20 parallel starts. Needs root. Each test uses its
// own store, network names and subnets; TempStore removes namespaces and
// bridges even when a test fails.
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <signal.h>

using namespace testsupport;

namespace {

QString text(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes).trimmed();
}

RunResult cli(const TempStore &store, const QStringList &args)
{
    return runPorthole(store, args);
}

// A /24 no other test of this run uses: 10.2xx.N.0/24.
QString freshSubnet()
{
    static int counter = 0;
    const int second = 200 + QRandomGenerator::global()->bounded(50);
    return QStringLiteral("10.%1.%2.0/24").arg(second).arg((QCoreApplication::applicationPid() + counter++) % 250);
}

QString uniqueName(const QString &prefix)
{
    return prefix + QString::number(QRandomGenerator::global()->bounded(1000000));
}

// The network namespaces of this store's containers, living or left behind:
// every container the store ever created, from its events journal (other
// suites running beside this one have namespaces of their own).
QStringList storeNamespaces(const TempStore &store)
{
    const RunResult created = runPorthole(store, {QStringLiteral("events"), QStringLiteral("--since"), QStringLiteral("0"),
                                                  QStringLiteral("--until"), QStringLiteral("0s"), QStringLiteral("--filter"),
                                                  QStringLiteral("event=create"), QStringLiteral("--format"), QStringLiteral("{{.ID}}")});
    QStringList names;
    for (const QString &id : text(created.out).split(u'\n', Qt::SkipEmptyParts))
        if (QFileInfo::exists(QStringLiteral("/run/netns/porthole-") + id.left(12)))
            names.append(QStringLiteral("porthole-") + id.left(12));
    return names;
}

// The host ends of veth pairs plugged into this store's bridges.
QStringList storeBridgePorts(const TempStore &store)
{
    QStringList ports;
    const QString networks = store.paths.root + QStringLiteral("/networks");
    for (const QString &file : QDir(networks).entryList({QStringLiteral("*.json")}, QDir::Files)) {
        QFile json(networks + QLatin1Char('/') + file);
        json.open(QIODevice::ReadOnly);
        const QString bridge = QJsonDocument::fromJson(json.readAll()).object().value(QLatin1String("Bridge")).toString();
        if (!bridge.isEmpty())
            ports += QDir(QStringLiteral("/sys/class/net/%1/brif").arg(bridge)).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System);
    }
    ports.sort();
    return ports;
}

// Addresses host-local holds for the store's networks (one file per address).
QStringList heldAddresses(const TempStore &store)
{
    QStringList held;
    const QString ipam = store.paths.runRoot + QStringLiteral("/cni-ipam");
    for (const QString &network : QDir(ipam).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        for (const QString &file : QDir(ipam + QLatin1Char('/') + network).entryList(QDir::Files))
            if (file.count(QLatin1Char('.')) == 3 && !file.startsWith(QLatin1String("last_reserved")))
                held.append(network + QLatin1Char('/') + file);
    return held;
}

QString inspectField(const TempStore &store, const QString &name, const QString &field)
{
    return text(cli(store, {QStringLiteral("inspect"), QStringLiteral("-f"), QStringLiteral("{{") + field + QStringLiteral("}}"), name}).out);
}

void prepareImage(const TempStore &store)
{
    const RunResult built = cli(store, {QStringLiteral("image"), QStringLiteral("build-busybox")});
    QVERIFY2(built.exitCode == 0, built.err.constData());
}

QString createNetwork(const TempStore &store, const QString &name, const QString &subnet)
{
    const RunResult made = cli(store, {QStringLiteral("network"), QStringLiteral("create"), QStringLiteral("--subnet"), subnet, name});
    if (made.exitCode != 0)
        return QString::fromUtf8(made.err);
    return {};
}

} // namespace

// The bridge device of a network, from the store's record of it.
QString bridgeOf(const TempStore &store, const QString &network)
{
    QFile file(store.paths.root + QStringLiteral("/networks/") + network + QStringLiteral(".json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("Bridge")).toString();
}

bool isolationRulesMention(const QString &bridge)
{
    const QString rules = QString::fromUtf8(runProgram(QStringLiteral("iptables"), {QStringLiteral("-S")}).out);
    return rules.contains(QStringLiteral(" -o %1 ").arg(bridge));
}

// Starts `porthole network rm NAME` with an `ip` in front of the real one
// that stops at the bridge's deletion, and kills the command there with
// SIGKILL: the moment after it recorded the removal, before the bridge went.
// Empty when that happened, else what went wrong.
QString killNetworkRemovalAtBridge(const TempStore &store, const QString &name)
{
    const QString realIp = QStandardPaths::findExecutable(QStringLiteral("ip"));
    if (realIp.isEmpty())
        return QStringLiteral("no ip in PATH");
    QTemporaryDir bin;
    const QString mark = bin.filePath(QStringLiteral("deleting"));
    const QString script = QStringLiteral("#!/bin/sh\nif [ \"$1 $2\" = \"link delete\" ]; then echo $$ > %1.tmp; mv %1.tmp %1; exec sleep 600; fi\nexec %2 \"$@\"\n")
                               .arg(mark, realIp);
    writeFile(bin.path(), QStringLiteral("ip"), script.toUtf8());
    QFile::setPermissions(bin.filePath(QStringLiteral("ip")), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QProcess rm;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PATH"), bin.path() + QLatin1Char(':') + env.value(QStringLiteral("PATH")));
    rm.setProcessEnvironment(env);
    rm.start(QStringLiteral(PORTHOLE_BIN), {QStringLiteral("--root"), store.paths.root, QStringLiteral("--runroot"), store.paths.runRoot,
                                            QStringLiteral("network"), QStringLiteral("rm"), name});
    QString problem;
    bool stopped = false;
    for (int i = 0; i < 1200 && !stopped; ++i) { // the command reaches the bridge in well under a minute
        stopped = QFileInfo::exists(mark);
        if (!stopped && rm.waitForFinished(50)) {
            problem = QStringLiteral("network rm ended before deleting the bridge: ") + QString::fromUtf8(rm.readAllStandardError());
            break;
        }
    }
    if (!stopped && problem.isEmpty())
        problem = QStringLiteral("network rm never reached the bridge's deletion");
    ::kill(pid_t(rm.processId()), SIGKILL);
    rm.waitForFinished(10000);
    if (stopped) { // the ip left sleeping
        QFile pidFile(mark);
        if (pidFile.open(QIODevice::ReadOnly))
            if (const pid_t pid = pid_t(pidFile.readAll().trimmed().toInt()); pid > 0)
                ::kill(pid, SIGKILL);
    }
    return problem;
}

class TestNetwork : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { REQUIRE_ROOT(); }

    void defaultNetworkAndInspect()
    {
        TempStore store;
        prepareImage(store);
        const RunResult ls = cli(store, {QStringLiteral("network"), QStringLiteral("ls")});
        QCOMPARE(ls.exitCode, 0);
        QVERIFY(ls.out.startsWith("NETWORK ID"));
        QVERIFY(ls.out.contains("porthole   bridge    local"));
        QVERIFY(ls.out.contains("host       host      local"));
        QVERIFY(ls.out.contains("none       null      local"));
        const QJsonObject network = QJsonDocument::fromJson(
            cli(store, {QStringLiteral("network"), QStringLiteral("inspect"), QStringLiteral("bridge")}).out).array().first().toObject();
        QCOMPARE(network.value(QLatin1String("Name")).toString(), QStringLiteral("porthole"));
        const QString subnet = network.value(QLatin1String("IPAM")).toObject().value(QLatin1String("Config")).toArray().first()
                                   .toObject().value(QLatin1String("Subnet")).toString();
        QVERIFY2(subnet != QLatin1String("172.17.0.0/16") && subnet != QLatin1String("10.88.0.0/16"), qPrintable(subnet));

        QCOMPARE(cli(store, {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), QStringLiteral("web1"),
                                  QStringLiteral("busybox"), QStringLiteral("sleep"), QStringLiteral("60")}).exitCode, 0);
        const QString address = inspectField(store, QStringLiteral("web1"), QStringLiteral(".NetworkSettings.IPAddress"));
        const QString gateway = inspectField(store, QStringLiteral("web1"), QStringLiteral(".NetworkSettings.Gateway"));
        QVERIFY2(address.startsWith(subnet.section(QLatin1Char('.'), 0, 1) + QLatin1Char('.')), qPrintable(address + QLatin1Char(' ') + subnet));
        QCOMPARE(gateway, subnet.section(QLatin1Char('.'), 0, 2) + QStringLiteral(".1"));
        QVERIFY(QRegularExpression(QStringLiteral("^([0-9a-f]{2}:){5}[0-9a-f]{2}$"))
                    .match(inspectField(store, QStringLiteral("web1"), QStringLiteral(".NetworkSettings.MacAddress"))).hasMatch());
        QCOMPARE(inspectField(store, QStringLiteral("web1"), QStringLiteral(".NetworkSettings.Networks.porthole.IPAddress")), address);
        // /etc/hosts holds the container's own name and address; eth0 has it.
        const RunResult hosts = cli(store, {QStringLiteral("exec"), QStringLiteral("web1"), QStringLiteral("cat"), QStringLiteral("/etc/hosts")});
        QVERIFY2(QRegularExpression(QRegularExpression::escape(address) + QStringLiteral("\\s+\\w+ web1")).match(QString::fromUtf8(hosts.out)).hasMatch(),
                 hosts.out.constData());
        const RunResult ip = cli(store, {QStringLiteral("exec"), QStringLiteral("web1"), QStringLiteral("ip"), QStringLiteral("-4"),
                                             QStringLiteral("addr"), QStringLiteral("show"), QStringLiteral("eth0")});
        QVERIFY2(ip.out.contains(QByteArray(address.toUtf8() + "/")), ip.out.constData());
        // Stopping releases the address; inspect shows none.
        QCOMPARE(cli(store, {QStringLiteral("stop"), QStringLiteral("-t"), QStringLiteral("0"), QStringLiteral("web1")}).exitCode, 0);
        QCOMPARE(inspectField(store, QStringLiteral("web1"), QStringLiteral(".NetworkSettings.IPAddress")), QString());
        QVERIFY(heldAddresses(store).isEmpty());
    }

    void pingOnOneNetworkNotBetweenTwo()
    {
        TempStore store;
        prepareImage(store);
        const QString red = uniqueName(QStringLiteral("red")), blue = uniqueName(QStringLiteral("blue"));
        QCOMPARE(createNetwork(store, red, freshSubnet()), QString());
        QCOMPARE(createNetwork(store, blue, freshSubnet()), QString());
        QCOMPARE(cli(store, {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), QStringLiteral("target"),
                                  QStringLiteral("--network"), red, QStringLiteral("busybox"), QStringLiteral("sleep"), QStringLiteral("60")}).exitCode, 0);
        const QString address = inspectField(store, QStringLiteral("target"), QStringLiteral(".NetworkSettings.IPAddress"));
        QVERIFY(!address.isEmpty());
        const RunResult same = cli(store, {QStringLiteral("run"), QStringLiteral("--rm"), QStringLiteral("--network"), red,
                                                QStringLiteral("busybox"), QStringLiteral("ping"), QStringLiteral("-c"), QStringLiteral("1"),
                                                QStringLiteral("-W"), QStringLiteral("3"), address});
        QVERIFY2(same.exitCode == 0 && same.out.contains("1 packets received"), QByteArray(same.out + same.err).constData());
        const RunResult other = cli(store, {QStringLiteral("run"), QStringLiteral("--rm"), QStringLiteral("--network"), blue,
                                                 QStringLiteral("busybox"), QStringLiteral("ping"), QStringLiteral("-c"), QStringLiteral("1"),
                                                 QStringLiteral("-W"), QStringLiteral("2"), address});
        QVERIFY2(other.exitCode != 0 && other.out.contains("0 packets received"), QByteArray(other.out + other.err).constData());
        // network rm is refused while a container uses it, then works.
        const RunResult refused = cli(store, {QStringLiteral("network"), QStringLiteral("rm"), red});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("is in use by container target"), refused.err.constData());
        QCOMPARE(cli(store, {QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("target")}).exitCode, 0);
        const QString redBridge = bridgeOf(store, red);
        QVERIFY(isolationRulesMention(redBridge)); // the firewall plugin's, for the network
        QCOMPARE(cli(store, {QStringLiteral("network"), QStringLiteral("rm"), red, blue}).exitCode, 0);
        QVERIFY(!cli(store, {QStringLiteral("network"), QStringLiteral("ls")}).out.contains(red.toUtf8()));
        QVERIFY(!isolationRulesMention(redBridge)); // gone with the network
    }

    void publishedPortAnswersOnLoopback()
    {
        TempStore store;
        prepareImage(store);
        const int port = 20000 + QRandomGenerator::global()->bounded(20000);
        const RunResult run = cli(store, {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), QStringLiteral("httpd"),
                                               QStringLiteral("-p"), QStringLiteral("127.0.0.1:%1:80").arg(port), QStringLiteral("busybox"),
                                               QStringLiteral("sh"), QStringLiteral("-c"),
                                               QStringLiteral("mkdir /www && echo served-by-porthole > /www/index.html && exec httpd -f -p 80 -h /www")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QByteArray body;
        for (int attempt = 0; attempt < 50 && !body.contains("served-by-porthole"); ++attempt) {
            QThread::msleep(100);
            body = runProgram(QStringLiteral("busybox"), {QStringLiteral("wget"), QStringLiteral("-q"), QStringLiteral("-O"), QStringLiteral("-"),
                                                          QStringLiteral("http://127.0.0.1:%1/").arg(port)}, {}, 5000).out;
        }
        QCOMPARE(body.trimmed(), QByteArray("served-by-porthole"));
        QCOMPARE(text(cli(store, {QStringLiteral("port"), QStringLiteral("httpd")}).out), QStringLiteral("80/tcp -> 127.0.0.1:%1").arg(port));
        QVERIFY(cli(store, {QStringLiteral("ps")}).out.contains(QStringLiteral("127.0.0.1:%1->80/tcp").arg(port).toUtf8()));
        // After the container stops, nothing answers there.
        QCOMPARE(cli(store, {QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("httpd")}).exitCode, 0);
        const RunResult after = runProgram(QStringLiteral("busybox"), {QStringLiteral("wget"), QStringLiteral("-q"), QStringLiteral("-T"), QStringLiteral("2"),
                                                                       QStringLiteral("-O"), QStringLiteral("-"), QStringLiteral("http://127.0.0.1:%1/").arg(port)});
        QVERIFY(after.exitCode != 0);
    }

    void noneAndHostModes()
    {
        TempStore store;
        prepareImage(store);
        const RunResult none = cli(store, {QStringLiteral("run"), QStringLiteral("--rm"), QStringLiteral("--network"), QStringLiteral("none"),
                                                QStringLiteral("busybox"), QStringLiteral("ls"), QStringLiteral("/sys/class/net")});
        QCOMPARE(text(none.out), QStringLiteral("lo"));
        const RunResult host = cli(store, {QStringLiteral("run"), QStringLiteral("--rm"), QStringLiteral("--network"), QStringLiteral("host"),
                                                QStringLiteral("busybox"), QStringLiteral("ls"), QStringLiteral("/sys/class/net")});
        QSet<QString> inside;
        for (const QString &name : text(host.out).split(QRegularExpression(QStringLiteral("\\s+"))))
            inside.insert(name);
        QVERIFY2(inside.contains(QDir(QStringLiteral("/sys/class/net")).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System).first()),
                 host.out.constData());
        QVERIFY(inside.size() > 1);
        QCOMPARE(cli(store, {QStringLiteral("run"), QStringLiteral("--network"), QStringLiteral("none"), QStringLiteral("-p"),
                                  QStringLiteral("80:80"), QStringLiteral("busybox"), QStringLiteral("true")}).exitCode, 125);
    }

    void badInputChangesNothing()
    {
        TempStore store;
        prepareImage(store);
        const struct {
            QStringList args;
            QByteArray message;
        } cases[] = {
            {{QStringLiteral("--subnet"), QStringLiteral("nonsense"), QStringLiteral("n1")}, "invalid CIDR address: nonsense"},
            {{QStringLiteral("--subnet"), QStringLiteral("10.201.0.1/16"), QStringLiteral("n1")}, "has host bits set"},
            {{QStringLiteral("--subnet"), QStringLiteral("10.201.0.0/31"), QStringLiteral("n1")}, "too small"},
            {{QStringLiteral("--subnet"), QStringLiteral("10.201.0.0/24"), QStringLiteral("--gateway"), QStringLiteral("10.9.9.9"), QStringLiteral("n1")},
             "not a usable address"},
            {{QStringLiteral("bridge")}, "already exists"},
            {{QStringLiteral("-d"), QStringLiteral("macvlan"), QStringLiteral("n1")}, "only bridge"},
            {{QStringLiteral("bad/name")}, "invalid network name"},
        };
        for (const auto &bad : cases) {
            const RunResult made = cli(store, QStringList{QStringLiteral("network"), QStringLiteral("create")} + bad.args);
            QVERIFY2(made.exitCode != 0 && made.err.contains(bad.message), made.err.constData());
            QCOMPARE(made.err.count('\n'), 1);
        }
        QCOMPARE(QDir(store.paths.root + QStringLiteral("/networks")).entryList(QDir::Files).size(), 1); // only the default
        const RunResult overlap = cli(store, {QStringLiteral("network"), QStringLiteral("create"), QStringLiteral("--subnet"),
                                                   inspectDefaultSubnet(store), QStringLiteral("n2")});
        QVERIFY2(overlap.exitCode != 0 && overlap.err.contains("overlaps network porthole"), overlap.err.constData());
        const RunResult removeDefault = cli(store, {QStringLiteral("network"), QStringLiteral("rm"), QStringLiteral("porthole")});
        QVERIFY(removeDefault.exitCode != 0 && removeDefault.err.contains("default network"));
        const RunResult unknown = cli(store, {QStringLiteral("run"), QStringLiteral("--network"), QStringLiteral("nowhere"),
                                                   QStringLiteral("busybox"), QStringLiteral("true")});
        QVERIFY(unknown.exitCode == 125 && unknown.err.contains("network nowhere not found"));
        QCOMPARE(text(cli(store, {QStringLiteral("ps"), QStringLiteral("-aq")}).out), QString());
        for (const QString &publish : {QStringLiteral("99999:80"), QStringLiteral("80:80/sctp"), QStringLiteral("1.2.3:80:80"), QStringLiteral("8000-8001:80")}) {
            const RunResult badPort = cli(store, {QStringLiteral("create"), QStringLiteral("-p"), publish, QStringLiteral("busybox")});
            QVERIFY2(badPort.exitCode == 125 && badPort.err.count('\n') == 1, badPort.err.constData());
        }
        QCOMPARE(text(cli(store, {QStringLiteral("ps"), QStringLiteral("-aq")}).out), QString());
    }

    // A full pool, or a missing plugin: a clear error, the container stays
    // created, and no namespace, veth or address is left behind.
    void failuresLeaveNothing()
    {
        TempStore store;
        prepareImage(store);
        const QString tiny = uniqueName(QStringLiteral("tiny"));
        const QString subnet = freshSubnet().replace(QStringLiteral(".0/24"), QStringLiteral(".0/30")); // one address beside the gateway
        QCOMPARE(createNetwork(store, tiny, subnet), QString());
        QCOMPARE(cli(store, {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), QStringLiteral("first"),
                                  QStringLiteral("--network"), tiny, QStringLiteral("busybox"), QStringLiteral("sleep"), QStringLiteral("60")}).exitCode, 0);
        const QStringList namespacesBefore = storeNamespaces(store);
        const QStringList vethsBefore = storeBridgePorts(store);
        const QStringList heldBefore = heldAddresses(store);
        QCOMPARE(heldBefore.size(), 1);
        QCOMPARE(cli(store, {QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("second"), QStringLiteral("--network"), tiny,
                                  QStringLiteral("busybox"), QStringLiteral("sleep"), QStringLiteral("60")}).exitCode, 0);
        const RunResult full = cli(store, {QStringLiteral("start"), QStringLiteral("second")});
        QVERIFY2(full.exitCode != 0 && full.err.contains("no IP addresses available"), full.err.constData());
        QCOMPARE(full.err.count('\n'), 2); // the cause, then Docker's "failed to start containers: second"
        QCOMPARE(inspectField(store, QStringLiteral("second"), QStringLiteral(".State.Status")), QStringLiteral("created"));

        qputenv("PORTHOLE_CNI_PATH", QFile::encodeName(store.dir() + QStringLiteral("/no-plugins")));
        const RunResult missing = cli(store, {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), QStringLiteral("third"),
                                                   QStringLiteral("busybox"), QStringLiteral("sleep"), QStringLiteral("60")});
        qunsetenv("PORTHOLE_CNI_PATH");
        QVERIFY2(missing.exitCode != 0 && missing.err.contains("install containernetworking-plugins"), missing.err.constData());
        QCOMPARE(inspectField(store, QStringLiteral("third"), QStringLiteral(".State.Status")), QStringLiteral("created"));

        QCOMPARE(storeNamespaces(store), namespacesBefore);
        QCOMPARE(storeBridgePorts(store), vethsBefore);
        QCOMPARE(heldAddresses(store), heldBefore);
        // With the address free again, the same container starts.
        QCOMPARE(cli(store, {QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("first")}).exitCode, 0);
        QCOMPARE(cli(store, {QStringLiteral("start"), QStringLiteral("second")}).exitCode, 0);
        QCOMPARE(inspectField(store, QStringLiteral("second"), QStringLiteral(".State.Status")), QStringLiteral("running"));
    }

    void runRmCyclesLeakNothing()
    {
        TempStore store;
        prepareImage(store);
        const QString net = uniqueName(QStringLiteral("cycle"));
        QCOMPARE(createNetwork(store, net, freshSubnet()), QString());
        const QStringList namespacesBefore = storeNamespaces(store);
        const QStringList vethsBefore = storeBridgePorts(store);
        const int cycles = qEnvironmentVariableIntValue("PORTHOLE_NETWORK_CYCLES") > 0 ? qEnvironmentVariableIntValue("PORTHOLE_NETWORK_CYCLES") : 200;
        for (int i = 0; i < cycles; ++i) {
            const RunResult run = cli(store, {QStringLiteral("run"), QStringLiteral("--rm"), QStringLiteral("--network"), net,
                                                   QStringLiteral("busybox"), QStringLiteral("true")});
            QVERIFY2(run.exitCode == 0, qPrintable(QStringLiteral("cycle %1: %2").arg(i).arg(QString::fromUtf8(run.err))));
        }
        QCOMPARE(text(cli(store, {QStringLiteral("ps"), QStringLiteral("-aq")}).out), QString());
        QCOMPARE(storeNamespaces(store), namespacesBefore);
        QCOMPARE(storeBridgePorts(store), vethsBefore);
        QCOMPARE(heldAddresses(store), QStringList());
    }

    void parallelStartsNeverShareAnAddress()
    {
        TempStore store;
        prepareImage(store);
        const QString net = uniqueName(QStringLiteral("crowd"));
        QCOMPARE(createNetwork(store, net, freshSubnet()), QString());
        QList<QProcess *> runs;
        for (int i = 0; i < 20; ++i) {
            auto *process = new QProcess(this);
            process->start(QStringLiteral(PORTHOLE_BIN),
                           {QStringLiteral("--root"), store.paths.root, QStringLiteral("--runroot"), store.paths.runRoot, QStringLiteral("run"),
                            QStringLiteral("-d"), QStringLiteral("--name"), QStringLiteral("p%1").arg(i), QStringLiteral("--network"), net,
                            QStringLiteral("busybox"), QStringLiteral("sleep"), QStringLiteral("120")});
            runs.append(process);
        }
        for (QProcess *process : std::as_const(runs)) {
            QVERIFY(process->waitForFinished(120000));
            QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
            delete process;
        }
        QSet<QString> addresses;
        for (int i = 0; i < 20; ++i)
            addresses.insert(inspectField(store, QStringLiteral("p%1").arg(i), QStringLiteral(".NetworkSettings.IPAddress")));
        QCOMPARE(addresses.size(), 20);
        QVERIFY(!addresses.contains(QString()));
        QCOMPARE(heldAddresses(store).size(), 20);
    }

    // network rm killed after it recorded the removal and before the bridge
    // went: the network is gone at once, system check names the left bridge
    // and --repair removes it; killed again, the next ps collects it, and a
    // network of the same name can be made again.
    void killedNetworkRemovalLeavesNoBridge()
    {
        TempStore store;
        const QString name = uniqueName(QStringLiteral("gone"));
        for (const QString &collector : {QStringLiteral("system check --repair"), QStringLiteral("ps -a")}) {
            QCOMPARE(createNetwork(store, name, freshSubnet()), QString());
            const QString bridge = bridgeOf(store, name);
            QVERIFY(!bridge.isEmpty());
            // The bridge as the first container's start makes it.
            QCOMPARE(runProgram(QStringLiteral("ip"), {QStringLiteral("link"), QStringLiteral("add"), QStringLiteral("name"), bridge,
                                                       QStringLiteral("type"), QStringLiteral("bridge")}).exitCode, 0);
            QCOMPARE(killNetworkRemovalAtBridge(store, name), QString());
            QVERIFY(QFileInfo::exists(QStringLiteral("/sys/class/net/") + bridge));
            const RunResult listed = cli(store, {QStringLiteral("network"), QStringLiteral("ls")});
            QCOMPARE(listed.exitCode, 0);
            QVERIFY2(!listed.out.contains(name.toUtf8()), listed.out.constData());
            if (collector.startsWith(QLatin1String("system"))) {
                const RunResult found = cli(store, {QStringLiteral("system"), QStringLiteral("check")});
                QCOMPARE(found.exitCode, 1);
                QVERIFY2(found.out.contains("removal was interrupted") && found.out.contains(bridge.toUtf8()), found.out.constData());
                QVERIFY(QFileInfo::exists(QStringLiteral("/sys/class/net/") + bridge)); // a check alone changes nothing
            }
            const RunResult collected = cli(store, collector.split(QLatin1Char(' ')));
            QVERIFY2(collected.exitCode == 0, qPrintable(text(collected.out) + text(collected.err)));
            QVERIFY2(!QFileInfo::exists(QStringLiteral("/sys/class/net/") + bridge), qPrintable(bridge));
            QVERIFY(QDir(store.paths.root + QStringLiteral("/networks/removing")).isEmpty());
            QVERIFY(!QFileInfo::exists(store.paths.runRoot + QStringLiteral("/cni-ipam/") + name));
            const RunResult clean = cli(store, {QStringLiteral("system"), QStringLiteral("check")});
            QVERIFY2(clean.exitCode == 0, qPrintable(text(clean.out) + text(clean.err)));
        }
        QCOMPARE(createNetwork(store, name, freshSubnet()), QString());
        QCOMPARE(cli(store, {QStringLiteral("network"), QStringLiteral("rm"), name}).exitCode, 0);
    }

private:
    static QString inspectDefaultSubnet(const TempStore &store)
    {
        const QJsonArray config = QJsonDocument::fromJson(cli(store, {QStringLiteral("network"), QStringLiteral("inspect"), QStringLiteral("-f"),
                                                                           QStringLiteral("{{json .IPAM.Config}}"), QStringLiteral("porthole")}).out).array();
        return config.first().toObject().value(QLatin1String("Subnet")).toString();
    }
};

QTEST_GUILESS_MAIN(TestNetwork)
#include "tst_network.moc"
