#pragma once
// Rootless networking, as Podman's default: on the default network a
// container gets a network namespace of its own, bound on a file under the
// user's runtime directory (a normal user has no /run/netns), and
// slirp4netns connects it to the host through a tap device — address
// 10.0.2.100/24, gateway 10.0.2.2, name server 10.0.2.3 (forwarded to the
// host's). Published ports are slirp4netns host forwards, asked for on its
// API socket; the host's loopback stays out of reach (--disable-host-loopback).
// The user's network namespace of the other networks (rootlessnetns.h) is
// made of the same parts.
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
// Publishes one port through slirp4netns's API socket, to guestPort of its
// namespace's address (10.0.2.100).
Status addSlirpForward(const QString &apiSocket, const PortBinding &port, quint16 guestPort);
// Ends a slirp4netns we started (checked by name, so a reused pid is left alone).
void stopSlirp4netns(qint64 pid);

// One request on the API socket, its reply.
Result<QByteArray> askSlirp(const QString &apiSocket, const QByteArray &request);

// The API request for a published port (pure): add_hostfwd with the host
// address (0.0.0.0 when none is given), the host port and guestPort of the
// namespace's address: a container's own port when the namespace is the
// container's, the host port again in the user's network namespace, where
// the portmap plugin takes it on to the container (rootlessnetns.h).
QByteArray hostForwardRequest(const PortBinding &port, quint16 guestPort);
// The container's resolv.conf: slirp4netns's name server, with the host's
// search and options lines (pure).
QByteArray userModeResolvConf(const QByteArray &hostResolvConf);

} // namespace porthole
