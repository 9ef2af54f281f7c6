#pragma once
// Docker's credentials file format (config.json, also podman's auth.json):
// {"auths": {"SERVER": {"auth": base64("user:password")}}, "credsStore":
// "NAME", "credHelpers": {"SERVER": "NAME"}}. Keys the file does not know
// survive a rewrite; the file is written with mode 0600.
#include "base/error.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace porthole {

struct Credentials {
    QString username;
    QString secret; // the password, or an identity token when username is "<token>"
};

class AuthFile {
public:
    static Result<AuthFile> parse(const QByteArray &bytes, const QString &path);
    // A missing file reads as an empty one.
    static Result<AuthFile> read(const QString &path);
    Status write(const QString &path) const;

    // The "auths" key that names registry domain ("docker.io" matches
    // "https://index.docker.io/v1/" too), or "".
    QString keyFor(const QString &domain) const;
    std::optional<Credentials> credentials(const QString &domain) const;
    // credHelpers' entry for the domain, else credsStore, else "".
    QString helperFor(const QString &domain) const;

    void setCredentials(const QString &key, const Credentials &credentials);
    // An entry without a secret: what Docker writes when a helper keeps it.
    void setHelperEntry(const QString &key);
    bool remove(const QString &domain);

    const QJsonObject &json() const { return m_root; }

private:
    QJsonObject m_root;
};

// How Docker names a registry in "auths": "https://index.docker.io/v1/" for
// Docker Hub, the domain for the others.
QString authKeyFor(const QString &domain);
// "https://host:5000/v1/" -> "host:5000"; Docker Hub's names -> "docker.io".
QString authKeyDomain(const QString &key);

} // namespace porthole
