#pragma once
// The registry's authentication protocol as text: WWW-Authenticate
// challenges (RFC 7235, as registries send them), the token service's reply
// (Docker's token spec) and the scopes a token is asked for.
#include "base/error.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace porthole {

struct AuthChallenge {
    QString scheme;                 // lower case: "bearer", "basic"
    QHash<QString, QString> params; // lower-case names: realm, service, scope, error
    QString param(const QString &name) const { return params.value(name); }
};

// Every challenge of every WWW-Authenticate header value, in order.
QList<AuthChallenge> parseWwwAuthenticate(const QList<QByteArray> &headerValues);

struct BearerToken {
    QString token;
    QDateTime expiresAt; // UTC; reuse the token until then
};

// The token service's JSON reply: "token" (or "access_token"), "expires_in"
// (default and minimum 60 s) counted from "issued_at" when given, else now.
Result<BearerToken> parseTokenReply(const QByteArray &body, const QDateTime &now);

// "repository:library/busybox:pull", "repository:team/app:pull,push".
QString repositoryScope(const QString &repositoryPath, bool push);

// Scopes merged per resource ("repository:a:pull" + "repository:a:push" ->
// "repository:a:pull,push"), sorted, duplicates dropped.
QStringList mergeScopes(const QStringList &scopes);

// Whether the scopes a token was granted for cover the wanted ones.
bool scopesCover(const QStringList &granted, const QStringList &wanted);

} // namespace porthole
