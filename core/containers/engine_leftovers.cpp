// What a kill during start, exit or commit can leave of a container: a
// stopped one still holding its runtime state (a runc container made but
// never started), its network (namespace and address) or its root mount;
// a running one still frozen by a commit. Released under the container's
// lock by the next command that locks it, by ps when the lock is free, and
// by system check --repair.
#include "containers/containerengine.h"

#include "layers/rootfs.h"

#include <QFileInfo>
#include <sys/stat.h>

namespace porthole {
namespace {

// A mount point has another device than the directory holding it.
bool isMounted(const QString &path, const QString &parent)
{
    struct stat inner, outer;
    return ::stat(QFile::encodeName(path).constData(), &inner) == 0 && ::stat(QFile::encodeName(parent).constData(), &outer) == 0
           && inner.st_dev != outer.st_dev;
}

} // namespace

bool ContainerEngine::hasLeftovers(const ContainerRecord &record) const
{
    const QString &id = record.config.id;
    if (record.state.isLive())
        return QFileInfo::exists(pausedForCommitMarker(id));
    return record.state.network.isConnected() || QFileInfo::exists(m_store.runtimeRoot() + QLatin1Char('/') + id)
           || isMounted(m_store.rootfsDir(id), m_store.dir(id));
}

Status ContainerEngine::releaseLeftoversLocked(ContainerRecord &record)
{
    const QString &id = record.config.id;
    if (record.state.isLive()) {
        if (!QFileInfo::exists(pausedForCommitMarker(id)))
            return {};
        auto rt = runtime();
        if (!rt)
            return std::unexpected(rt.error());
        if (record.state.state == ContainerState::Running)
            (void)rt->resume(id); // commit was killed while it had paused it
        QFile::remove(pausedForCommitMarker(id));
        return {};
    }
    if (QFileInfo::exists(m_store.runtimeRoot() + QLatin1Char('/') + id)) {
        auto rt = runtime();
        if (!rt)
            return std::unexpected(rt.error());
        if (auto ok = rt->remove(id); !ok)
            return ok;
    }
    disconnectNetwork(record);
    if (record.state.network.isConnected())
        return fail(QStringLiteral("cannot disconnect container %1 from its network").arg(record.config.name));
    if (auto ok = unmountOverlay(m_store.rootfsDir(id)); !ok)
        return ok;
    unmountVolumes(record);
    return {};
}

// Only when no command holds the container: one that does may be starting it.
bool ContainerEngine::collectLeftovers(const ContainerRecord &record)
{
    auto held = m_store.lock(record.config.id, FileLock::Mode::TryOnly);
    if (!held)
        return false;
    auto current = m_store.read(record.config.id);
    if (!current || !hasLeftovers(*current))
        return false;
    return bool(releaseLeftoversLocked(*current));
}

Status ContainerEngine::releaseLeftovers(const QString &nameOrId)
{
    auto locked = lockContainer(nameOrId); // releases what it finds
    if (!locked)
        return std::unexpected(locked.error());
    if (hasLeftovers(locked->record))
        return fail(QStringLiteral("cannot release what container %1 still holds").arg(locked->record.config.name));
    return {};
}

} // namespace porthole
