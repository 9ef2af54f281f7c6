// Pure parts of networking: subnets and routes, the choice of a free subnet
// and bridge name, the CNI configuration and what each plugin gets on stdin,
// CNI results and errors, -p parsing, /etc/hosts, and the OCI spec's
// network namespace.
#include "network/cni.h"
#include "containers/containerrecord.h"
#include "containers/networkhosts.h"
#include "network/ipv4.h"
#include "network/networkconfig.h"
#include "network/portmapping.h"
#include "layers/rootfs.h"
#include "runtime/runtimespec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace porthole;

namespace {

Ipv4Subnet subnet(const char *text)
{
    return parseSubnet(QString::fromLatin1(text)).value();
}

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

} // namespace

class TestNetworkConfig : public QObject {
    Q_OBJECT
private slots:
    void subnetsParseAndOverlap()
    {
        QCOMPARE(subnet("10.89.0.0/16").toString(), QStringLiteral("10.89.0.0/16"));
        QCOMPARE(ipv4ToString(subnet("10.89.0.0/16").broadcast()), QStringLiteral("10.89.255.255"));
        QVERIFY(subnet("10.0.0.0/8").overlaps(subnet("10.89.3.0/24")));
        QVERIFY(subnet("10.89.3.0/24").overlaps(subnet("10.0.0.0/8")));
        QVERIFY(!subnet("10.89.0.0/16").overlaps(subnet("10.90.0.0/16")));
        QVERIFY(subnet("0.0.0.0/0").overlaps(subnet("192.168.1.0/24")));
        for (const char *bad : {"10.0.0.0", "10.0.0/8", "10.0.0.256/24", "10.0.0.0/33", "a.b.c.d/8", "10.0.0.1/24", ""})
            QVERIFY2(!parseSubnet(QString::fromLatin1(bad)), bad);
        QVERIFY(parseSubnet(QStringLiteral("10.0.0.1/24")).error().message.contains(QLatin1String("10.0.0.0/24")));
    }

    void hostRoutesFromProcNetRoute()
    {
        // As the kernel prints it: little-endian hex.
        const QByteArray table =
            "Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT\n"
            "eth0\t00000000\t010200C0\t0003\t0\t0\t0\t00000000\t0\t0\t0\n"
            "eth0\t000200C0\t00000000\t0001\t0\t0\t0\t00FFFFFF\t0\t0\t0\n"
            "docker0\t000011AC\t00000000\t0001\t0\t0\t0\t0000FFFF\t0\t0\t0\n";
        const QList<Ipv4Subnet> routes = parseProcNetRoute(table);
        QCOMPARE(routes.size(), 2);
        QCOMPARE(routes.at(0).toString(), QStringLiteral("192.0.2.0/24"));
        QCOMPARE(routes.at(1).toString(), QStringLiteral("172.17.0.0/16"));
    }

    void freeSubnetAvoidsRoutesAndDefaultsOfOthers()
    {
        QCOMPARE(chooseFreeSubnet({}).value().toString(), QStringLiteral("10.89.0.0/16"));
        QCOMPARE(chooseFreeSubnet({subnet("10.89.4.0/24")}).value().toString(), QStringLiteral("10.90.0.0/16"));
        QCOMPARE(chooseFreeSubnet({subnet("10.89.0.0/16"), subnet("10.90.0.0/16")}).value().toString(), QStringLiteral("10.91.0.0/16"));
        // A host route over all of 10/8: the 172.18-31 ones, never Docker's 172.17.
        QCOMPARE(chooseFreeSubnet({subnet("10.0.0.0/8")}).value().toString(), QStringLiteral("172.18.0.0/16"));
        QVERIFY(!chooseFreeSubnet({subnet("10.0.0.0/8"), subnet("172.16.0.0/12")}));
        for (const Ipv4Subnet &reserved : reservedSubnets())
            QVERIFY(QStringList({QStringLiteral("172.17.0.0/16"), QStringLiteral("10.88.0.0/16")}).contains(reserved.toString()));
    }

    void bridgeNamesAndGateways()
    {
        QCOMPARE(chooseBridgeName({}), QStringLiteral("porthole0"));
        QCOMPARE(chooseBridgeName({QStringLiteral("porthole0"), QStringLiteral("porthole2")}), QStringLiteral("porthole1"));
        QCOMPARE(ipv4ToString(gatewayFor(subnet("10.89.0.0/16"), {}).value()), QStringLiteral("10.89.0.1"));
        QCOMPARE(ipv4ToString(gatewayFor(subnet("10.89.0.0/16"), QStringLiteral("10.89.7.7")).value()), QStringLiteral("10.89.7.7"));
        QVERIFY(!gatewayFor(subnet("10.89.0.0/16"), QStringLiteral("10.90.0.1")));
        QVERIFY(!gatewayFor(subnet("10.89.0.0/16"), QStringLiteral("10.89.0.0")));
        QVERIFY(!gatewayFor(subnet("10.89.0.0/16"), QStringLiteral("10.89.255.255")));
        QVERIFY(!gatewayFor(subnet("10.89.0.0/31"), {}));
    }

    void networkRecordRoundTrips()
    {
        NetworkConfig network;
        network.name = QStringLiteral("lab");
        network.id = QString(64, QLatin1Char('a'));
        network.bridge = QStringLiteral("porthole3");
        network.subnet = subnet("10.99.0.0/16");
        network.gateway = network.subnet.network + 1;
        network.created = QDateTime::currentDateTimeUtc();
        const NetworkConfig back = NetworkConfig::fromJson(network.toJson()).value();
        QCOMPARE(back.name, network.name);
        QCOMPARE(back.subnet, network.subnet);
        QCOMPARE(back.gateway, network.gateway);
        QCOMPARE(back.bridge, network.bridge);
        QVERIFY(!NetworkConfig::fromJson(json(R"({"Name":"x","Id":"short","Bridge":"b","Subnet":"10.0.0.0/8","Gateway":"10.0.0.1"})")));
    }

    void cniConfigAndPluginInput()
    {
        NetworkConfig network;
        network.name = QStringLiteral("lab");
        network.bridge = QStringLiteral("porthole3");
        network.subnet = subnet("10.99.0.0/16");
        network.gateway = network.subnet.network + 1;
        const QJsonObject list = cniConfigList(network, QStringLiteral("/run/x/cni-ipam"));
        const QJsonArray plugins = list.value(QLatin1String("plugins")).toArray();
        QCOMPARE(plugins.size(), 3);
        QCOMPARE(plugins.at(0).toObject().value(QLatin1String("type")).toString(), QStringLiteral("bridge"));
        const QJsonObject ipam = plugins.at(0).toObject().value(QLatin1String("ipam")).toObject();
        QCOMPARE(ipam.value(QLatin1String("type")).toString(), QStringLiteral("host-local"));
        QCOMPARE(ipam.value(QLatin1String("dataDir")).toString(), QStringLiteral("/run/x/cni-ipam"));
        QCOMPARE(ipam.value(QLatin1String("ranges")).toArray().at(0).toArray().at(0).toObject().value(QLatin1String("subnet")).toString(),
                 QStringLiteral("10.99.0.0/16"));
        QCOMPARE(plugins.at(2).toObject().value(QLatin1String("ingressPolicy")).toString(), QStringLiteral("same-bridge"));

        const QJsonObject runtimeConfig{{QLatin1String("portMappings"), QJsonArray{QJsonObject{{QLatin1String("hostPort"), 8080}}}},
                                        {QLatin1String("bandwidth"), QJsonObject()}};
        const QJsonObject first = cniPluginInput(list, 0, {}, runtimeConfig);
        QCOMPARE(first.value(QLatin1String("cniVersion")).toString(), QStringLiteral("1.0.0"));
        QCOMPARE(first.value(QLatin1String("name")).toString(), QStringLiteral("lab"));
        QVERIFY(!first.contains(QLatin1String("prevResult")));
        QVERIFY(!first.contains(QLatin1String("runtimeConfig"))); // bridge's one capability, ips, was not given
        // --ip reaches host-local (through bridge) as runtimeConfig.ips.
        const QJsonObject withIp = cniPluginInput(list, 0, {}, {{QLatin1String("ips"), QJsonArray{QStringLiteral("10.99.0.7")}}});
        QCOMPARE(withIp.value(QLatin1String("runtimeConfig")).toObject().value(QLatin1String("ips")).toArray().at(0).toString(), QStringLiteral("10.99.0.7"));
        // eth0 carries the default route; a further network's interface only its subnet.
        QVERIFY(ipam.contains(QLatin1String("routes")));
        QVERIFY(!cniConfigList(network, QStringLiteral("/run/x/cni-ipam"), CniRoute::SubnetOnly).value(QLatin1String("plugins")).toArray()
                     .at(0).toObject().value(QLatin1String("ipam")).toObject().contains(QLatin1String("routes")));
        const QJsonObject prev{{QLatin1String("cniVersion"), QStringLiteral("1.0.0")}};
        const QJsonObject portmap = cniPluginInput(list, 1, prev, runtimeConfig);
        QCOMPARE(portmap.value(QLatin1String("prevResult")).toObject(), prev);
        QVERIFY(!portmap.contains(QLatin1String("capabilities")));
        const QJsonObject given = portmap.value(QLatin1String("runtimeConfig")).toObject();
        QCOMPARE(given.keys(), QStringList{QStringLiteral("portMappings")}); // only what it is capable of
    }

    void cniResultsAndErrors()
    {
        const QJsonObject result = json(R"({"cniVersion":"1.0.0",
            "interfaces":[{"name":"porthole0","mac":"aa:aa:aa:aa:aa:aa"},{"name":"veth1","mac":"bb:bb:bb:bb:bb:bb"},
                          {"name":"eth0","mac":"56:69:7d:10:d8:80","sandbox":"/run/netns/p"}],
            "ips":[{"address":"fd00::2/64","interface":2},{"address":"10.89.0.2/16","gateway":"10.89.0.1","interface":2}]})");
        const CniAttachment attachment = parseCniResult(result, QStringLiteral("eth0")).value();
        QCOMPARE(attachment.address, QStringLiteral("10.89.0.2"));
        QCOMPARE(attachment.prefixLength, 16);
        QCOMPARE(attachment.gateway, QStringLiteral("10.89.0.1"));
        QCOMPARE(attachment.macAddress, QStringLiteral("56:69:7d:10:d8:80"));
        QVERIFY(!parseCniResult(json(R"({"interfaces":[],"ips":[]})"), QStringLiteral("eth0")));

        QCOMPARE(cniErrorText(QStringLiteral("bridge"),
                              R"({"code":999,"msg":"failed to allocate for range 0","details":"no IP addresses available"})", {}, 1),
                 QStringLiteral("CNI plugin bridge: failed to allocate for range 0: no IP addresses available"));
        QCOMPARE(cniErrorText(QStringLiteral("portmap"), "not json", "line one\nthe reason\n", 1), QStringLiteral("CNI plugin portmap: the reason"));
        QCOMPARE(cniErrorText(QStringLiteral("firewall"), {}, {}, 2), QStringLiteral("CNI plugin firewall: exited with status 2"));
    }

    void publishSpecs()
    {
        const PortBinding full = parsePublish(QStringLiteral("127.0.0.1:8080:80/udp")).value();
        QCOMPARE(full.hostIp, QStringLiteral("127.0.0.1"));
        QCOMPARE(full.hostPort, quint16(8080));
        QCOMPARE(full.containerPort, quint16(80));
        QCOMPARE(full.protocol, QStringLiteral("udp"));
        QCOMPARE(full.toText(), QStringLiteral("127.0.0.1:8080->80/udp"));
        const PortBinding plain = parsePublish(QStringLiteral("8080:80")).value();
        QCOMPARE(plain.toText(), QStringLiteral("0.0.0.0:8080->80/tcp"));
        QCOMPARE(parsePublish(QStringLiteral("80")).value().hostPort, quint16(0));
        QCOMPARE(parsePublish(QStringLiteral("127.0.0.1::80")).value().hostPort, quint16(0));
        for (const char *bad : {"", "0:80", "8080:70000", "a:80", "1:2:3:4", "8080:80/sctp", "300.1.1.1:80:80", "8000-8001:80"})
            QVERIFY2(!parsePublish(QString::fromLatin1(bad)), bad);
        const QJsonArray forCni = portMappingsForCni({full, plain});
        QCOMPARE(forCni.at(0).toObject().value(QLatin1String("hostIP")).toString(), QStringLiteral("127.0.0.1"));
        QVERIFY(!forCni.at(1).toObject().contains(QLatin1String("hostIP")));
        QCOMPARE(PortBinding::fromJson(full.toJson()), full);
    }

    void networkStateRoundTrips()
    {
        ContainerRuntimeState state;
        state.network.namespaceName = QStringLiteral("porthole-abc");
        state.network.network = QStringLiteral("lab");
        state.network.address = QStringLiteral("10.99.0.2");
        state.network.prefixLength = 16;
        state.network.ports = {parsePublish(QStringLiteral("8080:80")).value()};
        state.network.cniResult = json(R"({"cniVersion":"1.0.0"})");
        const ContainerRuntimeState back = ContainerRuntimeState::fromJson(state.toJson());
        QCOMPARE(back.network.namespaceName, state.network.namespaceName);
        QCOMPARE(back.network.address, state.network.address);
        QCOMPARE(back.network.ports, state.network.ports);
        QCOMPARE(back.network.cniResult, state.network.cniResult);
        QVERIFY(!ContainerRuntimeState::fromJson(ContainerRuntimeState().toJson()).network.isConnected());
        // A second network's interface, and a config naming it.
        state.network.extra.append(NetworkAttachment{QStringLiteral("back"), QStringLiteral("id2"), QStringLiteral("eth1")});
        state.network.extra.last().address = QStringLiteral("10.98.0.5");
        const ContainerNetworkState two = ContainerRuntimeState::fromJson(state.toJson()).network;
        QCOMPARE(two.attachments().size(), 2);
        QCOMPARE(two.on(QStringLiteral("id2"))->ifName, QStringLiteral("eth1"));
        QCOMPARE(two.on(QStringLiteral("back"))->address, QStringLiteral("10.98.0.5"));
        QCOMPARE(two.on(QStringLiteral("lab"))->address, QStringLiteral("10.99.0.2"));
        QVERIFY(!two.on(QStringLiteral("elsewhere")));
        ContainerConfig config;
        config.id = QString(64, QLatin1Char('a'));
        config.extraNetworks.append({QStringLiteral("back"), {QStringLiteral("db")}, QStringLiteral("10.98.0.5")});
        const ContainerConfig again = ContainerConfig::fromJson(config.toJson()).value();
        QCOMPARE(again.extraNetworks.size(), 1);
        QCOMPARE(aliasesOn(again, QStringLiteral("back")), QStringList{QStringLiteral("db")});
        QCOMPARE(requestedAddressOn(again, QStringLiteral("back")), QStringLiteral("10.98.0.5"));
    }

    // Names on user networks: each peer on a shared user network by name,
    // aliases there and short id, once; none on the default network.
    void hostsFileListsPeersOnSharedUserNetworks()
    {
        auto container = [](char id, const QString &name, const QList<NetworkAttachment> &attachments) {
            ContainerRecord record;
            record.config.id = QString(64, QLatin1Char(id));
            record.config.name = name;
            record.config.hostname = record.config.id.left(12);
            record.config.networkMode = attachments.first().network;
            record.state.network.namespaceName = QStringLiteral("ns-") + name;
            static_cast<NetworkAttachment &>(record.state.network) = attachments.first();
            record.state.network.extra = attachments.mid(1);
            return record;
        };
        auto on = [](const char *network, const char *address, const char *ifName = "eth0") {
            NetworkAttachment attachment{QString::fromLatin1(network), QStringLiteral("id-") + QString::fromLatin1(network), QString::fromLatin1(ifName)};
            attachment.address = QString::fromLatin1(address);
            return attachment;
        };
        ContainerRecord web = container('a', QStringLiteral("web"), {on("front", "10.1.0.2"), on("back", "10.2.0.2", "eth1")});
        web.config.networkAliases = {QStringLiteral("www")};
        web.config.extraNetworks = {{QStringLiteral("back"), {QStringLiteral("api")}, {}}};
        const ContainerRecord db = container('b', QStringLiteral("db"), {on("back", "10.2.0.3")});
        const ContainerRecord lone = container('c', QStringLiteral("lone"), {on("porthole", "10.3.0.2"), on("other", "10.4.0.2", "eth1")});
        const ContainerRecord bridged = container('d', QStringLiteral("bridged"), {on("porthole", "10.3.0.3")});
        const QList<ContainerRecord> all{web, db, lone, bridged};

        const QByteArray forDb = networkHostsFile(db, all);
        QVERIFY(forDb.contains("10.2.0.3\tbbbbbbbbbbbb db\n")); // itself
        QVERIFY2(forDb.endsWith("10.2.0.3\tbbbbbbbbbbbb db\n10.2.0.2\tweb api aaaaaaaaaaaa\n"), forDb.constData()); // web's back address and alias only
        const QByteArray forWeb = networkHostsFile(web, all);
        QVERIFY2(forWeb.endsWith("10.1.0.2\taaaaaaaaaaaa web\n10.2.0.3\tdb bbbbbbbbbbbb\n"), forWeb.constData());
        QVERIFY(!networkHostsFile(bridged, all).contains("lone")); // the default network has no names
        QVERIFY(!networkHostsFile(lone, all).contains("bridged"));
    }

    // In place, so a bind mount keeps seeing it; never empty or cut meanwhile.
    void hostsRewrittenInPlace()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("hosts"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("127.0.0.1\tlocalhost\n10.0.0.9\ta-long-peer-name another-alias\n");
        file.close();
        const auto inode = [&] {
            struct stat st{};
            return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_ino : ino_t(0);
        };
        const auto before = inode();
        QVERIFY(rewriteInPlace(path, "127.0.0.1\tlocalhost\n"));
        QCOMPARE(inode(), before);
        QFile shorter(path);
        QVERIFY(shorter.open(QIODevice::ReadOnly));
        QCOMPARE(shorter.readAll(), QByteArray("127.0.0.1\tlocalhost\n"));
        QVERIFY(rewriteInPlace(path, "127.0.0.1\tlocalhost\n10.0.0.10\tb\n10.0.0.11\tc\n"));
        QFile longer(path);
        QVERIFY(longer.open(QIODevice::ReadOnly));
        QCOMPARE(longer.readAll(), QByteArray("127.0.0.1\tlocalhost\n10.0.0.10\tb\n10.0.0.11\tc\n"));
        QVERIFY(!rewriteInPlace(dir.filePath(QStringLiteral("missing")), "x"));
    }

    void hostsFileHoldsNameAndAddress()
    {
        const QByteArray hosts = containerHosts(QStringLiteral("17eac92c9057"), QStringLiteral("web"), QStringLiteral("10.89.0.2"));
        QVERIFY(hosts.startsWith("127.0.0.1\tlocalhost\n"));
        QVERIFY(hosts.endsWith("10.89.0.2\t17eac92c9057 web\n"));
        QVERIFY(containerHosts(QStringLiteral("h"), QStringLiteral("h"), {}).endsWith("127.0.1.1\th\n"));
    }

    void specJoinsTheNamespaceOrNone()
    {
        auto networkNamespaces = [](const RuntimeSpecInput &input) {
            QJsonArray found;
            for (const auto &ns : buildRuntimeSpec(input).value(QLatin1String("linux")).toObject().value(QLatin1String("namespaces")).toArray())
                if (ns.toObject().value(QLatin1String("type")).toString() == QLatin1String("network"))
                    found.append(ns);
            return found;
        };
        RuntimeSpecInput input;
        QCOMPARE(networkNamespaces(input).size(), 1);
        QVERIFY(!networkNamespaces(input).at(0).toObject().contains(QLatin1String("path")));
        input.networkNamespace = QStringLiteral("/run/netns/porthole-abc");
        QCOMPARE(networkNamespaces(input).at(0).toObject().value(QLatin1String("path")).toString(), input.networkNamespace);
        input.networkNamespace.clear();
        input.hostNetwork = true;
        QCOMPARE(networkNamespaces(input).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestNetworkConfig)
#include "tst_networkconfig.moc"
