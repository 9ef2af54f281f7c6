#pragma once
// Docker's credential helpers: `docker-credential-NAME get|store|erase`, the
// server URL or a JSON document on standard input, never in arguments.
#include "base/error.h"
#include "registry/authfile.h"

#include <QString>
#include <optional>

namespace porthole {

class CredentialHelper {
public:
    explicit CredentialHelper(QString name) : m_name(std::move(name)) {}
    QString program() const { return QStringLiteral("docker-credential-") + m_name; }

    // nullopt when the helper has nothing for the server.
    Result<std::optional<Credentials>> get(const QString &serverUrl) const;
    Status store(const QString &serverUrl, const Credentials &credentials) const;
    Status erase(const QString &serverUrl) const;

private:
    struct Outcome {
        int exitCode = -1;
        QByteArray output;
    };
    Result<Outcome> run(const QString &action, const QByteArray &input) const;
    QString m_name;
};

} // namespace porthole
