// The engine's shared parts: the runtime it drives, locking a container
// for an action, events, the image layers under a container, and the list.
#include "containers/containerengine.h"

#include "base/events.h"
#include "runtime/childprocess.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QStandardPaths>
#include <QThread>

namespace porthole {

ContainerEngine::ContainerEngine(ImageStore &images, const QString &runtimeName)
    : m_images(images), m_store(images.paths()), m_networks(images.paths()), m_volumes(images.paths()), m_runtimeName(runtimeName)
{
}

Result<OciRuntime> ContainerEngine::runtime() const
{
    return OciRuntime::find(m_runtimeName, m_store.runtimeRoot());
}

QStringList ContainerEngine::exitCommand(const QString &id) const
{
    QString cli = qEnvironmentVariable("PORTHOLE_CLI");
    if (cli.isEmpty() && QCoreApplication::instance()) {
        const QString self = QCoreApplication::applicationFilePath();
        cli = QFileInfo(self).fileName() == QLatin1String("porthole") ? self
              : QFileInfo(self).absolutePath() + QStringLiteral("/porthole");
        if (!QFileInfo(cli).isExecutable())
            cli = QFileInfo::exists(QFileInfo(self).absolutePath() + QStringLiteral("/../cli/porthole"))
                      ? QFileInfo(QFileInfo(self).absolutePath() + QStringLiteral("/../cli/porthole")).canonicalFilePath()
                      : QStandardPaths::findExecutable(QStringLiteral("porthole"));
    }
    return {cli, QStringLiteral("--root"), m_images.paths().root, QStringLiteral("--runroot"), m_images.paths().runRoot,
            QStringLiteral("--runtime"), m_runtimeName, QStringLiteral("container"), QStringLiteral("cleanup"), id};
}

Result<ContainerEngine::LockedContainer> ContainerEngine::lockContainer(const QString &nameOrId)
{
    auto found = m_store.find(nameOrId);
    if (!found)
        return std::unexpected(found.error());
    auto held = m_store.lock(found->config.id);
    if (!held)
        return std::unexpected(held.error());
    auto record = m_store.read(found->config.id); // again, now that it cannot change
    if (!record)
        return std::unexpected(record.error());
    if (hasLeftovers(*record))
        (void)releaseLeftoversLocked(*record);
    return LockedContainer{std::move(*held), std::move(*record)};
}

// Locks the container, then asks the state machine whether action may be
// taken from its state (Docker's refusal text when not).
Result<ContainerEngine::LockedContainer> ContainerEngine::lockForAction(const QString &nameOrId, LifecycleAction action)
{
    auto locked = lockContainer(nameOrId);
    if (!locked)
        return locked;
    if (auto ok = checkAction(locked->record.state.state, action, locked->record.config.id); !ok) // Docker names it by its id
        return std::unexpected(ok.error());
    return locked;
}

Status ContainerEngine::waitForExit(const ContainerRecord &record, int timeoutMs) const
{
    const QString exitFile = m_store.exitsDir() + QLatin1Char('/') + record.config.id;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        if (QFileInfo::exists(exitFile) || !processAlive(record.state.pid))
            return {};
        QThread::msleep(20);
    }
    return fail(QStringLiteral("container %1 did not exit within %2 ms").arg(record.config.name).arg(timeoutMs));
}

void ContainerEngine::emitEvent(const ContainerRecord &record, const QString &action, QJsonObject attributes) const
{
    attributes.insert(QLatin1String("name"), record.config.name);
    attributes.insert(QLatin1String("image"), record.config.image);
    (void)appendEvent(m_images.paths().root, Event{QDateTime::currentDateTimeUtc(), QStringLiteral("container"), action,
                                                   record.config.id, attributes});
}

QJsonObject ContainerEngine::inspect(const ContainerRecord &record) const
{
    QJsonObject json = inspectContainer(m_store, m_volumes, record, layerDirs(record).value_or(QStringList()));
    // Before it runs, the networks it will join are named with their ids too (docker-compose reads them).
    QJsonObject settings = json.value(QLatin1String("NetworkSettings")).toObject();
    QJsonObject networks = settings.value(QLatin1String("Networks")).toObject();
    for (const QString &name : networks.keys()) {
        QJsonObject entry = networks.value(name).toObject();
        if (!entry.value(QLatin1String("NetworkID")).toString().isEmpty())
            continue;
        if (auto network = NetworkStore(m_images.paths()).find(name))
            entry.insert(QLatin1String("NetworkID"), network->id);
        networks.insert(name, entry);
    }
    settings.insert(QLatin1String("Networks"), networks);
    json.insert(QLatin1String("NetworkSettings"), settings);
    return json;
}

Result<QStringList> ContainerEngine::layerDirs(const ContainerRecord &record) const
{
    auto image = m_images.image(record.config.imageId);
    if (!image)
        return fail(QStringLiteral("the image %1 of container %2 is missing").arg(record.config.image, record.config.name));
    QStringList lowers;
    for (const QString &diffId : std::as_const(image->config.diffIds)) {
        auto layer = m_images.layer(diffId);
        if (!layer)
            return std::unexpected(layer.error());
        lowers.append(layer->diffPath);
    }
    return lowers;
}

Result<QList<ContainerRecord>> ContainerEngine::list()
{
    m_store.releaseStaleNames();
    auto records = m_store.list();
    if (!records)
        return records;
    bool changed = false;
    for (const ContainerRecord &record : std::as_const(*records)) {
        const bool live = record.state.isLive();
        if (live && !processAlive(record.state.monitorPid) && !processAlive(record.state.pid)) {
            (void)cleanup(record.config.id); // the monitor vanished: the container is gone
            changed = true;
        } else if (hasLeftovers(record)) {
            changed = collectLeftovers(record) || changed; // of a command killed midway
        }
    }
    (void)m_networks.finishRemovals(); // a network rm killed midway left its bridge
    return changed ? m_store.list() : records;
}

} // namespace porthole
