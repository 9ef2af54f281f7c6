#pragma once
// A container as Docker shows it: `inspect`'s JSON and the STATUS and PORTS
// columns of `ps`.
#include "containers/containerstore.h"
#include "volumes/volumestore.h"

#include <QDateTime>
#include <QJsonObject>

namespace porthole {

// Docker's STATUS column: "Created", "Up 5 minutes", "Up 3 seconds (Paused)",
// "Exited (0) 2 minutes ago".
QString dockerStatus(const ContainerRecord &record, const QDateTime &now);

// Docker's PORTS column: "127.0.0.1:8080->80/tcp, 0.0.0.0:53->53/udp".
QString publishedPortsText(const ContainerRecord &record);

// Docker's NetworkSettings and HostConfig.PortBindings.
QJsonObject networkSettingsJson(const ContainerRecord &record);
QJsonObject portBindingsJson(const QList<PortBinding> &ports);

// `inspect` of a container, shaped like Docker's; layerDirs lowest first.
QJsonObject inspectContainer(const ContainerStore &store, const VolumeStore &volumes, const ContainerRecord &record, const QStringList &layerDirs);

} // namespace porthole
