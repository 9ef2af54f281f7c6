// network connect/disconnect through the real CNI plugins, driven by the
// real porthole binary: a running container gets a second interface (eth1)
// and an address of the other network, then loses them; a created one has
// the change recorded and joins at start; names on user networks follow
// (a late joiner and a restarted container are found by name, alias and
// short id without restarting the others). Needs root. Each test uses its
// own store and subnets; TempStore removes namespaces and bridges even when
// a test fails.
#include "testsupport.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>

using namespace testsupport;

namespace {

RunResult cli(const TempStore &store, const QStringList &args)
{
    return runPorthole(store, args);
}

QString text(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes).trimmed();
}

// A /24 of 10.150-199.N.0 no other test of this run uses; its first three parts.
QString freshPrefix()
{
    static int counter = 0;
    return QStringLiteral("10.%1.%2").arg(150 + QRandomGenerator::global()->bounded(50)).arg((QCoreApplication::applicationPid() + counter++) % 250);
}

QString field(const TempStore &store, const QString &name, const QString &format)
{
    return text(cli(store, {QStringLiteral("inspect"), QStringLiteral("-f"), format, name}).out);
}

// The address `ping` resolved a name to inside a container, "" when it could not.
QString resolvedBy(const TempStore &store, const QString &container, const QString &name)
{
    const RunResult ping = cli(store, {QStringLiteral("exec"), container, QStringLiteral("ping"), QStringLiteral("-c"), QStringLiteral("1"),
                                       QStringLiteral("-W"), QStringLiteral("2"), name});
    if (ping.exitCode != 0)
        return {};
    return QRegularExpression(QStringLiteral("^PING \\S+ \\(([0-9.]+)\\)")).match(QString::fromUtf8(ping.out)).captured(1);
}

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

QStringList interfaces(const TempStore &store, const QString &container)
{
    const RunResult ip = cli(store, {QStringLiteral("exec"), container, QStringLiteral("ip"), QStringLiteral("-4"), QStringLiteral("-o"),
                                     QStringLiteral("addr"), QStringLiteral("show")});
    QStringList found; // "eth1 10.150.3.77/24"
    for (const QString &line : QString::fromUtf8(ip.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList parts = line.simplified().split(QLatin1Char(' '));
        if (parts.size() > 3 && parts.at(1) != QLatin1String("lo"))
            found.append(parts.at(1) + QLatin1Char(' ') + parts.at(3));
    }
    return found;
}

} // namespace

class TestNetworkConnect : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { REQUIRE_ROOT(); }

    void runningContainerJoinsAndLeaves()
    {
        TempStore store;
        QCOMPARE(cli(store, {QStringLiteral("image"), QStringLiteral("build-busybox")}).exitCode, 0);
        const QString front = freshPrefix(), back = freshPrefix();
        QCOMPARE(cli(store, {QStringLiteral("network"), QStringLiteral("create"), QStringLiteral("--subnet"), front + QStringLiteral(".0/24"),
                             QStringLiteral("front")}).exitCode, 0);
        QCOMPARE(cli(store, {QStringLiteral("network"), QStringLiteral("create"), QStringLiteral("--subnet"), back + QStringLiteral(".0/24"),
                             QStringLiteral("back")}).exitCode, 0);
        for (const QString &name : {QStringLiteral("alpha"), QStringLiteral("beta")})
            QCOMPARE(cli(store, {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), name, QStringLiteral("--network"),
                                 name == QLatin1String("alpha") ? QStringLiteral("front") : QStringLiteral("back"), QStringLiteral("busybox"),
                                 QStringLiteral("sleep"), QStringLiteral("300")}).exitCode, 0);
        QCOMPARE(resolvedBy(store, QStringLiteral("alpha"), QStringLiteral("beta")), QString()); // apart: no name

        // beta joins front while it runs: eth1 with the address asked for, its names known to alpha at once.
        const QString wanted = front + QStringLiteral(".77");
        const RunResult joined = cli(store, {QStringLiteral("network"), QStringLiteral("connect"), QStringLiteral("--alias"), QStringLiteral("bee"),
                                             QStringLiteral("--ip"), wanted, QStringLiteral("front"), QStringLiteral("beta")});
        QVERIFY2(joined.exitCode == 0, joined.err.constData());
        const QStringList betaInterfaces = interfaces(store, QStringLiteral("beta"));
        QCOMPARE(betaInterfaces.size(), 2);
        QVERIFY2(betaInterfaces.at(0).startsWith(QStringLiteral("eth0 ") + back + QLatin1Char('.')), qPrintable(betaInterfaces.join(QLatin1Char(','))));
        QCOMPARE(betaInterfaces.at(1), QStringLiteral("eth1 %1/24").arg(wanted));
        QCOMPARE(field(store, QStringLiteral("beta"), QStringLiteral("{{.NetworkSettings.Networks.front.IPAddress}}")), wanted);
        QVERIFY(field(store, QStringLiteral("beta"), QStringLiteral("{{.NetworkSettings.Networks.back.IPAddress}}")).startsWith(back));
        const QString betaId = field(store, QStringLiteral("beta"), QStringLiteral("{{.Id}}")).left(12);
        for (const QString &name : {QStringLiteral("beta"), QStringLiteral("bee"), betaId})
            QCOMPARE(resolvedBy(store, QStringLiteral("alpha"), name), wanted);
        const QString alphaAddress = field(store, QStringLiteral("alpha"), QStringLiteral("{{.NetworkSettings.Networks.front.IPAddress}}"));
        QCOMPARE(resolvedBy(store, QStringLiteral("beta"), QStringLiteral("alpha")), alphaAddress);
        // Its default route stays on its first network.
        QVERIFY(cli(store, {QStringLiteral("exec"), QStringLiteral("beta"), QStringLiteral("ip"), QStringLiteral("route")}).out.contains(QByteArray("default via " + back.toUtf8() + ".1 dev eth0")));
        const QByteArray onFront = cli(store, {QStringLiteral("network"), QStringLiteral("inspect"), QStringLiteral("-f"),
                                               QStringLiteral("{{range .Containers}}{{.Name}} {{end}}"), QStringLiteral("front")}).out;
        QVERIFY2(onFront.contains("alpha") && onFront.contains("beta"), onFront.constData());
        QCOMPARE(text(cli(store, {QStringLiteral("ps"), QStringLiteral("--filter"), QStringLiteral("network=front"), QStringLiteral("--format"),
                                  QStringLiteral("{{.Names}}")}).out).split(QLatin1Char('\n')).size(), 2);

        // alpha restarts (a new address may come): beta finds it again without a restart of its own.
        QCOMPARE(cli(store, {QStringLiteral("restart"), QStringLiteral("-t"), QStringLiteral("0"), QStringLiteral("alpha")}).exitCode, 0);
        const QString alphaAgain = field(store, QStringLiteral("alpha"), QStringLiteral("{{.NetworkSettings.Networks.front.IPAddress}}"));
        QVERIFY(!alphaAgain.isEmpty());
        QCOMPARE(resolvedBy(store, QStringLiteral("beta"), QStringLiteral("alpha")), alphaAgain);
        QCOMPARE(resolvedBy(store, QStringLiteral("alpha"), QStringLiteral("bee")), wanted);

        // Refusals in Docker's words change nothing.
        const struct {
            QStringList args;
            QByteArray message;
        } refusals[] = {
            {{QStringLiteral("connect"), QStringLiteral("front"), QStringLiteral("beta")}, "endpoint with name beta already exists in network front"},
            {{QStringLiteral("connect"), QStringLiteral("nowhere"), QStringLiteral("beta")}, "network nowhere not found"},
            {{QStringLiteral("connect"), QStringLiteral("--ip"), QStringLiteral("10.1.2.3"), QStringLiteral("back"), QStringLiteral("alpha")},
             "no configured subnet or ip-range contain the IP address 10.1.2.3"},
            {{QStringLiteral("connect"), QStringLiteral("--alias"), QStringLiteral("x"), QStringLiteral("bridge"), QStringLiteral("alpha")},
             "network-scoped alias is supported only for containers in user defined networks"},
            {{QStringLiteral("connect"), QStringLiteral("--ip"), wanted, QStringLiteral("front"), QStringLiteral("nobody")}, "No such container: nobody"},
            {{QStringLiteral("disconnect"), QStringLiteral("back"), QStringLiteral("alpha")}, "container alpha is not connected to network back"},
        };
        const QStringList heldBefore = heldAddresses(store);
        for (const auto &bad : refusals) {
            const RunResult refused = cli(store, QStringList{QStringLiteral("network")} + bad.args);
            QVERIFY2(refused.exitCode != 0 && refused.err.contains(bad.message) && refused.err.count('\n') == 1, refused.err.constData());
        }
        QCOMPARE(heldAddresses(store), heldBefore);
        QCOMPARE(interfaces(store, QStringLiteral("alpha")).size(), 1);
        // The address is taken: host-local's refusal, in Docker's words.
        QCOMPARE(cli(store, {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), QStringLiteral("gamma"), QStringLiteral("--network"),
                             QStringLiteral("back"), QStringLiteral("busybox"), QStringLiteral("sleep"), QStringLiteral("300")}).exitCode, 0);
        const RunResult taken = cli(store, {QStringLiteral("network"), QStringLiteral("connect"), QStringLiteral("--ip"), wanted, QStringLiteral("front"),
                                            QStringLiteral("gamma")});
        QVERIFY2(taken.exitCode != 0 && taken.err.contains("Address already in use"), taken.err.constData());
        QCOMPARE(interfaces(store, QStringLiteral("gamma")).size(), 1);
        QCOMPARE(field(store, QStringLiteral("gamma"), QStringLiteral("{{len .NetworkSettings.Networks}}")), QStringLiteral("1"));
        QCOMPARE(heldAddresses(store).size(), heldBefore.size() + 1);

        // beta leaves front while it runs: eth1 and its address go, alpha forgets its names.
        QCOMPARE(cli(store, {QStringLiteral("network"), QStringLiteral("disconnect"), QStringLiteral("front"), QStringLiteral("beta")}).exitCode, 0);
        QCOMPARE(interfaces(store, QStringLiteral("beta")).size(), 1);
        QVERIFY(!heldAddresses(store).contains(QStringLiteral("front/") + wanted));
        QCOMPARE(resolvedBy(store, QStringLiteral("alpha"), QStringLiteral("beta")), QString());
        QCOMPARE(resolvedBy(store, QStringLiteral("alpha"), QStringLiteral("bee")), QString());
        QCOMPARE(field(store, QStringLiteral("beta"), QStringLiteral("{{len .NetworkSettings.Networks}}")), QStringLiteral("1"));

        QCOMPARE(cli(store, {QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("alpha"), QStringLiteral("beta"), QStringLiteral("gamma")}).exitCode, 0);
        QCOMPARE(heldAddresses(store), QStringList());
        QCOMPARE(cli(store, {QStringLiteral("network"), QStringLiteral("rm"), QStringLiteral("front"), QStringLiteral("back")}).exitCode, 0);
    }

    // A created container: the connection is recorded (inspect names both
    // networks), made at start, and made again at each start; rm releases all.
    void createdContainerJoinsAtStart()
    {
        TempStore store;
        QCOMPARE(cli(store, {QStringLiteral("image"), QStringLiteral("build-busybox")}).exitCode, 0);
        const QString front = freshPrefix();
        QCOMPARE(cli(store, {QStringLiteral("network"), QStringLiteral("create"), QStringLiteral("--subnet"), front + QStringLiteral(".0/24"),
                             QStringLiteral("front")}).exitCode, 0);
        QCOMPARE(cli(store, {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), QStringLiteral("server"), QStringLiteral("--network"),
                             QStringLiteral("front"), QStringLiteral("busybox"), QStringLiteral("sleep"), QStringLiteral("300")}).exitCode, 0);
        QCOMPARE(cli(store, {QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("late"), QStringLiteral("busybox"),
                             QStringLiteral("sleep"), QStringLiteral("300")}).exitCode, 0);
        QCOMPARE(cli(store, {QStringLiteral("network"), QStringLiteral("connect"), QStringLiteral("--alias"), QStringLiteral("tardy"),
                             QStringLiteral("front"), QStringLiteral("late")}).exitCode, 0);
        QCOMPARE(field(store, QStringLiteral("late"), QStringLiteral("{{range $k, $v := .NetworkSettings.Networks}}{{$k}} {{end}}")),
                 QStringLiteral("front porthole"));
        QVERIFY(cli(store, {QStringLiteral("ps"), QStringLiteral("-a"), QStringLiteral("--format"), QStringLiteral("{{.Networks}}"), QStringLiteral("--filter"),
                            QStringLiteral("name=late")}).out.startsWith("front,porthole"));
        for (int round = 0; round < 2; ++round) {
            QCOMPARE(cli(store, {QStringLiteral("start"), QStringLiteral("late")}).exitCode, 0);
            const QStringList found = interfaces(store, QStringLiteral("late"));
            QVERIFY2(found.size() == 2 && found.at(1).startsWith(QStringLiteral("eth1 ") + front), qPrintable(found.join(QLatin1Char(','))));
            const QString address = field(store, QStringLiteral("late"), QStringLiteral("{{.NetworkSettings.Networks.front.IPAddress}}"));
            QCOMPARE(resolvedBy(store, QStringLiteral("server"), QStringLiteral("tardy")), address);
            QCOMPARE(resolvedBy(store, QStringLiteral("late"), QStringLiteral("server")),
                     field(store, QStringLiteral("server"), QStringLiteral("{{.NetworkSettings.IPAddress}}")));
            QCOMPARE(cli(store, {QStringLiteral("stop"), QStringLiteral("-t"), QStringLiteral("0"), QStringLiteral("late")}).exitCode, 0);
            QCOMPARE(resolvedBy(store, QStringLiteral("server"), QStringLiteral("tardy")), QString());
        }
        QCOMPARE(heldAddresses(store).size(), 1); // server's
        const RunResult busy = cli(store, {QStringLiteral("network"), QStringLiteral("rm"), QStringLiteral("front")});
        QVERIFY2(busy.exitCode != 0 && busy.err.contains("in use by container"), busy.err.constData());
        // Disconnected while stopped: the next start has its first network only.
        QCOMPARE(cli(store, {QStringLiteral("network"), QStringLiteral("disconnect"), QStringLiteral("front"), QStringLiteral("late")}).exitCode, 0);
        QCOMPARE(cli(store, {QStringLiteral("start"), QStringLiteral("late")}).exitCode, 0);
        QCOMPARE(interfaces(store, QStringLiteral("late")).size(), 1);
        QCOMPARE(cli(store, {QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("late"), QStringLiteral("server")}).exitCode, 0);
        QCOMPARE(heldAddresses(store), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestNetworkConnect)
#include "tst_networkconnect.moc"
