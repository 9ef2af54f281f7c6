#pragma once
// TLS for registries as Docker sets it up: the system's CAs, plus per
// registry the files of certs.d/HOST[:PORT]/ under /etc/docker/certs.d and
// /etc/containers/certs.d ($PORTHOLE_CERTS_D, colon-separated, replaces
// both): *.crt are CAs, NAME.cert with NAME.key a client certificate.
#include "base/error.h"

#include <QHash>
#include <QSslConfiguration>
#include <QStringList>
#include <mutex>

namespace porthole {

class TlsSettings {
public:
    explicit TlsSettings(QStringList certsRoots = defaultCertsRoots()) : m_roots(std::move(certsRoots)) {}
    TlsSettings(const TlsSettings &other) : m_roots(other.m_roots) {}
    static QStringList defaultCertsRoots();

    // For "host" or "host:port" (the port as written in the URL);
    // skipVerify for registries marked insecure.
    Result<QSslConfiguration> configurationFor(const QString &hostAndPort, bool skipVerify) const;

private:
    Status addDirectory(const QString &dir, QSslConfiguration &configuration) const;
    QStringList m_roots;
    mutable std::mutex m_mutex;
    mutable QHash<QString, QSslConfiguration> m_cache;
};

} // namespace porthole
