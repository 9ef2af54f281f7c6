#pragma once
// Where a process's root is. Inside a chroot, `runc exec` and `nsenter`
// join a container's mount namespace and land in that namespace's root —
// the host's real root file system — instead of the container's. The
// engine refuses to run containers there, and checks every process it
// puts into a container sees the container's root before it runs.
#include "base/error.h"

#include <QByteArray>
#include <QList>
#include <optional>

namespace porthole {

// One line of /proc/PID/mountinfo: the fields this check needs.
struct MountInfoEntry {
    int id = 0;
    int parentId = 0;
    QByteArray root;       // the mount's root within its file system
    QByteArray mountPoint; // relative to the reading process's root, unescaped
};

// Parses mountinfo text (pure; lines that do not parse are skipped).
QList<MountInfoEntry> parseMountInfo(const QByteArray &text);

// The root field of the mount on top at "/" in a mountinfo listing, or
// nullopt when nothing is mounted at "/" (a chroot into a plain folder).
std::optional<QByteArray> rootMountRoot(const QList<MountInfoEntry> &mounts);

enum class RootVerdict { RealRoot, Chroot };

struct RootFinding {
    RootVerdict verdict = RootVerdict::RealRoot;
    QString reason; // how a chroot was recognised
};

// Decides as systemd does: the root of PID 1 compared with ours (device,
// inode and mount). Where /proc/1/root cannot be read, a child joins our
// mount namespace again as runc exec would and compares where it lands;
// where that is not allowed, our ancestors in the same namespace are
// compared, then mountinfo must show a mount at "/" whose root is "/".
RootFinding findRoot();

// Fails with one line saying why and what to do when this process runs in
// a chroot; the verdict is computed once per process.
Status refuseInsideChroot();

// Fails unless the root directory of process pid is the directory root
// (same device and inode): the container's overlay mount.
Status checkProcessRoot(qint64 pid, const QString &root);

} // namespace porthole
