// docker pull against a docker-registry on 127.0.0.1: by tag and by digest
// (the image id is the config's digest, as skopeo and Docker have it),
// gzip/zstd/plain layers, a multi-platform index, layers already there, a
// corrupted blob, a connection dropped mid-layer (resumed with Range), the
// registry killed mid-pull, kill -9 of porthole pull, cancel, a docker.io
// mirror from registries.conf, RepoDigests through tag and rmi, and the
// CLI's texts.
#include "base/events.h"
#include "base/fsutil.h"
#include "registry/pull.h"
#include "registryfixture.h"
#include "tcprelay.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtConcurrent>
#include <condition_variable>
#include <mutex>

using namespace porthole;
using namespace registrytest;
using testsupport::TempStore;

namespace {

struct Capture {
    QStringList messages;
    QList<LayerProgress> updates;
    std::mutex mutex;
    std::condition_variable changed;

    TransferObserver observer()
    {
        return TransferObserver{[this](const QString &line) {
                                    std::lock_guard guard(mutex);
                                    messages.append(line);
                                },
                                [this](const LayerProgress &update) {
                                    std::lock_guard guard(mutex);
                                    updates.append(update);
                                    changed.notify_all();
                                }};
    }
    QStringList statuses(const QString &status)
    {
        std::lock_guard guard(mutex);
        QStringList ids;
        for (const LayerProgress &update : std::as_const(updates))
            if (update.status == status)
                ids.append(update.id);
        return ids;
    }
    bool waitFor(const QString &status)
    {
        std::unique_lock lock(mutex);
        return changed.wait_for(lock, std::chrono::seconds(60), [&] {
            return std::any_of(updates.begin(), updates.end(), [&](const LayerProgress &u) { return u.status == status; });
        });
    }
};

QStringList eventActions(const TempStore &store)
{
    qint64 offset = 0;
    QStringList actions;
    for (const Event &event : readEvents(store.paths.root, offset).value_or(QList<Event>()))
        if (event.type == QLatin1String("image"))
            actions.append(event.action + QLatin1Char(' ') + event.id);
    return actions;
}

bool hasLayerWorkDir(const TempStore &store)
{
    for (const QString &entry : store.tmpEntries())
        if (QFileInfo(store.paths.tmpDir() + QLatin1Char('/') + entry + QStringLiteral("/layer")).isDir())
            return true;
    return false;
}

} // namespace

class TestRegistryPull : public QObject {
    Q_OBJECT

    QTemporaryDir m_home; // credentials and registries.conf of this test, never the user's
    QString m_conf;

    std::unique_ptr<RegistryContext> context(const RegistriesConf &conf = {})
    {
        return std::make_unique<RegistryContext>(conf, CredentialStore(m_home.filePath(QStringLiteral("auth.json")),
                                                                       m_home.filePath(QStringLiteral("docker.json"))),
                                                 TlsSettings({m_home.filePath(QStringLiteral("certs.d"))}));
    }

    // A registry with one image: layers gzip, zstd and plain.
    ServedImage serve(const QString &dir, const QList<LayerSpec> &layers, const QString &repository = QStringLiteral("test/app:v1"))
    {
        return serveImage(dir, layers, repository);
    }

    // Two images on one registry that share their first layer: first as
    // served, second pushed beside it by skopeo as test/b:v1.
    struct SharingImages {
        ServedImage first;
        OciImage second;
        QString secondReference;
    };
    SharingImages serveTwoSharingALayer(const QTemporaryDir &work, const QByteArray &shared, QString *error)
    {
        SharingImages images;
        images.first = serve(work.filePath(QStringLiteral("a")), {{shared, QStringLiteral("gzip")}, {fileLayer("a", "a"), QStringLiteral("gzip")}});
        OciLayout layout(work.filePath(QStringLiteral("b")));
        images.second = layout.addImage({{shared, QStringLiteral("gzip")}, {fileLayer("b", "b"), QStringLiteral("gzip")}}, Platform::host(), QStringLiteral("b"));
        layout.tagImage(images.second, QStringLiteral("v"));
        images.secondReference = images.first.registry->host() + QStringLiteral("/test/b:v1");
        if (!skopeoPush(layout, QStringLiteral("v"), images.secondReference, error) && error->isEmpty())
            *error = QStringLiteral("skopeo could not push test/b:v1");
        return images;
    }

    QList<LayerSpec> threeLayers()
    {
        return {{fileLayer("etc/one", "gzip layer\n"), QStringLiteral("gzip")},
                {fileLayer("etc/two", "zstd layer\n"), QStringLiteral("zstd")},
                {fileLayer("etc/three", "plain layer\n"), QString()}};
    }

private slots:
    void initTestCase()
    {
        REQUIRE_ROOT();
        m_conf = isolateRegistrySettings(m_home.path());
    }

    void pullByTagThenByDigest()
    {
        QTemporaryDir work;
        ServedImage served = serve(work.path(), threeLayers());
        TempStore temp;
        ImageStore store = temp.open();
        auto registries = context();
        Capture capture;
        Progress progress;
        auto pulled = pullImage(*registries, store, {served.reference, std::nullopt}, capture.observer(), progress);
        QVERIFY2(pulled, qPrintable(pulled ? QString() : pulled.error().message));
        QCOMPARE(pulled->imageId, served.image.imageId);
        QCOMPARE(pulled->reference, served.reference);
        QVERIFY(pulled->downloaded);
        auto image = store.image(served.reference);
        QVERIFY(image);
        QCOMPARE(image->configBytes, served.image.config); // byte for byte: the id is Docker's
        QCOMPARE(image->repoDigests, QStringList{served.registry->host() + QStringLiteral("/test/app@") + served.image.manifestDigest});
        QCOMPARE(capture.statuses(layerstatus::pullComplete).size(), 3);
        for (const QString &file : {QStringLiteral("etc/one"), QStringLiteral("etc/two"), QStringLiteral("etc/three")}) {
            bool found = false;
            for (const QString &diffId : served.image.diffIds)
                found = found || QFile::exists(store.layer(diffId)->diffPath + QLatin1Char('/') + file);
            QVERIFY2(found, qPrintable(file));
        }
        QVERIFY(capture.messages.contains(QStringLiteral("Digest: ") + served.image.manifestDigest));
        QVERIFY(capture.messages.contains(QStringLiteral("Status: Downloaded newer image for ") + served.reference));
        QVERIFY(eventActions(temp).contains(QStringLiteral("pull ") + served.reference));

        Capture again;
        auto second = pullImage(*registries, store, {served.reference, std::nullopt}, again.observer(), progress);
        QVERIFY(second && !second->downloaded);
        QVERIFY(again.messages.contains(QStringLiteral("Status: Image is up to date for ") + served.reference));

        const QString byDigest = served.registry->host() + QStringLiteral("/test/app@") + served.image.manifestDigest;
        TempStore otherTemp;
        ImageStore other = otherTemp.open();
        auto digestPull = pullImage(*registries, other, {byDigest, std::nullopt}, {}, progress);
        QVERIFY2(digestPull, qPrintable(digestPull ? QString() : digestPull.error().message));
        QCOMPARE(digestPull->imageId, served.image.imageId);
        auto untagged = other.image(byDigest);
        QVERIFY(untagged);
        QVERIFY(untagged->repoTags.isEmpty());
        auto removed = other.remove(byDigest, false); // rmi NAME@DIGEST
        QVERIFY(removed);
        QCOMPARE(removed->first(), QStringLiteral("Untagged: ") + byDigest);
        QVERIFY(otherTemp.isEmpty());
    }

    void multiPlatformIndexChoosesThePlatform()
    {
        QTemporaryDir work;
        LocalRegistry registry(work.filePath(QStringLiteral("registry")));
        QString error;
        QVERIFY2(registry.start(&error), qPrintable(error));
        OciLayout layout(work.filePath(QStringLiteral("oci")));
        const OciImage amd = layout.addImage({{fileLayer("arch", "amd64\n"), QStringLiteral("gzip")}}, Platform{QStringLiteral("linux"), QStringLiteral("amd64"), {}}, QStringLiteral("amd"));
        const OciImage arm = layout.addImage({{fileLayer("arch", "arm64\n"), QStringLiteral("gzip")}}, Platform{QStringLiteral("linux"), QStringLiteral("arm64"), QStringLiteral("v8")}, QStringLiteral("arm"));
        const OciImage attestation = layout.addImage({{fileLayer("statement", "{}"), QString()}}, Platform{QStringLiteral("unknown"), QStringLiteral("unknown"), {}}, QStringLiteral("att"));
        const QString indexDigest = layout.tagIndex({arm, amd}, QStringLiteral("multi"), &attestation);
        QVERIFY2(skopeoPush(layout, QStringLiteral("multi"), registry.host() + QStringLiteral("/test/multi:1"), &error, {QStringLiteral("--all")}),
                 qPrintable(error));
        auto registries = context();
        Progress progress;
        const QString reference = registry.host() + QStringLiteral("/test/multi:1");
        TempStore hostTemp;
        ImageStore hostStore = hostTemp.open();
        auto host = pullImage(*registries, hostStore, {reference, std::nullopt}, {}, progress);
        QVERIFY2(host, qPrintable(host ? QString() : host.error().message));
        QCOMPARE(host->imageId, Platform::host().architecture == QLatin1String("arm64") ? arm.imageId : amd.imageId);
        QCOMPARE(host->manifestDigest, indexDigest); // the RepoDigest is the index's, as Docker records it
        TempStore armTemp;
        ImageStore armStore = armTemp.open();
        auto chosen = pullImage(*registries, armStore, {reference, Platform::parse(QStringLiteral("linux/arm64")).value()}, {}, progress);
        QVERIFY2(chosen, qPrintable(chosen ? QString() : chosen.error().message));
        QCOMPARE(chosen->imageId, arm.imageId);
        QCOMPARE(armStore.image(reference)->config.root.value(QLatin1String("architecture")).toString(), QStringLiteral("arm64"));
        TempStore noneTemp;
        ImageStore noneStore = noneTemp.open();
        auto none = pullImage(*registries, noneStore, {reference, Platform::parse(QStringLiteral("linux/s390x")).value()}, {}, progress);
        QVERIFY(!none);
        QCOMPARE(none.error().message, QStringLiteral("no matching manifest for linux/s390x in the manifest list entries"));
        QVERIFY(noneTemp.isEmpty());
    }

    void layersInTheStoreAreNotFetched()
    {
        QTemporaryDir work;
        QString error;
        const SharingImages images = serveTwoSharingALayer(work, fileLayer("shared", "base\n"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const ServedImage &first = images.first;
        const OciImage &second = images.second;
        TempStore temp;
        ImageStore store = temp.open();
        auto registries = context();
        Progress progress;
        QVERIFY(pullImage(*registries, store, {first.reference, std::nullopt}, {}, progress));
        Capture capture;
        auto pulled = pullImage(*registries, store, {images.secondReference, std::nullopt}, capture.observer(), progress);
        QVERIFY2(pulled, qPrintable(pulled ? QString() : pulled.error().message));
        QCOMPARE(capture.statuses(layerstatus::alreadyExists), QStringList{second.blobDigests.first().mid(7, 12)});
        QCOMPARE(capture.statuses(layerstatus::pullComplete), QStringList{second.blobDigests.last().mid(7, 12)});
    }

    // A layer the store has under a blob it never recorded (a store from
    // before the blob records, a layer that came by load) starts
    // downloading beside the config; the config then names it and it stops.
    // Either way the pull completes with nothing left over.
    void layerInTheStoreWithoutBlobRecordStopsOrFinishes()
    {
        QTemporaryDir work;
        QString error;
        const SharingImages images = serveTwoSharingALayer(work, fileLayer("shared", randomBytes(4 << 20, 11)), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const ServedImage &first = images.first;
        const OciImage &second = images.second;
        TempStore temp;
        ImageStore store = temp.open();
        auto registries = context();
        Progress progress;
        QVERIFY(pullImage(*registries, store, {first.reference, std::nullopt}, {}, progress));
        QVERIFY(QDir(temp.paths.root + QStringLiteral("/distribution/blobs")).removeRecursively());
        Capture capture;
        auto pulled = pullImage(*registries, store, {images.secondReference, std::nullopt}, capture.observer(), progress);
        QVERIFY2(pulled, qPrintable(pulled ? QString() : pulled.error().message));
        QCOMPARE(pulled->imageId, second.imageId);
        const QString sharedId = second.blobDigests.first().mid(7, 12);
        QVERIFY(capture.statuses(layerstatus::alreadyExists).contains(sharedId) || capture.statuses(layerstatus::pullComplete).contains(sharedId));
        QCOMPARE(capture.statuses(layerstatus::pullComplete).filter(second.blobDigests.last().mid(7, 12)).size(), 1);
        QCOMPARE(temp.layerDirs().size(), 3);
        QVERIFY(temp.tmpEntries().isEmpty());
        // The records are back: the next pull knows the shared layer at once.
        QVERIFY(QFileInfo::exists(temp.paths.root + QStringLiteral("/distribution/blobs/") + second.blobDigests.first().mid(7)));
    }

    void corruptedBlobLeavesTheStoreUnchanged()
    {
        QTemporaryDir work;
        ServedImage served = serve(work.path(), {{fileLayer("ok", "fine\n"), QStringLiteral("gzip")},
                                            {fileLayer("big", randomBytes(1 << 20, 7)), QStringLiteral("gzip")}});
        QFile blob(served.registry->blobData(served.image.blobDigests.last()));
        QVERIFY(blob.open(QIODevice::ReadWrite));
        blob.seek(blob.size() / 2);
        char byte = 0;
        blob.getChar(&byte);
        blob.seek(blob.size() / 2);
        blob.putChar(char(byte ^ 0x5a));
        blob.close();
        TempStore temp;
        ImageStore store = temp.open();
        auto registries = context();
        Progress progress;
        auto pulled = pullImage(*registries, store, {served.reference, std::nullopt}, {}, progress);
        QVERIFY(!pulled);
        QCOMPARE(pulled.error().message, QStringLiteral("filesystem layer verification failed for digest ") + served.image.blobDigests.last());
        QVERIFY2(temp.isEmpty(), qPrintable(temp.layerDirs().join(QLatin1Char(' ')) + temp.tmpEntries().join(QLatin1Char(' '))));
    }

    void corruptedManifestIsRefused()
    {
        QTemporaryDir work;
        ServedImage served = serve(work.path(), {{fileLayer("ok", "fine\n"), QStringLiteral("gzip")}});
        QFile manifest(served.registry->blobData(served.image.manifestDigest));
        QVERIFY(manifest.open(QIODevice::ReadWrite));
        QByteArray bytes = manifest.readAll();
        const qsizetype at = bytes.indexOf(served.image.blobDigests.first().mid(7).toLatin1());
        QVERIFY(at > 0);
        bytes[at] = bytes[at] == 'a' ? 'b' : 'a'; // still JSON, still a digest: only the hash can tell
        manifest.seek(0);
        manifest.write(bytes);
        manifest.close();
        TempStore temp;
        ImageStore store = temp.open();
        Progress progress;
        auto pulled = pullImage(*context(), store, {served.reference, std::nullopt}, {}, progress);
        QVERIFY(!pulled);
        QVERIFY2(pulled.error().message.startsWith(QStringLiteral("manifest verification failed for digest ") + served.image.manifestDigest),
                 qPrintable(pulled.error().message));
        QVERIFY(temp.isEmpty());
    }

    void droppedConnectionResumesWithRange()
    {
        QTemporaryDir work;
        ServedImage served = serve(work.path(), {{fileLayer("big", randomBytes(6 << 20, 11)), QString()}});
        TcpRelay relay(served.registry->port());
        relay.cutOnce(2 << 20, TcpRelay::Cut::Drop);
        TempStore temp;
        ImageStore store = temp.open();
        auto registries = context();
        Progress progress;
        const QString viaRelay = QStringLiteral("127.0.0.1:%1/test/app:v1").arg(relay.port());
        auto pulled = pullImage(*registries, store, {viaRelay, std::nullopt}, {}, progress);
        QVERIFY2(pulled, qPrintable(pulled ? QString() : pulled.error().message));
        QVERIFY(relay.waitForCut());
        QVERIFY(relay.sawRangeRequest());
        QCOMPARE(pulled->imageId, served.image.imageId);
    }

    void registryKilledMidPullThenThePullFinishes()
    {
        QTemporaryDir work;
        ServedImage served = serve(work.path(), {{fileLayer("small", "small\n"), QStringLiteral("gzip")},
                                            {fileLayer("big", randomBytes(6 << 20, 13)), QString()}});
        TcpRelay relay(served.registry->port());
        relay.cutOnce(2 << 20, TcpRelay::Cut::Hold);
        TempStore temp;
        ImageStore store = temp.open();
        auto registries = context();
        Progress progress;
        Capture capture;
        const QString viaRelay = QStringLiteral("127.0.0.1:%1/test/app:v1").arg(relay.port());
        TransferObserver observer = capture.observer();
        auto running = QtConcurrent::run([&] { return pullImage(*registries, store, {viaRelay, std::nullopt}, observer, progress); });
        QVERIFY(relay.waitForCut());
        QVERIFY(capture.waitFor(layerstatus::pullComplete)); // the small layer is whole
        served.registry->kill();
        relay.releaseHeld();
        auto failed = running.result();
        QVERIFY(!failed);
        QVERIFY2(failed.error().message.contains(served.image.blobDigests.last()) || failed.error().message.contains(QLatin1String("/v2/")),
                 qPrintable(failed.error().message));
        QVERIFY(temp.imageDirs().isEmpty());
        QCOMPARE(temp.layerDirs(), QStringList{served.image.diffIds.first().mid(7)}); // kept for the next pull
        QVERIFY(temp.tmpEntries().isEmpty());

        QString error;
        QVERIFY2(served.registry->restart(&error), qPrintable(error));
        Capture second;
        auto pulled = pullImage(*registries, store, {viaRelay, std::nullopt}, second.observer(), progress);
        QVERIFY2(pulled, qPrintable(pulled ? QString() : pulled.error().message));
        QCOMPARE(pulled->imageId, served.image.imageId);
        QCOMPARE(second.statuses(layerstatus::alreadyExists), QStringList{served.image.blobDigests.first().mid(7, 12)});
    }

    void cancelLeavesNothingHalfMade()
    {
        QTemporaryDir work;
        ServedImage served = serve(work.path(), {{fileLayer("big", randomBytes(6 << 20, 17)), QString()}});
        TcpRelay relay(served.registry->port());
        relay.cutOnce(2 << 20, TcpRelay::Cut::Hold);
        TempStore temp;
        ImageStore store = temp.open();
        auto registries = context();
        Progress progress;
        const QString viaRelay = QStringLiteral("127.0.0.1:%1/test/app:v1").arg(relay.port());
        auto running = QtConcurrent::run([&] { return pullImage(*registries, store, {viaRelay, std::nullopt}, {}, progress); });
        QVERIFY(relay.waitForCut());
        progress.cancel();
        auto cancelled = running.result();
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().message, QStringLiteral("cancelled"));
        QVERIFY2(temp.isEmpty(), qPrintable(temp.tmpEntries().join(QLatin1Char(' '))));
    }

    void killNineOfPortholePullLeavesTheStoreConsistent()
    {
        QTemporaryDir work;
        ServedImage served = serve(work.path(), {{fileLayer("big", randomBytes(6 << 20, 19)), QStringLiteral("gzip")}});
        TcpRelay relay(served.registry->port());
        relay.cutOnce(2 << 20, TcpRelay::Cut::Hold);
        TempStore temp;
        const QString viaRelay = QStringLiteral("127.0.0.1:%1/test/app:v1").arg(relay.port());
        QProcess pull;
        pull.start(QStringLiteral(PORTHOLE_BIN), {QStringLiteral("--root"), temp.paths.root, QStringLiteral("--runroot"),
                                                 temp.paths.runRoot, QStringLiteral("pull"), viaRelay});
        QVERIFY(pull.waitForStarted());
        QVERIFY(relay.waitForCut());
        QDeadlineTimer deadline(60000);
        while (!hasLayerWorkDir(temp) && !deadline.hasExpired())
            QThread::msleep(20);
        QVERIFY(hasLayerWorkDir(temp)); // mid-layer: extraction under way
        pull.kill(); // SIGKILL
        pull.waitForFinished();
        relay.releaseHeld();
        QVERIFY(temp.imageDirs().isEmpty());
        QVERIFY(temp.layerDirs().isEmpty());
        const testsupport::RunResult images = testsupport::runPorthole(temp, {QStringLiteral("images"), QStringLiteral("-q")});
        QCOMPARE(images.exitCode, 0);
        QVERIFY(images.out.trimmed().isEmpty());
        QVERIFY2(temp.tmpEntries().isEmpty(), qPrintable(temp.tmpEntries().join(QLatin1Char(' ')))); // tidied by the next command
        const testsupport::RunResult again = testsupport::runPorthole(temp, {QStringLiteral("pull"), QStringLiteral("-q"), viaRelay});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.out.trimmed(), viaRelay.toUtf8());
        QCOMPARE(temp.open().image(viaRelay)->id, served.image.imageId);
    }

    void dockerHubMirrorFromRegistriesConf()
    {
        QTemporaryDir work;
        ServedImage served = serve(work.path(), threeLayers(), QStringLiteral("library/busybox:latest"));
        auto conf = RegistriesConf::parse(QStringLiteral("[[registry]]\nprefix = \"docker.io\"\nlocation = \"docker.io\"\n"
                                                         "[[registry.mirror]]\nlocation = \"%1\"\n").arg(served.registry->host()).toUtf8(),
                                          QStringLiteral("mirror.conf"));
        QVERIFY(conf);
        TempStore temp;
        ImageStore store = temp.open();
        auto registries = context(*conf);
        Progress progress;
        Capture capture;
        auto pulled = pullImage(*registries, store, {QStringLiteral("busybox"), std::nullopt}, capture.observer(), progress);
        QVERIFY2(pulled, qPrintable(pulled ? QString() : pulled.error().message));
        QCOMPARE(pulled->reference, QStringLiteral("busybox:latest"));
        QCOMPARE(pulled->fullyQualified, QStringLiteral("docker.io/library/busybox:latest"));
        QCOMPARE(capture.messages.first(), QStringLiteral("Using default tag: latest"));
        QVERIFY(capture.messages.contains(QStringLiteral("latest: Pulling from library/busybox")));
        auto image = store.image(QStringLiteral("busybox"));
        QVERIFY(image);
        QCOMPARE(image->id, served.image.imageId);
        QCOMPARE(image->repoDigests, QStringList{QStringLiteral("busybox@") + served.image.manifestDigest});
    }

    // The seed's first step: run of an image that is not there pulls it
    // (here from a docker.io mirror on loopback), then runs it.
    void runPullsAMissingImage()
    {
        QTemporaryDir work;
        TempStore source;
        QCOMPARE(runPorthole(source, {QStringLiteral("image"), QStringLiteral("build-busybox")}).exitCode, 0);
        const QString archive = work.filePath(QStringLiteral("busybox.tar"));
        QCOMPARE(runPorthole(source, {QStringLiteral("save"), QStringLiteral("-o"), archive, QStringLiteral("busybox")}).exitCode, 0);
        LocalRegistry registry(work.filePath(QStringLiteral("registry")));
        QString error;
        QVERIFY2(registry.start(&error), qPrintable(error));
        QVERIFY2(runTool(QStringLiteral("skopeo"), {QStringLiteral("copy"), QStringLiteral("--dest-tls-verify=false"), QStringLiteral("docker-archive:") + archive,
                                                    QStringLiteral("docker://%1/library/busybox:latest").arg(registry.host())},
                         &error),
                 qPrintable(error));
        const QString conf = testsupport::writeFile(work.path(), QStringLiteral("mirror.conf"),
                                                    QStringLiteral("[[registry]]\nprefix = \"docker.io\"\nlocation = \"docker.io\"\n"
                                                                   "[[registry.mirror]]\nlocation = \"%1\"\n").arg(registry.host()).toUtf8());
        qputenv("PORTHOLE_REGISTRIES_CONF", conf.toLocal8Bit());
        TempStore target;
        const testsupport::RunResult never = runPorthole(target, {QStringLiteral("run"), QStringLiteral("--rm"), QStringLiteral("--pull"), QStringLiteral("never"),
                                                     QStringLiteral("--network"), QStringLiteral("none"), QStringLiteral("busybox"), QStringLiteral("true")});
        QCOMPARE(never.exitCode, 125);
        QCOMPARE(QString::fromUtf8(never.err).trimmed(), QStringLiteral("Error: No such image: busybox:latest"));
        const testsupport::RunResult run = runPorthole(target, {QStringLiteral("run"), QStringLiteral("--rm"), QStringLiteral("--network"), QStringLiteral("none"),
                                                   QStringLiteral("busybox"), QStringLiteral("echo"), QStringLiteral("hello")});
        qputenv("PORTHOLE_REGISTRIES_CONF", m_conf.toLocal8Bit());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.out, QByteArray("hello\n"));
        QVERIFY2(run.err.startsWith("Unable to find image 'busybox:latest' locally\n"), run.err.constData());
        QVERIFY(run.err.contains("latest: Pulling from library/busybox"));
        QVERIFY(run.err.contains("Status: Downloaded newer image for busybox:latest"));
        const QByteArray sourceId = runPorthole(source, {QStringLiteral("images"), QStringLiteral("-q"), QStringLiteral("--no-trunc")}).out;
        QCOMPARE(runPorthole(target, {QStringLiteral("images"), QStringLiteral("-q"), QStringLiteral("--no-trunc")}).out, sourceId);
        // images --digests: the digest the registry has for it.
        QByteArray manifest;
        QVERIFY2(runTool(QStringLiteral("skopeo"), {QStringLiteral("inspect"), QStringLiteral("--tls-verify=false"), QStringLiteral("--format"),
                                                    QStringLiteral("{{.Digest}}"), QStringLiteral("docker://%1/library/busybox:latest").arg(registry.host())},
                         &error, &manifest),
                 qPrintable(error));
        const QStringList row = QString::fromUtf8(runPorthole(target, {QStringLiteral("images"), QStringLiteral("--digests")}).out)
                                    .split(u'\n').value(1).split(u' ', Qt::SkipEmptyParts);
        QCOMPARE(row.mid(0, 3), (QStringList{QStringLiteral("busybox"), QStringLiteral("latest"), QString::fromUtf8(manifest).trimmed()}));
        QCOMPARE(runPorthole(target, {QStringLiteral("images"), QStringLiteral("--format"), QStringLiteral("{{.Digest}}")}).out.trimmed(), manifest.trimmed());
    }

    void tagAndRmiKeepDigestsRight()
    {
        QTemporaryDir work;
        ServedImage served = serve(work.path(), threeLayers());
        TempStore temp;
        ImageStore store = temp.open();
        auto registries = context();
        Progress progress;
        QVERIFY(pullImage(*registries, store, {served.reference, std::nullopt}, {}, progress));
        QVERIFY(store.tag(served.reference, QStringLiteral("mine:1")));
        QVERIFY(!store.tag(served.reference, QStringLiteral("mine@") + served.image.manifestDigest));
        auto image = store.image(QStringLiteral("mine:1"));
        QCOMPARE(image->repoDigests.size(), 1); // the new tag has no digest of its own
        QCOMPARE(image->digestIn(QStringLiteral("mine")), QString());
        QCOMPARE(image->digestIn(served.registry->host() + QStringLiteral("/test/app")), served.image.manifestDigest);
        auto untagged = store.remove(served.reference, false); // last tag of its repository: its digest goes too
        QVERIFY(untagged);
        QCOMPARE(untagged->size(), 2);
        image = store.image(QStringLiteral("mine:1"));
        QVERIFY(image);
        QVERIFY(image->repoDigests.isEmpty());
        const QStringList events = eventActions(temp);
        QVERIFY(events.contains(QStringLiteral("tag ") + served.image.imageId));
        QVERIFY(events.contains(QStringLiteral("untag ") + served.image.imageId));
        const testsupport::RunResult inspect = testsupport::runPorthole(temp, {QStringLiteral("image"), QStringLiteral("inspect"),
                                                                              QStringLiteral("-f"), QStringLiteral("{{json .RepoDigests}}"),
                                                                              QStringLiteral("mine:1")});
        QCOMPARE(inspect.out.trimmed(), QByteArray("[]"));
    }

    void cliPrintsDockersTexts()
    {
        QTemporaryDir work;
        ServedImage served = serve(work.path(), threeLayers());
        TempStore temp;
        const testsupport::RunResult plain = testsupport::runPorthole(temp, {QStringLiteral("pull"), served.reference});
        QCOMPARE(plain.exitCode, 0);
        const QStringList lines = QString::fromUtf8(plain.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), QStringLiteral("v1: Pulling from test/app"));
        const QString id = served.image.blobDigests.first().mid(7, 12);
        QVERIFY(lines.contains(id + QStringLiteral(": Pulling fs layer")));
        QVERIFY(lines.contains(id + QStringLiteral(": Pull complete")));
        QVERIFY(!plain.out.contains("Downloading")); // byte counts only on a terminal
        QCOMPARE(lines.at(lines.size() - 3), QStringLiteral("Digest: ") + served.image.manifestDigest);
        QCOMPARE(lines.last(), served.reference);

        const testsupport::RunResult quiet = testsupport::runPorthole(temp, {QStringLiteral("pull"), QStringLiteral("-q"), served.reference});
        QCOMPARE(quiet.out, served.reference.toUtf8() + '\n');
        const QString host = served.registry->host();
        const testsupport::RunResult noTag = testsupport::runPorthole(temp, {QStringLiteral("pull"), host + QStringLiteral("/test/app:nope")});
        QCOMPARE(noTag.exitCode, 1);
        QCOMPARE(QString::fromUtf8(noTag.err).trimmed(),
                 QStringLiteral("Error: manifest for %1/test/app:nope not found: manifest unknown: manifest unknown").arg(host));
        const testsupport::RunResult noRepo = testsupport::runPorthole(temp, {QStringLiteral("pull"), host + QStringLiteral("/none/such")});
        QCOMPARE(noRepo.exitCode, 1);
        // distribution 2.8 answers MANIFEST_UNKNOWN for a repository it does not know.
        QCOMPARE(QString::fromUtf8(noRepo.err).trimmed(),
                 QStringLiteral("Error: manifest for %1/none/such:latest not found: manifest unknown: manifest unknown").arg(host));
        const testsupport::RunResult bad = testsupport::runPorthole(temp, {QStringLiteral("pull"), QStringLiteral("Bad Name")});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(bad.err.startsWith("Error: invalid reference format"));
        const testsupport::RunResult refused = testsupport::runPorthole(temp, {QStringLiteral("pull"), QStringLiteral("127.0.0.1:1/x")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("connection refused"), refused.err.constData());
    }

    void pullAllTags()
    {
        QTemporaryDir work;
        ServedImage served = serve(work.path(), threeLayers());
        OciLayout layout(work.filePath(QStringLiteral("two")));
        const OciImage other = layout.addImage({{fileLayer("v2", "2"), QStringLiteral("gzip")}}, Platform::host(), QStringLiteral("v2"));
        layout.tagImage(other, QStringLiteral("v"));
        QString error;
        QVERIFY2(skopeoPush(layout, QStringLiteral("v"), served.registry->host() + QStringLiteral("/test/app:v2"), &error), qPrintable(error));
        TempStore temp;
        const QString repository = served.registry->host() + QStringLiteral("/test/app");
        const testsupport::RunResult all = testsupport::runPorthole(temp, {QStringLiteral("pull"), QStringLiteral("-a"), repository});
        QVERIFY2(all.exitCode == 0, all.err.constData());
        QCOMPARE(temp.open().image(repository + QStringLiteral(":v1"))->id, served.image.imageId);
        QCOMPARE(temp.open().image(repository + QStringLiteral(":v2"))->id, other.imageId);
        const testsupport::RunResult withTag = testsupport::runPorthole(temp, {QStringLiteral("pull"), QStringLiteral("-a"), served.reference});
        QCOMPARE(withTag.err.trimmed(), QByteArray("Error: tag can't be used with --all-tags/-a"));
    }
};

QTEST_GUILESS_MAIN(TestRegistryPull)
#include "tst_registrypull.moc"
