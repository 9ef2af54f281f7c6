#pragma once
// The errors a registry sends ({"errors":[{"code":"MANIFEST_UNKNOWN",
// "message":"manifest unknown"}]}) and the one-line texts Docker makes of them.
#include <QByteArray>
#include <QList>
#include <QString>

namespace porthole {

struct RegistryErrorEntry {
    QString code;    // "MANIFEST_UNKNOWN", "UNAUTHORIZED", "DENIED", "TOOMANYREQUESTS", ...
    QString message;
};

QList<RegistryErrorEntry> parseRegistryErrors(const QByteArray &body);

// "manifest unknown: manifest unknown", "toomanyrequests: You have reached…";
// without a JSON error body, "received unexpected HTTP status: 500 Internal Server Error".
QString registryErrorText(int status, const QByteArray &body);

// Whether the body carries one of the codes.
bool hasRegistryErrorCode(const QByteArray &body, const QStringList &codes);

// "404 Not Found".
QString httpStatusLine(int status);

} // namespace porthole
