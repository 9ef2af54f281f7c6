#include "runtime/runtimespec.h"

#include <QJsonArray>
#include <sys/resource.h>

namespace porthole {
namespace {

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QJsonObject mount(const QString &destination, const QString &type, const QString &source, const QStringList &options)
{
    return {{QLatin1String("destination"), destination},
            {QLatin1String("type"), type},
            {QLatin1String("source"), source},
            {QLatin1String("options"), strings(options)}};
}

QJsonArray defaultMounts(const RuntimeSpecInput &input)
{
    const QStringList restricted{QStringLiteral("nosuid"), QStringLiteral("noexec"), QStringLiteral("nodev")};
    QStringList devpts{QStringLiteral("nosuid"), QStringLiteral("noexec"), QStringLiteral("newinstance"), QStringLiteral("ptmxmode=0666"),
                       QStringLiteral("mode=0620")};
    if (input.ttyGroupMapped)
        devpts.append(QStringLiteral("gid=5"));
    // In a user's namespace, sysfs may be mounted only in a network
    // namespace of the container's, and cgroup v1 not at all: both are
    // bound read-only from the host instead, as Podman does.
    const bool bindSys = input.rootless && input.hostNetwork;
    const QStringList boundReadOnly = QStringList{QStringLiteral("rbind"), QStringLiteral("ro")} + restricted;
    return {
        mount(QStringLiteral("/proc"), QStringLiteral("proc"), QStringLiteral("proc"), restricted),
        mount(QStringLiteral("/dev"), QStringLiteral("tmpfs"), QStringLiteral("tmpfs"),
              {QStringLiteral("nosuid"), QStringLiteral("strictatime"), QStringLiteral("mode=755"), QStringLiteral("size=65536k")}),
        mount(QStringLiteral("/dev/pts"), QStringLiteral("devpts"), QStringLiteral("devpts"), devpts),
        bindSys ? mount(QStringLiteral("/sys"), QStringLiteral("bind"), QStringLiteral("/sys"), boundReadOnly)
                : mount(QStringLiteral("/sys"), QStringLiteral("sysfs"), QStringLiteral("sysfs"), restricted + QStringList{QStringLiteral("ro")}),
        input.rootless ? mount(QStringLiteral("/sys/fs/cgroup"), QStringLiteral("bind"), QStringLiteral("/sys/fs/cgroup"), boundReadOnly)
                       : mount(QStringLiteral("/sys/fs/cgroup"), QStringLiteral("cgroup"), QStringLiteral("cgroup"),
                               QStringList{QStringLiteral("ro")} + restricted),
        mount(QStringLiteral("/dev/mqueue"), QStringLiteral("mqueue"), QStringLiteral("mqueue"), restricted),
        mount(QStringLiteral("/dev/shm"), QStringLiteral("tmpfs"), QStringLiteral("shm"),
              restricted + QStringList{QStringLiteral("mode=1777"), QStringLiteral("size=65536k")}),
    };
}

QJsonObject device(const QString &type, int major, int minor, const QString &access = QStringLiteral("rwm"))
{
    QJsonObject rule{{QLatin1String("allow"), true}, {QLatin1String("type"), type}, {QLatin1String("access"), access}};
    if (major >= 0)
        rule.insert(QLatin1String("major"), major);
    if (minor >= 0)
        rule.insert(QLatin1String("minor"), minor);
    return rule;
}

// Docker's device cgroup rules: deny all, then the usual character devices.
QJsonArray defaultDeviceRules()
{
    return {QJsonObject{{QLatin1String("allow"), false}, {QLatin1String("access"), QStringLiteral("rwm")}},
            device(QStringLiteral("c"), -1, -1, QStringLiteral("m")), device(QStringLiteral("b"), -1, -1, QStringLiteral("m")),
            device(QStringLiteral("c"), 1, 3), device(QStringLiteral("c"), 1, 5), device(QStringLiteral("c"), 1, 7),
            device(QStringLiteral("c"), 1, 8), device(QStringLiteral("c"), 1, 9), device(QStringLiteral("c"), 5, 0),
            device(QStringLiteral("c"), 5, 1), device(QStringLiteral("c"), 5, 2), device(QStringLiteral("c"), 136, -1),
            device(QStringLiteral("c"), 10, 200)};
}

qint64 openFilesLimit(qint64 hardLimit)
{
    if (hardLimit <= 0) {
        struct rlimit limit;
        hardLimit = getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_max != RLIM_INFINITY ? qint64(limit.rlim_max) : 1048576;
    }
    return std::min<qint64>(1048576, hardLimit);
}

QJsonObject processSection(const RuntimeSpecInput &input)
{
    const QJsonArray caps = strings(defaultCapabilities());
    QJsonArray gids;
    for (uint gid : input.additionalGids)
        gids.append(qint64(gid));
    const qint64 nofile = openFilesLimit(input.openFilesHardLimit);
    QJsonObject user{{QLatin1String("uid"), qint64(input.uid)}, {QLatin1String("gid"), qint64(input.gid)}};
    if (!gids.isEmpty())
        user.insert(QLatin1String("additionalGids"), gids);
    QJsonObject process{{QLatin1String("terminal"), input.terminal},
            {QLatin1String("user"), user},
            {QLatin1String("args"), strings(input.args)},
            {QLatin1String("env"), strings(input.env)},
            {QLatin1String("cwd"), input.cwd.isEmpty() ? QStringLiteral("/") : input.cwd},
            {QLatin1String("capabilities"), QJsonObject{{QLatin1String("bounding"), caps},
                                                        {QLatin1String("effective"), caps},
                                                        {QLatin1String("permitted"), caps}}},
            {QLatin1String("rlimits"), QJsonArray{QJsonObject{{QLatin1String("type"), QStringLiteral("RLIMIT_NOFILE")},
                                                              {QLatin1String("hard"), nofile},
                                                              {QLatin1String("soft"), nofile}}}},
            {QLatin1String("noNewPrivileges"), true}};
    if (input.terminal && input.consoleRows > 0 && input.consoleColumns > 0)
        process.insert(QLatin1String("consoleSize"), QJsonObject{{QLatin1String("height"), input.consoleRows},
                                                                 {QLatin1String("width"), input.consoleColumns}});
    return process;
}

} // namespace

QStringList defaultCapabilities()
{
    return {QStringLiteral("CAP_CHOWN"),       QStringLiteral("CAP_DAC_OVERRIDE"), QStringLiteral("CAP_FSETID"),
            QStringLiteral("CAP_FOWNER"),      QStringLiteral("CAP_MKNOD"),        QStringLiteral("CAP_NET_RAW"),
            QStringLiteral("CAP_SETGID"),      QStringLiteral("CAP_SETUID"),       QStringLiteral("CAP_SETFCAP"),
            QStringLiteral("CAP_SETPCAP"),     QStringLiteral("CAP_NET_BIND_SERVICE"), QStringLiteral("CAP_SYS_CHROOT"),
            QStringLiteral("CAP_KILL"),        QStringLiteral("CAP_AUDIT_WRITE")};
}

QJsonObject buildRuntimeSpec(const RuntimeSpecInput &input)
{
    QJsonArray mounts = defaultMounts(input);
    for (const BindMount &bind : input.binds) {
        const bool tmpfs = bind.type == QLatin1String("tmpfs");
        QStringList options = tmpfs ? QStringList{QStringLiteral("nosuid"), QStringLiteral("nodev"), QStringLiteral("noexec")}
                                    : QStringList{QStringLiteral("rbind"), QStringLiteral("rprivate")};
        if (bind.readOnly)
            options.append(QStringLiteral("ro"));
        options += bind.options;
        mounts.append(tmpfs ? mount(bind.destination, QStringLiteral("tmpfs"), QStringLiteral("tmpfs"), options)
                            : mount(bind.destination, QStringLiteral("bind"), bind.source, options));
    }
    QJsonObject network{{QLatin1String("type"), QStringLiteral("network")}};
    if (!input.networkNamespace.isEmpty())
        network.insert(QLatin1String("path"), input.networkNamespace);
    QJsonArray namespaces{QJsonObject{{QLatin1String("type"), QStringLiteral("pid")}},
                          QJsonObject{{QLatin1String("type"), QStringLiteral("ipc")}},
                          QJsonObject{{QLatin1String("type"), QStringLiteral("uts")}},
                          QJsonObject{{QLatin1String("type"), QStringLiteral("mount")}}};
    if (!input.hostNetwork)
        namespaces.insert(1, network);
    if (input.cgroupNamespace)
        namespaces.append(QJsonObject{{QLatin1String("type"), QStringLiteral("cgroup")}});
    QJsonObject resources{{QLatin1String("devices"), defaultDeviceRules()}};
    if (input.memoryLimit > 0)
        resources.insert(QLatin1String("memory"), QJsonObject{{QLatin1String("limit"), input.memoryLimit}});
    if (input.pidsLimit > 0)
        resources.insert(QLatin1String("pids"), QJsonObject{{QLatin1String("limit"), input.pidsLimit}});
    QJsonObject linuxSection{{QLatin1String("namespaces"), namespaces},
                      {QLatin1String("resources"), resources},
                      {QLatin1String("maskedPaths"),
                       strings({QStringLiteral("/proc/asound"), QStringLiteral("/proc/acpi"), QStringLiteral("/proc/kcore"),
                                QStringLiteral("/proc/keys"), QStringLiteral("/proc/latency_stats"), QStringLiteral("/proc/timer_list"),
                                QStringLiteral("/proc/timer_stats"), QStringLiteral("/proc/sched_debug"), QStringLiteral("/proc/scsi"),
                                QStringLiteral("/sys/firmware"), QStringLiteral("/sys/devices/virtual/powercap")})},
                      {QLatin1String("readonlyPaths"),
                       strings({QStringLiteral("/proc/bus"), QStringLiteral("/proc/fs"), QStringLiteral("/proc/irq"),
                                QStringLiteral("/proc/sys"), QStringLiteral("/proc/sysrq-trigger")})}};
    if (input.rootless && !input.cgroupNamespace) // no cgroup of its own: runc's rootless manager makes none
        linuxSection.remove(QLatin1String("resources"));
    else if (!input.cgroupsPath.isEmpty())
        linuxSection.insert(QLatin1String("cgroupsPath"), input.cgroupsPath);
    return {{QLatin1String("ociVersion"), QStringLiteral("1.0.2")},
            {QLatin1String("process"), processSection(input)},
            {QLatin1String("root"), QJsonObject{{QLatin1String("path"), input.rootfs}, {QLatin1String("readonly"), false}}},
            {QLatin1String("hostname"), input.hostname},
            {QLatin1String("mounts"), mounts},
            {QLatin1String("linux"), linuxSection}};
}

} // namespace porthole
