#pragma once
// The container lifecycle engine: every transition takes the container's
// lock, checks the state machine, drives conmon and the OCI runtime, and
// records the new state atomically.
#include "containers/containerinspect.h"
#include "containers/engineresources.h"
#include "containers/containeruser.h"
#include "containers/containerstore.h"
#include "base/tempwork.h"
#include "images/imagestore.h"
#include "network/networkstore.h"
#include "runtime/ociruntime.h"
#include "runtime/ptyprocess.h"
#include "runtime/attach.h"
#include "containers/runsteps.h"
#include "files/rootdir.h"
#include "registry/transferprogress.h"

#include <functional>
#include <optional>

namespace porthole {

struct CreateRequest {
    QString image;
    QString name;
    QStringList command;        // after the image on the command line
    QString entrypoint;         // --entrypoint ("" keeps the image's)
    bool entrypointSet = false;
    QStringList env;            // -e KEY=VALUE
    QString workingDir;
    QString user;
    QString hostname;
    bool tty = false;
    bool interactive = false;
    bool autoRemove = false;
    QJsonObject labels;
    QString stopSignal;
    int stopTimeout = -1;
    qint64 memory = 0;
    qint64 pidsLimit = 0;
    QList<MountSpec> volumes;   // -v, --mount
    bool init = false;
    QString restart = QStringLiteral("no"); // --restart value
    QString network;            // --network: "" or "bridge" (the default), "host", "none", NAME
    QStringList networkAliases; // --network-alias (a user network's names resolve to the container)
    QList<PortBinding> ports;   // -p
    QString pull = QStringLiteral("missing"); // --pull: always, missing (the seed's first step), never
    QString platform;           // --platform os/arch[/variant] for a pull; "" the host's
};

struct ExecRequest {
    QStringList command;
    QStringList env;
    QString workingDir;
    QString user;
    bool tty = false;
    bool interactive = false;
    bool detach = false;
    int outputFd = -1; // where the command's stdout goes; -1: the caller's
    int errorFd = -1;  // where its stderr goes; -1: the caller's
};

// An exec's process with its standard streams as pipes (the caller's ends;
// stdinFd -1 without interactive); the caller closes them and reaps pid.
struct ExecPipes {
    qint64 pid = 0;
    int stdinFd = -1;
    int stdoutFd = -1;
    int stderrFd = -1;
};

// What is at a path in a container (lstat: a symlink is itself).
struct PathStat {
    QString name;
    qint64 size = 0;
    quint32 mode = 0; // st_mode
    QDateTime modified;
    QString linkTarget;
};

struct CommitRequest {
    QString reference; // "" for an untagged image
    QStringList changes;
    QString message;
    QString author;
    bool pause = true;
};

// One line of `diff`: 'A' added, 'C' changed, 'D' deleted.
struct FileChange {
    QChar kind;
    QString path;
};

// A signal Docker knows: a number from 1 to 64 or a name (SIGUSR1, usr1).
bool isSignal(const QString &signal);

class ContainerEngine {
public:
    ContainerEngine(ImageStore &images, const QString &runtimeName = QStringLiteral("runc"));

    // Told of each step of create and start as it happens (any thread: the
    // caller's own).
    void setRunStepObserver(RunStepObserver observer) { m_runStep = std::move(observer); }
    // Told of stop's steps (stop and restart) as they happen.
    void setStopObserver(StopObserver observer) { m_stopObserver = std::move(observer); }
    // Told Docker's warnings ("WARNING: Published ports are discarded ..."),
    // which change nothing but what the user should know.
    using WarningObserver = std::function<void(const QString &)>;
    void setWarningObserver(WarningObserver observer) { m_warn = std::move(observer); }
    // The size a tty container's terminal has from its first instant, for
    // the starts that follow (as Docker's ConsoleSize); 0 leaves it to the runtime.
    void setConsoleSize(int rows, int columns)
    {
        m_consoleRows = rows;
        m_consoleColumns = columns;
    }
    ContainerStore &store() { return m_store; }
    NetworkStore &networks() { return m_networks; }
    // `network rm`: refused while a container is configured with it; the
    // bridge device goes too.
    Status removeNetwork(const QString &nameOrId);
    // network connect/disconnect (engine_netconnect.cpp) of a created or
    // stopped container: it has one network ("none" once disconnected);
    // aliases are more names it answers to there.
    Status connectToNetwork(const QString &network, const QString &nameOrId, const QStringList &aliases = {});
    Status disconnectFromNetwork(const QString &network, const QString &nameOrId);
    // Finds the image (pulling it as --pull says), then makes the container.
    Result<ContainerRecord> create(const CreateRequest &request, Progress &progress);
    Result<ContainerRecord> create(const CreateRequest &request)
    {
        Progress progress;
        return create(request, progress);
    }
    // Told how a pull that create makes goes (Docker's messages and each layer).
    void setPullObserver(TransferObserver observer) { m_pullObserver = std::move(observer); }
    // afterCreate runs once the container exists but before its process
    // starts: the moment to connect to its attach socket.
    using StartHook = std::function<Status(const ContainerRecord &)>;
    Status start(const QString &nameOrId, const StartHook &afterCreate = {}, bool stdinOnce = false);
    // Volumes (engine_volumes.cpp): make one (the existing one when the name
    // is taken), list them with their users, remove one (refused while a
    // container uses it, in Docker's words).
    VolumeStore &volumes() { return m_volumes; }
    Result<VolumeInfo> createVolume(const VolumeCreateRequest &request);
    Result<QList<VolumeUsage>> volumeUsage(bool withSizes);
    Status removeVolume(const QString &name, bool force);
    // cp (engine_copy.cpp): out of or into a running or stopped container,
    // every path of the container resolved inside its root.
    Result<CopyResult> copyFromContainer(const CopyRequest &request, Progress &progress);
    Result<CopyResult> copyToContainer(const CopyRequest &request, Progress &progress);
    Result<PathStat> statInContainer(const QString &nameOrId, const QString &path);
    // stats (engine_stats.cpp): frames of figures until the handler says
    // stop (or, without stream, one frame from two readings). The window's
    // sampler takes the readings itself: one each, for the given records.
    Status stats(const StatsRequest &request, const StatsFrameHandler &frame, Progress &progress);
    QList<StatsSample> sampleStats(const QList<ContainerRecord> &records) const;
    StatsTarget statsTarget(const ContainerRecord &record) const;
    // system df, info (engine_system.cpp).
    Result<DiskUsage> diskUsage();
    Result<SystemInfo> systemInfo();
    // Prunes (engine_prune.cpp). preview: nothing is removed, the report
    // says what would be; only: restricts the prune to these items (what a
    // preview listed), each checked again.
    Result<PruneReport> pruneContainers(bool preview = false, const QStringList *only = nullptr);
    Result<PruneReport> pruneImages(bool all, bool preview = false, const QStringList *only = nullptr);
    Result<PruneReport> pruneNetworks(bool preview = false, const QStringList *only = nullptr);
    Result<PruneReport> pruneVolumes(bool all, bool preview = false, const QStringList *only = nullptr);
    // timeout < 0: the container's own stop timeout (default 10 s).
    Status stop(const QString &nameOrId, int timeout = -1);
    Status kill(const QString &nameOrId, const QString &signal = QStringLiteral("KILL"));
    Status pause(const QString &nameOrId);
    // The one engine call of each lifecycle action the window offers
    // (start, stop, restart, kill, pause, unpause, rm, rm -f).
    Status apply(LifecycleAction action, const QString &nameOrId, int stopTimeout = -1);
    Status unpause(const QString &nameOrId);
    // removeVolumes (rm -v): its anonymous volumes go too, unless another container uses them.
    Status remove(const QString &nameOrId, bool force, bool removeVolumes = false);
    // A new process in the container's namespaces (`runc exec`), with the
    // caller's standard streams (or the request's descriptors); returns its
    // exit code (0 when detached). Emits exec_create and exec_start, as Docker.
    Result<int> exec(const QString &nameOrId, const ExecRequest &request);
    // Consoles of the window: exec (the command, else bash when the
    // container has it, else /bin/sh) and util-linux nsenter into the
    // container's namespaces, each on a new terminal of the given size.
    Result<PtyProcess> execOnTerminal(const QString &nameOrId, QStringList command, int rows, int columns);
    // The same with the request's -e, -w and -u (its tty and interactive are implied).
    Result<PtyProcess> execOnTerminal(const QString &nameOrId, ExecRequest request, int rows, int columns);
    // exec for the API service (engine_execpipes.cpp): on pipes, stdout and
    // stderr apart.
    Result<ExecPipes> execWithPipes(const QString &nameOrId, const ExecRequest &request);
    Result<PtyProcess> nsenterOnTerminal(const QString &nameOrId, int rows, int columns);
    // Attach: a connection to conmon's attach socket (output of the main
    // process; what is written goes to its stdin), and its terminal size.
    // Emits attach, as Docker.
    Result<AttachConnection> attachConsole(const QString &nameOrId);
    Status resizeConsole(const QString &nameOrId, int rows, int columns);
    // The container's whole filesystem as a tar (like `docker export`).
    Status exportFilesystem(const QString &nameOrId, int outputFd, Progress &progress);
    // Its writable layer as a new image layer on top of its image.
    Result<QString> commit(const QString &nameOrId, const CommitRequest &request, Progress &progress);
    // "Migrate with settings": commit the container as NAME:migrated (its
    // CMD, ENTRYPOINT, ENV, WORKDIR, USER, labels and ports kept in the
    // image config), then save that image as an archive `docker load`
    // takes. Returns the tag.
    Result<QString> migrate(const QString &nameOrId, int outputFd, Progress &progress);
    Result<QList<FileChange>> diff(const QString &nameOrId);
    Status restart(const QString &nameOrId, int timeout = -1);
    Status rename(const QString &nameOrId, const QString &newName);
    // Blocks until the container is stopped; returns its exit code
    // ("cancelled" when cancel is).
    Result<int> wait(const QString &nameOrId, const Progress *cancel = nullptr);
    // Removes an image, refusing while a container uses it, as Docker does.
    Result<QStringList> removeImage(const QString &nameOrId, bool force);
    // `top`: the container's processes as `ps OPTIONS` shows them on the host.
    Result<QList<QStringList>> top(const QString &nameOrId, const QStringList &psOptions);
    // Run by conmon when the container exits; also used to reconcile.
    Status cleanup(const QString &id);
    // What a kill during start or exit left of a container that is not
    // running: its runtime state, network and root mount (system check --repair).
    Status releaseLeftovers(const QString &nameOrId);
    // All containers, after reconciling the ones whose monitor is gone.
    Result<QList<ContainerRecord>> list();
    Result<ContainerRecord> find(const QString &nameOrId) { return m_store.find(nameOrId); }
    // `inspect`, shaped like Docker's.
    QJsonObject inspect(const ContainerRecord &record) const;

private:
    // A container's record, read under its lock, held while this lives.
    struct LockedContainer {
        FileLock lock;
        ContainerRecord record;
    };
    Result<LockedContainer> lockContainer(const QString &nameOrId);
    // engine_leftovers.cpp: what a killed command left of a container,
    // released under its lock; collectLeftovers does it when the lock is
    // free (ps), true when something was released.
    QString pausedForCommitMarker(const QString &id) const { return m_store.bundleDir(id) + QStringLiteral("/paused-for-commit"); }
    bool hasLeftovers(const ContainerRecord &record) const;
    Status releaseLeftoversLocked(ContainerRecord &record);
    bool collectLeftovers(const ContainerRecord &record);
    Status chooseNetwork(const CreateRequest &request, ContainerConfig &config);
    Result<ImageInfo> findOrPullImage(const CreateRequest &request, Progress &progress);
    Result<ContainerRecord> storeNewContainer(const CreateRequest &request, const ContainerConfig &config);
    Result<LockedContainer> lockForAction(const QString &nameOrId, LifecycleAction action);
    Status setPaused(const QString &nameOrId, bool paused);
    Result<QStringList> execArguments(const ContainerRecord &record, const ExecRequest &request);
    Status checkMainProcessRoot(const ContainerRecord &record) const;
    Result<OciRuntime> runtime() const;
    Result<PreparedLayer> writableLayerAsLayer(const ContainerRecord &record, bool pause, const TempWork &work, Progress &progress);
    Status startLocked(ContainerRecord &record, const StartHook &afterCreate = {}, bool stdinOnce = false);
    Status mountRootfs(ContainerRecord &record, const OciRuntime &rt);
    Status writeBundle(const ContainerRecord &record, const ContainerUser &user, const QList<BindMount> &mounts);
    // engine_volumes.cpp: the volumes of a new container (anonymous ones
    // made, named ones made on first use); at start, each volume's mount
    // (device mounted, image content copied up, events), under the volumes'
    // lock, held until the runtime has mounted them; at exit, the unmounts.
    Status makeVolumes(ContainerConfig &config, QStringList &made);
    struct VolumeMounts {
        std::optional<FileLock> lock;
        QList<BindMount> mounts;
    };
    Result<VolumeMounts> mountVolumes(const ContainerRecord &record);
    void unmountVolumes(const ContainerRecord &record);
    void removeAnonymousVolumes(const ContainerRecord &record);
    Status copyUp(const ContainerRecord &record, const MountSpec &spec, const VolumeInfo &volume);
    QStringList volumeUsers(const QString &name, const QList<ContainerRecord> &records, bool runningOnly) const;
    void emitVolumeEvent(const QString &action, const QString &name, QJsonObject attributes = {}) const;
    // engine_copy.cpp: work on the container's root, seen from inside.
    Status withContainerRoot(const ContainerRecord &record, const std::function<Status(const RootDir &)> &work);
    Result<qint64> launchMonitor(const ContainerRecord &record, const OciRuntime &rt, bool stdinOnce);
    Status recordStarted(ContainerRecord &record, qint64 pid);
    // Records the exit; true when the restart policy asks for a new start.
    Result<bool> cleanupLocked(ContainerRecord &record);
    Status waitForExit(const ContainerRecord &record, int timeoutMs) const;
    QStringList exitCommand(const QString &id) const;
    Result<QStringList> layerDirs(const ContainerRecord &record) const;
    void emitEvent(const ContainerRecord &record, const QString &action, QJsonObject attributes = {}) const;
    void emitExecEvents(const ContainerRecord &record, const QStringList &command) const;
    void emitNetworkEvent(const ContainerRecord &record, const QString &action) const;
    // containernetwork.cpp: CNI ADD into a new named namespace / CNI DEL.
    Status connectNetwork(ContainerRecord &record);
    QList<PortBinding> publishedPorts(const QString &exceptId);
    Status choosePublishedPorts(const QString &id, QList<PortBinding> &ports);
    // The host ports of record's network state chosen (under the ports lock,
    // returned held until the caller has them in use) and the state saved,
    // so a crash from here on leaves a record of what to tear down.
    Result<std::optional<FileLock>> reservePublishedPorts(ContainerRecord &record);
    void disconnectNetwork(ContainerRecord &record);
    // Rootless: slirp4netns instead of a bridge (engine_usermodenet.cpp).
    Status connectUserModeNetwork(ContainerRecord &record);
    void disconnectUserModeNetwork(ContainerRecord &record);
    // Every running container's /etc/hosts on a user network: the others by name and alias.
    void refreshNetworkHosts(const QString &networkId);
    Result<QStringList> containersUsingNetwork(const NetworkConfig &network);

    ImageStore &m_images;
    ContainerStore m_store;
    NetworkStore m_networks;
    VolumeStore m_volumes;
    QString m_runtimeName;
    RunStepObserver m_runStep;
    StopObserver m_stopObserver;
    WarningObserver m_warn;
    TransferObserver m_pullObserver;
    int m_consoleRows = 0;
    int m_consoleColumns = 0;
    void reportStep(RunStep step, const QString &detail, const QString &containerId) const
    {
        if (m_runStep)
            m_runStep(step, detail, containerId);
    }
    void reportStop(const StopReport &report) const
    {
        if (m_stopObserver)
            m_stopObserver(report);
    }
};

// The tag "Migrate with settings" gives a container's image: "web:migrated"
// (lowercase, only characters a repository name may have).
QString migrationTag(const QString &containerName);

} // namespace porthole
