#pragma once
// The root of a container that is not running, as it would see it: its
// overlay and its volumes and bind mounts, mounted in a mount namespace of
// a thread of its own, so nothing is ever mounted on the host and a kill
// leaves no mount behind (the namespace dies with the thread). The caller
// holds the container's lock: the container cannot start meanwhile.
#include "files/rootdir.h"
#include "runtime/runtimespec.h"

#include <functional>

namespace porthole {

struct StoppedRoot {
    QStringList lowerDirs; // the image's layers, bottom first
    QString upperDir;
    QString workDir;
    QString mergedDir;
    QList<BindMount> binds; // volumes (their data directories) and bind mounts; tmpfs ones are left out
    QString description;    // "container web"
};

Status withStoppedRoot(const StoppedRoot &root, const std::function<Status(const RootDir &)> &work);

} // namespace porthole
