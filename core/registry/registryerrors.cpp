#include "registry/registryerrors.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace porthole {

QList<RegistryErrorEntry> parseRegistryErrors(const QByteArray &body)
{
    QList<RegistryErrorEntry> entries;
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QJsonObject root = doc.object();
    for (const QJsonValue &value : root.value(QLatin1String("errors")).toArray()) {
        const QJsonObject error = value.toObject();
        const QString code = error.value(QLatin1String("code")).toString();
        if (!code.isEmpty())
            entries.append({code, error.value(QLatin1String("message")).toString()});
    }
    // Token services answer {"details": "incorrect username or password"}.
    if (entries.isEmpty() && root.contains(QLatin1String("details")))
        entries.append({QStringLiteral("UNAUTHORIZED"), root.value(QLatin1String("details")).toString()});
    return entries;
}

QString httpStatusLine(int status)
{
    static const QList<QPair<int, const char *>> reasons = {
        {200, "OK"}, {201, "Created"}, {202, "Accepted"}, {204, "No Content"}, {206, "Partial Content"},
        {400, "Bad Request"}, {401, "Unauthorized"}, {403, "Forbidden"}, {404, "Not Found"},
        {405, "Method Not Allowed"}, {409, "Conflict"}, {416, "Requested Range Not Satisfiable"},
        {429, "Too Many Requests"}, {500, "Internal Server Error"}, {502, "Bad Gateway"},
        {503, "Service Unavailable"}, {504, "Gateway Timeout"}};
    for (const auto &[code, reason] : reasons)
        if (code == status)
            return QString::number(status) + QLatin1Char(' ') + QLatin1String(reason);
    return QString::number(status);
}

QString registryErrorText(int status, const QByteArray &body)
{
    const QList<RegistryErrorEntry> entries = parseRegistryErrors(body);
    if (entries.isEmpty()) {
        if (status == 429)
            return QStringLiteral("toomanyrequests: too many requests to the registry; wait and try again");
        return QStringLiteral("received unexpected HTTP status: ") + httpStatusLine(status);
    }
    QStringList texts;
    for (const RegistryErrorEntry &entry : entries) {
        const QString code = entry.code.toLower().replace(QLatin1Char('_'), QLatin1Char(' '));
        QString message = entry.message.simplified();
        texts.append(message.isEmpty() ? code : code + QStringLiteral(": ") + message);
    }
    return texts.join(QStringLiteral("; "));
}

bool hasRegistryErrorCode(const QByteArray &body, const QStringList &codes)
{
    for (const RegistryErrorEntry &entry : parseRegistryErrors(body))
        if (codes.contains(entry.code))
            return true;
    return false;
}

} // namespace porthole
