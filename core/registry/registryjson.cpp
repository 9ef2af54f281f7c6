#include "registry/registryjson.h"

#include <QJsonDocument>

namespace porthole {

Result<QJsonObject> parseRegistryObject(const QByteArray &body, const QString &what)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (!doc.isObject())
        return fail(QStringLiteral("the registry sent a damaged %1: %2").arg(what, error.errorString()));
    return doc.object();
}

} // namespace porthole
