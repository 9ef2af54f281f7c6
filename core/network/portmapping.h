#pragma once
// -p/--publish [HOSTIP:]HOSTPORT:CTRPORT[/tcp|udp] (or CTRPORT alone: a
// free host port is picked at start), as the portmap plugin takes it.
#include "base/error.h"

#include <QJsonArray>
#include <QList>

namespace porthole {

struct PortBinding {
    QString hostIp;       // "" for all addresses
    quint16 hostPort = 0; // 0: pick a free one at start
    quint16 containerPort = 0;
    QString protocol = QStringLiteral("tcp");

    QString containerKey() const { return QString::number(containerPort) + QLatin1Char('/') + protocol; } // "80/tcp"
    // Docker's PORTS text: "127.0.0.1:8080->80/tcp", "0.0.0.0:8080->80/tcp".
    QString toText() const;
    QJsonObject toJson() const;
    static PortBinding fromJson(const QJsonObject &json);
    bool operator==(const PortBinding &) const = default;
};

Result<PortBinding> parsePublish(const QString &text);
// The portmap plugin's runtimeConfig "portMappings".
QJsonArray portMappingsForCni(const QList<PortBinding> &bindings);
// A port nobody listens on now (bind to port 0 and read it back), and
// none of taken (ports our containers publish through DNAT, which hold
// no socket the kernel would know of).
Result<quint16> pickFreeHostPort(const QString &protocol, const QString &hostIp, const QList<PortBinding> &taken = {});

// Whether two bindings claim the same host port: same protocol and port,
// and the same address or either on all addresses.
bool bindingsOverlap(const PortBinding &a, const PortBinding &b);

// Fails as Docker does when a port to publish is taken: by another
// container (taken) — "Bind for 0.0.0.0:5203 failed: port is already
// allocated" — or by a socket of the host.
Status checkHostPortFree(const PortBinding &wanted, const QList<PortBinding> &taken);

} // namespace porthole
