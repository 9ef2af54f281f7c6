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
    QList<PortBinding> ports;    // -p (host port 0: picked at start)
    QDateTime created;

    QStringList processArgs() const { return entrypoint + cmd; }
    QJsonObject toJson() const;
    static Result<ContainerConfig> fromJson(const QJsonObject &json);
};

// The container's place on a bridge network while it runs: its named
// network namespace, the CNI result (kept for DEL) and what it was given.
struct ContainerNetworkState {
    QString namespaceName; // "" when not connected
    QString network;
    QString networkId;
    QJsonObject cniResult;
    QString address;
    int prefixLength = 0;
    QString gateway;
    QString macAddress;
    QList<PortBinding> ports; // with the host ports actually used

    bool isConnected() const { return !namespaceName.isEmpty(); }
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

    QJsonObject toJson() const;
    static ContainerRuntimeState fromJson(const QJsonObject &json);
};

struct ContainerRecord {
    ContainerConfig config;
    ContainerRuntimeState state;
    QString shortId() const { return config.id.left(12); }
};

} // namespace porthole
