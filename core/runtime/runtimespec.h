#pragma once
// The OCI runtime spec (config.json of a bundle) with Docker's defaults:
// namespaces, mounts, masked and read-only paths, the default capability
// set, no_new_privileges, and resource limits that never exceed the
// caller's own hard limits.
#include <QJsonObject>
#include <QStringList>

namespace porthole {

struct BindMount {
    QString source;
    QString destination;
    bool readOnly = false;
    QString type;        // "" (a bind mount) or "tmpfs"
    QStringList options; // extra mount options ("size=65536k", "mode=1777")
};

struct RuntimeSpecInput {
    QString rootfs;             // the merged overlay directory
    int consoleRows = 0;        // the tty's size from the start (0: the runtime's default)
    int consoleColumns = 0;
    QStringList args;           // entrypoint + command
    QStringList env;
    QString cwd = QStringLiteral("/");
    uint uid = 0;
    uint gid = 0;
    QList<uint> additionalGids;
    bool terminal = false;
    QString hostname;
    QList<BindMount> binds;     // /etc/hostname, /etc/hosts, /etc/resolv.conf, -v volumes
    qint64 memoryLimit = 0;     // bytes, 0 for none
    qint64 pidsLimit = 0;       // 0 for none
    QString networkNamespace;   // a path to join, or "" for a private one
    bool hostNetwork = false;   // --network host: no network namespace at all
    QString cgroupsPath;        // "/porthole/<id>" (cgroupfs) or "porthole.slice:porthole:<id>" (systemd)
    bool cgroupNamespace = false; // cgroup v2 only
    qint64 openFilesHardLimit = 0; // the caller's RLIMIT_NOFILE hard limit (0: ask the kernel)
    bool rootless = false;      // in a user's namespace: /sys and cgroups bound, not mounted; no cgroup of its own
    bool ttyGroupMapped = true; // gid 5 exists in the namespace (devpts gid=5)
};

// Docker's default capabilities (14 of them; never CAP_SYS_RESOURCE).
QStringList defaultCapabilities();

QJsonObject buildRuntimeSpec(const RuntimeSpecInput &input);

} // namespace porthole
