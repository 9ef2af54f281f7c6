#pragma once
// The container lifecycle engine: every transition takes the container's
// lock, checks the state machine, drives conmon and the OCI runtime, and
// records the new state atomically.
#include "containers/containerinspect.h"
#include "containers/containeruser.h"
#include "containers/containerstore.h"
#include "base/tempwork.h"
#include "images/imagestore.h"
#include "network/networkstore.h"
#include "runtime/ociruntime.h"
#include "runtime/ptyprocess.h"
#include "runtime/attach.h"
#include "containers/runsteps.h"
#include "registry/transferprogress.h"

#include <functional>

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
    QList<BindMount> volumes;
    bool init = false;
    QString restart = QStringLiteral("no"); // --restart value
    QString network;            // --network: "" or "bridge" (the default), "host", "none", NAME
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
    // timeout < 0: the container's own stop timeout (default 10 s).
    Status stop(const QString &nameOrId, int timeout = -1);
    Status kill(const QString &nameOrId, const QString &signal = QStringLiteral("KILL"));
    Status pause(const QString &nameOrId);
    // The one engine call of each lifecycle action the window offers
    // (start, stop, restart, kill, pause, unpause, rm, rm -f).
    Status apply(LifecycleAction action, const QString &nameOrId, int stopTimeout = -1);
    Status unpause(const QString &nameOrId);
    Status remove(const QString &nameOrId, bool force);
    // A new process in the container's namespaces (`runc exec`), with the
    // caller's standard streams; returns its exit code (0 when detached).
    Result<int> exec(const QString &nameOrId, const ExecRequest &request);
    // Consoles of the window: exec (the command, else bash when the
    // container has it, else /bin/sh) and util-linux nsenter into the
    // container's namespaces, each on a new terminal of the given size.
    Result<PtyProcess> execOnTerminal(const QString &nameOrId, QStringList command, int rows, int columns);
    Result<PtyProcess> nsenterOnTerminal(const QString &nameOrId, int rows, int columns);
    // Attach: a connection to conmon's attach socket (output of the main
    // process; what is written goes to its stdin), and its terminal size.
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
    // Blocks until the container is stopped; returns its exit code.
    Result<int> wait(const QString &nameOrId);
    // Removes an image, refusing while a container uses it, as Docker does.
    Result<QStringList> removeImage(const QString &nameOrId, bool force);
    // `top`: the container's processes as `ps OPTIONS` shows them on the host.
    Result<QList<QStringList>> top(const QString &nameOrId, const QStringList &psOptions);
    // Run by conmon when the container exits; also used to reconcile.
    Status cleanup(const QString &id);
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
    Status writeBundle(const ContainerRecord &record, const ContainerUser &user);
    Result<qint64> launchMonitor(const ContainerRecord &record, const OciRuntime &rt, bool stdinOnce);
    Status recordStarted(ContainerRecord &record, qint64 pid);
    // Records the exit; true when the restart policy asks for a new start.
    Result<bool> cleanupLocked(ContainerRecord &record);
    Status waitForExit(const ContainerRecord &record, int timeoutMs) const;
    QStringList exitCommand(const QString &id) const;
    Result<QStringList> layerDirs(const ContainerRecord &record) const;
    void emitEvent(const ContainerRecord &record, const QString &action, QJsonObject attributes = {}) const;
    void emitNetworkEvent(const ContainerRecord &record, const QString &action) const;
    // containernetwork.cpp: CNI ADD into a new named namespace / CNI DEL.
    Status connectNetwork(ContainerRecord &record);
    QList<PortBinding> publishedPorts(const QString &exceptId);
    Status choosePublishedPorts(const QString &id, QList<PortBinding> &ports);
    void disconnectNetwork(ContainerRecord &record);
    Result<QStringList> containersUsingNetwork(const NetworkConfig &network);

    ImageStore &m_images;
    ContainerStore m_store;
    NetworkStore m_networks;
    QString m_runtimeName;
    RunStepObserver m_runStep;
    WarningObserver m_warn;
    TransferObserver m_pullObserver;
    int m_consoleRows = 0;
    int m_consoleColumns = 0;
    void reportStep(RunStep step, const QString &detail) const
    {
        if (m_runStep)
            m_runStep(step, detail);
    }
};

// The tag "Migrate with settings" gives a container's image: "web:migrated"
// (lowercase, only characters a repository name may have).
QString migrationTag(const QString &containerName);

} // namespace porthole
