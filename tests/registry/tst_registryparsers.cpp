// The registry client's pure functions, without a network: references,
// WWW-Authenticate, token replies and scopes, manifests and platforms,
// byte ranges and links, registries.conf, the credentials file, registry
// errors, progress lines, and the image index's RepoDigests.
#include "images/imageindex.h"
#include "images/reference.h"
#include "registry/authfile.h"
#include "registry/authprotocol.h"
#include "registry/gzipdeflater.h"
#include "registry/gzipinflater.h"
#include "registry/httpheaders.h"
#include "registry/listings.h"
#include "registry/manifest.h"
#include "registry/platform.h"
#include "registry/registriesconf.h"
#include "registry/registryerrors.h"
#include "registry/transferprogress.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <sys/stat.h>

using namespace porthole;

namespace {

const QString kDigestA = QStringLiteral("sha256:") + QString(64, QLatin1Char('a'));
const QString kDigestB = QStringLiteral("sha256:") + QString(64, QLatin1Char('b'));
const QString kDigestC = QStringLiteral("sha256:") + QString(64, QLatin1Char('c'));

QByteArray indexJson(const QString &extraEntry = {})
{
    return QStringLiteral("{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.index.v1+json\",\"manifests\":[\n" "        {\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\",\"digest\":\"%1\",\"size\":10,\"platform\":{\"os\":\"linux\",\"architecture\":\"arm64\",\"variant\":\"v8\"}},\n" "        {\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\",\"digest\":\"%2\",\"size\":10,\"platform\":{\"os\":\"linux\",\"architecture\":\"amd64\"}},\n" "        {\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\",\"digest\":\"%3\",\"size\":10,\"platform\":{\"os\":\"unknown\",\"architecture\":\"unknown\"},\n" "         \"annotations\":{\"vnd.docker.reference.type\":\"attestation-manifest\"}}%4]}")
        .arg(kDigestA, kDigestB, kDigestC, extraEntry)
        .toUtf8();
}

} // namespace

class TestRegistryParsers : public QObject {
    Q_OBJECT
private slots:
    void referencesNormaliseAsDocker_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("familiar");
        const QString digest = kDigestA;
        QTest::newRow("short") << "alpine" << "docker.io" << "library/alpine" << "alpine:latest";
        QTest::newRow("user") << "user/app:1" << "docker.io" << "user/app" << "user/app:1";
        QTest::newRow("hub explicit") << "docker.io/library/busybox" << "docker.io" << "library/busybox" << "busybox:latest";
        QTest::newRow("index") << "index.docker.io/user/app" << "docker.io" << "user/app" << "user/app:latest";
        QTest::newRow("port") << "host:5000/a/b:v1" << "host:5000" << "a/b" << "host:5000/a/b:v1";
        QTest::newRow("localhost") << "localhost/x" << "localhost" << "x" << "localhost/x:latest";
        QTest::newRow("digest") << QString(QStringLiteral("alpine@") + digest) << "docker.io" << "library/alpine"
                                << QString(QStringLiteral("alpine@") + digest);
        QTest::newRow("tag and digest") << QString(QStringLiteral("quay.io/a/b:1@") + digest) << "quay.io" << "a/b"
                                        << QString(QStringLiteral("quay.io/a/b:1@") + digest);
        QTest::newRow("ipv6") << "[::1]:5000/app" << "[::1]:5000" << "app" << "[::1]:5000/app:latest";
    }
    void referencesNormaliseAsDocker()
    {
        QFETCH(QString, text);
        QFETCH(QString, domain);
        QFETCH(QString, path);
        QFETCH(QString, familiar);
        auto ref = Reference::parseNamed(text);
        QVERIFY2(ref.has_value(), qPrintable(ref ? QString() : ref.error().message));
        QCOMPARE(ref->domain(), domain);
        QCOMPARE(ref->path(), path);
        QCOMPARE(ref->familiar(), familiar);
    }

    void badReferencesGetDockersError()
    {
        for (const QString &text : {QStringLiteral("a@sha256:abc"), QStringLiteral("UPPER/x:1"), QStringLiteral("a b"),
                                    QStringLiteral("x:"), QStringLiteral("-x"), QStringLiteral("a/b:c:d")}) {
            auto ref = Reference::parseNamed(text);
            QVERIFY2(!ref || text == QLatin1String("UPPER/x:1"), qPrintable(text));
            if (!ref)
                QVERIFY2(ref.error().message.startsWith(QLatin1String("invalid reference format")), qPrintable(ref.error().message));
        }
        QCOMPARE(Reference::parseNamed(QString(64, QLatin1Char('f'))).error().message,
                 QStringLiteral("invalid repository name (%1), cannot specify 64-byte hexadecimal strings").arg(QString(64, QLatin1Char('f'))));
        QCOMPARE(Reference::parseNamed(QStringLiteral("a@md5:") + QString(32, QLatin1Char('0'))).error().message,
                 QStringLiteral("unsupported digest algorithm"));
        // The tag-only parse still refuses digests: tags, imports and loads never store one.
        QVERIFY(!Reference::parse(QStringLiteral("alpine@") + kDigestA));
    }

    void wwwAuthenticateChallenges()
    {
        const auto challenges = parseWwwAuthenticate(
            {"Bearer realm=\"https://auth.docker.io/token\",service=\"registry.docker.io\",scope=\"repository:library/busybox:pull\"",
             "Basic realm=\"porthole \\\"test\\\"\", Bearer realm=\"http://127.0.0.1:9/t\",error=\"insufficient_scope\""});
        QCOMPARE(challenges.size(), 3);
        QCOMPARE(challenges.at(0).scheme, QStringLiteral("bearer"));
        QCOMPARE(challenges.at(0).param(QStringLiteral("realm")), QStringLiteral("https://auth.docker.io/token"));
        QCOMPARE(challenges.at(0).param(QStringLiteral("service")), QStringLiteral("registry.docker.io"));
        QCOMPARE(challenges.at(0).param(QStringLiteral("scope")), QStringLiteral("repository:library/busybox:pull"));
        QCOMPARE(challenges.at(1).scheme, QStringLiteral("basic"));
        QCOMPARE(challenges.at(1).param(QStringLiteral("realm")), QStringLiteral("porthole \"test\""));
        QCOMPARE(challenges.at(2).param(QStringLiteral("error")), QStringLiteral("insufficient_scope"));
        QVERIFY(parseWwwAuthenticate({""}).isEmpty());
    }

    void tokenRepliesAndExpiry()
    {
        const QDateTime now = QDateTime::fromString(QStringLiteral("2024-05-01T10:00:00Z"), Qt::ISODate);
        auto token = parseTokenReply("{\"token\":\"abc\",\"expires_in\":300,\"issued_at\":\"2024-05-01T09:59:00Z\"}", now);
        QVERIFY(token);
        QCOMPARE(token->token, QStringLiteral("abc"));
        QCOMPARE(token->expiresAt, now.addSecs(240));
        auto anonymous = parseTokenReply("{\"access_token\":\"xyz\"}", now); // Docker Hub's OAuth form, default 60 s
        QVERIFY(anonymous);
        QCOMPARE(anonymous->token, QStringLiteral("xyz"));
        QCOMPARE(anonymous->expiresAt, now.addSecs(60));
        QCOMPARE(parseTokenReply("{\"token\":\"t\",\"expires_in\":5}", now)->expiresAt, now.addSecs(60));
        QVERIFY(!parseTokenReply("{}", now));
        QVERIFY(!parseTokenReply("<html>", now));
    }

    void scopesMergeAndCover()
    {
        QCOMPARE(repositoryScope(QStringLiteral("library/busybox"), false), QStringLiteral("repository:library/busybox:pull"));
        const QStringList merged = mergeScopes({QStringLiteral("repository:a:pull"), QStringLiteral("repository:b:pull"),
                                                QStringLiteral("repository:a:push"), QStringLiteral("repository:a:pull")});
        QCOMPARE(merged, (QStringList{QStringLiteral("repository:a:pull,push"), QStringLiteral("repository:b:pull")}));
        QVERIFY(scopesCover(merged, {QStringLiteral("repository:a:push")}));
        QVERIFY(scopesCover(merged, {QStringLiteral("repository:b:pull"), QStringLiteral("repository:a:pull")}));
        QVERIFY(!scopesCover(merged, {QStringLiteral("repository:b:push")}));
        QVERIFY(!scopesCover({QStringLiteral("repository:a:pull")}, {QStringLiteral("repository:c:pull")}));
        QVERIFY(scopesCover({}, {}));
    }

    void manifestsOfEveryKind()
    {
        const QByteArray docker = QStringLiteral("{\"schemaVersion\":2,\"mediaType\":\"application/vnd.docker.distribution.manifest.v2+json\",\n" "            \"config\":{\"mediaType\":\"application/vnd.docker.container.image.v1+json\",\"size\":7023,\"digest\":\"%1\"},\n" "            \"layers\":[{\"mediaType\":\"application/vnd.docker.image.rootfs.diff.tar.gzip\",\"size\":32654,\"digest\":\"%2\"}]}")
                                      .arg(kDigestA, kDigestB).toUtf8();
        QCOMPARE(manifestKind(QString(), docker).value(), ManifestKind::Image);
        QCOMPARE(manifestKind(QStringLiteral("application/vnd.docker.distribution.manifest.list.v2+json"), "{}").value(), ManifestKind::List);
        QCOMPARE(manifestKind(QStringLiteral("application/vnd.oci.image.index.v1+json; charset=utf-8"), "{}").value(), ManifestKind::List);
        QCOMPARE(manifestKind(QStringLiteral("application/json"), indexJson()).value(), ManifestKind::List);
        auto manifest = parseImageManifest(docker);
        QVERIFY(manifest);
        QCOMPARE(manifest->config.digest, kDigestA);
        QCOMPARE(manifest->layers.size(), 1);
        QCOMPARE(manifest->layers.first().size, 32654);
        QCOMPARE(manifest->layers.first().shortId(), QStringLiteral("bbbbbbbbbbbb"));
        QVERIFY(!manifestKind(QStringLiteral("application/vnd.docker.distribution.manifest.v1+prettyjws"), "{}"));
        QVERIFY(!parseImageManifest("{\"schemaVersion\":1,\"fsLayers\":[]}"));
        QVERIFY(!parseImageManifest("{\"schemaVersion\":2,\"config\":{\"digest\":\"sha256:short\",\"size\":1},\"layers\":[]}"));
        QVERIFY(!parseImageManifest("not json"));
    }

    void platformChoice()
    {
        auto list = parseManifestList(indexJson());
        QVERIFY(list);
        QCOMPARE(choosePlatformManifest(*list, *Platform::parse(QStringLiteral("linux/amd64")))->digest, kDigestB);
        QCOMPARE(choosePlatformManifest(*list, *Platform::parse(QStringLiteral("linux/arm64")))->digest, kDigestA);
        QCOMPARE(choosePlatformManifest(*list, *Platform::parse(QStringLiteral("linux/aarch64/v8")))->digest, kDigestA);
        // The attestation entry is never chosen, not even for unknown/unknown.
        QCOMPARE(choosePlatformManifest(*list, Platform{QStringLiteral("unknown"), QStringLiteral("unknown"), {}}).error().message,
                 QStringLiteral("no matching manifest for unknown/unknown in the manifest list entries"));
        QCOMPARE(choosePlatformManifest(*list, *Platform::parse(QStringLiteral("linux/s390x"))).error().message,
                 QStringLiteral("no matching manifest for linux/s390x in the manifest list entries"));
        // arm: the exact variant first, an older one when it is all there is.
        const QString arm = QStringLiteral(",{\"mediaType\":\"x\",\"digest\":\"%1\",\"size\":1,\"platform\":{\"os\":\"linux\",\"architecture\":\"arm\",\"variant\":\"v6\"}}")
                                .arg(kDigestC);
        auto withArm = parseManifestList(indexJson(arm));
        QCOMPARE(choosePlatformManifest(*withArm, *Platform::parse(QStringLiteral("linux/arm/v7")))->digest, kDigestC);
        QVERIFY(!choosePlatformManifest(*withArm, *Platform::parse(QStringLiteral("linux/arm/v5"))));
    }

    void platformsParse()
    {
        QCOMPARE(Platform::parse(QStringLiteral("linux/arm64/v8"))->toString(), QStringLiteral("linux/arm64"));
        QCOMPARE(Platform::parse(QStringLiteral("linux/x86_64"))->toString(), QStringLiteral("linux/amd64"));
        QCOMPARE(Platform::parse(QStringLiteral("arm"))->toString(), QStringLiteral("linux/arm/v7"));
        QCOMPARE(Platform::parse(QStringLiteral("linux/armhf"))->toString(), QStringLiteral("linux/arm/v7"));
        QCOMPARE(Platform::parse(QStringLiteral("linux"))->os, QStringLiteral("linux"));
        QVERIFY(!Platform::parse(QStringLiteral("linux//v7")));
        QVERIFY(!Platform::parse(QStringLiteral("a/b/c/d")));
        QCOMPARE(Platform::host().os, QStringLiteral("linux"));
    }

    void schema2ManifestForPush()
    {
        const Descriptor config{mediatype::dockerConfig, kDigestA, 100, std::nullopt, {}};
        const Descriptor layer{mediatype::dockerLayerGzip, kDigestB, 200, std::nullopt, {}};
        const QByteArray bytes = schema2Manifest(config, {layer});
        auto parsed = parseImageManifest(bytes);
        QVERIFY(parsed);
        QCOMPARE(parsed->mediaType, mediatype::dockerManifest);
        QCOMPARE(parsed->config.digest, kDigestA);
        QCOMPARE(parsed->layers.first().mediaType, mediatype::dockerLayerGzip);
        QCOMPARE(manifestKind(mediatype::dockerManifest, bytes).value(), ManifestKind::Image);
    }

    void rangesAndLinks()
    {
        auto range = parseContentRange("bytes 100-199/200");
        QVERIFY(range);
        QCOMPARE(range->start, 100);
        QCOMPARE(range->end, 199);
        QCOMPARE(range->total, 200);
        QCOMPARE(parseContentRange("bytes 5-9/*")->total, -1);
        QVERIFY(!parseContentRange("bytes 9-5/10"));
        QVERIFY(!parseContentRange("bytes 0-10/10"));
        QVERIFY(!parseContentRange("items 0-1/2"));
        QCOMPARE(rangeFrom(4096), QByteArray("bytes=4096-"));
        QCOMPARE(parseUploadRange("0-1023").value(), 1024);
        QVERIFY(!parseUploadRange("5-10"));
        QCOMPARE(nextLink("</v2/_catalog?last=b&n=2>; rel=\"next\""), QStringLiteral("/v2/_catalog?last=b&n=2"));
        QCOMPARE(nextLink("<https://x/y?a=1>; rel=\"prev\", </v2/t/tags/list?n=1&last=v1>; rel=next"),
                 QStringLiteral("/v2/t/tags/list?n=1&last=v1"));
        QCOMPARE(nextLink(""), QString());
    }

    void registriesConfVersion2()
    {
        const QByteArray text = "\n" "unqualified-search-registries = [\"docker.io\", \"quay.io\"]\n" "\n" "[[registry]]\n" "prefix = \"docker.io\"\n" "location = \"docker.io\"\n" "\n" "[[registry.mirror]]\n" "location = \"127.0.0.1:5001\"\n" "insecure = true\n" "\n" "[[registry.mirror]]\n" "location = \"mirror.example/hub\"\n" "pull-from-mirror = \"digest-only\"\n" "\n" "[[registry]]\n" "prefix = \"example.com/team\"\n" "location = \"internal.example:5000/mirrored\"\n" "\n" "[[registry]]\n" "location = \"blocked.example\"\n" "blocked = true\n" "\n" "[[registry]]\n" "prefix = \"*.corp.example\"\n" "insecure = true\n" "";
        auto conf = RegistriesConf::parse(text, QStringLiteral("test.conf"));
        QVERIFY2(conf, qPrintable(conf ? QString() : conf.error().message));
        QCOMPARE(conf->unqualifiedSearchRegistries, (QStringList{QStringLiteral("docker.io"), QStringLiteral("quay.io")}));
        QCOMPARE(conf->registries.size(), 4);

        auto byTag = pullEndpoints(*conf, *Reference::parseNamed(QStringLiteral("busybox")));
        QVERIFY(byTag);
        QCOMPARE(byTag->size(), 2); // the digest-only mirror is skipped for a tag
        QCOMPARE(byTag->at(0).host, QStringLiteral("127.0.0.1:5001"));
        QCOMPARE(byTag->at(0).repository, QStringLiteral("library/busybox"));
        QVERIFY(byTag->at(0).insecure && byTag->at(0).mirror);
        QCOMPARE(byTag->at(1).host, QStringLiteral("registry-1.docker.io"));
        QCOMPARE(byTag->at(1).domain, QStringLiteral("docker.io"));

        auto byDigest = pullEndpoints(*conf, *Reference::parseNamed(QStringLiteral("busybox@") + kDigestA));
        QCOMPARE(byDigest->size(), 3);
        QCOMPARE(byDigest->at(1).host, QStringLiteral("mirror.example"));
        QCOMPARE(byDigest->at(1).repository, QStringLiteral("hub/library/busybox"));

        auto relocated = pullEndpoints(*conf, *Reference::parseNamed(QStringLiteral("example.com/team/app:1")));
        QCOMPARE(relocated->size(), 1);
        QCOMPARE(relocated->first().host, QStringLiteral("internal.example:5000"));
        QCOMPARE(relocated->first().repository, QStringLiteral("mirrored/app"));
        // A prefix matches whole path components only.
        QCOMPARE(pullEndpoints(*conf, *Reference::parseNamed(QStringLiteral("example.com/teamx/app")))->first().repository,
                 QStringLiteral("teamx/app"));

        auto blocked = pullEndpoints(*conf, *Reference::parseNamed(QStringLiteral("blocked.example/x")));
        QCOMPARE(blocked.error().message, QStringLiteral("registry blocked.example is blocked in test.conf"));
        auto wildcard = pullEndpoints(*conf, *Reference::parseNamed(QStringLiteral("a.corp.example/x/y")));
        QVERIFY(wildcard->first().insecure);
        QCOMPARE(wildcard->first().host, QStringLiteral("a.corp.example"));
        QCOMPARE(pushEndpoint(*conf, *Reference::parseNamed(QStringLiteral("busybox")))->host, QStringLiteral("registry-1.docker.io"));
        QCOMPARE(searchRegistries(*conf).size(), 2);
        QCOMPARE(searchRegistries(RegistriesConf{}), QStringList{QStringLiteral("docker.io")});
    }

    void registriesConfErrorsNameTheFile()
    {
        auto syntax = RegistriesConf::parse("[[registry]\nprefix=", QStringLiteral("/etc/x.conf"));
        QVERIFY(!syntax);
        QVERIFY2(syntax.error().message.startsWith(QLatin1String("/etc/x.conf:1: ")), qPrintable(syntax.error().message));
        auto type = RegistriesConf::parse("[[registry]]\nlocation = \"a\"\ninsecure = \"yes\"\n", QStringLiteral("c.conf"));
        QCOMPARE(type.error().message, QStringLiteral("c.conf: insecure must be true or false"));
        auto empty = RegistriesConf::parse("[[registry]]\ninsecure = true\n", QStringLiteral("c.conf"));
        QCOMPARE(empty.error().message, QStringLiteral("c.conf: a [[registry]] has neither prefix nor location"));
    }

    // Found by the registriesconf fuzzer (tests/fuzz/corpus/registriesconf/finding-*):
    // toml++ 3.3 reached __builtin_unreachable() on some non-ASCII characters
    // where it looked for whitespace. Now refused as an error, or harmless in a
    // comment; a byte-order mark is allowed.
    void registriesConfNonAscii()
    {
        auto fuzzed = RegistriesConf::parse(QByteArray("\xef\xbb\xbc\x0c\x00r ~a~aiA0r", 15), QStringLiteral("f.conf"));
        QVERIFY(!fuzzed);
        QVERIFY(fuzzed.error().message.startsWith(QLatin1String("f.conf:1: ")));
        QVERIFY(!RegistriesConf::parse("a = 1\n\xc3\xa9 = 2\n", QStringLiteral("f.conf")));
        QVERIFY(!RegistriesConf::parse("unqualified-search-registries = \xe3\x80\x81[]\n", QStringLiteral("f.conf")));
        auto commented = RegistriesConf::parse("\xef\xbb\xbf# caf\xc3\xa9 \xef\xbb\xbc\nunqualified-search-registries = [\"quay.io\"] # \xc3\xa9\n",
                                               QStringLiteral("f.conf"));
        QVERIFY2(commented, commented ? "" : qPrintable(commented.error().message));
        QCOMPARE(commented->unqualifiedSearchRegistries, QStringList{QStringLiteral("quay.io")});
    }

    // A table header that opens on a comment is refused with its line, not an
    // assertion of toml++'s that stops a build with assertions (found by the
    // registriesconf fuzzer).
    void registriesConfHeaderOfAComment()
    {
        auto parsed = RegistriesConf::parse("[#rEgi", QStringLiteral("f.conf"));
        QVERIFY(!parsed);
        QVERIFY2(parsed.error().message.startsWith(QLatin1String("f.conf:1: ")), qPrintable(parsed.error().message));
    }

    void loopbackIsPlainHttpOnlyThere()
    {
        QVERIFY(isLoopbackHost(QStringLiteral("127.0.0.1:5000")));
        QVERIFY(isLoopbackHost(QStringLiteral("127.9.9.9")));
        QVERIFY(isLoopbackHost(QStringLiteral("[::1]:5000")));
        QVERIFY(isLoopbackHost(QStringLiteral("localhost:5000")));
        QVERIFY(!isLoopbackHost(QStringLiteral("10.0.0.1:5000")));
        QVERIFY(!isLoopbackHost(QStringLiteral("registry.example")));
        QCOMPARE(contactHost(QStringLiteral("docker.io")), QStringLiteral("registry-1.docker.io"));
    }

    void authFileInDockersFormat()
    {
        const QByteArray text = "{\"auths\":{\"https://index.docker.io/v1/\":{\"auth\":\"dXNlcjpwYXNzOndvcmQ=\"},\n" "            \"http://127.0.0.1:5000\":{\"auth\":\"YTpi\"},\"ghcr.io\":{\"identitytoken\":\"refresh\"}},\n" "            \"credHelpers\":{\"quay.io\":\"secretservice\"},\"credsStore\":\"pass\",\"experimental\":\"keep me\"}";
        auto file = AuthFile::parse(text, QStringLiteral("auth.json"));
        QVERIFY(file);
        QCOMPARE(file->credentials(QStringLiteral("docker.io"))->username, QStringLiteral("user"));
        QCOMPARE(file->credentials(QStringLiteral("docker.io"))->secret, QStringLiteral("pass:word"));
        QCOMPARE(file->credentials(QStringLiteral("127.0.0.1:5000"))->secret, QStringLiteral("b"));
        QCOMPARE(file->credentials(QStringLiteral("ghcr.io"))->username, QStringLiteral("<token>"));
        QVERIFY(!file->credentials(QStringLiteral("other.example")));
        QCOMPARE(file->helperFor(QStringLiteral("quay.io")), QStringLiteral("secretservice"));
        QCOMPARE(file->helperFor(QStringLiteral("other.example")), QStringLiteral("pass"));
        QVERIFY(file->remove(QStringLiteral("127.0.0.1:5000")));
        QVERIFY(!file->remove(QStringLiteral("127.0.0.1:5000")));
        file->setCredentials(authKeyFor(QStringLiteral("localhost:5000")), Credentials{QStringLiteral("u"), QStringLiteral("p")});
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/auth.json"));
        QVERIFY(file->write(path));
        struct stat info {};
        QCOMPARE(::stat(QFile::encodeName(path).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, 0600u);
        auto again = AuthFile::read(path);
        QCOMPARE(again->credentials(QStringLiteral("localhost:5000"))->secret, QStringLiteral("p"));
        QCOMPARE(again->json().value(QLatin1String("experimental")).toString(), QStringLiteral("keep me"));
        QCOMPARE(authKeyFor(QStringLiteral("docker.io")), QStringLiteral("https://index.docker.io/v1/"));
        QCOMPARE(authKeyDomain(QStringLiteral("https://registry-1.docker.io/v2/")), QStringLiteral("docker.io"));
        QVERIFY(AuthFile::read(dir.filePath(QStringLiteral("missing.json")))->json().isEmpty());
        QVERIFY(!AuthFile::parse("[1,", QStringLiteral("x")));
    }

    void registryErrorsAsDockerWordsThem()
    {
        QCOMPARE(registryErrorText(404, "{\"errors\":[{\"code\":\"MANIFEST_UNKNOWN\",\"message\":\"manifest unknown\",\"detail\":{}}]}"),
                 QStringLiteral("manifest unknown: manifest unknown"));
        QCOMPARE(registryErrorText(429, "{\"errors\":[{\"code\":\"TOOMANYREQUESTS\",\"message\":\"You have reached your pull rate limit.\"}]}"),
                 QStringLiteral("toomanyrequests: You have reached your pull rate limit."));
        QCOMPARE(registryErrorText(502, "<html>bad gateway</html>"), QStringLiteral("received unexpected HTTP status: 502 Bad Gateway"));
        QCOMPARE(registryErrorText(401, "{\"details\":\"incorrect username or password\"}"),
                 QStringLiteral("unauthorized: incorrect username or password"));
        QVERIFY(hasRegistryErrorCode("{\"errors\":[{\"code\":\"NAME_UNKNOWN\"}]}", {QStringLiteral("NAME_UNKNOWN")}));
    }

    void listsRegistriesAnswerWith()
    {
        QCOMPARE(parseTagList("{\"name\":\"a\",\"tags\":[\"1\",\"latest\"]}").value(), (QStringList{QStringLiteral("1"), QStringLiteral("latest")}));
        QVERIFY(parseTagList("{\"name\":\"a\",\"tags\":null}")->isEmpty());
        QCOMPARE(parseCatalog("{\"repositories\":[\"a/b\",\"c\"]}")->size(), 2);
        auto hub = parseHubSearch("{\"num_results\":2,\"results\":[{\"name\":\"busybox\",\"description\":\"Busybox base image.\",\"star_count\":3200,\n" "            \"is_official\":true,\"is_automated\":false},{\"name\":\"x/busybox\",\"description\":\"\",\"star_count\":1}]}");
        QVERIFY(hub);
        QCOMPARE(hub->size(), 2);
        QCOMPARE(hub->first().stars, 3200);
        QVERIFY(hub->first().official);
        QVERIFY(!hub->at(1).official);
        QVERIFY(!parseHubSearch("<html>"));
    }

    void progressLinesAsDockerPrintsThem()
    {
        QCOMPARE(transferSize(987), QStringLiteral("987B"));
        QCOMPARE(transferSize(1234567), QStringLiteral("1.235MB"));
        QCOMPARE(transferSize(45600000), QStringLiteral("45.6MB"));
        const LayerProgress half{QStringLiteral("a1b2c3d4e5f6"), layerstatus::downloading, 500, 1000};
        QCOMPARE(progressLine(half, true), QStringLiteral("a1b2c3d4e5f6: Downloading [=========================>                         ]     500B/1kB"));
        QCOMPARE(progressLine(half, false), QStringLiteral("a1b2c3d4e5f6: Downloading"));
        QCOMPARE(progressLine({QStringLiteral("a1b2c3d4e5f6"), layerstatus::pullComplete, 0, 0}, true),
                 QStringLiteral("a1b2c3d4e5f6: Pull complete"));
        ProgressRelay relay;
        relay.post({QStringLiteral("x"), layerstatus::downloading, 1, 10});
        relay.post({QStringLiteral("x"), layerstatus::downloading, 5, 10}); // replaces the one before
        relay.post({QStringLiteral("x"), layerstatus::downloadComplete, 0, 0});
        QList<LayerProgress> seen;
        relay.deliver(TransferObserver{{}, [&](const LayerProgress &p) { seen.append(p); }});
        QCOMPARE(seen.size(), 2);
        QCOMPARE(seen.first().current, 5);
        QCOMPARE(seen.last().status, layerstatus::downloadComplete);
    }

    void gzipRoundTripsInPiecesAndMembers()
    {
        QByteArray data;
        for (int i = 0; i < 200000; ++i)
            data += QByteArray::number(i % 977) + ' ';
        QByteArray compressed;
        GzipDeflater deflater([&](QByteArray chunk) {
            compressed += chunk;
            return Status();
        });
        for (qsizetype i = 0; i < data.size(); i += 7777)
            QVERIFY(deflater.write(data.constData() + i, std::min<qsizetype>(7777, data.size() - i)));
        QVERIFY(deflater.finish());
        QVERIFY(GzipInflater::isGzip(compressed.constData(), compressed.size()));
        // Two members back to back (as pigz or cat make them), fed in odd pieces.
        const QByteArray twice = compressed + testsupport::compress("second member", QStringLiteral("gzip"));
        GzipInflater inflater;
        QByteArray output;
        QByteArray buffer(4096, Qt::Uninitialized);
        for (qsizetype used = 0; used < twice.size();) {
            const qint64 piece = std::min<qsizetype>(1000, twice.size() - used);
            qint64 consumed = 0;
            do {
                auto step = inflater.inflate(twice.constData() + used + consumed, piece - consumed, buffer.data(), buffer.size());
                QVERIFY2(step, qPrintable(step ? QString() : step.error().message));
                consumed += step->consumed;
                output += buffer.left(step->produced);
                if (step->consumed == 0 && step->produced == 0)
                    break;
            } while (consumed < piece);
            used += piece;
        }
        QVERIFY(inflater.atMemberEnd());
        QCOMPARE(output, data + "second member");
        GzipInflater broken;
        QByteArray damaged = compressed;
        damaged[damaged.size() / 2] = char(damaged[damaged.size() / 2] ^ 0x55);
        bool failed = false;
        for (qsizetype used = 0; used < damaged.size() && !failed;) {
            auto step = broken.inflate(damaged.constData() + used, damaged.size() - used, buffer.data(), buffer.size());
            failed = !step;
            used += step ? step->consumed : 0;
            if (step && step->consumed == 0 && step->produced == 0)
                break;
        }
        QVERIFY(failed || !broken.atMemberEnd());
    }

    void oldImageIndexesLoadAndDigestsRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = testsupport::writeFile(dir.path(), QStringLiteral("repositories.json"),
                                                    "{\"references\":{\"busybox:latest\":{\"id\":\"sha256:1\",\"tagged\":\"2024-01-01T00:00:00.000Z\"}}}");
        auto index = ImageIndex::read(path);
        QVERIFY(index);
        QCOMPARE(index->references().size(), 1);
        QVERIFY(index->digests().isEmpty());
        index->digests().insert(QStringLiteral("busybox@") + kDigestA, QStringLiteral("sha256:1"));
        index->digests().insert(QStringLiteral("other@") + kDigestB, QStringLiteral("sha256:1"));
        QVERIFY(index->write(path));
        auto again = ImageIndex::read(path);
        QCOMPARE(again->digestsOf(QStringLiteral("sha256:1")).size(), 2);
        QCOMPARE(again->removeDigestsOf(QStringLiteral("sha256:1"), QStringLiteral("busybox")),
                 QStringList{QStringLiteral("busybox@") + kDigestA});
        QCOMPARE(again->digestsOf(QStringLiteral("sha256:1")), QStringList{QStringLiteral("other@") + kDigestB});
    }
};

QTEST_GUILESS_MAIN(TestRegistryParsers)
#include "tst_registryparsers.moc"
