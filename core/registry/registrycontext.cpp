#include "registry/registrycontext.h"

namespace porthole {
namespace {

QString hostAndPort(const QUrl &url)
{
    const QString host = url.host().contains(QLatin1Char(':')) ? QLatin1Char('[') + url.host() + QLatin1Char(']') : url.host();
    return url.port() > 0 ? host + QLatin1Char(':') + QString::number(url.port()) : host;
}

} // namespace

Result<std::unique_ptr<RegistryContext>> RegistryContext::fromEnvironment()
{
    auto conf = RegistriesConf::load();
    if (!conf)
        return std::unexpected(conf.error());
    return std::make_unique<RegistryContext>(*conf, CredentialStore::fromEnvironment(), TlsSettings());
}

RegistryContext::RegistryContext(RegistriesConf conf, CredentialStore credentials, TlsSettings tls)
    : m_conf(std::move(conf)), m_credentials(std::move(credentials)), m_tls(std::move(tls))
{
    m_http = std::make_unique<HttpEngine>([this](const QUrl &url) {
        const QString host = hostAndPort(url);
        return m_tls.configurationFor(host, m_conf.isMarkedInsecure(host));
    });
}

RegistrySession &RegistryContext::session(const RegistryEndpoint &endpoint)
{
    const QString key = endpoint.host + QLatin1Char(' ') + endpoint.domain + (endpoint.insecure ? QStringLiteral(" insecure") : QString());
    std::lock_guard guard(m_mutex);
    auto &slot = m_sessions[key];
    if (!slot) {
        RegistryEndpoint shared = endpoint;
        shared.repository.clear();
        slot = std::make_unique<RegistrySession>(*m_http, shared, &m_credentials);
    }
    return *slot;
}

} // namespace porthole
