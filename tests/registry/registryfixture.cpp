#include "registryfixture.h"

#include "base/sha256.h"
#include "testsupport.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <csignal>
#include <sys/prctl.h>

namespace registrytest {
namespace {

// A server started for a test dies with the test, even one that crashes.
void dieWithTheTest(QProcess &process)
{
    process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
}

QString sha(const QByteArray &data)
{
    return QStringLiteral("sha256:") + porthole::Sha256::hexOf(data);
}

bool waitForPort(quint16 port, QProcess &process, QString *error)
{
    QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired()) {
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), port);
        if (socket.waitForConnected(500))
            return true;
        if (process.waitForFinished(50) || process.state() != QProcess::Running) {
            *error = QStringLiteral("the server exited early");
            return false;
        }
    }
    *error = QStringLiteral("the server did not listen within 30 s");
    return false;
}

QString layerMediaType(const QString &compression)
{
    if (compression == QLatin1String("gzip"))
        return QStringLiteral("application/vnd.oci.image.layer.v1.tar+gzip");
    if (compression == QLatin1String("zstd"))
        return QStringLiteral("application/vnd.oci.image.layer.v1.tar+zstd");
    return QStringLiteral("application/vnd.oci.image.layer.v1.tar");
}

QJsonObject descriptor(const QString &mediaType, const QString &digest, qint64 size)
{
    return {{QLatin1String("mediaType"), mediaType}, {QLatin1String("digest"), digest}, {QLatin1String("size"), size}};
}

} // namespace

quint16 freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

bool runTool(const QString &program, const QStringList &args, QString *error, QByteArray *output, const QByteArray &input)
{
    const testsupport::RunResult result = testsupport::runProgram(program, args, input, 300000);
    if (output)
        *output = result.out;
    if (result.exitCode != 0) {
        *error = QStringLiteral("%1 %2 failed: %3").arg(program, args.join(QLatin1Char(' ')), QString::fromLocal8Bit(result.err));
        return false;
    }
    return true;
}

std::optional<TlsMaterial> TlsMaterial::create(const QString &dir, const QString &name, QString *error)
{
    TlsMaterial m{dir + QLatin1Char('/') + name + QStringLiteral("-ca.crt"), dir + QLatin1Char('/') + name + QStringLiteral("-ca.key"),
                  dir + QLatin1Char('/') + name + QStringLiteral("-server.crt"), dir + QLatin1Char('/') + name + QStringLiteral("-server.key")};
    const QString csr = dir + QLatin1Char('/') + name + QStringLiteral("-server.csr");
    const QString ext = testsupport::writeFile(dir, name + QStringLiteral("-ext.cnf"),
                                               "subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\n");
    const QString openssl = QStringLiteral("openssl");
    if (!runTool(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                           QStringLiteral("-nodes"), QStringLiteral("-keyout"), m.caKey, QStringLiteral("-out"), m.caCert,
                           QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=porthole test CA ") + name},
                 error)
        || !runTool(openssl, {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                              QStringLiteral("-keyout"), m.serverKey, QStringLiteral("-out"), csr, QStringLiteral("-subj"),
                              QStringLiteral("/CN=127.0.0.1")},
                    error)
        || !runTool(openssl, {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), csr, QStringLiteral("-CA"), m.caCert,
                              QStringLiteral("-CAkey"), m.caKey, QStringLiteral("-CAcreateserial"), QStringLiteral("-out"), m.serverCert,
                              QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"), ext},
                    error))
        return std::nullopt;
    return m;
}

bool TlsMaterial::makeClientCertificate(const QString &dir, const QString &name, QString *error) const
{
    const QString key = dir + QLatin1Char('/') + name + QStringLiteral(".key");
    const QString cert = dir + QLatin1Char('/') + name + QStringLiteral(".cert");
    const QString csr = dir + QLatin1Char('/') + name + QStringLiteral(".csr.tmp");
    const QString ext = testsupport::writeFile(dir, name + QStringLiteral(".ext.tmp"), "extendedKeyUsage=clientAuth\n");
    const bool made = runTool(QStringLiteral("openssl"), {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                                                         QStringLiteral("-nodes"), QStringLiteral("-keyout"), key, QStringLiteral("-out"), csr,
                                                         QStringLiteral("-subj"), QStringLiteral("/CN=porthole test client")},
                              error)
                      && runTool(QStringLiteral("openssl"), {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), csr,
                                                            QStringLiteral("-CA"), caCert, QStringLiteral("-CAkey"), caKey,
                                                            QStringLiteral("-CAcreateserial"), QStringLiteral("-out"), cert,
                                                            QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"), ext},
                                 error);
    QFile::remove(csr);
    QFile::remove(ext);
    return made;
}

LocalRegistry::LocalRegistry(const QString &dir, Options options) : m_dir(dir), m_options(std::move(options))
{
    QDir().mkpath(m_dir + QStringLiteral("/storage"));
}

LocalRegistry::~LocalRegistry()
{
    kill();
}

QString LocalRegistry::blobData(const QString &digest) const
{
    const QString hex = digest.mid(7);
    return m_dir + QStringLiteral("/storage/docker/registry/v2/blobs/sha256/") + hex.left(2) + QLatin1Char('/') + hex + QStringLiteral("/data");
}

bool LocalRegistry::launch(QString *error)
{
    QString config = QStringLiteral("version: 0.1\nlog:\n  level: error\n  accesslog:\n    disabled: true\n"
                                    "storage:\n  filesystem:\n    rootdirectory: %1/storage\n  delete:\n    enabled: true\n"
                                    "http:\n  addr: 127.0.0.1:%2\n")
                         .arg(m_dir)
                         .arg(m_port);
    if (m_options.tls)
        config += QStringLiteral("  tls:\n    certificate: %1\n    key: %2\n").arg(m_options.tls->serverCert, m_options.tls->serverKey);
    if (m_options.tls && !m_options.clientCa.isEmpty())
        config += QStringLiteral("    clientcas:\n      - %1\n").arg(m_options.clientCa);
    if (!m_options.htpasswd.isEmpty())
        config += QStringLiteral("auth:\n  htpasswd:\n    realm: porthole-test\n    path: %1\n").arg(m_options.htpasswd);
    if (m_options.token)
        config += QStringLiteral("auth:\n  token:\n    realm: %1\n    service: %2\n    issuer: %3\n    rootcertbundle: %4\n")
                      .arg(m_options.token->realm, m_options.token->service, m_options.token->issuer, m_options.token->rootCertBundle);
    const QString configPath = testsupport::writeFile(m_dir, QStringLiteral("config.yml"), config.toUtf8());
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    // docker-registry reads REGISTRY_* variables as configuration
    // (REGISTRY_AUTH_FILE would be auth.file).
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : environment.keys())
        if (name.startsWith(QLatin1String("REGISTRY_")))
            environment.remove(name);
    m_process->setProcessEnvironment(environment);
    dieWithTheTest(*m_process);
    m_process->start(QStringLiteral("/usr/bin/docker-registry"), {QStringLiteral("serve"), configPath});
    if (!m_process->waitForStarted(10000)) {
        *error = QStringLiteral("cannot start docker-registry: ") + m_process->errorString();
        return false;
    }
    return waitForPort(m_port, *m_process, error);
}

bool LocalRegistry::start(QString *error)
{
    for (int attempt = 0; attempt < 3; ++attempt) { // another test may take the port first
        m_port = freePort();
        if (launch(error))
            return true;
        kill();
    }
    return false;
}

bool LocalRegistry::restart(QString *error)
{
    kill();
    return launch(error);
}

void LocalRegistry::kill()
{
    if (!m_process)
        return;
    m_process->kill();
    m_process->waitForFinished(10000);
    m_process.reset();
}

ScriptServer::~ScriptServer()
{
    if (m_process) {
        m_process->kill();
        m_process->waitForFinished(10000);
    }
}

bool ScriptServer::start(const QStringList &args, QString *error)
{
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    dieWithTheTest(*m_process);
    m_process->start(QStringLiteral("/usr/bin/python3"), QStringList{QStringLiteral(REGISTRY_TEST_DIR "/testservers.py")} + args);
    QDeadlineTimer deadline(30000);
    while (!m_process->canReadLine() && !deadline.hasExpired() && m_process->state() != QProcess::NotRunning)
        m_process->waitForReadyRead(200);
    const QByteArray line = m_process->readLine().trimmed();
    if (!line.startsWith("PORT ")) {
        *error = QStringLiteral("testservers.py did not start: ") + QString::fromLocal8Bit(line);
        return false;
    }
    m_port = quint16(line.mid(5).toUInt());
    return true;
}

OciLayout::OciLayout(const QString &dir) : m_dir(dir)
{
    QDir().mkpath(m_dir + QStringLiteral("/blobs/sha256"));
    testsupport::writeFile(m_dir, QStringLiteral("oci-layout"), "{\"imageLayoutVersion\":\"1.0.0\"}");
    if (!QFile::exists(m_dir + QStringLiteral("/index.json")))
        testsupport::writeFile(m_dir, QStringLiteral("index.json"), "{\"schemaVersion\":2,\"manifests\":[]}");
}

QString OciLayout::writeBlob(const QByteArray &data)
{
    const QString digest = sha(data);
    testsupport::writeFile(m_dir + QStringLiteral("/blobs/sha256"), digest.mid(7), data);
    return digest;
}

OciImage OciLayout::addImage(const QList<LayerSpec> &layers, const porthole::Platform &platform, const QString &marker)
{
    OciImage image;
    image.platform = platform;
    QJsonArray layerDescriptors, diffIds, history;
    for (const LayerSpec &layer : layers) {
        const QByteArray blob = layer.compression.isEmpty() ? layer.tar : testsupport::compress(layer.tar, layer.compression);
        image.blobDigests.append(writeBlob(blob));
        image.diffIds.append(sha(layer.tar));
        layerDescriptors.append(descriptor(layerMediaType(layer.compression), image.blobDigests.last(), blob.size()));
        diffIds.append(image.diffIds.last());
        history.append(QJsonObject{{QLatin1String("created"), QStringLiteral("2024-01-01T00:00:00Z")},
                                   {QLatin1String("created_by"), QStringLiteral("test layer %1").arg(diffIds.size())}});
    }
    QJsonObject config{{QLatin1String("architecture"), platform.architecture}, {QLatin1String("os"), platform.os},
                       {QLatin1String("created"), QStringLiteral("2024-01-01T00:00:00Z")},
                       {QLatin1String("config"), QJsonObject{{QLatin1String("Cmd"), QJsonArray{QStringLiteral("/bin/sh")}},
                                                             {QLatin1String("Labels"), QJsonObject{{QLatin1String("marker"), marker}}}}},
                       {QLatin1String("rootfs"), QJsonObject{{QLatin1String("type"), QStringLiteral("layers")}, {QLatin1String("diff_ids"), diffIds}}},
                       {QLatin1String("history"), history}};
    if (!platform.variant.isEmpty())
        config.insert(QLatin1String("variant"), platform.variant);
    image.config = QJsonDocument(config).toJson(QJsonDocument::Compact);
    image.imageId = writeBlob(image.config);
    const QJsonObject manifest{{QLatin1String("schemaVersion"), 2},
                               {QLatin1String("mediaType"), QStringLiteral("application/vnd.oci.image.manifest.v1+json")},
                               {QLatin1String("config"), descriptor(QStringLiteral("application/vnd.oci.image.config.v1+json"), image.imageId, image.config.size())},
                               {QLatin1String("layers"), layerDescriptors}};
    const QByteArray manifestBytes = QJsonDocument(manifest).toJson(QJsonDocument::Compact);
    image.manifestDigest = writeBlob(manifestBytes);
    image.manifestSize = manifestBytes.size();
    return image;
}

void OciLayout::writeTopIndex(const QString &mediaType, const QString &digest, qint64 size, const QString &tag)
{
    QFile file(m_dir + QStringLiteral("/index.json"));
    file.open(QIODevice::ReadOnly);
    QJsonObject index = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QJsonArray manifests = index.value(QLatin1String("manifests")).toArray();
    QJsonObject entry = descriptor(mediaType, digest, size);
    entry.insert(QLatin1String("annotations"), QJsonObject{{QLatin1String("org.opencontainers.image.ref.name"), tag}});
    manifests.append(entry);
    index.insert(QLatin1String("manifests"), manifests);
    testsupport::writeFile(m_dir, QStringLiteral("index.json"), QJsonDocument(index).toJson(QJsonDocument::Compact));
}

void OciLayout::tagImage(const OciImage &image, const QString &tag)
{
    writeTopIndex(QStringLiteral("application/vnd.oci.image.manifest.v1+json"), image.manifestDigest, image.manifestSize, tag);
}

QString OciLayout::tagIndex(const QList<OciImage> &images, const QString &tag, const OciImage *attestation)
{
    QJsonArray manifests;
    for (const OciImage &image : images) {
        QJsonObject entry = descriptor(QStringLiteral("application/vnd.oci.image.manifest.v1+json"), image.manifestDigest, image.manifestSize);
        QJsonObject platform{{QLatin1String("os"), image.platform.os}, {QLatin1String("architecture"), image.platform.architecture}};
        if (!image.platform.variant.isEmpty())
            platform.insert(QLatin1String("variant"), image.platform.variant);
        entry.insert(QLatin1String("platform"), platform);
        manifests.append(entry);
    }
    if (attestation) {
        QJsonObject entry = descriptor(QStringLiteral("application/vnd.oci.image.manifest.v1+json"), attestation->manifestDigest,
                                       attestation->manifestSize);
        entry.insert(QLatin1String("platform"), QJsonObject{{QLatin1String("os"), QStringLiteral("unknown")},
                                                            {QLatin1String("architecture"), QStringLiteral("unknown")}});
        entry.insert(QLatin1String("annotations"), QJsonObject{{QLatin1String("vnd.docker.reference.type"), QStringLiteral("attestation-manifest")},
                                                               {QLatin1String("vnd.docker.reference.digest"), images.first().manifestDigest}});
        manifests.append(entry);
    }
    const QJsonObject index{{QLatin1String("schemaVersion"), 2},
                            {QLatin1String("mediaType"), QStringLiteral("application/vnd.oci.image.index.v1+json")},
                            {QLatin1String("manifests"), manifests}};
    const QByteArray bytes = QJsonDocument(index).toJson(QJsonDocument::Compact);
    const QString digest = writeBlob(bytes);
    writeTopIndex(QStringLiteral("application/vnd.oci.image.index.v1+json"), digest, bytes.size(), tag);
    return digest;
}

bool skopeoPush(const OciLayout &layout, const QString &tag, const QString &destination, QString *error, const QStringList &extra)
{
    QStringList args{QStringLiteral("copy"), QStringLiteral("-q"), QStringLiteral("--dest-tls-verify=false"),
                     QStringLiteral("--preserve-digests")};
    args += extra;
    args += {QStringLiteral("oci:") + layout.path() + QLatin1Char(':') + tag, QStringLiteral("docker://") + destination};
    return runTool(QStringLiteral("skopeo"), args, error);
}

QByteArray fileLayer(const QByteArray &path, const QByteArray &content)
{
    return testsupport::makeTar({{path, 'f', content, {}, 0644}});
}

QByteArray randomBytes(qint64 size, quint32 seed)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    generator.fillRange(reinterpret_cast<quint32 *>(data.data()), size / 4);
    return data;
}

ServedImage serveImage(const QString &dir, const QList<LayerSpec> &layers, const QString &repository)
{
    ServedImage served;
    served.registry = std::make_unique<LocalRegistry>(dir + QStringLiteral("/registry"));
    QString error;
    if (!served.registry->start(&error))
        qFatal("%s", qPrintable(error));
    OciLayout layout(dir + QStringLiteral("/oci"));
    served.image = layout.addImage(layers, porthole::Platform::host(), repository);
    layout.tagImage(served.image, QStringLiteral("v"));
    if (!skopeoPush(layout, QStringLiteral("v"), served.registry->host() + QLatin1Char('/') + repository, &error))
        qFatal("%s", qPrintable(error));
    served.reference = served.registry->host() + QLatin1Char('/') + repository;
    return served;
}

QString isolateRegistrySettings(const QString &home)
{
    const QString conf = home + QStringLiteral("/registries.conf");
    QFile file(conf);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(conf));
    qputenv("PORTHOLE_REGISTRIES_CONF", QFile::encodeName(conf));
    qputenv("REGISTRY_AUTH_FILE", QFile::encodeName(home + QStringLiteral("/auth.json")));
    qputenv("DOCKER_CONFIG", QFile::encodeName(home));
    qputenv("PORTHOLE_CERTS_D", QFile::encodeName(home + QStringLiteral("/certs.d")));
    return conf;
}

} // namespace registrytest
