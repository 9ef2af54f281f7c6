#pragma once
// Containers on disk: containers/<id>/{config.json, state.json, diff/,
// work/, merged/, hostname, hosts, resolv.conf, ctr.log}; names reserved
// atomically as symlinks container-names/<name> -> <id>.
#include "containers/containerrecord.h"
#include "base/error.h"
#include "base/filelock.h"
#include "base/storepaths.h"

namespace porthole {

class ContainerStore {
public:
    explicit ContainerStore(StorePaths paths) : m_paths(std::move(paths)) {}

    QString containersDir() const { return m_paths.root + QStringLiteral("/containers"); }
    QString dir(const QString &id) const { return containersDir() + QLatin1Char('/') + id; }
    // The container's writable layer (overlayfs upper), overlayfs work
    // directory, merged root (the mount point) and log.
    QString writableLayerDir(const QString &id) const { return dir(id) + QStringLiteral("/diff"); }
    QString overlayWorkDir(const QString &id) const { return dir(id) + QStringLiteral("/work"); }
    QString rootfsDir(const QString &id) const { return dir(id) + QStringLiteral("/merged"); }
    QString logPath(const QString &id) const { return dir(id) + QStringLiteral("/ctr.log"); }
    QString namesDir() const { return m_paths.root + QStringLiteral("/container-names"); }
    QString bundleDir(const QString &id) const { return m_paths.runRoot + QStringLiteral("/bundles/") + id; }
    QString exitsDir() const { return m_paths.runRoot + QStringLiteral("/exits"); }
    QString runtimeRoot() const { return m_paths.runRoot + QStringLiteral("/runc"); }
    QString socketsDir() const { return m_paths.runRoot + QStringLiteral("/sockets"); }
    QString locksDir() const { return m_paths.runRoot + QStringLiteral("/locks"); }

    // Reserves the name and writes the record; fails with Docker's conflict text.
    Status create(const ContainerRecord &record);
    Result<QList<ContainerRecord>> list() const;
    // By name, full id or unique id prefix; "No such container: X" otherwise.
    Result<ContainerRecord> find(const QString &nameOrId) const;
    // Names left reserved for containers that do not exist (a create or rm
    // killed midway) are released when no command works on them.
    void releaseStaleNames() const;
    Result<ContainerRecord> read(const QString &id) const;
    Status saveState(const QString &id, const ContainerRuntimeState &state);
    Status remove(const ContainerRecord &record);
    // Serialises lifecycle work on one container across processes.
    Result<FileLock> lock(const QString &id, FileLock::Mode mode = FileLock::Mode::Wait) const;

private:
    // Unlinks a name whose container does not exist and whose lock is free
    // (a create or rm killed midway); true when it did.
    bool releaseStaleName(const QString &name) const;
    StorePaths m_paths;
};

} // namespace porthole
