// Pure functions of the engine: hashing, references, --change, the command
// line parser, Docker's human texts, templates, tables, layer path checks.
#include "images/changes.h"
#include "cli/cmdline.h"
#include "cli/commandcontext.h"
#include "cli/gotemplate.h"
#include "cli/spelling.h"
#include "cli/verbs.h"
#include "containers/containeruser.h"
#include "network/firewallrules.h"
#include "network/portmapping.h"
#include "runtime/ociruntime.h"
#include "runtime/runtimeerrors.h"
#include "base/humanize.h"
#include "images/imageconfig.h"
#include "layers/layerpaths.h"
#include "base/parallelhash.h"
#include "base/processmemory.h"
#include "images/reference.h"
#include "base/sha256.h"
#include "base/crc32.h"
#include "base/shellwords.h"
#include "cli/tabwriter.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <cstring>

using namespace porthole;

class TestUnits : public QObject {
    Q_OBJECT
private slots:
    void sha256MatchesReferenceForAllTailLengths()
    {
        QByteArray data(3000, Qt::Uninitialized);
        QRandomGenerator generator(42);
        for (auto &byte : data)
            byte = char(generator.bounded(256));
        for (int length : {0, 1, 55, 56, 63, 64, 65, 119, 120, 127, 128, 1000, 3000}) {
            const QByteArray slice = data.left(length);
            Sha256 hash;
            // Feed in uneven pieces to exercise the block buffer.
            for (int i = 0; i < slice.size(); i += 7)
                hash.addData(slice.mid(i, 7));
            QCOMPARE(hash.result(), QCryptographicHash::hash(slice, QCryptographicHash::Sha256));
        }
        QCOMPARE(Sha256::hexOf("abc"), QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    }

    void crc32IsGzipsInPieces()
    {
        Crc32 whole;
        whole.addData("123456789", 9);
        QCOMPARE(whole.value(), 0xcbf43926u); // the standard check value
        Crc32 pieces;
        for (const char *piece : {"1234", "", "5", "6789"})
            pieces.addData(piece, std::strlen(piece));
        QCOMPARE(pieces.value(), whole.value());
        QCOMPARE(Crc32().value(), 0u);
    }

    void chainIdsFollowTheOciSpec()
    {
        const QString a = QStringLiteral("sha256:") + Sha256::hexOf("a");
        const QString b = QStringLiteral("sha256:") + Sha256::hexOf("b");
        const QString c = QStringLiteral("sha256:") + Sha256::hexOf("c");
        const QStringList chain = chainIds({a, b, c});
        QCOMPARE(chain.size(), 3);
        QCOMPARE(chain.at(0), a);
        QCOMPARE(chain.at(1), QStringLiteral("sha256:") + QString::fromLatin1(QCryptographicHash::hash((a + QStringLiteral(" ") + b).toUtf8(), QCryptographicHash::Sha256).toHex()));
        QCOMPARE(chain.at(2), QStringLiteral("sha256:") + QString::fromLatin1(QCryptographicHash::hash((chain.at(1) + QStringLiteral(" ") + c).toUtf8(), QCryptographicHash::Sha256).toHex()));
    }

    void referencesAreNormalised_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("bare") << "busybox" << "busybox:latest";
        QTest::newRow("tag") << "busybox:test" << "busybox:test";
        QTest::newRow("library") << "docker.io/library/busybox:1.36" << "busybox:1.36";
        QTest::newRow("user") << "docker.io/team/app" << "team/app:latest";
        QTest::newRow("registry port") << "localhost:5000/app" << "localhost:5000/app:latest";
        QTest::newRow("registry port tag") << "registry.example:5000/a/b:v1.2" << "registry.example:5000/a/b:v1.2";
        // Found by the reference fuzzer (tests/fuzz/corpus/reference/finding-hub-path-like-a-registry):
        // a Hub path whose first component reads as a registry lost its docker.io/,
        // so the name pointed at that registry once split again.
        QTest::newRow("hub path like a registry") << "docker.io/quay.io/x" << "docker.io/quay.io/x:latest";
        QTest::newRow("hub path like localhost") << "docker.io/localhost/x:1" << "docker.io/localhost/x:1";
    }
    void referencesAreNormalised()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        auto ref = Reference::parse(text);
        QVERIFY2(ref.has_value(), qPrintable(text));
        QCOMPARE(ref->toString(), expected);
        auto again = Reference::parse(ref->toString()); // the familiar form names the same image
        QVERIFY(again.has_value());
        QCOMPARE(again->qualifiedName(), ref->qualifiedName());
    }

    void badReferencesAreRefused()
    {
        for (const QString &text : {QStringLiteral(""), QStringLiteral("Busybox"), QStringLiteral("bad name"),
                                    QStringLiteral("a:b:c"), QStringLiteral("-x"), QStringLiteral("x:"),
                                    QStringLiteral("busybox@sha256:abc")})
            QVERIFY2(!Reference::parse(text).has_value(), qPrintable(text));
        QCOMPARE(Reference::parse(QStringLiteral("Busybox")).error().message,
                 QStringLiteral("invalid reference format: repository name must be lowercase"));
        QCOMPARE(Reference::parse(QStringLiteral("busybox")).value().fullyQualified(),
                 QStringLiteral("docker.io/library/busybox:latest"));
    }

    void changesInBothForms()
    {
        QJsonObject config;
        QVERIFY(applyChanges(config, {QStringLiteral("CMD [\"sh\", \"-c\", \"echo hi\"]"),
                                      QStringLiteral("ENTRYPOINT /bin/tini --"),
                                      QStringLiteral("ENV A=1 B=\"two words\""), QStringLiteral("ENV C legacy value"),
                                      QStringLiteral("ENV A=3"),
                                      QStringLiteral("EXPOSE 80 53/udp 8000-8001"), QStringLiteral("LABEL k=v \"x y\"=z"),
                                      QStringLiteral("STOPSIGNAL SIGINT"), QStringLiteral("USER nobody"),
                                      QStringLiteral("VOLUME [\"/data\", \"/logs\"]"), QStringLiteral("VOLUME /cache"),
                                      QStringLiteral("WORKDIR /srv"), QStringLiteral("WORKDIR app"),
                                      QStringLiteral("cmd echo lower")}));
        QCOMPARE(config.value(QLatin1String("Cmd")).toArray(),
                 (QJsonArray{QStringLiteral("/bin/sh"), QStringLiteral("-c"), QStringLiteral("echo lower")}));
        QCOMPARE(config.value(QLatin1String("Entrypoint")).toArray(),
                 (QJsonArray{QStringLiteral("/bin/sh"), QStringLiteral("-c"), QStringLiteral("/bin/tini --")}));
        QCOMPARE(config.value(QLatin1String("Env")).toArray(),
                 (QJsonArray{QStringLiteral("A=3"), QStringLiteral("B=two words"), QStringLiteral("C=legacy value")}));
        const QJsonObject ports = config.value(QLatin1String("ExposedPorts")).toObject();
        QCOMPARE(ports.keys(), (QStringList{QStringLiteral("53/udp"), QStringLiteral("80/tcp"),
                                            QStringLiteral("8000/tcp"), QStringLiteral("8001/tcp")}));
        QCOMPARE(config.value(QLatin1String("Labels")).toObject().value(QLatin1String("x y")).toString(), QStringLiteral("z"));
        QCOMPARE(config.value(QLatin1String("StopSignal")).toString(), QStringLiteral("SIGINT"));
        QCOMPARE(config.value(QLatin1String("User")).toString(), QStringLiteral("nobody"));
        QCOMPARE(config.value(QLatin1String("Volumes")).toObject().keys(),
                 (QStringList{QStringLiteral("/cache"), QStringLiteral("/data"), QStringLiteral("/logs")}));
        QCOMPARE(config.value(QLatin1String("WorkingDir")).toString(), QStringLiteral("/srv/app"));
    }

    void invalidChangesChangeNothing()
    {
        QJsonObject config{{QLatin1String("User"), QStringLiteral("root")}};
        const QJsonObject before = config;
        auto result = applyChanges(config, {QStringLiteral("USER nobody"), QStringLiteral("RUN apt-get update")});
        QVERIFY(!result);
        QCOMPARE(result.error().message, QStringLiteral("run is not a valid change command"));
        QCOMPARE(config, before);
        QVERIFY(!applyChange(config, QStringLiteral("EXPOSE 99999")));
        QVERIFY(!applyChange(config, QStringLiteral("ENV =x")));
        QVERIFY(!applyChange(config, QStringLiteral("FROM busybox")));
    }

    void shellWords()
    {
        QCOMPARE(splitShellWords(QStringLiteral("a 'b c' \"d \\\"e\\\"\" f\\ g")).value(),
                 (QStringList{QStringLiteral("a"), QStringLiteral("b c"), QStringLiteral("d \"e\""), QStringLiteral("f g")}));
        QVERIFY(!splitShellWords(QStringLiteral("'open")));
    }

    void commandLinesParseLikeDocker()
    {
        auto inv = parseCommandLine({QStringLiteral("docker"), QStringLiteral("images"), QStringLiteral("-aq"),
                                     QStringLiteral("--no-trunc")});
        QVERIFY(inv.has_value());
        QCOMPARE(inv->command.spec->path, QStringLiteral("image ls"));
        QVERIFY(inv->command.isSet(QStringLiteral("quiet")));
        QVERIFY(inv->command.isSet(QStringLiteral("all")));
        QVERIFY(inv->command.isSet(QStringLiteral("no-trunc")));

        inv = parseCommandLine({QStringLiteral("--root=/x"), QStringLiteral("import"), QStringLiteral("-c"),
                                QStringLiteral("CMD sh"), QStringLiteral("--change=ENV A=1"), QStringLiteral("-mhello"),
                                QStringLiteral("file.tar"), QStringLiteral("busybox:test")});
        QVERIFY(inv.has_value());
        QCOMPARE(inv->root, QStringLiteral("/x"));
        QCOMPARE(inv->command.values(QStringLiteral("change")), (QStringList{QStringLiteral("CMD sh"), QStringLiteral("ENV A=1")}));
        QCOMPARE(inv->command.value(QStringLiteral("message")), QStringLiteral("hello"));
        QCOMPARE(inv->command.args, (QStringList{QStringLiteral("file.tar"), QStringLiteral("busybox:test")}));

        inv = parseCommandLine({QStringLiteral("image"), QStringLiteral("save"), QStringLiteral("-o"), QStringLiteral("out.tar"),
                                QStringLiteral("a"), QStringLiteral("b")});
        QVERIFY(inv.has_value());
        QCOMPARE(inv->command.value(QStringLiteral("output")), QStringLiteral("out.tar"));
        QCOMPARE(inv->command.args.size(), 2);
    }

    void commandLineErrorsUseDockerTexts()
    {
        auto inv = parseCommandLine({QStringLiteral("images"), QStringLiteral("--bogus")});
        QVERIFY(!inv);
        QVERIFY(inv.error().message.startsWith(QStringLiteral("unknown flag: --bogus")));
        QCOMPARE(inv.error().exitCode, 125);
        inv = parseCommandLine({QStringLiteral("images"), QStringLiteral("-z")});
        QVERIFY(inv.error().message.startsWith(QStringLiteral("unknown shorthand flag: 'z' in -z")));
        inv = parseCommandLine({QStringLiteral("tag"), QStringLiteral("a")});
        QVERIFY(inv.error().message.startsWith(QStringLiteral("\"porthole tag\" requires exactly 2 arguments.\nSee 'porthole tag --help'.\n\nUsage:  porthole tag SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]")));
        inv = parseCommandLine({QStringLiteral("import")});
        QVERIFY(inv.error().message.startsWith(QStringLiteral("\"porthole import\" requires at least 1 argument.")));
        inv = parseCommandLine({QStringLiteral("frobnicate")});
        QVERIFY(inv.error().message.startsWith(QStringLiteral("porthole: 'frobnicate' is not a porthole command")));
        inv = parseCommandLine({QStringLiteral("save"), QStringLiteral("-o")});
        QVERIFY(inv.error().message.startsWith(QStringLiteral("flag needs an argument: 'o' in -o")));
        QVERIFY(parseCommandLine({QStringLiteral("images"), QStringLiteral("--help")})->showHelp);
    }

    void flagValueErrorsUseDockerTexts()
    {
        auto boolean = parseCommandLine({QStringLiteral("run"), QStringLiteral("-d=maybe"), QStringLiteral("busybox")});
        QVERIFY(!boolean);
        QCOMPARE(boolean.error().message,
                 QStringLiteral("invalid argument \"maybe\" for \"-d, --detach\" flag: strconv.ParseBool: parsing \"maybe\": invalid syntax"));
        QCOMPARE(boolean.error().exitCode, 125);
        auto stop = parseCommandLine({QStringLiteral("stop"), QStringLiteral("-t"), QStringLiteral("x"), QStringLiteral("c")});
        QVERIFY(stop);
        QCOMPARE(stop->command.intValue(QStringLiteral("time")).error().message,
                 QStringLiteral("invalid argument \"x\" for \"-t, --time\" flag: strconv.ParseInt: parsing \"x\": invalid syntax"));
        auto pids = parseCommandLine({QStringLiteral("run"), QStringLiteral("--pids-limit"), QStringLiteral("7"), QStringLiteral("busybox")});
        QCOMPARE(*pids->command.intValue(QStringLiteral("pids-limit")), 7);
        QCOMPARE(pids->command.invalidArgument(QStringLiteral("pids-limit"), QStringLiteral("why")).message,
                 QStringLiteral("invalid argument \"7\" for \"--pids-limit\" flag: why"));
    }

    void publishErrorsUseDockerTexts()
    {
        QCOMPARE(parsePublish(QStringLiteral("abc")).error().message, QStringLiteral("Invalid containerPort: abc"));
        QCOMPARE(parsePublish(QStringLiteral("x:80")).error().message, QStringLiteral("Invalid hostPort: x"));
        QCOMPARE(parsePublish(QStringLiteral("8080:70000")).error().message, QStringLiteral("Invalid containerPort: 70000"));
    }

    void managementCommandsAloneListTheirCommands()
    {
        auto network = parseCommandLine({QStringLiteral("network")});
        QVERIFY(network && network->showHelp);
        QCOMPARE(network->group, QStringLiteral("network"));
        const QString usage = groupUsage(QStringLiteral("network"));
        QVERIFY(usage.startsWith(QStringLiteral("Usage:  porthole network COMMAND")));
        QVERIFY(usage.contains(QStringLiteral("  create      Create a network\n")));
        QVERIFY(groupUsage(QStringLiteral("frob")).isEmpty());
        auto unknown = parseCommandLine({QStringLiteral("network"), QStringLiteral("frob")});
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().message, QStringLiteral("porthole network: 'frob' is not a porthole command.\nSee 'porthole --help'"));
        QCOMPARE(unknown.error().exitCode, 1); // Docker's
    }

    void everyCommandHasAHandler()
    {
        for (const CommandSpec &spec : commandSpecs())
            QVERIFY2(handlerFor(spec.path) != nullptr, qPrintable(spec.path));
    }

    // The window's command lines come from the verb table: shortest name,
    // shorthands, quoting; and each parses back to the same command.
    void commandLinesAreSpelledFromTheTable()
    {
        QCOMPARE(spellLifecycleCommand(LifecycleAction::Stop, {QStringLiteral("web"), QStringLiteral("db")}, 10),
                 QStringLiteral("porthole stop -t 10 web db"));
        QCOMPARE(spellLifecycleCommand(LifecycleAction::ForceRemove, {QStringLiteral("web")}), QStringLiteral("porthole rm -f web"));
        QCOMPARE(spellLifecycleCommand(LifecycleAction::Unpause, {QStringLiteral("web")}), QStringLiteral("porthole unpause web"));
        const QString save = spellCommand(QStringLiteral("image save"), {{QStringLiteral("output"), QStringLiteral("/tmp/a b.tar")}},
                                          {QStringLiteral("busybox")});
        QCOMPARE(save, QStringLiteral("porthole save -o '/tmp/a b.tar' busybox"));
        auto words = splitShellWords(save);
        QVERIFY(words);
        auto parsed = parseCommandLine(*words);
        QVERIFY(parsed);
        QCOMPARE(parsed->command.spec->path, QStringLiteral("image save"));
        QCOMPARE(parsed->command.value(QStringLiteral("output")), QStringLiteral("/tmp/a b.tar"));
        CreateRequest request;
        request.image = QStringLiteral("busybox");
        request.command = {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo hi")};
        request.tty = request.interactive = true;
        request.name = QStringLiteral("web");
        QCOMPARE(spellCreateCommand(request, true, true), QStringLiteral("porthole run -dit --name web busybox sh -c 'echo hi'"));
        QCOMPARE(spellCreateCommand(request, false, false), QStringLiteral("porthole create -it --name web busybox sh -c 'echo hi'"));
    }

    // runc's log line becomes Docker's one line, with 127/126 for a command
    // that cannot start.
    void runtimeFailuresInDockersWords()
    {
        const Error missing = runtimeFailure(QStringLiteral(
            "time=\"2026-11-30T10:17:35Z\" level=error msg=\"runc create failed: unable to start container process: exec: \\\"/x\\\": stat /x: no such file or directory\""));
        QCOMPARE(missing.message, QStringLiteral("exec: \"/x\": stat /x: no such file or directory"));
        QCOMPARE(missing.exitCode, 127);
        const Error denied = runtimeFailure(QStringLiteral("level=error msg=\"runc create failed: unable to start container process: exec: \\\"/etc\\\": permission denied\""));
        QCOMPARE(denied.exitCode, 126);
        const Error other = runtimeFailure(QStringLiteral("first line\nlevel=error msg=\"runc create failed: cgroup v1 trouble\""));
        QCOMPARE(other.message, QStringLiteral("cgroup v1 trouble"));
        QCOMPARE(other.exitCode, 125);
        QCOMPARE(runtimeFailure(QString()).exitCode, 125);
    }

    // Only the freezer's giving up is tried again; a refusal is not.
    void transientFreezeFailuresAreRecognised()
    {
        QVERIFY(isTransientFreezeFailure(QStringLiteral("runc pause: unable to freeze")));
        QVERIFY(isTransientFreezeFailure(QStringLiteral("crun pause: unable to freeze\n")));
        QVERIFY(!isTransientFreezeFailure(QStringLiteral("runc pause: container not running")));
        QVERIFY(!isTransientFreezeFailure(QStringLiteral("runc pause: unable to freeze: permission denied")));
        QVERIFY(!isTransientFreezeFailure(QString()));
    }

    // A stand-in runtime whose freezer gives up twice: pause succeeds on
    // the third call. One that always gives up is tried five times and
    // says so; a refusal is not tried again.
    void pauseTriesAgainWhileTheFreezerCannotSettle()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString runtimePath = dir.filePath(QStringLiteral("fake-runc"));
        QFile script(runtimePath);
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\n"
                     "echo \"$*\" >>\"$(dirname \"$0\")/calls\"\n"
                     "n=$(wc -l <\"$(dirname \"$0\")/calls\")\n"
                     "case \"$4\" in\n"
                     "  settles) [ \"$n\" -ge 3 ] && exit 0 ;;\n"
                     "  refuses) echo 'level=error msg=\"container not running\"' >&2; exit 1 ;;\n"
                     "esac\n"
                     "echo 'time=\"x\" level=error msg=\"unable to freeze\"' >&2\n"
                     "exit 1\n");
        script.close();
        QVERIFY(script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        auto runtime = OciRuntime::find(runtimePath, dir.filePath(QStringLiteral("state")));
        QVERIFY(runtime);
        const auto calls = [&] {
            QFile file(dir.filePath(QStringLiteral("calls")));
            if (!file.open(QIODevice::ReadOnly))
                return 0;
            const int count = int(file.readAll().count('\n'));
            file.remove();
            return count;
        };
        QVERIFY(runtime->pause(QStringLiteral("settles")));
        QCOMPARE(calls(), 3);
        auto stuck = runtime->pause(QStringLiteral("stuck"));
        QVERIFY(!stuck);
        QCOMPARE(calls(), 5);
        QVERIFY2(stuck.error().message.startsWith(QStringLiteral("fake-runc pause: unable to freeze (tried 5 times")),
                 qPrintable(stuck.error().message));
        auto refused = runtime->pause(QStringLiteral("refuses"));
        QVERIFY(!refused);
        QCOMPARE(calls(), 1);
        QCOMPARE(refused.error().message, QStringLiteral("fake-runc pause: container not running"));
    }

    void usersAndGroupsResolveAsDocker()
    {
        const QByteArray passwd = "root:x:0:0:root:/root:/bin/sh\nalice:x:1000:1000::/home/alice:/bin/sh\n";
        const QByteArray group = "root:x:0:\nalice:x:1000:\nstaff:x:50:alice,bob\nwheel:x:10:alice\n";
        auto alice = resolveUser(QStringLiteral("alice"), passwd, group);
        QVERIFY(alice);
        QCOMPARE(alice->uid, 1000u);
        QCOMPARE(alice->gid, 1000u);
        QCOMPARE(alice->additionalGids, (QList<uint>{50, 10}));
        auto named = resolveUser(QStringLiteral("alice:staff"), passwd, group);
        QVERIFY(named);
        QCOMPARE(named->gid, 50u);
        auto numeric = resolveUser(QStringLiteral("1234:5"), passwd, group);
        QVERIFY(numeric);
        QCOMPARE(numeric->uid, 1234u);
        QCOMPARE(numeric->gid, 5u);
        QCOMPARE(resolveUser(QStringLiteral("bob"), passwd, group).error().message,
                 QStringLiteral("unable to find user bob: no matching entries in passwd file"));
        QCOMPARE(resolveUser(QStringLiteral("root:nogroup"), passwd, group).error().message,
                 QStringLiteral("unable to find group nogroup: no matching entries in group file"));
    }

    void processGroupsStartWithThePrimaryGroup()
    {
        const QByteArray group = "root:x:0:\nstaff:x:50:alice\nwheel:x:10:alice\n";
        auto unknown = resolveUser(QStringLiteral("1000"), QByteArray(), group);
        QVERIFY(unknown);
        QCOMPARE(processGroups(*unknown), (QList<uint>{0})); // Docker: uid=1000 gid=0(root) groups=0(root)
        auto pair = resolveUser(QStringLiteral("1000:1000"), QByteArray(), group);
        QCOMPARE(processGroups(*pair), (QList<uint>{1000}));
        auto alice = resolveUser(QStringLiteral("alice"), "alice:x:1000:50::/:/bin/sh\n", group);
        QCOMPARE(processGroups(*alice), (QList<uint>{50, 10}));
    }

    void publishedPortsOverlap()
    {
        auto port = [](const char *ip, quint16 hostPort, const char *protocol) {
            PortBinding binding;
            binding.hostIp = QString::fromLatin1(ip);
            binding.hostPort = hostPort;
            binding.protocol = QString::fromLatin1(protocol);
            return binding;
        };
        QVERIFY(bindingsOverlap(port("", 80, "tcp"), port("127.0.0.1", 80, "tcp")));
        QVERIFY(bindingsOverlap(port("0.0.0.0", 80, "tcp"), port("", 80, "tcp")));
        QVERIFY(!bindingsOverlap(port("127.0.0.1", 80, "tcp"), port("127.0.0.2", 80, "tcp")));
        QVERIFY(!bindingsOverlap(port("", 80, "tcp"), port("", 80, "udp")));
        QVERIFY(!bindingsOverlap(port("", 80, "tcp"), port("", 81, "tcp")));
        QCOMPARE(checkHostPortFree(port("", 5203, "tcp"), {port("", 5203, "tcp")}).error().message,
                 QStringLiteral("Bind for 0.0.0.0:5203 failed: port is already allocated"));
    }

    void isolationRulesOfABridge()
    {
        const QString listing = QStringLiteral(
            "-N CNI-ISOLATION-STAGE-1\n"
            "-A FORWARD -m comment --comment \"CNI firewall plugin rules (ingressPolicy: same-bridge)\" -j CNI-ISOLATION-STAGE-1\n"
            "-A CNI-ISOLATION-STAGE-1 -i porthole10 ! -o porthole10 -m comment --comment \"x\" -j CNI-ISOLATION-STAGE-2\n"
            "-A CNI-ISOLATION-STAGE-1 -i porthole1 ! -o porthole1 -m comment --comment \"x\" -j CNI-ISOLATION-STAGE-2\n"
            "-A CNI-ISOLATION-STAGE-1 -m comment --comment \"x\" -j RETURN\n"
            "-A CNI-ISOLATION-STAGE-2 -o porthole1 -m comment --comment \"x\" -j DROP\n"
            "-A OTHER -i porthole1 -j ACCEPT\n");
        const QStringList rules = isolationRulesFor(listing, QStringLiteral("porthole1"));
        QCOMPARE(rules.size(), 2);
        QVERIFY(rules.at(0).startsWith(QStringLiteral("-A CNI-ISOLATION-STAGE-1 -i porthole1 ")));
        QVERIFY(rules.at(1).startsWith(QStringLiteral("-A CNI-ISOLATION-STAGE-2 -o porthole1 ")));
    }

    // Docker's template language: pipelines, functions with arguments,
    // methods, blocks, trimming and --format json.
    void goTemplatePipelinesAndFunctions()
    {
        const QJsonObject row{{QLatin1String("Names"), QStringLiteral("web")}, {QLatin1String("Labels"), QStringLiteral("a=1,mylabel=hi")},
                              {QLatin1String("Size"), 42}, {QLatin1String("Env"), QJsonArray{QStringLiteral("A=1"), QStringLiteral("B=2")}},
                              {QLatin1String("Empty"), QJsonArray{}}, {QLatin1String("State"), QJsonObject{{QLatin1String("Pid"), 7}}}};
        const auto render = [&](const char *format) { return renderTemplate(QString::fromUtf8(format), row).value_or(QStringLiteral("ERROR")); };
        QCOMPARE(render("{{.Names | upper}}"), QStringLiteral("WEB"));
        QCOMPARE(render("{{.Names | printf \"%q\"}}"), QStringLiteral("\"web\""));
        QCOMPARE(render("{{ .Label \"mylabel\" }}"), QStringLiteral("hi"));
        QCOMPARE(render("{{printf \"%-5s|%3d|\" .Names .Size}}"), QStringLiteral("web  | 42|"));
        QCOMPARE(render("{{join .Env \",\"}} {{len .Env}} {{index .Env 1}} {{slice .Names 1}}"), QStringLiteral("A=1,B=2 2 B=2 eb"));
        QCOMPARE(render("{{split \"a:b\" \":\"}} {{title \"hello world\"}} {{truncate .Names 2}} {{pad .Names 1 1}}|"),
                 QStringLiteral("[a b] Hello World we  web |"));
        QCOMPARE(render("{{range .Env}}[{{.}}]{{end}}{{range .Empty}}x{{else}} none{{end}}"), QStringLiteral("[A=1][B=2] none"));
        QCOMPARE(render("{{if eq .Names \"web\"}}yes{{else}}no{{end}} {{with .State}}{{.Pid}}{{end}}"), QStringLiteral("yes 7"));
        QCOMPARE(render("a  {{- .Names -}}  b"), QStringLiteral("awebb"));
        QCOMPARE(render("{{println .Names}}"), QStringLiteral("web\n"));
        QCOMPARE(render("{{json .State}} {{.Size | printf \"%d\" | len}}"), QStringLiteral("{\"Pid\":7} 2"));
        QCOMPARE(renderTemplate(QStringLiteral("json"), QJsonObject{{QLatin1String("ID"), QStringLiteral("x")}}).value(), QStringLiteral("{\"ID\":\"x\"}"));
        // Variables: range's index and element, declarations, $ for the data, each in its block's scope.
        QCOMPARE(render("{{range $i, $e := .Env}}{{$i}}={{$e}};{{end}} {{$n := .Names}}{{$n}} {{range .Env}}{{$.Names}}{{end}}"),
                 QStringLiteral("0=A=1;1=B=2; web webweb"));
        QCOMPARE(render("{{with $s := .State}}{{$s.Pid}}{{end}}"), QStringLiteral("7"));
        QVERIFY(!renderTemplate(QStringLiteral("{{range $e := .Env}}{{end}}{{$e}}"), row));
        QVERIFY(!renderTemplate(QStringLiteral("{{nope .Names}}"), row));
        QVERIFY(!renderTemplate(QStringLiteral("{{if .Names}}x"), row));
        QVERIFY(!renderTemplate(QStringLiteral("{{end}}"), row));
        QCOMPARE(goTimeText(QDateTime(QDate(2024, 10, 11), QTime(0, 0), Qt::UTC)), QStringLiteral("2024-10-11 00:00:00 +0000 UTC"));
    }

    // Found with the template fuzzer's harness (tests/fuzz/corpus/gotemplate/finding-*):
    // numbers out of int's range were converted with undefined behaviour, and
    // a width or padding could ask for gigabytes. Now clamped.
    void goTemplateNumbersOutOfRange()
    {
        const QJsonObject row{{QLatin1String("Env"), QJsonArray{QStringLiteral("A=1")}}, {QLatin1String("Big"), 1e300}};
        const auto render = [&](const char *format) { return renderTemplate(QString::fromUtf8(format), row).value_or(QStringLiteral("ERROR")); };
        QCOMPARE(render("{{.Big}}"), QStringLiteral("1e+300"));
        QCOMPARE(goFormat(QJsonValue(-9.5e18)), QStringLiteral("-9.5e+18"));
        QCOMPARE(goFormat(QJsonValue(4096.0)), QStringLiteral("4096"));
        QCOMPARE(render("{{pad \"x\" 1e300 -1e300}}").size(), (1 << 16) + 1);
        QCOMPARE(render("{{printf \"%2000000000d|\" 1}}").size(), (1 << 16) + 1);
        QCOMPARE(render("{{printf \"%d %x\" .Big -1e300}}"), QStringLiteral("9000000000000000000 -7ce66c50e2840000"));
        QCOMPARE(render("{{truncate \"abc\" 1e300}} {{slice \"abc\" -1e300 1e300}}"), QStringLiteral("abc abc"));
        QCOMPARE(render("{{index .Env 1e300}}"), QStringLiteral("<no value>"));
    }

    void humanTexts()
    {
        QCOMPARE(humanSize(0), QStringLiteral("0B"));
        QCOMPARE(humanSize(999), QStringLiteral("999B"));
        QCOMPARE(humanSize(4261234), QStringLiteral("4.26MB"));
        QCOMPARE(humanSize(125000000), QStringLiteral("125MB"));
        QCOMPARE(humanSize(1234), QStringLiteral("1.23kB"));
        QCOMPARE(humanDuration(500), QStringLiteral("Less than a second"));
        QCOMPARE(humanDuration(1000), QStringLiteral("1 second"));
        QCOMPARE(humanDuration(5000), QStringLiteral("5 seconds"));
        QCOMPARE(humanDuration(61000), QStringLiteral("About a minute"));
        QCOMPARE(humanDuration(5 * 60000), QStringLiteral("5 minutes"));
        QCOMPARE(humanDuration(3600000), QStringLiteral("About an hour"));
        QCOMPARE(humanDuration(3 * 3600000), QStringLiteral("3 hours"));
        QCOMPARE(humanDuration(qint64(3) * 24 * 3600000), QStringLiteral("3 days"));
        QCOMPARE(humanDuration(qint64(20) * 24 * 3600000), QStringLiteral("2 weeks"));
        QCOMPARE(humanDuration(qint64(100) * 24 * 3600000), QStringLiteral("3 months"));
        QCOMPARE(humanDuration(qint64(1000) * 24 * 3600000), QStringLiteral("2 years"));
    }

    void goTemplates()
    {
        const QJsonObject data = QJsonDocument::fromJson(
            R"({"Id":"sha256:ab","State":{"Pid":42,"Running":true},"Config":{"Env":["A=1","B=2"],"Labels":{"k":"v"}}})").object();
        QCOMPARE(renderTemplate(QStringLiteral("{{.State.Pid}}"), data).value(), QStringLiteral("42"));
        QCOMPARE(renderTemplate(QStringLiteral("{{.Id}}\\t{{.State.Running}}"), data).value(), QStringLiteral("sha256:ab\ttrue"));
        QCOMPARE(renderTemplate(QStringLiteral("{{.Config.Env}}"), data).value(), QStringLiteral("[A=1 B=2]"));
        QCOMPARE(renderTemplate(QStringLiteral("{{json .Config.Labels}}"), data).value(), QStringLiteral("{\"k\":\"v\"}"));
        QCOMPARE(renderTemplate(QStringLiteral("{{index .Config.Labels \"k\"}}"), data).value(), QStringLiteral("v"));
        QVERIFY(!renderTemplate(QStringLiteral("{{.Nope}}"), data));
        QVERIFY(!renderTemplate(QStringLiteral("{{.Id"), data));
    }

    void tablesPadLikeGoTabwriter()
    {
        const QString table = formatTable({QStringLiteral("REPOSITORY"), QStringLiteral("TAG"), QStringLiteral("SIZE")},
                                          {{QStringLiteral("busybox"), QStringLiteral("latest"), QStringLiteral("1.98MB")}});
        QCOMPARE(table, QStringLiteral("REPOSITORY   TAG       SIZE\nbusybox      latest    1.98MB\n"));
    }

    // The hash on a second core equals the plain hash of the same stream,
    // whatever mix of copied pieces and handed-over buffers made it.
    void parallelHashMatchesPlainHash()
    {
        auto *random = QRandomGenerator::global();
        const qsizetype poolSize = qsizetype(porthole::ParallelSha256::kBufferSize);
        QList<quint32> pool(poolSize / 4);
        random->fillRange(pool.data(), pool.size());
        const char *poolBytes = reinterpret_cast<const char *>(pool.constData());
        for (int round = 0; round < 20; ++round) {
            porthole::ParallelSha256 parallel;
            QCryptographicHash plain(QCryptographicHash::Sha256);
            const int pieces = random->bounded(1, 30);
            for (int i = 0; i < pieces; ++i) {
                const bool handOver = random->bounded(2) == 1;
                const qsizetype size = random->bounded(2) ? random->bounded(0, 2048)
                                                          : random->bounded(0, int(porthole::ParallelSha256::kBufferSize));
                const QByteArray bytes(poolBytes + random->bounded(int(poolSize - size + 1)), size);
                plain.addData(bytes);
                if (handOver) {
                    char *buffer = parallel.takeBuffer();
                    std::memcpy(buffer, bytes.constData(), size_t(size));
                    parallel.submitBuffer(buffer, size_t(size));
                } else {
                    parallel.addData(bytes.constData(), size_t(size));
                }
            }
            QCOMPARE(parallel.hexResult(), QString::fromLatin1(plain.result().toHex()));
        }
    }

    // A long stream of small pieces: the producer copies while the worker
    // hashes the buffer before, the pattern of an extraction. CI runs this
    // under ThreadSanitizer too (installer/setup.sh's thread sanitizer step).
    void parallelHashOfManySmallPieces()
    {
        const QByteArray piece(4096, 'p');
        for (int round = 0; round < 10; ++round) {
            porthole::ParallelSha256 parallel;
            QCryptographicHash plain(QCryptographicHash::Sha256);
            for (int i = 0; i < 1000; ++i) {
                parallel.addData(piece.constData(), size_t(piece.size()));
                plain.addData(piece);
            }
            QCOMPARE(parallel.hexResult(), QString::fromLatin1(plain.result().toHex()));
        }
    }

    // The largest memory region of this process advised for huge pages
    // (VmFlags "hg" in /proc/self/smaps).
    static qint64 largestHugePageRegion()
    {
        QFile maps(QStringLiteral("/proc/self/smaps"));
        if (!maps.open(QIODevice::ReadOnly))
            return -1;
        qint64 advised = 0;
        qint64 size = 0;
        const QList<QByteArray> lines = maps.readAll().split('\n');
        for (const QByteArray &line : lines) {
            if (line.startsWith("Size:"))
                size = line.mid(5).trimmed().split(' ').first().toLongLong() * 1024;
            if (line.startsWith("VmFlags:") && line.split(' ').contains("hg"))
                advised = std::max(advised, size);
        }
        return advised;
    }

    // The command line's heap: the region after the break it reserves is
    // advised for huge pages, at least 40 MB of it. Under a sanitizer, whose
    // allocator replaces glibc's heap, the call must change nothing.
    void heapIsAdvisedForHugePages()
    {
        if (!QFileInfo::exists(QStringLiteral("/sys/kernel/mm/transparent_hugepage/enabled")))
            SKIP_OUTSIDE_CI("this kernel has no transparent huge pages");
        const qint64 before = largestHugePageRegion();
        QVERIFY(before >= 0);
        porthole::backHeapWithHugePages();
        const qint64 advised = largestHugePageRegion();
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
        QCOMPARE(advised, before);
#else
        QVERIFY2(advised >= (40 << 20), qPrintable(QStringLiteral("largest advised region: %1 bytes").arg(advised)));
#endif
    }

    void layerPathGuard()
    {
        QCOMPARE(LayerPathGuard::normalize("./a//b/").value(), QByteArray("a/b"));
        QCOMPARE(LayerPathGuard::normalize("./").value(), QByteArray(""));
        QVERIFY(!LayerPathGuard::normalize("/etc/passwd"));
        QVERIFY(!LayerPathGuard::normalize("a/../../b"));
        LayerPathGuard guard;
        QVERIFY(guard.claim("etc", false, true));
        QVERIFY(guard.claim("etc/passwd", false, false));
        QVERIFY(!guard.claim("etc/passwd", false, false)); // duplicate
        QVERIFY(guard.claim("escape", true, false));
        QVERIFY(!guard.claim("escape/shadow", false, false)); // through a symlink
        QVERIFY(!guard.claim("etc/passwd/x", false, false)); // inside a file
        QVERIFY(guard.checkHardLinkTarget("etc/passwd"));
        QVERIFY(!guard.checkHardLinkTarget("etc"));
        QVERIFY(!guard.checkHardLinkTarget("missing"));
        QVERIFY(!guard.checkHardLinkTarget("escape/shadow"));
        // A directory checked once is not trusted after a symlink or a file
        // takes its place or one of its parents' places.
        QVERIFY(guard.claim("a/b/c", false, false));
        QVERIFY(guard.claim("a", true, false));
        QVERIFY(!guard.claim("a/b/d", false, false));
        QVERIFY(guard.claim("x/y/z", false, false));
        QVERIFY(guard.claim("x/y", false, false));
        QVERIFY(!guard.claim("x/y/w", false, false));
        QVERIFY(guard.claim("p/q/r", false, false));
        QVERIFY(guard.claim("p/q/s", false, false));
        QVERIFY(guard.claim("p/qq", true, false)); // a sibling with a common prefix
        QVERIFY(guard.claim("p/q/t", false, false));
        QCOMPARE(LayerPathGuard::normalize("a/./b/.").value(), QByteArray("a/b"));
        QCOMPARE(LayerPathGuard::normalize("..a/b..").value(), QByteArray("..a/b.."));
        QVERIFY(!LayerPathGuard::normalize("a/.."));
    }
};

QTEST_GUILESS_MAIN(TestUnits)
#include "tst_units.moc"
