#pragma once
// The user's network namespace (rootless), as Podman's rootless-netns: one
// per user, bound on a file of the runtime directory in the pause's mount
// namespace, owned by the user's namespace. slirp4netns gives it its way
// out (tap0, 10.0.2.100, gateway 10.0.2.2); the bridges of the networks a
// user creates live in it, made by the real CNI plugins run inside it
// (CniCall::hostNetnsPath), so one user's containers on one network reach
// each other by address. (The default network is slirp4netns per
// container, as Podman's default: usermodenet.h.) A published port is a
// slirp4netns host forward to 10.0.2.100:HOSTPORT, which the portmap
// plugin's DNAT inside the namespace sends on to the container. It is made
// by the first container that connects and ended (slirp4netns stopped, the
// file unbound) when the last one leaves, both under rootless-netns.lock.
#include "base/error.h"
#include "network/portmapping.h"

#include <QList>
#include <QString>
#include <functional>

namespace porthole {

QString rootlessNetnsPath(); // <runroot>/netns/rootless-netns

// Before the plugins run for a container (saved as connected already, so a
// container leaving meanwhile keeps the namespace): the namespace made when
// it is not up, or what is recorded no longer holds (slirp4netns gone, the
// file no longer bound), and the container's ports published through it.
Status openRootlessNetwork(const QList<PortBinding> &ports);
// After its plugins have gone: its ports withdrawn, and the namespace ended
// unless othersConnected() (asked under the lock) says containers remain.
void closeRootlessNetwork(const QList<PortBinding> &ports, const std::function<bool()> &othersConnected);
// Whether one is up (the record read and checked; nothing made).
bool rootlessNetnsIsUp();
// A removed network's bridge deleted inside the namespace (nsenter, ip), so
// a later network does not find it with the old address; fine when the
// namespace or the bridge is gone.
void deleteRootlessBridge(const QString &bridge);

// The portmap plugin's mappings inside the namespace: every published port
// arrives there on the namespace's own address, so no host address (pure).
QList<PortBinding> portsInsideRootlessNetns(QList<PortBinding> ports);
// The slirp4netns request that removes a forward (pure; adding one is
// hostForwardRequest, usermodenet.h), and the ids of list_hostfwd's
// entries that are these ports (pure).
QByteArray removeForwardRequest(int id);
QList<int> forwardIdsOf(const QByteArray &listReply, const QList<PortBinding> &ports);

} // namespace porthole
