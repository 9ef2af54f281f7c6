#pragma once
// Launching conmon, the container monitor, which runs `runc create` and then
// stays with the container (holding its stdio, writing its log and exit
// code, running our exit command), so containers outlive porthole.
#include "error.h"

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
};

// Command line for conmon (pure; tested).
QStringList conmonArguments(const ConmonLaunch &launch);

// One line conmon writes to its sync pipe: {"data": N, "message": "..."}.
struct SyncMessage {
    qint64 data = 0;
    QString message;
};
Result<SyncMessage> parseSyncMessage(const QByteArray &line);

// Starts conmon and waits until the container is created; returns its pid.
Result<qint64> launchConmon(const ConmonLaunch &launch, int timeoutMs = 30000);

} // namespace porthole
