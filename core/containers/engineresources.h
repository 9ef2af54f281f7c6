#pragma once
// What the engine reports about resources: volumes and their users, cp
// requests, disk usage, prune reports and `info`. Plain data, filled by
// the engine (engine_volumes, engine_copy, engine_system, engine_prune).
#include "containers/containerrecord.h"
#include "images/imagestore.h"
#include "stats/statsfigures.h"
#include "volumes/volumestore.h"

#include <QStringList>
#include <functional>

namespace porthole {

struct VolumeUsage {
    VolumeInfo volume;
    QStringList containers; // ids of the containers that mount it (any state)
    qint64 size = -1;       // bytes of its data; -1 when not measured
};

// `cp`: one side is the container, the other a host path or a tar stream.
struct CopyRequest {
    QString container;
    QString containerPath; // as typed after "CONTAINER:"
    QString hostPath;      // as typed; "-" for a tar stream on streamFd
    int streamFd = -1;
    bool archive = false;    // -a: owners kept from the source
    bool followLink = false; // -L: a symlink at SRC_PATH is followed
};

struct CopyResult {
    qint64 bytes = 0;    // file content copied
    QString destination; // as Docker names it in "Successfully copied 2.05kB to web:/tmp"
};

// `stats`: the containers named, or every running one (all: every one).
struct StatsRequest {
    QStringList containers;
    bool all = false;
    bool stream = true;
    int intervalMs = 1000; // between frames, and between the two readings of a single frame
};

struct ContainerStats {
    QString id;
    QString name;
    StatsFigures figures; // invalid (zeros) for a container that is not running
};
// Told each frame; returns false to stop.
using StatsFrameHandler = std::function<bool(const QList<ContainerStats> &frame)>;

// `system df`: images with their shared layers counted once, containers'
// writable layers, volumes.
struct DiskUsage {
    struct Image {
        ImageInfo info;
        qint64 size = 0;       // all its layers
        qint64 sharedSize = 0; // layers another image also has
        int containers = 0;
    };
    struct Container {
        ContainerRecord record;
        qint64 size = 0; // its writable layer
        int localVolumes = 0;
    };
    struct Volume {
        VolumeInfo info;
        int links = 0; // containers that mount it
        qint64 size = 0;
    };
    QList<Image> images;
    QList<Container> containers;
    QList<Volume> volumes;
    qint64 layersSize = 0;        // every layer once
    qint64 imagesReclaimable = 0; // layers no image in use has
    qint64 buildCacheSize = 0;    // Porthole has no build cache: always 0
};

// What a prune removed (or, as a preview, would remove).
struct PruneReport {
    QStringList items;   // container ids, volume or network names, "untagged: x"/"deleted: sha256:..." lines for images
    qint64 reclaimed = 0;
};

// `info`: Docker's sections that apply.
struct SystemInfo {
    int containers = 0, running = 0, paused = 0, stopped = 0;
    int images = 0;
    QString storageDriver = QStringLiteral("overlay");
    QString backingFilesystem;
    QString cgroupDriver = QStringLiteral("cgroupfs");
    int cgroupVersion = 1;
    QStringList runtimes;
    QString defaultRuntime;
    QString initBinary;
    QString kernelVersion;
    QString operatingSystem;
    QString architecture;
    int cpus = 0;
    qint64 memoryBytes = 0;
    QString name;
    QString rootDir;
    QStringList registryMirrors;
    QStringList warnings;
};

} // namespace porthole
