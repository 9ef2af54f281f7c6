#pragma once
// A container's root filesystem: overlayfs with the image's layer
// directories as read-only lowers and the container's own writable upper
// layer, plus the /etc files generated for it.
#include "base/error.h"

#include <QStringList>

namespace porthole {

// lowerDirs: bottom layer first (the image's order); mounted at mergedDir.
Status mountOverlay(const QStringList &lowerDirs, const QString &upperDir, const QString &workDir,
                    const QString &mergedDir);
// Succeeds when nothing is mounted there.
Status unmountOverlay(const QString &mergedDir);

// /etc/hostname, /etc/hosts and /etc/resolv.conf for the container, written
// into dir (bind-mounted into the container).
struct EtcFilesInput {
    QString hostname;
    QString name;
    QString address;   // the container's IP on its network ("" for none)
    bool hostNetwork = false; // --network host: the host's hosts and resolv.conf
};
// /etc/hosts of a container: localhost lines, then its address (127.0.1.1
// without a network) with its hostname and name.
QByteArray containerHosts(const QString &hostname, const QString &name, const QString &address);
Status writeEtcFiles(const QString &dir, const EtcFilesInput &input);

// The host's resolv.conf without loopback name servers (useless inside a
// container's network namespace), as Docker does.
QString containerResolvConf(const QString &hostResolvConf);

} // namespace porthole
