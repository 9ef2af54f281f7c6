#pragma once
// Where registry credentials are found and kept: Porthole's auth file
// ($REGISTRY_AUTH_FILE, else ~/.config/porthole/auth.json), then Docker's
// ~/.docker/config.json (read only), each with its credential helpers.
#include "base/error.h"
#include "registry/authfile.h"

#include <QString>
#include <optional>

namespace porthole {

class CredentialStore {
public:
    CredentialStore(QString authFile, QString dockerConfig)
        : m_authFile(std::move(authFile)), m_dockerConfig(std::move(dockerConfig)) {}
    static CredentialStore fromEnvironment();

    QString authFilePath() const { return m_authFile; }

    // The credentials for a registry domain ("docker.io", "127.0.0.1:5000"), if any.
    Result<std::optional<Credentials>> lookup(const QString &domain) const;
    // Keeps them in the auth file, or in its helper when it names one.
    Status store(const QString &domain, const Credentials &credentials) const;
    // Forgets them. Returns false when the auth file had none; only Docker's
    // file has them then (Docker's own logout removes those).
    Result<bool> erase(const QString &domain) const;
    // Whether only ~/.docker/config.json knows the domain.
    bool onlyDockerKnows(const QString &domain) const;

private:
    Result<std::optional<Credentials>> lookupIn(const QString &path, const QString &domain) const;
    QString m_authFile;
    QString m_dockerConfig;
};

} // namespace porthole
