#pragma once
// What the store keeps about one container: how it was created (config.json,
// written once) and where it is in its lifecycle (state.json, replaced
// atomically at each transition).
#include "base/error.h"
#include "containers/lifecycle.h"
#include "network/portmapping.h"
#include "runtime/runtimespec.h"
#include "volumes/mountspec.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>

namespace porthole {

// A network the container joins besides its first one (network connect,
// or a second EndpointsConfig at create): its name, aliases and --ip.
struct NetworkEndpointConfig {
    QString network;
    QStringList aliases;
    QString ipv4Address; // "" for one from the pool

    QJsonObject toJson() const;
    static NetworkEndpointConfig fromJson(const QJsonObject &json);
};

struct ContainerConfig {
    QString id;
    QString name;
    QString image;    // as the user named it: "busybox"
    QString imageId;  // "sha256:..."
    QStringList entrypoint;
    QStringList cmd;
    QStringList env;
    QString workingDir;
    QString user;
    QString hostname;
    bool tty = false;
    bool openStdin = false;
    bool autoRemove = false;
    QJsonObject labels;
    QString stopSignal; // "" means SIGTERM
    int stopTimeout = 10;
    qint64 memory = 0;
    qint64 pidsLimit = 0;
    QList<MountSpec> volumes;  // -v, --mount, and anonymous volumes for the image's VOLUMEs
    bool init = false;           // --init: tini or catatonit as pid 1
    QString restartPolicy = QStringLiteral("no"); // no, on-failure, always, unless-stopped
    int restartRetries = 0;      // on-failure:N (0: unlimited)
    QString networkMode = QStringLiteral("porthole"); // a network's name, "host" or "none"
    QStringList networkAliases;  // --network-alias: more names it answers to on a user network
    QString ipv4Address;         // --ip on the first network ("" for one from the pool)
    QList<NetworkEndpointConfig> extraNetworks; // eth1, eth2...: joined at each start
    QList<PortBinding> ports;    // -p (host port 0: picked at start)
    QDateTime created;

    QStringList processArgs() const { return entrypoint + cmd; }
    QJsonObject toJson() const;
    static Result<ContainerConfig> fromJson(const QJsonObject &json);
};

// One interface of the container on a bridge network: the CNI result (kept
// for DEL) and what it was given. An empty address with a network named is
// an ADD begun and not finished (a kill): DEL undoes it.
struct NetworkAttachment {
    QString network;
    QString networkId;
    QString ifName = QStringLiteral("eth0");
    QJsonObject cniResult;
    QString address;
    int prefixLength = 0;
    QString gateway;
    QString macAddress;

    QJsonObject toJson() const;
    static NetworkAttachment fromJson(const QJsonObject &json);
};

// The container's place on bridge networks while it runs: its named network
// namespace, its first network (eth0, with the published ports) and the
// others it joined.
struct ContainerNetworkState : NetworkAttachment {
    QString namespaceName; // "" when not connected
    QList<PortBinding> ports; // with the host ports actually used
    QList<NetworkAttachment> extra;

    bool isConnected() const { return !namespaceName.isEmpty(); }
    // The first network (when it has one) and the others, in order.
    QList<NetworkAttachment> attachments() const;
    // The attachment on a network (by name or id), or null.
    const NetworkAttachment *on(const QString &networkNameOrId) const;
    QJsonObject toJson() const;
    static ContainerNetworkState fromJson(const QJsonObject &json);
};

struct ContainerRuntimeState {
    ContainerState state = ContainerState::Created;
    qint64 pid = 0;        // the container's pid 1 on the host
    qint64 monitorPid = 0; // conmon
    int exitCode = 0;
    QDateTime startedAt;
    QDateTime finishedAt;
    int restartCount = 0;
    bool stoppedByUser = false; // stop/kill: restart policies leave it stopped
    ContainerNetworkState network;

    // Running or paused: its process exists and its writable layer is mounted.
    bool isLive() const { return state == ContainerState::Running || state == ContainerState::Paused; }
    QJsonObject toJson() const;
    static ContainerRuntimeState fromJson(const QJsonObject &json);
};

struct ContainerRecord {
    ContainerConfig config;
    ContainerRuntimeState state;
    QString shortId() const { return config.id.left(12); }
};

} // namespace porthole
