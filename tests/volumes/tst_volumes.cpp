// Volumes through the real porthole binary (real containers, needs root):
// the volume verbs and their Docker texts; a named volume outlives its
// container and is shared by two; Docker's copy-up of the image's content;
// anonymous volumes for an image's VOLUME and rm -v; volume rm refused while
// used; --mount and --tmpfs; volume events in the journal; a device
// (tmpfs) volume mounted while used.
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace testsupport;

namespace {

QString text(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes).trimmed();
}

QStringList words(const QString &line)
{
    return line.split(u' ', Qt::SkipEmptyParts);
}


RunResult cli(const TempStore &store, const QString &line, const QByteArray &input = {})
{
    return runPorthole(store, words(line), input);
}

// exec CONTAINER sh -c SCRIPT
RunResult execShell(const TempStore &store, const QString &container, const QString &script)
{
    return runPorthole(store, {QStringLiteral("exec"), container, QStringLiteral("sh"), QStringLiteral("-c"), script});
}

// sh -c SCRIPT in a new container removed afterwards, with extra run flags.
RunResult runShell(const TempStore &store, const QString &flags, const QString &script)
{
    return runPorthole(store, words(QStringLiteral("run --rm --network none ") + flags) + QStringList{QStringLiteral("busybox"), QStringLiteral("sh"),
                                                                                                      QStringLiteral("-c"), script});
}

QString volumeDir(const TempStore &store, const QString &name)
{
    return store.paths.root + QStringLiteral("/volumes/") + name + QStringLiteral("/_data");
}

} // namespace

class TestVolumes : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { REQUIRE_ROOT(); }

    void volumeVerbsSpeakDocker()
    {
        TempStore store;
        QCOMPARE(text(cli(store, QStringLiteral("volume create data")).out), QStringLiteral("data"));
        QCOMPARE(text(cli(store, QStringLiteral("volume create data")).out), QStringLiteral("data")); // the same one again
        QCOMPARE(text(cli(store, QStringLiteral("volume create --label team=blue other")).out), QStringLiteral("other"));
        QCOMPARE(text(cli(store, QStringLiteral("volume ls")).out), QStringLiteral("DRIVER    VOLUME NAME\nlocal     data\nlocal     other"));
        QCOMPARE(text(cli(store, QStringLiteral("volume ls -q -f label=team=blue")).out), QStringLiteral("other"));
        QCOMPARE(text(cli(store, QStringLiteral("volume ls --format {{.Name}}:{{.Driver}}:{{.Labels}}")).out),
                 QStringLiteral("data:local:\nother:local:team=blue"));
        const QJsonObject inspected = QJsonDocument::fromJson(cli(store, QStringLiteral("volume inspect data")).out).array().first().toObject();
        QCOMPARE(inspected.value(QLatin1String("Name")).toString(), QStringLiteral("data"));
        QCOMPARE(inspected.value(QLatin1String("Driver")).toString(), QStringLiteral("local"));
        QCOMPARE(inspected.value(QLatin1String("Scope")).toString(), QStringLiteral("local"));
        QCOMPARE(inspected.value(QLatin1String("Mountpoint")).toString(), volumeDir(store, QStringLiteral("data")));
        QVERIFY(QFileInfo(volumeDir(store, QStringLiteral("data"))).isDir());

        // Bad input: one line, nothing made.
        const RunResult bad = runPorthole(store, {QStringLiteral("volume"), QStringLiteral("create"), QStringLiteral("bad name!")});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(text(bad.err).startsWith(QStringLiteral("Error: create bad name!: \"bad name!\" includes invalid characters for a local volume name")),
                 bad.err.constData());
        QCOMPARE(text(bad.err).count(u'\n'), 0);
        QCOMPARE(text(cli(store, QStringLiteral("volume create -o foo=bar opts")).err), QStringLiteral("Error: create opts: invalid option: \"foo\""));
        QCOMPARE(text(cli(store, QStringLiteral("volume create --name x1 x2")).err),
                 QStringLiteral("Error: conflicting options: cannot specify a volume-name through both --name and as a positional arg"));
        QCOMPARE(QDir(store.paths.root + QStringLiteral("/volumes")).entryList(QDir::Dirs | QDir::NoDotAndDotDot), (QStringList{QStringLiteral("data"), QStringLiteral("other")}));
        QCOMPARE(text(cli(store, QStringLiteral("volume inspect nope")).err), QStringLiteral("Error: get nope: no such volume"));
        const RunResult missing = cli(store, QStringLiteral("volume rm nope"));
        QCOMPARE(missing.exitCode, 1);
        QCOMPARE(text(missing.err), QStringLiteral("Error: get nope: no such volume"));
        QCOMPARE(cli(store, QStringLiteral("volume rm -f nope")).exitCode, 0);
        QCOMPARE(text(cli(store, QStringLiteral("volume rm data other")).out), QStringLiteral("data\nother"));
        QCOMPARE(text(cli(store, QStringLiteral("volume ls -q")).out), QString());
        QVERIFY(store.tmpEntries().filter(QStringLiteral("removed-volume")).isEmpty());
    }

    void namedVolumeOutlivesItsContainerAndIsShared()
    {
        TempStore store;
        QCOMPARE(cli(store, QStringLiteral("image build-busybox")).exitCode, 0);
        // Made on first use, written by one container, read by another that runs at the same time.
        QCOMPARE(cli(store, QStringLiteral("run -d --name writer -v shared:/data busybox sleep 300")).exitCode, 0);
        QCOMPARE(cli(store, QStringLiteral("run -d --name reader -v shared:/mnt:ro busybox sleep 300")).exitCode, 0);
        QCOMPARE(execShell(store, QStringLiteral("writer"), QStringLiteral("echo hello > /data/note")).exitCode, 0);
        QCOMPARE(text(cli(store, QStringLiteral("exec reader cat /mnt/note")).out), QStringLiteral("hello"));
        QVERIFY(cli(store, QStringLiteral("exec reader touch /mnt/x")).exitCode != 0); // :ro
        // Refused while used, in Docker's words, and nothing changes.
        const QString writer = text(cli(store, QStringLiteral("inspect -f {{.Id}} writer")).out);
        const QString reader = text(cli(store, QStringLiteral("inspect -f {{.Id}} reader")).out);
        const RunResult refused = cli(store, QStringLiteral("volume rm shared"));
        QCOMPARE(refused.exitCode, 1);
        const QStringList users = text(refused.err).section(u'[', 1).chopped(1).split(u' ');
        QVERIFY2(text(refused.err).startsWith(QStringLiteral("Error: remove shared: volume is in use - [")), refused.err.constData());
        QCOMPARE(QSet<QString>(users.begin(), users.end()), (QSet<QString>{writer, reader}));
        QVERIFY(QFile::exists(volumeDir(store, QStringLiteral("shared")) + QStringLiteral("/note")));
        QCOMPARE(text(cli(store, QStringLiteral("volume ls -f dangling=false -q")).out), QStringLiteral("shared"));
        // The containers go; the volume and its data stay.
        QCOMPARE(cli(store, QStringLiteral("rm -f -v writer reader")).exitCode, 0);
        QCOMPARE(text(cli(store, QStringLiteral("volume ls -q -f dangling=true")).out), QStringLiteral("shared"));
        QCOMPARE(text(runShell(store, QStringLiteral("-v shared:/again"), QStringLiteral("cat /again/note")).out), QStringLiteral("hello"));
        QCOMPARE(text(cli(store, QStringLiteral("volume rm shared")).out), QStringLiteral("shared"));
    }

    void newVolumeIsFilledFromTheImage()
    {
        TempStore store;
        QCOMPARE(cli(store, QStringLiteral("image build-busybox")).exitCode, 0);
        // busybox's /etc holds passwd and group: they are copied into the empty volume, owners and modes kept.
        QCOMPARE(text(runShell(store, QStringLiteral("-v etc:/etc"), QStringLiteral("cat /etc/passwd | head -1")).out).section(u':', 0, 0), QStringLiteral("root"));
        QFileInfo passwd(volumeDir(store, QStringLiteral("etc")) + QStringLiteral("/passwd"));
        QVERIFY(passwd.exists());
        QCOMPARE(passwd.ownerId(), 0u);
        const QString script = QStringLiteral("stat -c '%n %a %u %g %s' /etc/passwd /etc/group; stat -c '%n %a %u %g' /etc");
        QCOMPARE(text(runShell(store, QStringLiteral("-v etc:/etc"), script).out), text(runShell(store, QString(), script).out));
        // A volume that is not empty is left as it is; nocopy leaves a new one empty.
        QCOMPARE(runShell(store, QStringLiteral("-v etc:/etc"), QStringLiteral("rm /etc/group")).exitCode, 0);
        QCOMPARE(text(runShell(store, QStringLiteral("-v etc:/etc"), QStringLiteral("ls /etc")).out).split(u'\n').contains(QStringLiteral("group")), false);
        QCOMPARE(text(runShell(store, QStringLiteral("-v empty:/etc:nocopy"), QStringLiteral("ls /etc | wc -l")).out), QStringLiteral("0"));
        QCOMPARE(text(runPorthole(store, {QStringLiteral("run"), QStringLiteral("--rm"), QStringLiteral("--network"), QStringLiteral("none"),
                                          QStringLiteral("--mount"), QStringLiteral("type=volume,source=empty2,target=/etc,volume-nocopy"),
                                          QStringLiteral("busybox"), QStringLiteral("ls"), QStringLiteral("/etc")}).out), QString());
        QVERIFY(store.tmpEntries().isEmpty());
    }

    void imageVolumesAreAnonymousAndGoWithRmV()
    {
        TempStore store;
        QCOMPARE(cli(store, QStringLiteral("image build-busybox")).exitCode, 0);
        QCOMPARE(runPorthole(store, {QStringLiteral("run"), QStringLiteral("--name"), QStringLiteral("seed"), QStringLiteral("--network"), QStringLiteral("none"),
                                     QStringLiteral("busybox"), QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("mkdir /data && echo seeded > /data/seed")}).exitCode, 0);
        QCOMPARE(runPorthole(store, {QStringLiteral("commit"), QStringLiteral("-c"), QStringLiteral("VOLUME /data"), QStringLiteral("seed"),
                                     QStringLiteral("withvolume")}).exitCode, 0);
        QCOMPARE(cli(store, QStringLiteral("create --name user1 withvolume cat /data/seed")).exitCode, 0);
        const QString anonymous = text(cli(store, QStringLiteral("volume ls -q")).out);
        QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(anonymous).hasMatch(), qPrintable(anonymous));
        const QJsonObject volume = QJsonDocument::fromJson(cli(store, QStringLiteral("volume inspect ") + anonymous).out).array().first().toObject();
        QVERIFY(volume.value(QLatin1String("Labels")).toObject().contains(QLatin1String("com.docker.volume.anonymous")));
        QCOMPARE(text(runPorthole(store, {QStringLiteral("inspect"), QStringLiteral("-f"), QStringLiteral("{{range .Mounts}}{{.Name}} {{.Destination}}{{end}}"),
                                          QStringLiteral("user1")}).out),
                 anonymous + QStringLiteral(" /data"));
        QCOMPARE(text(cli(store, QStringLiteral("start -a user1")).out), QStringLiteral("seeded")); // copied up at first use
        // rm keeps it; rm -v of another user removes its own.
        QCOMPARE(cli(store, QStringLiteral("rm user1")).exitCode, 0);
        QCOMPARE(text(cli(store, QStringLiteral("volume ls -q")).out), anonymous);
        QCOMPARE(cli(store, QStringLiteral("create --name user2 withvolume true")).exitCode, 0);
        QCOMPARE(text(cli(store, QStringLiteral("volume ls -q")).out).split(u'\n').size(), 2);
        QCOMPARE(cli(store, QStringLiteral("rm -v user2")).exitCode, 0);
        QCOMPARE(text(cli(store, QStringLiteral("volume ls -q")).out), anonymous);
        // volume prune: anonymous unused ones; -a also named ones.
        QCOMPARE(cli(store, QStringLiteral("volume create named")).exitCode, 0);
        QCOMPARE(text(cli(store, QStringLiteral("volume prune -f")).out),
                 QStringLiteral("Deleted Volumes:\n%1\n\nTotal reclaimed space: 7B").arg(anonymous));
        QCOMPARE(text(cli(store, QStringLiteral("volume prune -f -a")).out), QStringLiteral("Deleted Volumes:\nnamed\n\nTotal reclaimed space: 0B"));
        // --rm takes its anonymous volumes with it.
        QCOMPARE(cli(store, QStringLiteral("run --rm --network none withvolume true")).exitCode, 0);
        QCOMPARE(text(cli(store, QStringLiteral("volume ls -q")).out), QString());
    }

    void mountFlagAndTmpfs()
    {
        TempStore store;
        QCOMPARE(cli(store, QStringLiteral("image build-busybox")).exitCode, 0);
        QTemporaryDir host;
        writeFile(host.path(), QStringLiteral("from-host"), "bound\n");
        const RunResult bound = runPorthole(store, {QStringLiteral("run"), QStringLiteral("--rm"), QStringLiteral("--network"), QStringLiteral("none"),
                                                    QStringLiteral("--mount"), QStringLiteral("type=bind,source=%1,target=/h,readonly").arg(host.path()),
                                                    QStringLiteral("--mount"), QStringLiteral("type=tmpfs,target=/scratch,tmpfs-size=1m"),
                                                    QStringLiteral("--mount"), QStringLiteral("source=vol,target=/v"), QStringLiteral("busybox"),
                                                    QStringLiteral("sh"), QStringLiteral("-c"),
                                                    QStringLiteral("cat /h/from-host; grep ' /scratch ' /proc/mounts | cut -d' ' -f3,4; ls -d /v")});
        QVERIFY2(bound.exitCode == 0, bound.err.constData());
        const QStringList lines = text(bound.out).split(u'\n');
        QCOMPARE(lines.value(0), QStringLiteral("bound"));
        QVERIFY2(lines.value(1).startsWith(QStringLiteral("tmpfs rw,nosuid,nodev,noexec")) && lines.value(1).contains(QStringLiteral("size=1024k")), qPrintable(lines.value(1)));
        QCOMPARE(lines.value(2), QStringLiteral("/v"));
        QCOMPARE(text(cli(store, QStringLiteral("volume ls -q")).out), QStringLiteral("vol"));
        auto refused = [&](const QString &mount) { return text(runPorthole(store, {QStringLiteral("run"), QStringLiteral("--mount"), mount, QStringLiteral("busybox")}).err); };
        QCOMPARE(refused(QStringLiteral("type=bind,target=/x")), QStringLiteral("Error: invalid mount config for type \"bind\": field Source must not be empty"));
        QCOMPARE(refused(QStringLiteral("type=bind,source=/no/such/dir,target=/x")),
                 QStringLiteral("Error: invalid mount config for type \"bind\": bind source path does not exist: /no/such/dir"));
        QCOMPARE(refused(QStringLiteral("type=volume,source=v,target=/x,color=red")),
                 QStringLiteral("Error: invalid argument \"type=volume,source=v,target=/x,color=red\" for \"--mount\" flag: unexpected key 'color' in 'color=red'"));
        QCOMPARE(refused(QStringLiteral("type=tmpfs,target=/x,volume-nocopy")),
                 QStringLiteral("Error: invalid argument \"type=tmpfs,target=/x,volume-nocopy\" for \"--mount\" flag: cannot mix 'volume-*' options with mount type 'tmpfs'"));
        QCOMPARE(refused(QStringLiteral("type=volume,source=v")), QStringLiteral("Error: invalid argument \"type=volume,source=v\" for \"--mount\" flag: target is required"));
        QCOMPARE(text(cli(store, QStringLiteral("run -v /tmp:/x:rx busybox")).err), QStringLiteral("Error: invalid mode: rx"));
        QCOMPARE(text(cli(store, QStringLiteral("run -v data busybox")).err),
                 QStringLiteral("Error: invalid volume specification: 'data' (use HOST:CONTAINER[:ro])"));
        QCOMPARE(text(cli(store, QStringLiteral("ps -aq")).out), QString()); // nothing was created by the refusals
    }

    void deviceVolumeIsMountedWhileUsed()
    {
        TempStore store;
        QCOMPARE(cli(store, QStringLiteral("image build-busybox")).exitCode, 0);
        QCOMPARE(cli(store, QStringLiteral("volume create -o type=tmpfs -o device=tmpfs -o o=size=2m ram")).exitCode, 0);
        auto mounted = [&] {
            QFile mounts(QStringLiteral("/proc/self/mounts"));
            mounts.open(QIODevice::ReadOnly);
            return mounts.readAll().contains(QByteArray(QFile::encodeName(volumeDir(store, QStringLiteral("ram"))) + " tmpfs"));
        };
        QVERIFY(!mounted());
        QCOMPARE(cli(store, QStringLiteral("run -d --name one -v ram:/ram busybox sleep 300")).exitCode, 0);
        QVERIFY(mounted());
        QCOMPARE(cli(store, QStringLiteral("run -d --name two -v ram:/ram busybox sleep 300")).exitCode, 0);
        QCOMPARE(execShell(store, QStringLiteral("one"), QStringLiteral("echo x > /ram/f")).exitCode, 0);
        QCOMPARE(text(cli(store, QStringLiteral("exec two cat /ram/f")).out), QStringLiteral("x")); // one tmpfs, shared
        QCOMPARE(cli(store, QStringLiteral("rm -f one")).exitCode, 0);
        QVERIFY(mounted()); // two still uses it
        QCOMPARE(cli(store, QStringLiteral("rm -f two")).exitCode, 0);
        QVERIFY(!mounted());
    }

    void volumeEventsAreJournaled()
    {
        TempStore store;
        QCOMPARE(cli(store, QStringLiteral("image build-busybox")).exitCode, 0);
        QCOMPARE(runShell(store, QStringLiteral("-v journaled:/j"), QStringLiteral("true")).exitCode, 0);
        QCOMPARE(cli(store, QStringLiteral("volume rm journaled")).exitCode, 0);
        const QString events = text(runPorthole(store, {QStringLiteral("events"), QStringLiteral("--since"), QStringLiteral("1h"), QStringLiteral("--until"),
                                                        QStringLiteral("0s"), QStringLiteral("--filter"), QStringLiteral("type=volume"), QStringLiteral("--format"),
                                                        QStringLiteral("{{.Action}} {{.Actor.ID}}{{if eq .Action \"mount\"}} {{.Actor.Attributes.destination}}{{end}}")}).out);
        QCOMPARE(events, QStringLiteral("create journaled\nmount journaled /j\nunmount journaled\ndestroy journaled"));
        QCOMPARE(text(runPorthole(store, {QStringLiteral("events"), QStringLiteral("--since"), QStringLiteral("1h"), QStringLiteral("--until"), QStringLiteral("0s"),
                                          QStringLiteral("--filter"), QStringLiteral("volume=journaled"), QStringLiteral("--filter"), QStringLiteral("event=destroy")}).out)
                     .contains(QStringLiteral(" volume destroy journaled (driver=local)")),
                 true);
    }
};

QTEST_GUILESS_MAIN(TestVolumes)
#include "tst_volumes.moc"
