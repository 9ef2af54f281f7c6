// Rootless networking: the networks' bridges are in the user's network
// namespace (network/rootlessnetns.h), where connectNetwork runs the same
// CNI plugins as root's. Before they run for a container, the namespace is
// made if it is not up (with its slirp4netns) and the container's ports are
// published as slirp4netns host forwards into it; after the plugins have
// gone, the forwards are withdrawn, and the last container out ends the
// namespace. The record is saved as connected before the namespace is
// made, so a container leaving meanwhile sees it and leaves the namespace up.
#include "containers/containerengine.h"

#include "base/filelock.h"
#include "network/rootlessnetns.h"

namespace porthole {

Status ContainerEngine::connectUserModeNetwork(ContainerRecord &record)
{
    auto lock = FileLock::acquire(rootlessNetnsLockPath());
    if (!lock)
        return std::unexpected(lock.error());
    auto netns = ensureRootlessNetns();
    if (!netns)
        return std::unexpected(netns.error());
    return publishRootlessPorts(*netns, record.state.network.ports);
}

void ContainerEngine::disconnectUserModeNetwork(ContainerRecord &record)
{
    auto lock = FileLock::acquire(rootlessNetnsLockPath());
    unpublishRootlessPorts(record.state.network.ports);
    for (const ContainerRecord &other : m_store.list().value_or(QList<ContainerRecord>()))
        if (other.config.id != record.config.id && other.state.network.isConnected())
            return;
    removeRootlessNetns(); // the last one out: slirp4netns stopped, the namespace unbound
}

} // namespace porthole
