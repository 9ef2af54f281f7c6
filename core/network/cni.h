#pragma once
// Calls the CNI plugins of a configuration list, as the CNI spec says: each
// plugin is an executable that gets CNI_COMMAND and friends in its
// environment and its configuration on stdin, and prints a JSON result (or a
// JSON error). ADD runs the plugins in order, chaining prevResult; DEL runs
// them in reverse with the cached ADD result.
#include "base/error.h"

#include <QJsonObject>
#include <QStringList>

namespace porthole {

struct CniCall {
    QString pluginDir;   // CNI_PATH
    QString containerId;
    QString netnsPath;   // /run/netns/NAME
    QString ifName = QStringLiteral("eth0");
    QJsonObject runtimeConfig; // e.g. {"portMappings": [...]} for capable plugins
    QString hostNetnsPath; // rootless: the plugins run in the user's network namespace (rootlessnetns.h)
};

// What the container got: its address on the network.
struct CniAttachment {
    QString address; // "10.89.0.2"
    int prefixLength = 0;
    QString gateway;
    QString macAddress;
};

// The plugin directory: $PORTHOLE_CNI_PATH, else Debian's /usr/lib/cni.
QString cniPluginDir();

// ADD: the final result (to keep for DEL). On failure the caller runs DEL.
Result<QJsonObject> cniAdd(const QJsonObject &configList, const CniCall &call);
// DEL: tolerant of things already gone, as the spec asks of plugins.
Status cniDel(const QJsonObject &configList, const CniCall &call, const QJsonObject &addResult);
// The loopback plugin on the namespace's "lo".
Status cniLoopbackUp(const CniCall &call);

// Pure parts, unit-tested.
// One plugin's stdin: its object plus cniVersion, name, prevResult, and the
// runtimeConfig entries its capabilities ask for.
QJsonObject cniPluginInput(const QJsonObject &configList, int index, const QJsonObject &prevResult,
                           const QJsonObject &runtimeConfig);
Result<CniAttachment> parseCniResult(const QJsonObject &result, const QString &ifName);
// "bridge: failed to allocate ...: no IP addresses available in range set".
QString cniErrorText(const QString &plugin, const QByteArray &stdoutText, const QByteArray &stderrText, int exitCode);

} // namespace porthole
