#pragma once
// `porthole system service`: the Docker Engine API on a unix socket (or
// 127.0.0.1:PORT), over the same store as the CLI and the window, so
// `docker` and docker-compose drive Porthole and the window follows them
// through the events journal. Serves until cancelled or idle.
#include "base/error.h"
#include "base/progress.h"
#include "base/storepaths.h"

#include <functional>

namespace porthole::api {

struct ServiceOptions {
    StorePaths paths;
    QString runtime = QStringLiteral("runc");
    QString uri;          // unix:///PATH or tcp://127.0.0.1:PORT; "" = unix://$RUNROOT/docker.sock
    int idleSeconds = 5;  // 0: serve until stopped
};

// unix:///run/porthole/docker.sock for these paths.
QString defaultServiceUri(const StorePaths &paths);

// Serves until progress is cancelled (SIGINT, SIGTERM) or no client came
// for idleSeconds. listening is told the URI once clients may connect.
Status runService(const ServiceOptions &options, Progress &progress, const std::function<void(const QString &)> &listening);

} // namespace porthole::api
