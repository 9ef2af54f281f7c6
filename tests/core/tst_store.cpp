// The image store as a whole: save/load round trips, every archive layout,
// digest checks, concurrent processes and kill -9 at any moment.
#include "base/fsutil.h"
#include "images/imagestore.h"
#include "base/sha256.h"
#include "base/filelock.h"
#include "base/tempwork.h"
#include "base/hierarchytop.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>
#include <csignal>
#include <fcntl.h>
#include <linux/fs.h>
#include <linux/magic.h>
#include <sys/ioctl.h>
#include <sys/vfs.h>
#include <unistd.h>

using namespace porthole;
using namespace testsupport;

namespace {

QByteArray layerTar(const QByteArray &marker)
{
    return makeTar({{"etc/", 'd'}, {"etc/marker", 'f', marker}, {"bin/", 'd'}, {"bin/tool", 'f', "tool", {}, 0755}});
}

QByteArray configFor(const QStringList &diffIds, const QString &cmd)
{
    QJsonArray ids;
    for (const QString &id : diffIds)
        ids.append(id);
    const QJsonObject config{{QLatin1String("architecture"), QStringLiteral("amd64")},
                             {QLatin1String("os"), QStringLiteral("linux")},
                             {QLatin1String("created"), QStringLiteral("2024-01-01T00:00:00Z")},
                             {QLatin1String("config"), QJsonObject{{QLatin1String("Cmd"), QJsonArray{cmd}}}},
                             {QLatin1String("rootfs"), QJsonObject{{QLatin1String("type"), QStringLiteral("layers")},
                                                                   {QLatin1String("diff_ids"), ids}}}};
    return QJsonDocument(config).toJson(QJsonDocument::Compact);
}

QByteArray json(const QJsonValue &value)
{
    return value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                           : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

Result<QStringList> loadBytes(ImageStore &store, const QByteArray &archive)
{
    QTemporaryDir dir;
    const QString path = writeFile(dir.path(), QStringLiteral("archive.tar"), archive);
    auto source = FdSource::openFile(path);
    Progress progress;
    return store.load(**source, progress);
}

QString importTar(ImageStore &store, const QByteArray &tar, const QString &reference)
{
    QTemporaryDir dir;
    auto source = FdSource::openFile(writeFile(dir.path(), QStringLiteral("rootfs.tar"), tar));
    Progress progress;
    auto id = store.importRootfs(**source, {reference, {}, {}}, progress);
    return id ? *id : QString();
}

// Every visible image is whole: config readable, all layers present and complete.
void verifyConsistent(const TempStore &temp)
{
    ImageStore store = temp.open();
    auto images = store.images();
    QVERIFY(images.has_value());
    for (const ImageInfo &image : *images)
        for (const QString &diffId : image.config.diffIds)
            QVERIFY2(store.layer(diffId).has_value(), qPrintable(diffId));
    for (const QString &layer : temp.layerDirs()) {
        QVERIFY2(!layer.startsWith(QLatin1Char('.')), qPrintable(layer));
        QVERIFY(QFileInfo::exists(temp.paths.layersDir() + QLatin1Char('/') + layer + QStringLiteral("/layer.json")));
    }
    QVERIFY2(temp.tmpEntries().isEmpty(), qPrintable(temp.tmpEntries().join(u' ')));
}

} // namespace

class TestStore : public QObject {
    Q_OBJECT
private slots:
    // A process tidying tmp/ while others start work there never makes one
    // of them fail (it once did: 1 of 20 parallel `run -d` in CI).
    void workDirectoriesSurviveAConcurrentTidy()
    {
        QTemporaryDir dir;
        const QString tmp = dir.path() + QStringLiteral("/tmp");
        std::atomic<bool> done{false};
        QThread *tidier = QThread::create([&] {
            while (!done)
                porthole::TempWork::removeAbandoned(tmp);
        });
        tidier->start();
        int failures = 0;
        QString firstError;
        for (int i = 0; i < 3000; ++i) {
            auto work = porthole::TempWork::create(tmp);
            if (!work) {
                if (firstError.isEmpty())
                    firstError = work.error().message;
                ++failures;
            }
        }
        done = true;
        tidier->wait();
        delete tidier;
        QVERIFY2(failures == 0, qPrintable(QStringLiteral("%1 failures, first: %2").arg(failures).arg(firstError)));
    }

    // A process killed between taking its lock and making its directory
    // leaves a lock file alone; the next tidy removes it at once (CI once
    // found one left by a kill during import), but never a held one.
    void tidyRemovesOrphanLocksButNotHeldOnes()
    {
        QTemporaryDir dir;
        const QString tmp = dir.path() + QStringLiteral("/tmp");
        QVERIFY(QDir().mkpath(tmp));
        QFile orphan(tmp + QStringLiteral("/0123456789abcdef.lock"));
        QVERIFY(orphan.open(QIODevice::WriteOnly));
        orphan.close();
        auto held = porthole::FileLock::acquire(tmp + QStringLiteral("/fedcba9876543210.lock"));
        QVERIFY(held.has_value());
        porthole::TempWork::removeAbandoned(tmp);
        QCOMPARE(QDir(tmp).entryList(QDir::Files), QStringList{QStringLiteral("fedcba9876543210.lock")});
    }

    // tmp/, where every layer and container directory is made, is the top
    // of directory hierarchies for ext2/3/4 (chattr +T), so each layer's
    // inodes start in a quiet block group (hierarchytop.h); on a file system
    // without the flag nothing changes and work goes on.
    void workDirectoriesStartNewHierarchies()
    {
        QTemporaryDir dir;
        const QString tmp = dir.path() + QStringLiteral("/tmp");
        auto work = porthole::TempWork::create(tmp);
        QVERIFY2(work.has_value(), work ? "" : qPrintable(work.error().message));
        struct statfs fs {};
        QCOMPARE(::statfs(QFile::encodeName(tmp).constData(), &fs), 0);
        const int fd = ::open(QFile::encodeName(tmp).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        QVERIFY(fd >= 0);
        int flags = 0;
        const int got = ::ioctl(fd, FS_IOC_GETFLAGS, &flags);
        ::close(fd);
        if (fs.f_type == EXT4_SUPER_MAGIC) { // ext2, ext3 and ext4 share it
            QCOMPARE(got, 0);
            QVERIFY2(flags & FS_TOPDIR_FL, "tmp/ is not marked as a hierarchy top (lsattr would show T)");
        } else {
            QCOMPARE(porthole::markHierarchyTop(tmp), got == 0 && (flags & FS_TOPDIR_FL));
        }
        // On tmpfs, which has no such flag, work is made all the same.
        QTemporaryDir shm(QStringLiteral("/dev/shm/tst_store-XXXXXX"));
        QVERIFY(shm.isValid());
        QVERIFY(!porthole::markHierarchyTop(shm.path()));
        QVERIFY(porthole::TempWork::create(shm.path() + QStringLiteral("/tmp")).has_value());
    }

    void initTestCase() { REQUIRE_ROOT(); }

    void saveThenLoadReproducesIds()
    {
        TempStore source;
        ImageStore a = source.open();
        const QString first = importTar(a, layerTar("one"), QStringLiteral("app:1"));
        const QString second = importTar(a, layerTar("two"), QStringLiteral("app:2"));
        QVERIFY(!first.isEmpty() && !second.isEmpty());
        QVERIFY(a.tag(QStringLiteral("app:1"), QStringLiteral("other/name:v1")).has_value());
        QTemporaryDir out;
        const QString archive = out.path() + QStringLiteral("/saved.tar");
        Progress progress;
        REQUIRE_OK(a.saveToFile({QStringLiteral("app"), QStringLiteral("other/name:v1")}, archive, progress));

        TempStore target;
        ImageStore b = target.open();
        auto source2 = FdSource::openFile(archive);
        auto lines = b.load(**source2, progress);
        QVERIFY2(lines.has_value(), lines ? "" : qPrintable(lines.error().message));
        QVERIFY(lines->contains(QStringLiteral("Loaded image: app:1")));
        QVERIFY(lines->contains(QStringLiteral("Loaded image: app:2")));
        QVERIFY(lines->contains(QStringLiteral("Loaded image: other/name:v1")));
        QCOMPARE(b.image(QStringLiteral("app:1"))->id, first);
        QCOMPARE(b.image(QStringLiteral("app:2"))->id, second);
        QCOMPARE(b.image(QStringLiteral("other/name:v1"))->id, first);
        QCOMPARE(b.image(QStringLiteral("app:1"))->config.diffIds, a.image(QStringLiteral("app:1"))->config.diffIds);
        QCOMPARE(b.image(QStringLiteral("app:1"))->configBytes, a.image(QStringLiteral("app:1"))->configBytes);
        // Save from the second store again: the same bytes for the layers.
        const QString again = out.path() + QStringLiteral("/again.tar");
        REQUIRE_OK(b.saveToFile({QStringLiteral("app:1")}, again, progress));
        QVERIFY(QFileInfo(again).size() > 0);
    }

    void loadsDockersOlderLayoutWithSymlinkedLayers()
    {
        const QByteArray layer = layerTar("legacy");
        const QString diffId = QStringLiteral("sha256:") + Sha256::hexOf(layer);
        const QByteArray config = configFor({diffId, diffId}, QStringLiteral("legacy"));
        const QString configHex = Sha256::hexOf(config);
        const QByteArray manifest = json(QJsonArray{QJsonObject{
            {QLatin1String("Config"), QString(configHex + QStringLiteral(".json"))},
            {QLatin1String("RepoTags"), QJsonArray{QStringLiteral("legacy:1")}},
            {QLatin1String("Layers"), QJsonArray{QStringLiteral("aaaa/layer.tar"), QStringLiteral("bbbb/layer.tar")}}}});
        const QByteArray archive = makeTar({{"aaaa/", 'd'}, {"aaaa/VERSION", 'f', "1.0"}, {"aaaa/json", 'f', "{}"},
                                            {"aaaa/layer.tar", 'f', layer},
                                            {"bbbb/", 'd'}, {"bbbb/layer.tar", 'l', {}, "../aaaa/layer.tar"},
                                            {QFile::encodeName(configHex + QStringLiteral(".json")), 'f', config},
                                            {"manifest.json", 'f', manifest},
                                            {"repositories", 'f', "{\"legacy\":{\"1\":\"bbbb\"}}"}});
        TempStore temp;
        ImageStore store = temp.open();
        auto lines = loadBytes(store, archive);
        QVERIFY2(lines.has_value(), lines ? "" : qPrintable(lines.error().message));
        QCOMPARE(*lines, QStringList{QStringLiteral("Loaded image: legacy:1")});
        QCOMPARE(store.image(QStringLiteral("legacy:1"))->id, QStringLiteral("sha256:") + configHex);
        QCOMPARE(temp.layerDirs().size(), 1);
    }

    void loadsPlainOciLayoutWithCompressedLayers_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QString>("mediaType");
        QTest::newRow("gzip") << "gzip" << "application/vnd.oci.image.layer.v1.tar+gzip";
        QTest::newRow("zstd") << "zstd" << "application/vnd.oci.image.layer.v1.tar+zstd";
        QTest::newRow("plain") << "" << "application/vnd.oci.image.layer.v1.tar";
    }
    void loadsPlainOciLayoutWithCompressedLayers()
    {
        QFETCH(QString, filter);
        QFETCH(QString, mediaType);
        const QByteArray layer = layerTar("oci");
        const QByteArray blob = filter.isEmpty() ? layer : compress(layer, filter);
        const QByteArray config = configFor({QStringLiteral("sha256:") + Sha256::hexOf(layer)}, QStringLiteral("oci"));
        auto descriptor = [](const QString &type, const QByteArray &bytes) {
            return QJsonObject{{QLatin1String("mediaType"), type},
                               {QLatin1String("digest"), QString(QStringLiteral("sha256:") + Sha256::hexOf(bytes))},
                               {QLatin1String("size"), bytes.size()}};
        };
        const QByteArray manifest = json(QJsonObject{
            {QLatin1String("schemaVersion"), 2},
            {QLatin1String("config"), descriptor(QStringLiteral("application/vnd.oci.image.config.v1+json"), config)},
            {QLatin1String("layers"), QJsonArray{descriptor(mediaType, blob)}}});
        QJsonObject tagged = descriptor(QStringLiteral("application/vnd.oci.image.manifest.v1+json"), manifest);
        tagged.insert(QLatin1String("annotations"), QJsonObject{{QLatin1String("io.containerd.image.name"), QStringLiteral("docker.io/library/oci:1")}});
        QJsonObject tagOnly = descriptor(QStringLiteral("application/vnd.oci.image.manifest.v1+json"), manifest);
        tagOnly.insert(QLatin1String("annotations"), QJsonObject{{QLatin1String("org.opencontainers.image.ref.name"), QStringLiteral("latest")}});
        const QByteArray index = json(QJsonObject{{QLatin1String("schemaVersion"), 2},
                                                  {QLatin1String("manifests"), QJsonArray{tagged, tagOnly}}});
        auto blobName = [](const QByteArray &bytes) -> QByteArray { return QByteArray("blobs/sha256/") + Sha256::hexOf(bytes).toLatin1(); };
        const QByteArray archive = makeTar({{"oci-layout", 'f', "{\"imageLayoutVersion\":\"1.0.0\"}"},
                                            {"index.json", 'f', index},
                                            {blobName(manifest), 'f', manifest},
                                            {blobName(config), 'f', config},
                                            {blobName(blob), 'f', blob}},
                                           QStringLiteral("gzip"));
        TempStore temp;
        ImageStore store = temp.open();
        auto lines = loadBytes(store, archive);
        QVERIFY2(lines.has_value(), lines ? "" : qPrintable(lines.error().message));
        QVERIFY(lines->contains(QStringLiteral("Loaded image: oci:1")));
        QVERIFY(lines->contains(QStringLiteral("Loaded image ID: sha256:") + Sha256::hexOf(config)));
        QCOMPARE(store.image(QStringLiteral("oci:1"))->config.diffIds.first(), QStringLiteral("sha256:") + Sha256::hexOf(layer));
    }

    void wrongDiffIdIsRefusedWithDockersText()
    {
        const QByteArray layer = layerTar("real");
        const QString claimed = QStringLiteral("sha256:") + Sha256::hexOf("something else");
        const QByteArray config = configFor({claimed}, QStringLiteral("bad"));
        const QString configHex = Sha256::hexOf(config);
        const QByteArray manifest = json(QJsonArray{QJsonObject{{QLatin1String("Config"), QString(configHex + QStringLiteral(".json"))},
                                                                 {QLatin1String("RepoTags"), QJsonArray{QStringLiteral("bad:1")}},
                                                                 {QLatin1String("Layers"), QJsonArray{QStringLiteral("x/layer.tar")}}}});
        const QByteArray archive = makeTar({{"x/layer.tar", 'f', layer},
                                            {QFile::encodeName(configHex + QStringLiteral(".json")), 'f', config},
                                            {"manifest.json", 'f', manifest}});
        TempStore temp;
        ImageStore store = temp.open();
        auto lines = loadBytes(store, archive);
        QVERIFY(!lines.has_value());
        QCOMPARE(lines.error().message, QStringLiteral("invalid diffID for layer 0: expected %1, got sha256:%2")
                                            .arg(claimed, Sha256::hexOf(layer)));
        QVERIFY(temp.isEmpty());
    }

    void brokenArchivesChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("archive");
        QTest::addColumn<QString>("expected");
        QTest::newRow("rootfs, not an image") << layerTar("x") << "not an image archive";
        QTest::newRow("garbage") << QByteArray(5000, 'g') << "not an image archive";
        QTest::newRow("bad manifest") << makeTar({{"manifest.json", 'f', "{oops"}}) << "manifest.json";
        QTest::newRow("missing config") << makeTar({{"manifest.json", 'f', "[{\"Config\":\"c.json\",\"Layers\":[]}]"}}) << "c.json is missing";
        QTest::newRow("missing blob") << makeTar({{"oci-layout", 'f', "{}"}, {"index.json", 'f', "{\"manifests\":[{\"digest\":\"sha256:0000000000000000000000000000000000000000000000000000000000000000\"}]}"}}) << "is missing";
        TempStore temp;
        ImageStore store = temp.open();
        const QString id = importTar(store, layerTar("t"), QStringLiteral("t:1"));
        QTemporaryDir dir;
        Progress progress;
        const QString path = dir.path() + QStringLiteral("/good.tar");
        REQUIRE_OK(store.saveToFile({QStringLiteral("t:1")}, path, progress));
        const QByteArray good = readWholeFile(path).value();
        QTest::newRow("truncated archive") << good.left(good.size() / 2) << "";
    }
    void brokenArchivesChangeNothing()
    {
        QFETCH(QByteArray, archive);
        QFETCH(QString, expected);
        TempStore temp;
        ImageStore store = temp.open();
        auto lines = loadBytes(store, archive);
        QVERIFY(!lines.has_value());
        QVERIFY2(lines.error().message.contains(expected), qPrintable(lines.error().message));
        QVERIFY(temp.isEmpty());
    }

    void cancelledSaveLeavesNoFile()
    {
        TempStore temp;
        ImageStore store = temp.open();
        QList<TarEntry> entries;
        for (int i = 0; i < 40; ++i)
            entries.append({QByteArray("f") + QByteArray::number(i), 'f', QByteArray(300000, char('a' + i % 26))});
        QVERIFY(!importTar(store, makeTar(entries), QStringLiteral("big:1")).isEmpty());
        QTemporaryDir out;
        const QString path = out.path() + QStringLiteral("/saved.tar");
        Progress *self = nullptr;
        Progress progress([&](qint64 bytes, qint64) {
            if (bytes > (2 << 20))
                self->cancel();
        });
        self = &progress;
        auto saved = store.saveToFile({QStringLiteral("big:1")}, path, progress);
        QVERIFY(!saved);
        QCOMPARE(saved.error().message, QStringLiteral("cancelled"));
        QCOMPARE(QDir(out.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
    }

    void removeFollowsDockersRules()
    {
        TempStore temp;
        ImageStore store = temp.open();
        const QString id = importTar(store, layerTar("r"), QStringLiteral("r:1"));
        QVERIFY(store.tag(QStringLiteral("r:1"), QStringLiteral("r:2")).has_value());
        auto refused = store.remove(id.mid(7, 12), false);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.startsWith(QStringLiteral("conflict: unable to delete ")));
        QCOMPARE(store.remove(QStringLiteral("r:1"), false).value(), QStringList{QStringLiteral("Untagged: r:1")});
        QCOMPARE(store.remove(QStringLiteral("r:9"), false).error().message, QStringLiteral("No such image: r:9"));
        auto removed = store.remove(id.mid(7, 12), true);
        QVERIFY(removed.has_value());
        QCOMPARE(removed->first(), QStringLiteral("Untagged: r:2"));
        QVERIFY(removed->contains(QStringLiteral("Deleted: ") + id));
        QVERIFY(temp.isEmpty());
    }

    void concurrentImportsLoseNothing()
    {
        TempStore temp;
        temp.open();
        QTemporaryDir dir;
        const int count = 6;
        QList<QProcess *> processes;
        for (int i = 0; i < count; ++i) {
            QList<TarEntry> entries{{"data", 'f', QByteArray(3 << 20, char('a' + i))}};
            const QString tar = writeFile(dir.path(), QStringLiteral("r%1.tar").arg(i), makeTar(entries));
            auto *process = new QProcess(this);
            process->start(QStringLiteral(PORTHOLE_BIN), {QStringLiteral("--root"), temp.paths.root, QStringLiteral("import"),
                                                          tar, QStringLiteral("parallel:%1").arg(i)});
            processes.append(process);
        }
        // Meanwhile another process keeps listing: it must never fail.
        int listings = 0;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 3000) {
            bool running = false;
            for (auto *process : processes)
                running = running || process->state() != QProcess::NotRunning;
            auto listing = runPorthole(temp, {QStringLiteral("images")});
            QCOMPARE(listing.exitCode, 0);
            ++listings;
            if (!running)
                break;
        }
        for (auto *process : processes) {
            QVERIFY(process->waitForFinished(60000));
            QCOMPARE(process->exitCode(), 0);
        }
        ImageStore store = temp.open();
        for (int i = 0; i < count; ++i)
            QVERIFY2(store.image(QStringLiteral("parallel:%1").arg(i)).has_value(), qPrintable(QString::number(i)));
        QCOMPARE(store.images()->size(), count);
        QVERIFY(listings > 0);
        verifyConsistent(temp);
    }

    void killDuringImportLeavesAConsistentStore()
    {
        TempStore temp;
        temp.open();
        QTemporaryDir dir;
        QList<TarEntry> entries;
        QRandomGenerator generator(5);
        for (int i = 0; i < 400; ++i) {
            QByteArray data(100000, Qt::Uninitialized);
            generator.fillRange(reinterpret_cast<quint32 *>(data.data()), data.size() / 4);
            entries.append({QByteArray("f") + QByteArray::number(i), 'f', data});
        }
        const QString tar = writeFile(dir.path(), QStringLiteral("big.tar"), makeTar(entries));
        int killedMidway = 0;
        for (int delay : {5, 20, 60, 120, 200, 300, 450}) {
            QProcess process;
            process.start(QStringLiteral(PORTHOLE_BIN), {QStringLiteral("--root"), temp.paths.root, QStringLiteral("import"),
                                                         tar, QStringLiteral("killed:%1").arg(delay)});
            QVERIFY(process.waitForStarted());
            QThread::msleep(delay);
            if (process.state() == QProcess::Running) {
                ::kill(pid_t(process.processId()), SIGKILL);
                ++killedMidway;
            }
            process.waitForFinished();
            // The next command tidies up and sees either the whole image or none.
            auto listing = runPorthole(temp, {QStringLiteral("images")});
            QCOMPARE(listing.exitCode, 0);
            verifyConsistent(temp);
        }
        QVERIFY(killedMidway >= 3);
    }
};

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
