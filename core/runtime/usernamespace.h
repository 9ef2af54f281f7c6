#pragma once
// Rootless: a normal user's porthole works inside a user namespace of its
// own, as `podman unshare` does. The user is root there (uid 0 maps to the
// user) and the user's /etc/subuid and /etc/subgid ranges map to 1, 2, ...
// (set up by newuidmap/newgidmap); with no ranges, the user alone is mapped.
//
// The namespace (with a mount namespace of its own, where the containers'
// overlays are mounted) is held by a pause process, "porthole-pause",
// whose pid is kept in StorePaths::userRunRoot()/pause.pid. The first
// porthole of a user makes it; every porthole after it joins it with
// setns() before anything else runs, so runc and conmon started later see
// the mounts made earlier, and containers outlive the command that started
// them. Killing the pause process ends the namespace and its mounts.
#include "base/error.h"

#include <QList>
#include <QString>

namespace porthole {

// One line of uid_map/gid_map: count ids from inside map to outside.
struct IdMapping {
    quint64 inside = 0;
    quint64 outside = 0;
    quint64 count = 0;
};

// The ranges of /etc/subuid (or subgid) text that belong to a user, named
// by login name or by number (pure).
QList<IdMapping> subordinateRanges(const QByteArray &text, const QString &userName, uint id);

// The mappings of the namespace: id (the user) to 0, then the ranges from 1 (pure).
QList<IdMapping> namespaceMappings(uint id, const QList<IdMapping> &ranges);

// The one-line warning given when the user has no subordinate ids.
QString noSubordinateIdsWarning(const QString &userName);

// Called first in main(), while the process has one thread: root does
// nothing; a normal user joins (making it first if need be) the user
// namespace and its mount namespace. warning receives a line to show.
Status enterUserNamespace(QString *warning = nullptr);

// The pid of this user's pause process, 0 when there is none.
qint64 pauseProcessPid();

} // namespace porthole

namespace porthole {

// Whether id is mapped in this process's user namespace ("/proc/self/gid_map").
bool idMapped(const char *mapFile, uint id);

// A rootless container has no cgroup of its own: on cgroup v1 a normal
// user cannot have one, and placing it in a delegated cgroup v2 subtree is
// not done yet. -m/--memory, --pids-limit and pause (the freezer) are
// refused with one line saying which, rather than silently not applied.
bool cgroupV2();
Status refuseRootlessLimits(qint64 memory, qint64 pidsLimit);
Status refuseRootlessPause();

} // namespace porthole
