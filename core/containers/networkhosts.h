#pragma once
// Names on user-defined networks, as Docker gives them there: a container
// finds each peer on a network they share by the peer's name, its aliases
// on that network and its short id. Porthole has no daemon to run a DNS
// server, so the names are lines of each container's /etc/hosts (a file of
// its own, bind-mounted), rewritten in place whenever a container joins or
// leaves one of its networks (core/README.md: "Names on user networks").
#include "containers/containerrecord.h"

namespace porthole {

// The aliases config gives the container on a network (by name).
QStringList aliasesOn(const ContainerConfig &config, const QString &network);
// The address asked for it there (--ip), "" for one from the pool.
QString requestedAddressOn(const ContainerConfig &config, const QString &network);

// self's /etc/hosts: localhost, its own address and names, then one line per
// peer and shared user network (a name is listed once, on the first network
// of self's that gives it). records: every container (self among them).
QByteArray networkHostsFile(const ContainerRecord &self, const QList<ContainerRecord> &records);

// Rewrites a bind-mounted file in place (a rename would leave the container
// the old inode): one write of the new text padded with newlines to the old
// length, then a truncate, so a reader never finds the file empty or cut.
Status rewriteInPlace(const QString &path, const QByteArray &data);

} // namespace porthole
