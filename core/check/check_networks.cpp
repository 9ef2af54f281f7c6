// system check: the networks' address allocations (host-local's files,
// one per address, naming the container) against the containers that run
// on them, both ways.
#include "check/storecheck.h"

#include "base/fsutil.h"
#include "network/ipv4.h"

#include <QDir>
#include <QFileInfo>

namespace porthole {
namespace {

// host-local's file: the container's id, then "\r\n" and the interface.
QString holderOf(const QString &allocationFile)
{
    auto bytes = readWholeFile(allocationFile, 4096);
    return bytes ? QString::fromLatin1(bytes->split('\n').value(0).trimmed()) : QString();
}

} // namespace

void StoreChecker::checkNetworks()
{
    const QList<NetworkConfig> removing = m_containers.networks().pendingRemovals();
    for (const NetworkConfig &network : removing) {
        CheckFinding finding{QStringLiteral("network %1").arg(network.name),
                             network.bridge.isEmpty() ? QStringLiteral("its removal was interrupted")
                                                      : QStringLiteral("its removal was interrupted (bridge %1 may be left)").arg(network.bridge)};
        m_options.repair ? repaired(finding, m_containers.networks().finishRemovals(), QStringLiteral("removal finished")) : report(finding);
    }
    auto networks = m_containers.networks().list();
    if (!networks) {
        report({QStringLiteral("networks"), networks.error().message});
        return;
    }
    QSet<QString> names;
    for (const NetworkConfig &network : std::as_const(*networks))
        names.insert(network.name);
    const QDir ipam(m_containers.networks().ipamDataDir());
    for (const QString &name : ipam.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (names.contains(name)) {
            checkAllocations(name, ipam.filePath(name));
            continue;
        }
        CheckFinding finding{QStringLiteral("network %1").arg(name), QStringLiteral("address allocations left of a network that no longer exists")};
        m_options.repair ? repaired(finding, removeTree(ipam.filePath(name)), QStringLiteral("removed")) : report(finding);
    }
    checkAddressesHeld();
}

// Each allocated address must be the one a running container on this
// network was given; any other is leaked and would never be handed out again.
void StoreChecker::checkAllocations(const QString &network, const QString &dir)
{
    for (const QString &address : QDir(dir).entryList(QDir::Files)) {
        if (!parseIpv4(address))
            continue; // host-local's lock and last_reserved_ip
        const QString holder = holderOf(dir + QLatin1Char('/') + address);
        const ContainerRecord *owner = nullptr;
        for (const ContainerRecord &record : std::as_const(m_records))
            if (record.config.id == holder)
                owner = &record;
        QString problem;
        if (!owner)
            problem = QStringLiteral("allocated to container %1, which does not exist").arg(holder.left(12));
        else if (owner->state.state != ContainerState::Running && owner->state.state != ContainerState::Paused && !owner->state.network.isConnected())
            problem = QStringLiteral("allocated to container %1, which is %2").arg(owner->config.name, stateName(owner->state.state));
        else if (const NetworkAttachment *there = owner->state.network.on(network);
                 !there || (!there->address.isEmpty() && there->address != address))
            problem = QStringLiteral("allocated to container %1, which uses %2").arg(owner->config.name, there ? there->address : QString());
        if (problem.isEmpty())
            continue;
        CheckFinding finding{QStringLiteral("network %1 address %2").arg(network, address), problem};
        m_options.repair ? repaired(finding, removeTree(dir + QLatin1Char('/') + address), QStringLiteral("released")) : report(finding);
    }
}

// A running container's address must be allocated to it, or the next
// container on the network could be given the same one.
void StoreChecker::checkAddressesHeld()
{
    const QString ipam = m_containers.networks().ipamDataDir();
    for (const ContainerRecord &record : std::as_const(m_records)) {
        const bool live = record.state.state == ContainerState::Running || record.state.state == ContainerState::Paused;
        if (!live || !record.state.network.isConnected())
            continue;
        for (const NetworkAttachment &net : record.state.network.attachments()) {
            if (net.address.isEmpty())
                continue;
            const QString file = ipam + QLatin1Char('/') + net.network + QLatin1Char('/') + net.address;
            if (holderOf(file) == record.config.id)
                continue;
            CheckFinding finding{QStringLiteral("container %1 (%2)").arg(record.config.name, record.shortId()),
                                 QStringLiteral("its address %1 on network %2 is not allocated to it").arg(net.address, net.network)};
            if (!m_options.repair) {
                report(finding);
            } else if (QFileInfo::exists(file)) {
                finding.repair = QStringLiteral("another container holds it: stop one of them");
                report(finding);
            } else {
                repaired(finding, writeFileAtomically(file, record.config.id.toLatin1() + "\r\n" + net.ifName.toLatin1()), QStringLiteral("allocated"));
            }
        }
    }
}

} // namespace porthole
