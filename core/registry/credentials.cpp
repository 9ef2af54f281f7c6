#include "registry/credentials.h"

#include "registry/credhelper.h"

#include <QDir>
#include <QStandardPaths>

namespace porthole {

CredentialStore CredentialStore::fromEnvironment()
{
    QString authFile = qEnvironmentVariable("REGISTRY_AUTH_FILE");
    if (authFile.isEmpty())
        authFile = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + QStringLiteral("/porthole/auth.json");
    QString dockerDir = qEnvironmentVariable("DOCKER_CONFIG");
    if (dockerDir.isEmpty())
        dockerDir = QDir::homePath() + QStringLiteral("/.docker");
    return CredentialStore(authFile, dockerDir + QStringLiteral("/config.json"));
}

Result<std::optional<Credentials>> CredentialStore::lookupIn(const QString &path, const QString &domain) const
{
    auto file = AuthFile::read(path);
    if (!file)
        return std::unexpected(file.error());
    const QString helper = file->helperFor(domain);
    if (!helper.isEmpty()) {
        auto fromHelper = CredentialHelper(helper).get(authKeyFor(domain));
        if (!fromHelper || *fromHelper)
            return fromHelper;
    }
    return file->credentials(domain);
}

Result<std::optional<Credentials>> CredentialStore::lookup(const QString &domain) const
{
    auto own = lookupIn(m_authFile, domain);
    if (!own || *own)
        return own;
    return lookupIn(m_dockerConfig, domain);
}

Status CredentialStore::store(const QString &domain, const Credentials &credentials) const
{
    auto file = AuthFile::read(m_authFile);
    if (!file)
        return std::unexpected(file.error());
    const QString key = authKeyFor(domain);
    const QString helper = file->helperFor(domain);
    if (!helper.isEmpty()) {
        if (auto ok = CredentialHelper(helper).store(key, credentials); !ok)
            return ok;
        file->remove(domain);
        file->setHelperEntry(key);
    } else {
        file->remove(domain);
        file->setCredentials(key, credentials);
    }
    return file->write(m_authFile);
}

Result<bool> CredentialStore::erase(const QString &domain) const
{
    auto file = AuthFile::read(m_authFile);
    if (!file)
        return std::unexpected(file.error());
    const QString helper = file->helperFor(domain);
    bool had = !file->keyFor(domain).isEmpty();
    if (!helper.isEmpty()) {
        CredentialHelper credentialHelper(helper);
        auto stored = credentialHelper.get(authKeyFor(domain));
        had = had || (stored && *stored);
        if (auto ok = credentialHelper.erase(authKeyFor(domain)); !ok)
            return std::unexpected(ok.error());
    }
    if (file->remove(domain))
        if (auto ok = file->write(m_authFile); !ok)
            return std::unexpected(ok.error());
    return had;
}

bool CredentialStore::onlyDockerKnows(const QString &domain) const
{
    auto docker = AuthFile::read(m_dockerConfig);
    return docker && !docker->keyFor(domain).isEmpty();
}

} // namespace porthole
