#include "network/portmapping.h"

#include "network/ipv4.h"

#include <QJsonObject>
#include <QStringList>
#include <arpa/inet.h>
#include <cerrno>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>

namespace porthole {
namespace {

// kind: containerPort or hostPort, as Docker names them in its errors.
Result<quint16> parsePort(const QString &text, const QString &whole, const char *kind)
{
    bool ok = false;
    const uint port = text.toUInt(&ok);
    if (text.contains(QLatin1Char('-')))
        return fail(QStringLiteral("invalid publish spec %1: port ranges are not supported").arg(whole));
    if (!ok || port == 0 || port > 65535)
        return fail(QStringLiteral("Invalid %1: %2").arg(QLatin1String(kind), text));
    return quint16(port);
}

} // namespace

QString PortBinding::toText() const
{
    return (hostIp.isEmpty() ? QStringLiteral("0.0.0.0") : hostIp) + QLatin1Char(':') + QString::number(hostPort)
           + QStringLiteral("->") + containerKey();
}

QJsonObject PortBinding::toJson() const
{
    return {{QLatin1String("HostIp"), hostIp},
            {QLatin1String("HostPort"), QString::number(hostPort)},
            {QLatin1String("ContainerPort"), containerPort},
            {QLatin1String("Protocol"), protocol}};
}

PortBinding PortBinding::fromJson(const QJsonObject &json)
{
    PortBinding binding;
    binding.hostIp = json.value(QLatin1String("HostIp")).toString();
    binding.hostPort = quint16(json.value(QLatin1String("HostPort")).toString().toUInt());
    binding.containerPort = quint16(json.value(QLatin1String("ContainerPort")).toInt());
    binding.protocol = json.value(QLatin1String("Protocol")).toString(QStringLiteral("tcp"));
    return binding;
}

Result<PortBinding> parsePublish(const QString &text)
{
    PortBinding binding;
    QString rest = text;
    const int slash = rest.indexOf(QLatin1Char('/'));
    if (slash >= 0) {
        binding.protocol = rest.mid(slash + 1).toLower();
        rest = rest.left(slash);
        if (binding.protocol != QLatin1String("tcp") && binding.protocol != QLatin1String("udp"))
            return fail(QStringLiteral("invalid protocol %1 in publish spec %2 (tcp or udp)").arg(binding.protocol, text));
    }
    QStringList parts = rest.split(QLatin1Char(':'));
    if (parts.size() > 3 || rest.isEmpty())
        return fail(QStringLiteral("invalid publish spec %1: write [HOSTIP:]HOSTPORT:CONTAINERPORT[/tcp|udp]").arg(text));
    if (parts.size() == 3) {
        binding.hostIp = parts.takeFirst();
        if (!binding.hostIp.isEmpty() && !parseIpv4(binding.hostIp))
            return fail(QStringLiteral("invalid IP address %1 in publish spec %2").arg(binding.hostIp, text));
    }
    auto containerPort = parsePort(parts.takeLast(), text, "containerPort");
    if (!containerPort)
        return std::unexpected(containerPort.error());
    binding.containerPort = *containerPort;
    if (!parts.isEmpty() && !parts.first().isEmpty()) {
        auto hostPort = parsePort(parts.first(), text, "hostPort");
        if (!hostPort)
            return std::unexpected(hostPort.error());
        binding.hostPort = *hostPort;
    }
    return binding;
}

QJsonArray portMappingsForCni(const QList<PortBinding> &bindings)
{
    QJsonArray mappings;
    for (const PortBinding &binding : bindings) {
        QJsonObject mapping{{QLatin1String("hostPort"), binding.hostPort},
                            {QLatin1String("containerPort"), binding.containerPort},
                            {QLatin1String("protocol"), binding.protocol}};
        if (!binding.hostIp.isEmpty())
            mapping.insert(QLatin1String("hostIP"), binding.hostIp);
        mappings.append(mapping);
    }
    return mappings;
}

namespace {

// Binds a socket of the protocol to address:port (0: any free port);
// returns the port bound, or errno.
Result<quint16> bindOnce(const QString &protocol, const QString &hostIp, quint16 port)
{
    const int fd = ::socket(AF_INET, protocol == QLatin1String("udp") ? SOCK_DGRAM : SOCK_STREAM, 0);
    if (fd < 0)
        return fail(systemErrorText(errno), errno);
    const int reuse = 1; // a closed connection in TIME_WAIT does not hold the port
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &reuse, sizeof reuse);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(hostIp.isEmpty() ? INADDR_ANY : parseIpv4(hostIp).value_or(0));
    socklen_t length = sizeof address;
    const bool ok = ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0
                    && ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0;
    const int savedErrno = errno;
    ::close(fd);
    if (!ok)
        return fail(systemErrorText(savedErrno), savedErrno);
    return quint16(ntohs(address.sin_port));
}

bool takenBy(const PortBinding &wanted, const QList<PortBinding> &taken)
{
    return std::any_of(taken.begin(), taken.end(), [&](const PortBinding &other) { return bindingsOverlap(wanted, other); });
}

} // namespace

Result<quint16> pickFreeHostPort(const QString &protocol, const QString &hostIp, const QList<PortBinding> &taken)
{
    for (int attempt = 0; attempt < 100; ++attempt) {
        auto port = bindOnce(protocol, hostIp, 0);
        if (!port)
            return fail(QStringLiteral("cannot pick a free host port: %1").arg(port.error().message));
        PortBinding candidate;
        candidate.hostIp = hostIp;
        candidate.hostPort = *port;
        candidate.protocol = protocol;
        if (!takenBy(candidate, taken))
            return *port;
    }
    return fail(QStringLiteral("cannot pick a free host port: every port offered is published by a container"));
}

bool bindingsOverlap(const PortBinding &a, const PortBinding &b)
{
    const auto anyAddress = [](const QString &ip) { return ip.isEmpty() || ip == QLatin1String("0.0.0.0"); };
    return a.protocol == b.protocol && a.hostPort == b.hostPort && a.hostPort != 0
           && (a.hostIp == b.hostIp || anyAddress(a.hostIp) || anyAddress(b.hostIp));
}

Status checkHostPortFree(const PortBinding &wanted, const QList<PortBinding> &taken)
{
    const QString address = (wanted.hostIp.isEmpty() ? QStringLiteral("0.0.0.0") : wanted.hostIp) + QLatin1Char(':') + QString::number(wanted.hostPort);
    if (takenBy(wanted, taken))
        return fail(QStringLiteral("Bind for %1 failed: port is already allocated").arg(address), 125);
    if (auto bound = bindOnce(wanted.protocol, wanted.hostIp, wanted.hostPort); !bound)
        return fail(QStringLiteral("Error starting userland proxy: listen %1 %2: bind: %3")
                        .arg(wanted.protocol == QLatin1String("udp") ? QStringLiteral("udp4") : QStringLiteral("tcp4"), address,
                             bound.error().exitCode == EADDRINUSE ? QStringLiteral("address already in use") : bound.error().message.toLower()),
                    125);
    return {};
}

} // namespace porthole
