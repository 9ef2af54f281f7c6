// Black-box tests of the real porthole binary: Docker's output and errors,
// and archives that skopeo and umoci (third-party tools) accept and produce.
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace testsupport;

namespace {

QByteArray sampleRootfs()
{
    return makeTar({{"./", 'd', {}, {}, 0755}, {"etc/", 'd'}, {"etc/os-release", 'f', "NAME=sample\n"},
                    {"tmp/", 'd', {}, {}, 01777}, {"bin/", 'd'}, {"bin/hello", 'f', "#!/bin/sh\necho hello\n", {}, 0755}});
}

QString text(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes);
}

// One error line (and Docker's "See 'porthole --help'" hint, when it gives one).
bool isOneErrorLine(const RunResult &run)
{
    const qsizetype lines = run.err.count('\n') - (run.err.contains("\nSee 'porthole") ? 1 : 0);
    return run.out.isEmpty() && run.err.startsWith("Error: ") && lines == 1 && run.err.endsWith('\n');
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { REQUIRE_ROOT(); }

    void starterImageAndListings()
    {
        TempStore store;
        auto built = runPorthole(store, {QStringLiteral("image"), QStringLiteral("build-busybox")});
        QCOMPARE(built.exitCode, 0);
        QVERIFY(QRegularExpression(QStringLiteral("^sha256:[0-9a-f]{64}\n$")).match(text(built.out)).hasMatch());
        const QString shortId = text(built.out).mid(7, 12);

        auto images = runPorthole(store, {QStringLiteral("images")});
        QCOMPARE(images.exitCode, 0);
        const QStringList lines = text(images.out).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0), QStringLiteral("REPOSITORY   TAG       IMAGE ID       CREATED                  SIZE"));
        QVERIFY2(QRegularExpression(QStringLiteral("^busybox      latest    %1   (Less than a second|\\d+ seconds?) ago +[0-9.]+MB$").arg(shortId))
                     .match(lines.at(1)).hasMatch(), qPrintable(lines.at(1)));
        QCOMPARE(text(runPorthole(store, {QStringLiteral("images"), QStringLiteral("-q")}).out), shortId + QLatin1Char('\n'));
        QVERIFY(text(runPorthole(store, {QStringLiteral("images"), QStringLiteral("--no-trunc")}).out).contains(text(built.out).trimmed()));
        QCOMPARE(text(runPorthole(store, {QStringLiteral("inspect"), QStringLiteral("-f"), QStringLiteral("{{.Config.Cmd}} {{.Os}}"),
                                          QStringLiteral("busybox")}).out),
                 QStringLiteral("[sh] linux\n"));
        const QJsonDocument inspect = QJsonDocument::fromJson(runPorthole(store, {QStringLiteral("image"), QStringLiteral("inspect"), QStringLiteral("busybox")}).out);
        QCOMPARE(inspect.array().first().toObject().value(QLatin1String("Id")).toString(), text(built.out).trimmed());
        QCOMPARE(inspect.array().first().toObject().value(QLatin1String("RepoTags")).toArray().first().toString(), QStringLiteral("busybox:latest"));
        auto history = runPorthole(store, {QStringLiteral("history"), QStringLiteral("busybox")});
        QVERIFY(text(history.out).startsWith(QStringLiteral("IMAGE          CREATED                  CREATED BY   SIZE      COMMENT\n") + shortId));
        QVERIFY(text(history.out).contains(QStringLiteral("Built by porthole from ")));
        // The seed's command set, with porthole in place of docker.
        QCOMPARE(runPorthole(store, {QStringLiteral("tag"), QStringLiteral("busybox"), QStringLiteral("busybox:test")}).exitCode, 0);
        QCOMPARE(text(runPorthole(store, {QStringLiteral("rmi"), QStringLiteral("busybox:test")}).out), QStringLiteral("Untagged: busybox:test\n"));
    }

    void importWithChangesFromFileAndStdin()
    {
        TempStore store;
        QTemporaryDir dir;
        const QString file = writeFile(dir.path(), QStringLiteral("rootfs.tar.gz"), compress(sampleRootfs(), QStringLiteral("gzip")));
        auto imported = runPorthole(store, {QStringLiteral("import"), QStringLiteral("-c"), QStringLiteral("CMD [\"/bin/hello\"]"),
                                            QStringLiteral("--change"), QStringLiteral("ENV GREETING=hi"), QStringLiteral("-c"),
                                            QStringLiteral("EXPOSE 8080"), QStringLiteral("-c"), QStringLiteral("WORKDIR /tmp"),
                                            QStringLiteral("-m"), QStringLiteral("my message"), file, QStringLiteral("sample:gz")});
        QCOMPARE(imported.exitCode, 0);
        const QJsonObject config = QJsonDocument::fromJson(runPorthole(store, {QStringLiteral("inspect"), QStringLiteral("-f"),
                                                                              QStringLiteral("{{json .Config}}"), QStringLiteral("sample:gz")}).out).object();
        QCOMPARE(config.value(QLatin1String("Cmd")).toArray(), QJsonArray{QStringLiteral("/bin/hello")});
        QCOMPARE(config.value(QLatin1String("Env")).toArray(), QJsonArray{QStringLiteral("GREETING=hi")});
        QVERIFY(config.value(QLatin1String("ExposedPorts")).toObject().contains(QLatin1String("8080/tcp")));
        QCOMPARE(config.value(QLatin1String("WorkingDir")).toString(), QStringLiteral("/tmp"));
        QVERIFY(text(runPorthole(store, {QStringLiteral("history"), QStringLiteral("sample:gz")}).out).contains(QStringLiteral("my message")));

        auto fromStdin = runPorthole(store, {QStringLiteral("import"), QStringLiteral("-"), QStringLiteral("sample:stdin")}, sampleRootfs());
        QCOMPARE(fromStdin.exitCode, 0);
        QVERIFY(text(runPorthole(store, {QStringLiteral("history"), QStringLiteral("sample:stdin")}).out).contains(QStringLiteral("Imported from -")));
        // An untagged import shows as <none>.
        QCOMPARE(runPorthole(store, {QStringLiteral("import"), file}).exitCode, 0);
        QVERIFY(text(runPorthole(store, {QStringLiteral("images")}).out).contains(QStringLiteral("<none>       <none>")));
    }

    void badInputIsOneLineAndChangesNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad change") << QStringList{QStringLiteral("import"), QStringLiteral("-c"), QStringLiteral("RUN rm -rf /"), QStringLiteral("FILE"), QStringLiteral("x:1")}
                                    << 1 << "Error: run is not a valid change command\n";
        QTest::newRow("bad reference") << QStringList{QStringLiteral("import"), QStringLiteral("FILE"), QStringLiteral("Bad:1")}
                                       << 1 << "Error: invalid reference format: repository name must be lowercase\n";
        QTest::newRow("missing file") << QStringList{QStringLiteral("import"), QStringLiteral("/nonexistent.tar")} << 1
                                      << "Error: open /nonexistent.tar: no such file or directory\n";
        QTest::newRow("unknown flag") << QStringList{QStringLiteral("images"), QStringLiteral("--frob")} << 125
                                      << "Error: unknown flag: --frob (see 'porthole image ls --help')\n";
        QTest::newRow("no such image") << QStringList{QStringLiteral("rmi"), QStringLiteral("nope")} << 1 << "Error: No such image: nope\n";
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << 1
                                         << "Error: porthole: 'frobnicate' is not a porthole command.\nSee 'porthole --help'\n";
        QTest::newRow("load garbage") << QStringList{QStringLiteral("load"), QStringLiteral("-i"), QStringLiteral("GARBAGE")} << 1 << "";
        QTest::newRow("save missing") << QStringList{QStringLiteral("save"), QStringLiteral("-o"), QStringLiteral("OUT"), QStringLiteral("nope")} << 1
                                      << "Error: No such image: nope\n";
        QTest::newRow("url") << QStringList{QStringLiteral("import"), QStringLiteral("http://example.com/x.tar")} << 1 << "";
    }
    void badInputIsOneLineAndChangesNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        TempStore store;
        QTemporaryDir dir;
        const QString file = writeFile(dir.path(), QStringLiteral("rootfs.tar"), sampleRootfs());
        const QString garbage = writeFile(dir.path(), QStringLiteral("garbage.tar"), QByteArray(3000, 'z'));
        for (QString &arg : args)
            arg.replace(QLatin1String("FILE"), file).replace(QLatin1String("GARBAGE"), garbage)
                .replace(QLatin1String("OUT"), dir.path() + QStringLiteral("/out.tar"));
        auto run = runPorthole(store, args);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(isOneErrorLine(run), run.err.constData());
        if (!message.isEmpty())
            QCOMPARE(text(run.err), message);
        QVERIFY(store.isEmpty());
        QVERIFY(!QFileInfo::exists(dir.path() + QStringLiteral("/out.tar")));
    }

    void savedArchiveIsReadBySkopeoAndUmoci()
    {
        TempStore store;
        QCOMPARE(runPorthole(store, {QStringLiteral("image"), QStringLiteral("build-busybox")}).exitCode, 0);
        QTemporaryDir dir;
        const QString archive = dir.path() + QStringLiteral("/busybox.tar");
        QCOMPARE(runPorthole(store, {QStringLiteral("save"), QStringLiteral("-o"), archive, QStringLiteral("busybox")}).exitCode, 0);
        // To stdout: the same bytes.
        auto streamed = runPorthole(store, {QStringLiteral("save"), QStringLiteral("busybox")});
        QCOMPARE(streamed.exitCode, 0);
        QCOMPARE(streamed.out, fileBytes(archive));

        const QString id = text(runPorthole(store, {QStringLiteral("images"), QStringLiteral("-q"), QStringLiteral("--no-trunc")}).out).trimmed();
        for (const QString &transport : {QStringLiteral("docker-archive:"), QStringLiteral("oci-archive:")}) {
            auto inspected = runProgram(QStringLiteral("skopeo"), {QStringLiteral("inspect"), QStringLiteral("--raw"), QStringLiteral("--config"), transport + archive});
            QVERIFY2(inspected.exitCode == 0, inspected.err.constData());
            QCOMPARE(QJsonDocument::fromJson(inspected.out).object().value(QLatin1String("config")).toObject()
                         .value(QLatin1String("Cmd")).toArray(), QJsonArray{QStringLiteral("sh")});
        }
        const QString layout = dir.path() + QStringLiteral("/layout");
        QDir().mkpath(layout);
        QCOMPARE(runProgram(QStringLiteral("tar"), {QStringLiteral("-C"), layout, QStringLiteral("-xf"), archive}).exitCode, 0);
        auto listed = runProgram(QStringLiteral("umoci"), {QStringLiteral("ls"), QStringLiteral("--layout"), layout});
        QCOMPARE(listed.exitCode, 0);
        QCOMPARE(text(listed.out).trimmed(), QStringLiteral("latest"));
        const QString bundle = dir.path() + QStringLiteral("/bundle");
        auto unpacked = runProgram(QStringLiteral("umoci"), {QStringLiteral("unpack"), QStringLiteral("--image"), layout + QStringLiteral(":latest"), bundle});
        QVERIFY2(unpacked.exitCode == 0, unpacked.err.constData());
        QVERIFY(QFileInfo(bundle + QStringLiteral("/rootfs/bin/busybox")).isExecutable());
        QVERIFY(QFileInfo::exists(bundle + QStringLiteral("/rootfs/bin/sh")));

        // skopeo writes archives back in Docker's older layout and in OCI
        // with zstd layers: both load, and the docker one keeps the id.
        const QString old = dir.path() + QStringLiteral("/old.tar");
        const QString oci = dir.path() + QStringLiteral("/oci.tar");
        QCOMPARE(runProgram(QStringLiteral("skopeo"), {QStringLiteral("copy"), QStringLiteral("-q"), QStringLiteral("docker-archive:") + archive,
                                                        QStringLiteral("docker-archive:") + old + QStringLiteral(":busybox:old")}).exitCode, 0);
        auto copied = runProgram(QStringLiteral("skopeo"), {QStringLiteral("copy"), QStringLiteral("-q"), QStringLiteral("--dest-compress"),
                                                             QStringLiteral("--dest-compress-format"), QStringLiteral("zstd"), QStringLiteral("docker-archive:") + archive,
                                                             QStringLiteral("oci-archive:") + oci + QStringLiteral(":busybox:zstd")});
        QVERIFY2(copied.exitCode == 0, copied.err.constData());
        TempStore other;
        auto loadedOld = runPorthole(other, {QStringLiteral("load"), QStringLiteral("-i"), old});
        QCOMPARE(text(loadedOld.out), QStringLiteral("Loaded image: busybox:old\n"));
        QCOMPARE(text(runPorthole(other, {QStringLiteral("images"), QStringLiteral("-q"), QStringLiteral("--no-trunc")}).out).trimmed(), id);
        auto loadedOci = runPorthole(other, {QStringLiteral("load")}, fileBytes(oci));
        QVERIFY2(loadedOci.exitCode == 0, loadedOci.err.constData());
        QCOMPARE(text(loadedOci.out), QStringLiteral("Loaded image: busybox:zstd\n"));
        // And our own archive, piped through gzip, loads from stdin.
        auto gz = runProgram(QStringLiteral("gzip"), {QStringLiteral("-c"), archive});
        auto loaded = runPorthole(other, {QStringLiteral("load")}, gz.out);
        QCOMPARE(text(loaded.out), QStringLiteral("Loaded image: busybox:latest\n"));
        QCOMPARE(text(runPorthole(other, {QStringLiteral("inspect"), QStringLiteral("-f"), QStringLiteral("{{.Id}}"), QStringLiteral("busybox:latest")}).out).trimmed(), id);
    }

    void removingTheLastImageDeletesItsLayers()
    {
        TempStore store;
        QCOMPARE(runPorthole(store, {QStringLiteral("image"), QStringLiteral("build-busybox")}).exitCode, 0);
        auto removed = runPorthole(store, {QStringLiteral("rmi"), QStringLiteral("busybox")});
        QCOMPARE(removed.exitCode, 0);
        const QStringList lines = text(removed.out).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0), QStringLiteral("Untagged: busybox:latest"));
        QVERIFY(lines.at(1).startsWith(QStringLiteral("Deleted: sha256:")));
        QVERIFY(lines.at(2).startsWith(QStringLiteral("Deleted: sha256:")));
        QVERIFY(store.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
