// docker push, search and import URL against docker-registry on 127.0.0.1:
// our push read back by skopeo with the same digest, skopeo's push of our
// `save` output pulled back with the same image id, cross-repository
// mounts and "Layer already exists", push -a, the catalog search, and an
// http URL's body streamed into import.
#include "base/events.h"
#include "base/fsutil.h"
#include "registry/pull.h"
#include "registry/push.h"
#include "registry/search.h"
#include "registry/urlsource.h"
#include "registryfixture.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace porthole;
using namespace registrytest;
using testsupport::TempStore;

namespace {

QString importLayer(ImageStore &store, const QByteArray &tar, const QString &reference)
{
    QTemporaryDir dir;
    auto source = FdSource::openFile(testsupport::writeFile(dir.path(), QStringLiteral("layer.tar"), tar));
    Progress progress;
    ImportOptions options;
    options.reference = reference;
    return store.importRootfs(**source, options, progress).value_or(QString());
}

struct Capture {
    QStringList messages;
    QList<LayerProgress> updates;
    TransferObserver observer()
    {
        return {[this](const QString &line) { messages.append(line); }, [this](const LayerProgress &u) { updates.append(u); }};
    }
    QStringList statuses() const
    {
        QStringList list;
        for (const LayerProgress &update : updates)
            if (!update.isByteUpdate())
                list.append(update.status);
        return list;
    }
};

} // namespace

class TestRegistryPush : public QObject {
    Q_OBJECT

    QTemporaryDir m_home;

    std::unique_ptr<RegistryContext> context()
    {
        return std::make_unique<RegistryContext>(RegistriesConf{}, CredentialStore(m_home.filePath(QStringLiteral("auth.json")),
                                                                                   m_home.filePath(QStringLiteral("config.json"))),
                                                 TlsSettings({m_home.filePath(QStringLiteral("certs.d"))}));
    }

    std::unique_ptr<LocalRegistry> startRegistry(const QString &dir)
    {
        auto registry = std::make_unique<LocalRegistry>(dir);
        QString error;
        if (!registry->start(&error))
            qFatal("%s", qPrintable(error));
        return registry;
    }

private slots:
    void initTestCase()
    {
        REQUIRE_ROOT();
        isolateRegistrySettings(m_home.path());
    }

    void ourPushReadBackBySkopeo()
    {
        QTemporaryDir work;
        auto registry = startRegistry(work.filePath(QStringLiteral("registry")));
        TempStore temp;
        ImageStore store = temp.open();
        const QString reference = registry->host() + QStringLiteral("/team/app:v1");
        const QString id = importLayer(store, testsupport::makeTar({{"etc/", 'd'}, {"etc/pushed", 'f', randomBytes(300000, 3)}}), reference);
        QVERIFY(!id.isEmpty());
        auto registries = context();
        Progress progress;
        Capture capture;
        auto pushed = pushImage(*registries, store, {reference, false}, capture.observer(), progress);
        QVERIFY2(pushed, qPrintable(pushed ? QString() : pushed.error().message));
        QCOMPARE(pushed->size(), 1);
        const PushResult &result = pushed->first();
        QCOMPARE(capture.messages.first(), QStringLiteral("The push refers to repository [%1/team/app]").arg(registry->host()));
        QCOMPARE(capture.messages.last(), QStringLiteral("v1: digest: %1 size: %2").arg(result.digest).arg(result.size));
        QCOMPARE(capture.statuses(), (QStringList{layerstatus::preparing, layerstatus::pushed}));

        QByteArray inspect;
        QString error;
        QVERIFY2(runTool(QStringLiteral("skopeo"), {QStringLiteral("inspect"), QStringLiteral("--tls-verify=false"),
                                                    QStringLiteral("docker://") + reference},
                         &error, &inspect),
                 qPrintable(error));
        QCOMPARE(QJsonDocument::fromJson(inspect).object().value(QLatin1String("Digest")).toString(), result.digest);
        QByteArray config;
        QVERIFY2(runTool(QStringLiteral("skopeo"), {QStringLiteral("inspect"), QStringLiteral("--tls-verify=false"), QStringLiteral("--config"),
                                                    QStringLiteral("--raw"), QStringLiteral("docker://") + reference},
                         &error, &config),
                 qPrintable(error));
        QCOMPARE(config, store.image(reference)->configBytes); // the image id survives the round trip
        QCOMPARE(store.image(reference)->repoDigests, QStringList{registry->host() + QStringLiteral("/team/app@") + result.digest});

        // The same layer again: already there; then in another repository: mounted.
        Capture again;
        QVERIFY(pushImage(*registries, store, {reference, false}, again.observer(), progress));
        QCOMPARE(again.statuses(), (QStringList{layerstatus::preparing, layerstatus::layerAlreadyExists}));
        QVERIFY(store.tag(reference, registry->host() + QStringLiteral("/other/app:v1")));
        Capture mounted;
        auto other = pushImage(*registries, store, {registry->host() + QStringLiteral("/other/app:v1"), false}, mounted.observer(), progress);
        QVERIFY2(other, qPrintable(other ? QString() : other.error().message));
        QCOMPARE(mounted.statuses(), (QStringList{layerstatus::preparing, layerstatus::mountedFrom + QStringLiteral(" team/app")}));
        QCOMPARE(other->first().digest, result.digest);

        // Pulled back into an empty store: the same image.
        TempStore backTemp;
        ImageStore back = backTemp.open();
        auto pulled = pullImage(*registries, back, {reference, std::nullopt}, {}, progress);
        QVERIFY2(pulled, qPrintable(pulled ? QString() : pulled.error().message));
        QCOMPARE(pulled->imageId, id);
        QCOMPARE(pulled->manifestDigest, result.digest);
        qint64 offset = 0;
        QStringList actions;
        for (const Event &event : readEvents(temp.paths.root, offset).value_or(QList<Event>()))
            actions.append(event.action);
        QVERIFY(actions.contains(QStringLiteral("push")));
    }

    void pulledOciLayersPushedAsGzip()
    {
        QTemporaryDir work;
        auto registry = startRegistry(work.filePath(QStringLiteral("registry")));
        OciLayout layout(work.filePath(QStringLiteral("oci")));
        const OciImage image = layout.addImage({{fileLayer("g", "gzip"), QStringLiteral("gzip")},
                                                {fileLayer("z", "zstd"), QStringLiteral("zstd")},
                                                {fileLayer("p", "plain"), QString()}},
                                               Platform::host(), QStringLiteral("oci"));
        layout.tagImage(image, QStringLiteral("v"));
        QString error;
        QVERIFY2(skopeoPush(layout, QStringLiteral("v"), registry->host() + QStringLiteral("/oci/app:1"), &error), qPrintable(error));
        TempStore temp;
        ImageStore store = temp.open();
        auto registries = context();
        Progress progress;
        QVERIFY(pullImage(*registries, store, {registry->host() + QStringLiteral("/oci/app:1"), std::nullopt}, {}, progress));
        QVERIFY(store.tag(registry->host() + QStringLiteral("/oci/app:1"), registry->host() + QStringLiteral("/docker/app:1")));
        Capture capture;
        auto pushed = pushImage(*registries, store, {registry->host() + QStringLiteral("/docker/app:1"), false}, capture.observer(), progress);
        QVERIFY2(pushed, qPrintable(pushed ? QString() : pushed.error().message));
        QCOMPARE(capture.statuses(), (QStringList{layerstatus::preparing, layerstatus::preparing, layerstatus::preparing,
                                                  layerstatus::mountedFrom + QStringLiteral(" oci/app"), layerstatus::pushed, layerstatus::pushed}));
        QByteArray raw;
        QVERIFY2(runTool(QStringLiteral("skopeo"), {QStringLiteral("inspect"), QStringLiteral("--tls-verify=false"), QStringLiteral("--raw"),
                                                    QStringLiteral("docker://") + registry->host() + QStringLiteral("/docker/app:1")},
                         &error, &raw),
                 qPrintable(error));
        for (const QJsonValue &layer : QJsonDocument::fromJson(raw).object().value(QLatin1String("layers")).toArray())
            QCOMPARE(layer.toObject().value(QLatin1String("mediaType")).toString(), QStringLiteral("application/vnd.docker.image.rootfs.diff.tar.gzip"));
        TempStore backTemp;
        ImageStore back = backTemp.open();
        auto pulled = pullImage(*registries, back, {registry->host() + QStringLiteral("/docker/app:1"), std::nullopt}, {}, progress);
        QVERIFY2(pulled, qPrintable(pulled ? QString() : pulled.error().message));
        QCOMPARE(pulled->imageId, image.imageId);
    }

    void skopeosPushOfOurSavePulledBack()
    {
        QTemporaryDir work;
        auto registry = startRegistry(work.filePath(QStringLiteral("registry")));
        TempStore temp;
        ImageStore store = temp.open();
        const QString id = importLayer(store, testsupport::makeTar({{"bin/", 'd'}, {"bin/tool", 'f', "#!/bin/sh\n", {}, 0755}}), QStringLiteral("saved:1"));
        Progress progress;
        const QString archive = work.filePath(QStringLiteral("saved.tar"));
        QVERIFY(store.saveToFile({QStringLiteral("saved:1")}, archive, progress));
        QString error;
        QVERIFY2(runTool(QStringLiteral("skopeo"), {QStringLiteral("copy"), QStringLiteral("-q"), QStringLiteral("--dest-tls-verify=false"),
                                                    QStringLiteral("docker-archive:") + archive,
                                                    QStringLiteral("docker://") + registry->host() + QStringLiteral("/saved/app:1")},
                         &error),
                 qPrintable(error));
        TempStore pulledTemp;
        ImageStore pulledStore = pulledTemp.open();
        auto registries = context();
        auto pulled = pullImage(*registries, pulledStore, {registry->host() + QStringLiteral("/saved/app:1"), std::nullopt}, {}, progress);
        QVERIFY2(pulled, qPrintable(pulled ? QString() : pulled.error().message));
        QCOMPARE(pulled->imageId, id);
    }

    void pushAllTagsAndTheCli()
    {
        QTemporaryDir work;
        auto registry = startRegistry(work.filePath(QStringLiteral("registry")));
        TempStore temp;
        ImageStore store = temp.open();
        const QString repository = registry->host() + QStringLiteral("/cli/app");
        importLayer(store, testsupport::makeTar({{"one", 'f', "1"}}), repository + QStringLiteral(":one"));
        importLayer(store, testsupport::makeTar({{"two", 'f', "2"}}), repository + QStringLiteral(":two"));
        const testsupport::RunResult all = testsupport::runPorthole(temp, {QStringLiteral("push"), QStringLiteral("-a"), repository});
        QVERIFY2(all.exitCode == 0, all.err.constData());
        QVERIFY(all.out.contains("one: digest: sha256:"));
        QVERIFY(all.out.contains("two: digest: sha256:"));
        const testsupport::RunResult quiet = testsupport::runPorthole(temp, {QStringLiteral("push"), QStringLiteral("-q"), repository + QStringLiteral(":one")});
        QCOMPARE(quiet.out, repository.toUtf8() + ":one\n");
        const testsupport::RunResult missing = testsupport::runPorthole(temp, {QStringLiteral("push"), repository + QStringLiteral(":none")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(QByteArray("An image does not exist locally with the tag: " + repository.toUtf8() + ":none")), missing.err.constData());
        const testsupport::RunResult digest = testsupport::runPorthole(temp, {QStringLiteral("push"), repository + QStringLiteral("@sha256:") + QString(64, QLatin1Char('a'))});
        QCOMPARE(digest.err.trimmed(), QByteArray("Error: cannot push a digest reference"));

        const testsupport::RunResult search = testsupport::runPorthole(temp, {QStringLiteral("search"), registry->host() + QStringLiteral("/app")});
        QVERIFY2(search.exitCode == 0, search.err.constData());
        const QStringList lines = QString::fromUtf8(search.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.first().startsWith(QLatin1String("NAME")));
        QVERIFY(lines.at(1).startsWith(repository));
        const testsupport::RunResult formatted = testsupport::runPorthole(
            temp, {QStringLiteral("search"), QStringLiteral("--format"), QStringLiteral("{{.Name}}:{{.StarCount}}"), registry->host() + QStringLiteral("/cli")});
        QCOMPARE(formatted.out, repository.toUtf8() + ":0\n");
        const testsupport::RunResult none = testsupport::runPorthole(temp, {QStringLiteral("search"), registry->host() + QStringLiteral("/nothing")});
        QCOMPARE(none.out.trimmed().count('\n'), 0);
        const testsupport::RunResult limit = testsupport::runPorthole(temp, {QStringLiteral("search"), QStringLiteral("--limit"), QStringLiteral("0"), QStringLiteral("x")});
        QCOMPARE(limit.err.trimmed(), QByteArray("Error: limit 0 is outside the range of [1, 100]"));
    }

    void searchFindsTheCatalog()
    {
        QTemporaryDir work;
        auto registry = startRegistry(work.filePath(QStringLiteral("registry")));
        OciLayout layout(work.filePath(QStringLiteral("oci")));
        const OciImage image = layout.addImage({{fileLayer("x", "x"), QStringLiteral("gzip")}}, Platform::host(), QStringLiteral("x"));
        layout.tagImage(image, QStringLiteral("v"));
        QString error;
        for (const QString &name : {QStringLiteral("library/busybox:1"), QStringLiteral("team/busybox-tools:1"), QStringLiteral("team/alpine:1")})
            QVERIFY2(skopeoPush(layout, QStringLiteral("v"), registry->host() + QLatin1Char('/') + name, &error), qPrintable(error));
        Progress progress;
        auto registries = context();
        auto found = searchRegistry(*registries, registry->host() + QStringLiteral("/busybox"), 25, progress);
        QVERIFY2(found, qPrintable(found ? QString() : found.error().message));
        QStringList names;
        for (const SearchResult &result : std::as_const(*found))
            names.append(result.name);
        QCOMPARE(names, (QStringList{registry->host() + QStringLiteral("/library/busybox"), registry->host() + QStringLiteral("/team/busybox-tools")}));
        auto limited = searchRegistry(*registries, registry->host() + QStringLiteral("/busybox"), 1, progress);
        QCOMPARE(limited->size(), 1);
    }

    void importFromAUrl()
    {
        QTemporaryDir work;
        const QByteArray tar = testsupport::makeTar({{"etc/", 'd'}, {"etc/from-url", 'f', randomBytes(2 << 20, 5)}});
        testsupport::writeFile(work.path(), QStringLiteral("rootfs.tar.gz"), testsupport::compress(tar, QStringLiteral("gzip")));
        ScriptServer files;
        QString error;
        QVERIFY2(files.start({QStringLiteral("files"), QStringLiteral("--dir"), work.path()}, &error), qPrintable(error));
        TempStore temp;
        ImageStore store = temp.open();
        auto registries = context();
        Progress progress;
        const QString url = QStringLiteral("http://127.0.0.1:%1/redirect/rootfs.tar.gz").arg(files.port());
        auto source = openUrl(*registries, url, progress);
        QVERIFY2(source, qPrintable(source ? QString() : source.error().message));
        ImportOptions options;
        options.reference = QStringLiteral("from-url:1");
        auto id = store.importRootfs(**source, options, progress);
        QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
        auto image = store.image(QStringLiteral("from-url:1"));
        QCOMPARE(image->config.history.last().toObject().value(QLatin1String("comment")).toString(), QStringLiteral("Imported from ") + url);
        QCOMPARE(QFile(store.layer(image->config.diffIds.first())->diffPath + QStringLiteral("/etc/from-url")).size(), 2 << 20);
        auto missing = openUrl(*registries, QStringLiteral("http://127.0.0.1:%1/none.tar").arg(files.port()), progress);
        QCOMPARE(missing.error().message, QStringLiteral("Get \"http://127.0.0.1:%1/none.tar\": 404 Not Found").arg(files.port()));
        QVERIFY(!openUrl(*registries, QStringLiteral("ftp://127.0.0.1/x"), progress));
        auto flaky = openUrl(*registries, QStringLiteral("http://127.0.0.1:%1/flaky/2/rootfs.tar.gz").arg(files.port()), progress);
        QVERIFY2(flaky, qPrintable(flaky ? QString() : flaky.error().message)); // two 503s, then the body
        // The seed's `docker import URL` through the CLI.
        const testsupport::RunResult imported = testsupport::runPorthole(temp, {QStringLiteral("import"), url, QStringLiteral("cli-url:1")});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        QCOMPARE(store.image(QStringLiteral("cli-url:1"))->id, QString::fromUtf8(imported.out).trimmed());
        QCOMPARE(testsupport::runPorthole(temp, {QStringLiteral("import"), QStringLiteral("http://127.0.0.1:%1/none.tar").arg(files.port())}).exitCode, 1);
    }

    void authorizationNeverGoesToAnotherHost()
    {
        QTemporaryDir work;
        testsupport::writeFile(work.path(), QStringLiteral("blob"), "blob bytes");
        const QString log = work.filePath(QStringLiteral("requests.log"));
        ScriptServer files;
        QString error;
        QVERIFY2(files.start({QStringLiteral("files"), QStringLiteral("--dir"), work.path(), QStringLiteral("--log"), log}, &error), qPrintable(error));
        auto registries = context();
        Progress progress;
        for (const QString &path : {QStringLiteral("/redirect/blob"), QStringLiteral("/redirect-to/%1/blob").arg(files.port())}) {
            HttpRequest request;
            request.url = QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(files.port()).arg(path));
            request.headers.append({QByteArray("Authorization"), QByteArray("Bearer not-for-others")});
            auto response = registries->http().send(request, progress);
            QVERIFY2(response, qPrintable(response ? QString() : response.error().message));
            QCOMPARE(response->body, QByteArray("blob bytes"));
        }
        QList<QJsonObject> requests;
        for (const QByteArray &line : readWholeFile(log).value().split('\n'))
            if (!line.isEmpty())
                requests.append(QJsonDocument::fromJson(line).object());
        QCOMPARE(requests.size(), 4);
        QVERIFY(requests.at(0).value(QLatin1String("authorization")).toBool());  // 127.0.0.1: /redirect/blob
        QVERIFY(requests.at(1).value(QLatin1String("authorization")).toBool());  // 127.0.0.1: /blob, the same host
        QVERIFY(requests.at(2).value(QLatin1String("authorization")).toBool());  // 127.0.0.1: /redirect-to/...
        QVERIFY(!requests.at(3).value(QLatin1String("authorization")).toBool()); // localhost: another host
    }
};

QTEST_GUILESS_MAIN(TestRegistryPush)
#include "tst_registrypush.moc"
