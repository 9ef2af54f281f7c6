#include "registry/login.h"

namespace porthole {

QString registryDomainOf(const QString &server)
{
    if (server.trimmed().isEmpty())
        return QStringLiteral("docker.io");
    return authKeyDomain(server.trimmed());
}

Status verifyRegistryLogin(RegistryContext &context, const QString &server, const Credentials &credentials, Progress &progress)
{
    if (credentials.username.isEmpty() || credentials.secret.isEmpty())
        return fail(QStringLiteral("Username and password required"));
    RegistrySession session(context.http(), registryEndpoint(context.conf(), registryDomainOf(server)), nullptr);
    session.useCredentials(credentials);
    return session.verifyCredentials(progress);
}

Status loginToRegistry(RegistryContext &context, const QString &server, const Credentials &credentials, Progress &progress)
{
    if (auto ok = verifyRegistryLogin(context, server, credentials, progress); !ok)
        return ok;
    return context.credentials().store(registryDomainOf(server), credentials);
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
