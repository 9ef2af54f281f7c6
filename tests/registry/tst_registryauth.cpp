// TLS and authentication against docker-registry on 127.0.0.1: a CA made
// by openssl in certs.d (and an unknown one refused), client certificates,
// Basic auth (htpasswd) behind TLS with login, logout and a wrong password
// through the CLI, Bearer tokens from a token service written for the test
// (reused, scope widened for push), and a credential helper that keeps the
// secret out of files and arguments.
#include "base/fsutil.h"
#include "registry/login.h"
#include "registry/pull.h"
#include "registry/push.h"
#include "registryfixture.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <sys/stat.h>

using namespace porthole;
using namespace registrytest;
using testsupport::TempStore;

namespace {

const QByteArray kSecret = "s3cret-Passw0rd";

QList<QJsonObject> tokenRequests(const QString &log)
{
    QList<QJsonObject> requests;
    QFile file(log);
    if (!file.open(QIODevice::ReadOnly))
        return requests;
    for (const QByteArray &line : file.readAll().split('\n'))
        if (!line.trimmed().isEmpty())
            requests.append(QJsonDocument::fromJson(line).object());
    return requests;
}

} // namespace

class TestRegistryAuth : public QObject {
    Q_OBJECT

    QTemporaryDir m_home;

    QString certsRoot() const { return m_home.filePath(QStringLiteral("certs.d")); }
    QString authFile() const { return m_home.filePath(QStringLiteral("auth.json")); }

    std::unique_ptr<RegistryContext> context(QStringList certsRoots = {})
    {
        if (certsRoots.isEmpty())
            certsRoots = {certsRoot()};
        return std::make_unique<RegistryContext>(RegistriesConf{}, CredentialStore(authFile(), m_home.filePath(QStringLiteral("config.json"))),
                                                 TlsSettings(certsRoots));
    }

    // Puts a small image in the registry with skopeo (credentials when it asks).
    OciImage seed(const QString &dir, const LocalRegistry &registry, const QString &repository, const QStringList &extra = {})
    {
        OciLayout layout(dir);
        const OciImage image = layout.addImage({{fileLayer("etc/hello", "hello\n"), QStringLiteral("gzip")}}, Platform::host(), repository);
        layout.tagImage(image, QStringLiteral("v"));
        QString error;
        if (!skopeoPush(layout, QStringLiteral("v"), registry.host() + QLatin1Char('/') + repository, &error, extra))
            qFatal("%s", qPrintable(error));
        return image;
    }

    void trustCa(const LocalRegistry &registry, const TlsMaterial &tls)
    {
        const QString dir = certsRoot() + QLatin1Char('/') + registry.host();
        QDir().mkpath(dir);
        QFile::remove(dir + QStringLiteral("/ca.crt"));
        QFile::copy(tls.caCert, dir + QStringLiteral("/ca.crt"));
    }

    QString htpasswd(const QString &dir)
    {
        QByteArray line;
        QString error;
        if (!runTool(QStringLiteral("htpasswd"), {QStringLiteral("-Bbn"), QStringLiteral("user"), QString::fromLatin1(kSecret)}, &error, &line))
            qFatal("%s", qPrintable(error));
        return testsupport::writeFile(dir, QStringLiteral("htpasswd"), line);
    }

private slots:
    void initTestCase()
    {
        REQUIRE_ROOT();
        qputenv("PORTHOLE_REGISTRIES_CONF", testsupport::writeFile(m_home.path(), QStringLiteral("registries.conf"), "").toLocal8Bit());
        qputenv("REGISTRY_AUTH_FILE", authFile().toLocal8Bit());
        qputenv("DOCKER_CONFIG", m_home.path().toLocal8Bit());
        qputenv("PORTHOLE_CERTS_D", certsRoot().toLocal8Bit());
        qputenv("PATH", (m_home.filePath(QStringLiteral("bin")) + QLatin1Char(':') + qEnvironmentVariable("PATH")).toLocal8Bit());
    }

    void init() { QFile::remove(authFile()); }

    void tlsWithTheCaInCertsD()
    {
        QTemporaryDir work;
        QString error;
        auto tls = TlsMaterial::create(work.path(), QStringLiteral("tls"), &error);
        QVERIFY2(tls, qPrintable(error));
        LocalRegistry registry(work.filePath(QStringLiteral("registry")), {*tls, {}, {}, {}});
        QVERIFY2(registry.start(&error), qPrintable(error));
        const OciImage image = seed(work.filePath(QStringLiteral("oci")), registry, QStringLiteral("test/tls:v1"));
        const QString reference = registry.host() + QStringLiteral("/test/tls:v1");
        Progress progress;

        TempStore refusedTemp;
        ImageStore refusedStore = refusedTemp.open();
        auto untrusted = context({work.filePath(QStringLiteral("no-certs"))});
        auto refused = pullImage(*untrusted, refusedStore, {reference, std::nullopt}, {}, progress);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(QLatin1String("certificate signed by unknown authority")), qPrintable(refused.error().message));
        QVERIFY(refusedTemp.isEmpty());

        trustCa(registry, *tls);
        TempStore temp;
        ImageStore store = temp.open();
        auto trusted = context();
        auto pulled = pullImage(*trusted, store, {reference, std::nullopt}, {}, progress);
        QVERIFY2(pulled, qPrintable(pulled ? QString() : pulled.error().message));
        QCOMPARE(pulled->imageId, image.imageId);
    }

    void clientCertificateFromCertsD()
    {
        QTemporaryDir work;
        QString error;
        auto tls = TlsMaterial::create(work.path(), QStringLiteral("mtls"), &error);
        QVERIFY2(tls, qPrintable(error));
        LocalRegistry::Options options{*tls, {}, {}, tls->caCert};
        LocalRegistry registry(work.filePath(QStringLiteral("registry")), options);
        QVERIFY2(registry.start(&error), qPrintable(error));
        trustCa(registry, *tls);
        const QString dir = certsRoot() + QLatin1Char('/') + registry.host();
        QVERIFY2(tls->makeClientCertificate(dir, QStringLiteral("client"), &error), qPrintable(error));
        const OciImage image = seed(work.filePath(QStringLiteral("oci")), registry, QStringLiteral("test/mtls:v1"),
                                    {QStringLiteral("--dest-cert-dir"), dir});
        TempStore temp;
        ImageStore store = temp.open();
        Progress progress;
        auto pulled = pullImage(*context(), store, {registry.host() + QStringLiteral("/test/mtls:v1"), std::nullopt}, {}, progress);
        QVERIFY2(pulled, qPrintable(pulled ? QString() : pulled.error().message));
        QCOMPARE(pulled->imageId, image.imageId);
        QFile::remove(dir + QStringLiteral("/client.key"));
        auto missingKey = pullImage(*context(), store, {registry.host() + QStringLiteral("/test/mtls:v1"), std::nullopt}, {}, progress);
        QVERIFY(!missingKey);
        QCOMPARE(missingKey.error().message, QStringLiteral("missing key %1/client.key for client certificate %1/client.cert").arg(dir));
    }

    void basicAuthBehindTlsThroughTheCli()
    {
        QTemporaryDir work;
        QString error;
        auto tls = TlsMaterial::create(work.path(), QStringLiteral("basic"), &error);
        QVERIFY2(tls, qPrintable(error));
        LocalRegistry registry(work.filePath(QStringLiteral("registry")), {*tls, htpasswd(work.path()), {}, {}});
        QVERIFY2(registry.start(&error), qPrintable(error));
        trustCa(registry, *tls);
        const OciImage image = seed(work.filePath(QStringLiteral("oci")), registry, QStringLiteral("test/basic:v1"),
                                    {QStringLiteral("--dest-creds"), QStringLiteral("user:") + QString::fromLatin1(kSecret)});
        const QString host = registry.host();
        const QString reference = host + QStringLiteral("/test/basic:v1");
        TempStore temp;

        const testsupport::RunResult denied = testsupport::runPorthole(temp, {QStringLiteral("pull"), reference});
        QCOMPARE(denied.exitCode, 1);
        QCOMPARE(QString::fromUtf8(denied.err).trimmed(),
                 QStringLiteral("Error: pull access denied for %1/test/basic, repository does not exist or may require 'docker login': "
                                "unauthorized: authentication required").arg(host));

        const testsupport::RunResult wrong = testsupport::runPorthole(
            temp, {QStringLiteral("login"), QStringLiteral("-u"), QStringLiteral("user"), QStringLiteral("--password-stdin"), host}, "wrong\n");
        QCOMPARE(wrong.exitCode, 1);
        QCOMPARE(wrong.err.trimmed(), QByteArray("Error: unauthorized: incorrect username or password"));
        QVERIFY(!QFile::exists(authFile()));

        const testsupport::RunResult login = testsupport::runPorthole(
            temp, {QStringLiteral("login"), QStringLiteral("-u"), QStringLiteral("user"), QStringLiteral("--password-stdin"), host}, kSecret + '\n');
        QVERIFY2(login.exitCode == 0, login.err.constData());
        QCOMPARE(login.out, QByteArray("Login Succeeded\n"));
        QVERIFY(!login.out.contains(kSecret) && !login.err.contains(kSecret));
        struct stat info {};
        QCOMPARE(::stat(QFile::encodeName(authFile()).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, 0600u);
        const QJsonObject auths = QJsonDocument::fromJson(readWholeFile(authFile()).value()).object().value(QLatin1String("auths")).toObject();
        QCOMPARE(auths.value(host).toObject().value(QLatin1String("auth")).toString(), QString::fromLatin1(QByteArray("user:" + kSecret).toBase64()));

        const testsupport::RunResult pulled = testsupport::runPorthole(temp, {QStringLiteral("pull"), QStringLiteral("-q"), reference});
        QVERIFY2(pulled.exitCode == 0, pulled.err.constData());
        QCOMPARE(temp.open().image(reference)->id, image.imageId);

        const testsupport::RunResult logout = testsupport::runPorthole(temp, {QStringLiteral("logout"), host});
        QCOMPARE(logout.out, QStringLiteral("Removing login credentials for %1\n").arg(host).toUtf8());
        const testsupport::RunResult again = testsupport::runPorthole(temp, {QStringLiteral("logout"), host});
        QCOMPARE(again.out, QStringLiteral("Not logged in to %1\n").arg(host).toUtf8());
        QCOMPARE(testsupport::runPorthole(temp, {QStringLiteral("pull"), reference}).exitCode, 1);
        const testsupport::RunResult noTty = testsupport::runPorthole(temp, {QStringLiteral("login"), host});
        QCOMPARE(noTty.err.trimmed(), QByteArray("Error: Cannot perform an interactive login from a non TTY device"));
    }

    void bearerTokensFromATokenService()
    {
        QTemporaryDir work;
        QString error;
        const QString key = work.filePath(QStringLiteral("token.key"));
        const QString cert = work.filePath(QStringLiteral("token.crt"));
        QVERIFY2(runTool(QStringLiteral("openssl"), {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                                                     QStringLiteral("-nodes"), QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert,
                                                     QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=porthole token")},
                         &error),
                 qPrintable(error));
        const QString log = work.filePath(QStringLiteral("tokens.log"));
        ScriptServer tokens;
        QVERIFY2(tokens.start({QStringLiteral("token"), QStringLiteral("--key"), key, QStringLiteral("--cert"), cert, QStringLiteral("--issuer"),
                               QStringLiteral("porthole-test-issuer"), QStringLiteral("--service"), QStringLiteral("porthole-test"),
                               QStringLiteral("--user"), QStringLiteral("user"), QStringLiteral("--password"), QString::fromLatin1(kSecret),
                               QStringLiteral("--log"), log},
                              &error),
                 qPrintable(error));
        LocalRegistry::TokenAuth auth{QStringLiteral("http://127.0.0.1:%1/token").arg(tokens.port()), QStringLiteral("porthole-test"),
                                      QStringLiteral("porthole-test-issuer"), cert};
        LocalRegistry registry(work.filePath(QStringLiteral("registry")), {std::nullopt, {}, auth, {}});
        QVERIFY2(registry.start(&error), qPrintable(error));
        const OciImage image = seed(work.filePath(QStringLiteral("oci")), registry, QStringLiteral("test/token:v1"),
                                    {QStringLiteral("--dest-creds"), QStringLiteral("user:") + QString::fromLatin1(kSecret)});
        QFile::remove(log);

        TempStore temp;
        ImageStore store = temp.open();
        Progress progress;
        auto anonymous = context();
        auto pulled = pullImage(*anonymous, store, {registry.host() + QStringLiteral("/test/token:v1"), std::nullopt}, {}, progress);
        QVERIFY2(pulled, qPrintable(pulled ? QString() : pulled.error().message));
        QCOMPARE(pulled->imageId, image.imageId);
        QList<QJsonObject> requests = tokenRequests(log);
        QCOMPARE(requests.size(), 1); // one anonymous token for manifest, config and layer
        QCOMPARE(requests.first().value(QLatin1String("scopes")).toArray().first().toString(), QStringLiteral("repository:test/token:pull"));

        QVERIFY(store.tag(registry.host() + QStringLiteral("/test/token:v1"), registry.host() + QStringLiteral("/test/pushed:v1")));
        auto refused = pushImage(*anonymous, store, {registry.host() + QStringLiteral("/test/pushed:v1"), false}, {}, progress);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.startsWith(QLatin1String("denied: requested access to the resource is denied")),
                 qPrintable(refused.error().message));

        auto wrong = loginToRegistry(*anonymous, registry.host(), Credentials{QStringLiteral("user"), QStringLiteral("nope")}, progress);
        QCOMPARE(wrong.error().message, QStringLiteral("unauthorized: incorrect username or password"));
        auto loggedIn = context();
        QVERIFY(loginToRegistry(*loggedIn, registry.host(), Credentials{QStringLiteral("user"), QString::fromLatin1(kSecret)}, progress));
        auto pushed = pushImage(*loggedIn, store, {registry.host() + QStringLiteral("/test/pushed:v1"), false}, {}, progress);
        QVERIFY2(pushed, qPrintable(pushed ? QString() : pushed.error().message));
        requests = tokenRequests(log);
        bool widened = false;
        for (const QJsonObject &request : std::as_const(requests)) {
            QVERIFY(!request.value(QLatin1String("query")).toString().contains(QString::fromLatin1(kSecret)));
            const QString scopes = request.value(QLatin1String("scopes")).toVariant().toStringList().join(QLatin1Char(' '));
            // Push, and pull on the repository the layer is mounted from.
            widened = widened || (scopes.contains(QLatin1String("repository:test/pushed:pull,push"))
                                  && scopes.contains(QLatin1String("repository:test/token:pull"))
                                  && request.value(QLatin1String("account")).toString() == QLatin1String("user"));
        }
        QVERIFY(widened);
    }

    void credentialHelperKeepsTheSecret()
    {
        QTemporaryDir work;
        QString error;
        auto tls = TlsMaterial::create(work.path(), QStringLiteral("helper"), &error);
        QVERIFY2(tls, qPrintable(error));
        LocalRegistry registry(work.filePath(QStringLiteral("registry")), {*tls, htpasswd(work.path()), {}, {}});
        QVERIFY2(registry.start(&error), qPrintable(error));
        trustCa(registry, *tls);
        const OciImage image = seed(work.filePath(QStringLiteral("oci")), registry, QStringLiteral("test/helper:v1"),
                                    {QStringLiteral("--dest-creds"), QStringLiteral("user:") + QString::fromLatin1(kSecret)});
        const QString bin = m_home.filePath(QStringLiteral("bin"));
        QDir().mkpath(bin);
        const QString store = work.filePath(QStringLiteral("helper-store.json"));
        const QString args = work.filePath(QStringLiteral("helper-args.log"));
        const QString script = testsupport::writeFile(bin, QStringLiteral("docker-credential-porthole-test"),
                                                      QStringLiteral("#!/bin/sh\necho \"$@\" >> %1\ncase \"$1\" in\n"
                                                                     "store) cat > %2 ;;\n"
                                                                     "get) cat > /dev/null; if [ -f %2 ]; then cat %2; else echo 'credentials not found in native keychain'; exit 1; fi ;;\n"
                                                                     "erase) cat > /dev/null; rm -f %2 ;;\nesac\n")
                                                          .arg(args, store)
                                                          .toUtf8());
        QFile::setPermissions(script, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        testsupport::writeFile(m_home.path(), QStringLiteral("auth.json"), "{\"credsStore\":\"porthole-test\"}");
        TempStore temp;
        const QString host = registry.host();
        const testsupport::RunResult login = testsupport::runPorthole(
            temp, {QStringLiteral("login"), QStringLiteral("-u"), QStringLiteral("user"), QStringLiteral("--password-stdin"), host}, kSecret + '\n');
        QVERIFY2(login.exitCode == 0, login.err.constData());
        QVERIFY(readWholeFile(store).value().contains(kSecret)); // the helper has it...
        QVERIFY(!readWholeFile(authFile()).value().contains(kSecret)); // ...the auth file does not
        QVERIFY(!readWholeFile(args).value().contains(kSecret));        // nor any argument
        const testsupport::RunResult pulled = testsupport::runPorthole(temp, {QStringLiteral("pull"), QStringLiteral("-q"), host + QStringLiteral("/test/helper:v1")});
        QVERIFY2(pulled.exitCode == 0, pulled.err.constData());
        QCOMPARE(temp.open().image(host + QStringLiteral("/test/helper:v1"))->id, image.imageId);
        const testsupport::RunResult logout = testsupport::runPorthole(temp, {QStringLiteral("logout"), host});
        QCOMPARE(logout.exitCode, 0);
        QVERIFY(!QFile::exists(store));
        QFile::remove(script);
    }
};

QTEST_GUILESS_MAIN(TestRegistryAuth)
#include "tst_registryauth.moc"
