#pragma once
// Rootless networking, as Podman's default: a container gets a network
// namespace of its own, bound on a file under the user's runtime directory
// (a normal user has no /run/netns), and slirp4netns connects it to the
// host through a tap device — address 10.0.2.100/24, gateway 10.0.2.2,
// name server 10.0.2.3 (forwarded to the host's). Published ports are
// slirp4netns host forwards, asked for on its API socket; the host's
// loopback stays out of the container's reach (--disable-host-loopback).
#include "base/error.h"
#include "network/portmapping.h"

#include <QString>

namespace porthole {

QString userModeAddress();    // 10.0.2.100
QString userModeGateway();    // 10.0.2.2
QString userModeNameServer(); // 10.0.2.3
inline constexpr int kUserModePrefixLength = 24;

// A new network namespace bound at path (the file is made for it).
Status createNamespaceFile(const QString &path);
// Unbinds the namespace and removes the file; fine when it is gone.
Status removeNamespaceFile(const QString &path);

struct SlirpProcess {
    qint64 pid = 0;
    QString apiSocket;
};

// Starts slirp4netns for the namespace in a session of its own (it stays
// as long as the container) and waits until the network is configured.
Result<SlirpProcess> startSlirp4netns(const QString &netnsPath, const QString &apiSocket, int timeoutMs = 10000);
// Publishes one port through slirp4netns's API socket.
Status addSlirpForward(const QString &apiSocket, const PortBinding &port);
// Ends a slirp4netns we started (checked by name, so a reused pid is left alone).
void stopSlirp4netns(qint64 pid);

// The API request for a published port (pure): add_hostfwd with the host
// address (0.0.0.0 when none is given), the host port and the container's.
QByteArray hostForwardRequest(const PortBinding &port);
// The container's resolv.conf: slirp4netns's name server, with the host's
// search and options lines (pure).
QByteArray userModeResolvConf(const QByteArray &hostResolvConf);

} // namespace porthole
