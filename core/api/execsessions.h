#pragma once
// The execs the service has been asked to make (POST /containers/{id}/exec)
// until they are started, while they run (for resize) and after (their
// exit code for /exec/{id}/json, which is how docker exec learns it).
#include "containers/containerengine.h"

#include <optional>

namespace porthole::api {

struct ExecSession {
    QString id;
    QString containerId;
    ExecRequest request;
    bool running = false;
    std::optional<int> exitCode;
    qint64 pid = 0;
    int masterFd = -1; // the terminal while it runs (resize)
};

namespace execsessions {
QString add(const QString &containerId, const ExecRequest &request);
std::optional<ExecSession> find(const QString &id);
// Marks it running with its process; false when it already ran.
bool begin(const QString &id, qint64 pid, int masterFd);
void end(const QString &id, int exitCode);
Status resize(const QString &id, int rows, int columns);
} // namespace execsessions

} // namespace porthole::api
