#pragma once
// docker login and logout: credentials checked against the registry
// (Basic, or a Bearer token fetched with them) before they are kept;
// logout forgets them. The secret never reaches a log, error or argument.
#include "base/error.h"
#include "base/progress.h"
#include "registry/authfile.h"
#include "registry/registrycontext.h"

namespace porthole {

// "" and Docker Hub's names -> "docker.io"; "https://host:5000/v2/" -> "host:5000".
QString registryDomainOf(const QString &server);

Status loginToRegistry(RegistryContext &context, const QString &server, const Credentials &credentials, Progress &progress);
// The check alone, nothing kept (the API's /auth: the client keeps them).
Status verifyRegistryLogin(RegistryContext &context, const QString &server, const Credentials &credentials, Progress &progress);

enum class LogoutOutcome { Removed, NotLoggedIn, OnlyDockerHasThem };
Result<LogoutOutcome> logoutFromRegistry(RegistryContext &context, const QString &server);

} // namespace porthole
