// The container lifecycle state machine, names and ids, and the OCI runtime
// spec with Docker's defaults (pure functions, no containers run here).
#include "containers/containernames.h"
#include "base/ids.h"
#include "containers/lifecycle.h"
#include "runtime/runtimespec.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace porthole;
using State = ContainerState;
using Action = LifecycleAction;

class TestLifecycle : public QObject {
    Q_OBJECT
private slots:
    void refusalsUseDockersTexts_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<int>("action");
        QTest::addColumn<QString>("message");
        auto row = [](const char *name, State s, Action a, const char *message) {
            QTest::newRow(name) << int(s) << int(a) << QString::fromUtf8(message);
        };
        row("pause stopped", State::Exited, Action::Pause, "Container busybox is not running");
        row("pause created", State::Created, Action::Pause, "Container busybox is not running");
        row("pause paused", State::Paused, Action::Pause, "Container busybox is already paused");
        row("unpause running", State::Running, Action::Unpause, "Container busybox is not paused");
        row("start paused", State::Paused, Action::Start, "cannot start a paused container, try unpause instead");
        row("rm running", State::Running, Action::Remove,
            "You cannot remove a running container busybox. Stop the container before attempting removal or force remove");
        row("rm paused", State::Paused, Action::Remove,
            "You cannot remove a paused container busybox. Unpause and then stop the container before attempting removal or force remove");
        row("exec paused", State::Paused, Action::Exec, "Container busybox is paused, unpause the container before exec");
        row("exec stopped", State::Exited, Action::Exec, "Container busybox is not running");
        row("kill stopped", State::Exited, Action::Kill, "Container busybox is not running");
    }
    void refusalsUseDockersTexts()
    {
        QFETCH(int, state);
        QFETCH(int, action);
        QFETCH(QString, message);
        auto result = checkAction(State(state), Action(action), QStringLiteral("busybox"));
        QVERIFY(!result);
        QCOMPARE(result.error().message, message);
    }

    void validTransitions()
    {
        QVERIFY(checkAction(State::Created, Action::Start, QStringLiteral("c")));
        QVERIFY(checkAction(State::Exited, Action::Stop, QStringLiteral("c"))); // stopping a stopped one is fine
        QVERIFY(checkAction(State::Running, Action::ForceRemove, QStringLiteral("c")));
        QVERIFY(checkAction(State::Paused, Action::Stop, QStringLiteral("c")));
        QCOMPARE(stateAfter(State::Created, Action::Start), State::Running);
        QCOMPARE(stateAfter(State::Running, Action::Pause), State::Paused);
        QCOMPARE(stateAfter(State::Paused, Action::Unpause), State::Running);
        QCOMPARE(stateAfter(State::Running, Action::Stop), State::Exited);
        QCOMPARE(stateAfter(State::Running, Action::Exit), State::Exited);
        QCOMPARE(stateAfter(State::Exited, Action::Restart), State::Running);
        QCOMPARE(stateAfter(State::Exited, Action::Remove), State::Removing);
        for (auto state : {State::Created, State::Running, State::Paused, State::Exited, State::Removing, State::Dead})
            QCOMPARE(stateFromName(stateName(state)).value(), state);
        QVERIFY(!stateFromName(QStringLiteral("sleeping")));
    }

    void idsAndNames()
    {
        const QString id = newContainerId();
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(id).hasMatch());
        QVERIFY(newContainerId() != id);
        const QString name = generateContainerName();
        QVERIFY(QRegularExpression(QStringLiteral("^[a-z]+_[a-z]+$")).match(name).hasMatch());
        QVERIFY(validateContainerName(name));
        QVERIFY(validateContainerName(QStringLiteral("busybox")));
        QVERIFY(validateContainerName(QStringLiteral("my.app-1_x")));
        QCOMPARE(validateContainerName(QStringLiteral("-bad")).error().message,
                 QStringLiteral("Invalid container name (-bad), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed"));
        QVERIFY(!validateContainerName(QStringLiteral("a")));
        QVERIFY(!validateContainerName(QStringLiteral("has space")));
    }

    void runtimeSpecHasDockersDefaultsAndFitsTheLimits()
    {
        RuntimeSpecInput input;
        input.rootfs = QStringLiteral("/store/merged");
        input.args = {QStringLiteral("sh")};
        input.env = {QStringLiteral("PATH=/bin")};
        input.hostname = QStringLiteral("abcdef012345");
        input.terminal = true;
        input.openFilesHardLimit = 20000;
        input.memoryLimit = 64 << 20;
        input.pidsLimit = 100;
        input.binds = {{QStringLiteral("/store/hostname"), QStringLiteral("/etc/hostname"), false},
                       {QStringLiteral("/data"), QStringLiteral("/data"), true}};
        const QJsonObject spec = buildRuntimeSpec(input);
        const QJsonObject process = spec.value(QLatin1String("process")).toObject();
        QCOMPARE(process.value(QLatin1String("noNewPrivileges")).toBool(), true);
        QCOMPARE(process.value(QLatin1String("terminal")).toBool(), true);
        const QJsonObject rlimit = process.value(QLatin1String("rlimits")).toArray().first().toObject();
        QCOMPARE(rlimit.value(QLatin1String("type")).toString(), QStringLiteral("RLIMIT_NOFILE"));
        QCOMPARE(rlimit.value(QLatin1String("hard")).toInteger(), 20000); // never above the caller's hard limit
        const QJsonArray bounding = process.value(QLatin1String("capabilities")).toObject().value(QLatin1String("bounding")).toArray();
        QCOMPARE(bounding.size(), 14);
        QVERIFY(!bounding.contains(QStringLiteral("CAP_SYS_RESOURCE")));
        QVERIFY(!bounding.contains(QStringLiteral("CAP_SYS_ADMIN")));
        QVERIFY(bounding.contains(QStringLiteral("CAP_NET_BIND_SERVICE")));
        QStringList namespaces;
        const QJsonObject linuxSection = spec.value(QLatin1String("linux")).toObject();
        for (const auto &ns : linuxSection.value(QLatin1String("namespaces")).toArray())
            namespaces.append(ns.toObject().value(QLatin1String("type")).toString());
        QCOMPARE(namespaces, (QStringList{QStringLiteral("pid"), QStringLiteral("network"), QStringLiteral("ipc"),
                                          QStringLiteral("uts"), QStringLiteral("mount")}));
        QStringList destinations;
        for (const auto &mount : spec.value(QLatin1String("mounts")).toArray())
            destinations.append(mount.toObject().value(QLatin1String("destination")).toString());
        for (const char *required : {"/proc", "/dev", "/dev/pts", "/sys", "/sys/fs/cgroup", "/dev/mqueue", "/dev/shm", "/etc/hostname", "/data"})
            QVERIFY2(destinations.contains(QLatin1String(required)), required);
        QVERIFY(linuxSection.value(QLatin1String("maskedPaths")).toArray().contains(QStringLiteral("/proc/kcore")));
        QVERIFY(linuxSection.value(QLatin1String("readonlyPaths")).toArray().contains(QStringLiteral("/proc/sys")));
        QCOMPARE(linuxSection.value(QLatin1String("resources")).toObject().value(QLatin1String("memory")).toObject()
                     .value(QLatin1String("limit")).toInteger(), qint64(64 << 20));
        QCOMPARE(spec.value(QLatin1String("hostname")).toString(), QStringLiteral("abcdef012345"));

        input.openFilesHardLimit = 4 << 20; // a generous machine still gets Podman's 1048576
        QCOMPARE(buildRuntimeSpec(input).value(QLatin1String("process")).toObject().value(QLatin1String("rlimits"))
                     .toArray().first().toObject().value(QLatin1String("hard")).toInteger(), 1048576);
    }
};

QTEST_GUILESS_MAIN(TestLifecycle)
#include "tst_lifecycle.moc"
