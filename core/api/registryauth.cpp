#include "api/registryauth.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace porthole::api {

Result<std::optional<RegistryAuth>> decodeRegistryAuth(const QByteArray &header)
{
    const QByteArray text = header.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    // The client writes base64url; older ones wrote standard base64. Either, padded or not.
    QByteArray::FromBase64Result decoded = QByteArray::fromBase64Encoding(
        text, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        decoded = QByteArray::fromBase64Encoding(text, QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    QJsonParseError error{};
    const QJsonDocument json = decoded ? QJsonDocument::fromJson(*decoded, &error) : QJsonDocument();
    if (!json.isObject()) // never the header itself in the message: it is a secret
        return fail(QStringLiteral("invalid X-Registry-Auth header: not base64url-encoded JSON credentials"));
    const QJsonObject object = json.object();
    RegistryAuth auth;
    auth.server = object.value(QLatin1String("serveraddress")).toString();
    const QString token = object.value(QLatin1String("identitytoken")).toString();
    if (!token.isEmpty()) {
        auth.credentials = {QStringLiteral("<token>"), token};
    } else {
        auth.credentials.username = object.value(QLatin1String("username")).toString();
        auth.credentials.secret = object.value(QLatin1String("password")).toString();
        const QByteArray pair = QByteArray::fromBase64(object.value(QLatin1String("auth")).toString().toLatin1());
        if (auth.credentials.username.isEmpty() && pair.indexOf(':') > 0) { // "auth": base64 of user:password
            auth.credentials.username = QString::fromUtf8(pair.left(pair.indexOf(':')));
            auth.credentials.secret = QString::fromUtf8(pair.mid(pair.indexOf(':') + 1));
        }
    }
    if (auth.credentials.username.isEmpty())
        return std::nullopt;
    return auth;
}

} // namespace porthole::api
