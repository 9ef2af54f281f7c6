#include "network/portmapping.h"

#include "network/ipv4.h"

#include <QJsonObject>
#include <QStringList>
#include <arpa/inet.h>
#include <cerrno>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace porthole {
namespace {

Result<quint16> parsePort(const QString &text, const QString &whole)
{
    bool ok = false;
    const uint port = text.toUInt(&ok);
    if (text.contains(QLatin1Char('-')))
        return fail(QStringLiteral("invalid publish spec %1: port ranges are not supported").arg(whole));
    if (!ok || port == 0 || port > 65535)
        return fail(QStringLiteral("invalid port %1 in publish spec %2 (1-65535)").arg(text, whole));
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
    auto containerPort = parsePort(parts.takeLast(), text);
    if (!containerPort)
        return std::unexpected(containerPort.error());
    binding.containerPort = *containerPort;
    if (!parts.isEmpty() && !parts.first().isEmpty()) {
        auto hostPort = parsePort(parts.first(), text);
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

Result<quint16> pickFreeHostPort(const QString &protocol, const QString &hostIp)
{
    const int fd = ::socket(AF_INET, protocol == QLatin1String("udp") ? SOCK_DGRAM : SOCK_STREAM, 0);
    if (fd < 0)
        return fail(QStringLiteral("cannot pick a free host port: %1").arg(systemErrorText(errno)));
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(hostIp.isEmpty() ? INADDR_ANY : parseIpv4(hostIp).value_or(0));
    socklen_t length = sizeof address;
    const bool ok = ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0
                    && ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0;
    const int savedErrno = errno;
    ::close(fd);
    if (!ok)
        return fail(QStringLiteral("cannot pick a free host port: %1").arg(systemErrorText(savedErrno)));
    return quint16(ntohs(address.sin_port));
}

} // namespace porthole
