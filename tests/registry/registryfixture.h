#pragma once
// What the registry tests stand on: Debian's docker-registry started on
// 127.0.0.1 with a free port and a store in the test's directory (plain,
// TLS, htpasswd or token auth) and always stopped; certificates made by
// openssl; images written as OCI layouts and put in the registry with
// skopeo; the token service and a file server as python3 scripts.
#include "registry/platform.h"

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

namespace registrytest {

quint16 freePort();
// Runs a tool to completion; its output, or "" with error set.
bool runTool(const QString &program, const QStringList &args, QString *error, QByteArray *output = nullptr,
             const QByteArray &input = {});

// A CA and a certificate for 127.0.0.1/localhost it signed, made by openssl.
struct TlsMaterial {
    QString caCert, caKey, serverCert, serverKey;
    static std::optional<TlsMaterial> create(const QString &dir, const QString &name, QString *error);
    // A client certificate and key the CA signed, as NAME.cert and NAME.key in dir.
    bool makeClientCertificate(const QString &dir, const QString &name, QString *error) const;
};

class LocalRegistry {
public:
    struct TokenAuth {
        QString realm, service, issuer, rootCertBundle;
    };
    struct Options {
        std::optional<TlsMaterial> tls;
        QString htpasswd; // a file made by htpasswd -B
        std::optional<TokenAuth> token;
        QString clientCa; // TLS clients must show a certificate this CA signed
    };

    LocalRegistry(const QString &dir, Options options = {});
    ~LocalRegistry(); // stops it, whatever the test did
    LocalRegistry(const LocalRegistry &) = delete;
    LocalRegistry &operator=(const LocalRegistry &) = delete;

    bool start(QString *error);   // a free port; waits until it answers
    bool restart(QString *error); // the same port and store
    void kill();                  // SIGKILL, like a crash

    QString host() const { return QStringLiteral("127.0.0.1:%1").arg(m_port); }
    quint16 port() const { return m_port; }
    // The file holding a blob in the registry's store.
    QString blobData(const QString &digest) const;

private:
    bool launch(QString *error);
    QString m_dir;
    Options m_options;
    quint16 m_port = 0;
    std::unique_ptr<QProcess> m_process;
};

// A python3 script serving on 127.0.0.1 until destroyed; it prints
// "PORT <n>" first.
class ScriptServer {
public:
    ScriptServer() = default;
    ~ScriptServer();
    bool start(const QStringList &args, QString *error);
    quint16 port() const { return m_port; }

private:
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
};

// Images written as an OCI layout, for skopeo to copy into a registry.
struct OciImage {
    QByteArray config;
    QString imageId;        // "sha256:" + sha256 of config
    QString manifestDigest;
    qint64 manifestSize = 0;
    QStringList diffIds;
    QStringList blobDigests;
    porthole::Platform platform;
};

struct LayerSpec {
    QByteArray tar;       // uncompressed
    QString compression;  // "gzip", "zstd" or ""
};

class OciLayout {
public:
    explicit OciLayout(const QString &dir);
    OciImage addImage(const QList<LayerSpec> &layers, const porthole::Platform &platform, const QString &marker);
    // index.json naming the image by tag.
    void tagImage(const OciImage &image, const QString &tag);
    // A multi-platform index (plus an attestation-like entry) named by tag; returns its digest.
    QString tagIndex(const QList<OciImage> &images, const QString &tag, const OciImage *attestation = nullptr);
    QString path() const { return m_dir; }

private:
    QString writeBlob(const QByteArray &data);
    void writeTopIndex(const QString &mediaType, const QString &digest, qint64 size, const QString &tag);
    QString m_dir;
};

// skopeo copy from an OCI layout into the registry (plain http or TLS with
// a CA), --all for indexes.
bool skopeoPush(const OciLayout &layout, const QString &tag, const QString &destination, QString *error,
                const QStringList &extra = {});

// A one-file layer tar: path with content.
QByteArray fileLayer(const QByteArray &path, const QByteArray &content);
QByteArray randomBytes(qint64 size, quint32 seed);

// A registry started in dir/registry holding one image (from dir/oci) at
// HOST/repository; stopped when this goes.
struct ServedImage {
    std::unique_ptr<LocalRegistry> registry;
    OciImage image;
    QString reference; // HOST/repository
};
ServedImage serveImage(const QString &dir, const QList<LayerSpec> &layers,
                       const QString &repository = QStringLiteral("test/app:v1"));

// The process's registry settings point into home (an empty
// registries.conf, auth.json, Docker's config, certs.d), never the user's.
// Returns the registries.conf path.
QString isolateRegistrySettings(const QString &home);

} // namespace registrytest
