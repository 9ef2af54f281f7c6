#include "registry/tlssettings.h"

#include "base/fsutil.h"

#include <QDir>
#include <QFileInfo>
#include <QSslCertificate>
#include <QSslKey>

namespace porthole {
namespace {

QSslKey readPrivateKey(const QByteArray &pem)
{
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        QSslKey key(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            return key;
    }
    return {};
}

Status addClientCertificate(const QString &certPath, QSslConfiguration &configuration)
{
    const QString keyPath = certPath.left(certPath.size() - 5) + QStringLiteral(".key");
    if (!QFileInfo::exists(keyPath))
        return fail(QStringLiteral("missing key %1 for client certificate %2").arg(keyPath, certPath));
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(certPath, QSsl::Pem);
    auto keyBytes = readWholeFile(keyPath, 1 << 20);
    if (!keyBytes)
        return std::unexpected(keyBytes.error());
    const QSslKey key = readPrivateKey(*keyBytes);
    if (certificates.isEmpty() || key.isNull())
        return fail(QStringLiteral("cannot read the client certificate %1 or its key (PEM expected)").arg(certPath));
    configuration.setLocalCertificate(certificates.first());
    configuration.setPrivateKey(key);
    return {};
}

} // namespace

QStringList TlsSettings::defaultCertsRoots()
{
    const QString fromEnvironment = qEnvironmentVariable("PORTHOLE_CERTS_D");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment.split(QLatin1Char(':'), Qt::SkipEmptyParts);
    return {QStringLiteral("/etc/docker/certs.d"), QStringLiteral("/etc/containers/certs.d")};
}

Status TlsSettings::addDirectory(const QString &dir, QSslConfiguration &configuration) const
{
    const QDir directory(dir);
    for (const QString &name : directory.entryList({QStringLiteral("*.crt")}, QDir::Files, QDir::Name)) {
        const QList<QSslCertificate> cas = QSslCertificate::fromPath(directory.filePath(name), QSsl::Pem);
        if (cas.isEmpty())
            return fail(QStringLiteral("cannot read the CA certificate %1 (PEM expected)").arg(directory.filePath(name)));
        configuration.addCaCertificates(cas);
    }
    for (const QString &name : directory.entryList({QStringLiteral("*.cert")}, QDir::Files, QDir::Name))
        if (auto ok = addClientCertificate(directory.filePath(name), configuration); !ok)
            return ok;
    return {};
}

Result<QSslConfiguration> TlsSettings::configurationFor(const QString &hostAndPort, bool skipVerify) const
{
    const QString cacheKey = hostAndPort + (skipVerify ? QStringLiteral(" insecure") : QString());
    {
        std::lock_guard guard(m_mutex);
        if (m_cache.contains(cacheKey))
            return m_cache.value(cacheKey);
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    for (const QString &root : m_roots) {
        const QString dir = root + QLatin1Char('/') + hostAndPort;
        if (QFileInfo(dir).isDir())
            if (auto ok = addDirectory(dir, configuration); !ok)
                return std::unexpected(ok.error());
    }
    if (skipVerify)
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    std::lock_guard guard(m_mutex);
    m_cache.insert(cacheKey, configuration);
    return configuration;
}

} // namespace porthole
