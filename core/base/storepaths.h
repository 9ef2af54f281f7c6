#pragma once
// Where the store and the runtime state live: /var/lib/porthole and
// /run/porthole for root, overridden by --root/--runroot or PORTHOLE_ROOT /
// PORTHOLE_RUNROOT.
#include <QString>

namespace porthole {

struct StorePaths {
    QString root;    // persistent store: images, layers, containers
    QString runRoot; // runtime state: sockets, pids

    // Resolves the locations: explicit values win, then the environment, then
    // the defaults (per-user XDG directories when not root).
    static StorePaths resolve(const QString &rootOption = {}, const QString &runRootOption = {});

    QString layersDir() const { return root + QStringLiteral("/layers"); }
    QString imagesDir() const { return root + QStringLiteral("/images"); }
    QString tmpDir() const { return root + QStringLiteral("/tmp"); }
    QString indexFile() const { return root + QStringLiteral("/repositories.json"); }
    QString lockFile() const { return root + QStringLiteral("/store.lock"); }
    QString gcMarker() const { return root + QStringLiteral("/gc-needed"); }
};

} // namespace porthole
