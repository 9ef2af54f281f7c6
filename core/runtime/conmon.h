#pragma once
// Launching conmon, the container monitor, which runs `runc create` and then
// stays with the container (holding its stdio, writing its log and exit
// code, running our exit command), so containers outlive porthole.
#include "base/error.h"

#include <QStringList>

namespace porthole {

struct ConmonLaunch {
    QString conmon;      // path of the conmon binary
    QString runtime;     // path of runc (or crun)
    QString runtimeRoot; // runc --root
    QString id;
    QString name;
    QString bundle;
    QString logPath;
    QString exitDir;
    QString socketDir;
    QStringList exitCommand; // program and arguments run when the container exits
    bool terminal = false;
    bool stdinOpen = false;
    bool leaveStdinOpen = true; // false: the first attached client's EOF closes stdin (run -i)
};

// Command line for conmon (pure; tested).
QStringList conmonArguments(const ConmonLaunch &launch);

// One line conmon writes to its sync pipe: {"data": N, "message": "..."}.
struct SyncMessage {
    qint64 data = 0;
    QString message;
};
Result<SyncMessage> parseSyncMessage(const QByteArray &line);

// The attach socket conmon creates (through a short symlink, as socket paths
// are limited to 107 bytes).
inline QString attachSocketPath(const QString &socketDir, const QString &id)
{
    return socketDir + QLatin1Char('/') + id.left(12) + QStringLiteral("/attach");
}

// Starts conmon and waits until the container is created; returns its pid.
Result<qint64> launchConmon(const ConmonLaunch &launch, int timeoutMs = 30000);

} // namespace porthole
