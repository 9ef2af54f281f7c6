#include "registry/login.h"

namespace porthole {

QString registryDomainOf(const QString &server)
{
    if (server.trimmed().isEmpty())
        return QStringLiteral("docker.io");
    return authKeyDomain(server.trimmed());
}

Status loginToRegistry(RegistryContext &context, const QString &server, const Credentials &credentials, Progress &progress)
{
    const QString domain = registryDomainOf(server);
    if (credentials.username.isEmpty() || credentials.secret.isEmpty())
        return fail(QStringLiteral("Username and password required"));
    RegistrySession session(context.http(), registryEndpoint(context.conf(), domain), nullptr);
    session.useCredentials(credentials);
    if (auto ok = session.verifyCredentials(progress); !ok)
        return ok;
    return context.credentials().store(domain, credentials);
}

Result<LogoutOutcome> logoutFromRegistry(RegistryContext &context, const QString &server)
{
    const QString domain = registryDomainOf(server);
    auto erased = context.credentials().erase(domain);
    if (!erased)
        return std::unexpected(erased.error());
    if (*erased)
        return LogoutOutcome::Removed;
    return context.credentials().onlyDockerKnows(domain) ? LogoutOutcome::OnlyDockerHasThem : LogoutOutcome::NotLoggedIn;
}

} // namespace porthole
