#pragma once
// The user's network namespace (rootless), as Podman's rootless-netns: one
// per user, bound on a file of the runtime directory in the pause's mount
// namespace, owned by the user's namespace. slirp4netns gives it its way
// out (tap0, 10.0.2.100, gateway 10.0.2.2); the networks' bridges live in
// it, made by the real CNI plugins run inside it (CniCall::hostNetnsPath),
// so one user's containers on one network reach each other by address.
// A published port is a slirp4netns host forward to 10.0.2.100:HOSTPORT,
// which the portmap plugin's DNAT inside the namespace sends on to the
// container. It is made by the first container that connects and ended
// (slirp4netns stopped, the file unbound) when the last one leaves; the
// caller holds rootlessNetnsLockPath() around both.
#include "base/error.h"
#include "network/portmapping.h"

#include <QList>
#include <QString>

namespace porthole {

struct RootlessNetns {
    QString path;      // the namespace file
    qint64 slirpPid = 0;
    QString apiSocket; // slirp4netns's
};

QString rootlessNetnsPath();     // <runroot>/netns/rootless-netns
QString rootlessNetnsLockPath(); // <runroot>/rootless-netns.lock

// The namespace, made (with slirp4netns) when there is none or what is
// recorded no longer holds (slirp4netns gone, the file no longer bound).
Result<RootlessNetns> ensureRootlessNetns();
// Ends what ensureRootlessNetns made; fine when nothing is there.
void removeRootlessNetns();
// Whether one is up (the record read and checked; nothing made).
bool rootlessNetnsIsUp();

// A removed network's bridge deleted inside the namespace (nsenter, ip), so
// a later network does not find it with the old address; fine when the
// namespace or the bridge is gone.
void deleteRootlessBridge(const QString &bridge);

// The ports published on the host's addresses through slirp4netns; on
// failure the ones already added are removed.
Status publishRootlessPorts(const RootlessNetns &netns, const QList<PortBinding> &ports);
// Their removal (those not found are skipped).
void unpublishRootlessPorts(const QList<PortBinding> &ports);
// The portmap plugin's mappings inside the namespace: every published port
// arrives there on the namespace's own address, so no host address (pure).
QList<PortBinding> portsInsideRootlessNetns(QList<PortBinding> ports);

// Pure: the slirp4netns request that removes a forward (adding one is
// hostForwardRequest, usermodenet.h).
QByteArray removeForwardRequest(int id);
// The ids of list_hostfwd's entries that are these ports (pure).
QList<int> forwardIdsOf(const QByteArray &listReply, const QList<PortBinding> &ports);

} // namespace porthole
