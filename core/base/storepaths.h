#pragma once
// Where the store and the runtime state live: /var/lib/porthole and
// /run/porthole for root; for a normal user (rootless) the store is
// $XDG_DATA_HOME/porthole (~/.local/share/porthole) and the runtime state
// $XDG_RUNTIME_DIR/porthole, else /tmp/porthole-UID (0700, the user's own).
// --root/--runroot or PORTHOLE_ROOT/PORTHOLE_RUNROOT override them.
//
// Inside the user's namespace (see runtime/usernamespace.h) the process
// reads as uid 0: who it is on the host comes from /proc/self/uid_map.
#include "base/error.h"

#include <QString>

namespace porthole {

// The host's uid of this process: the one that uid 0 of our user namespace
// maps to (our own uid when it is not mapped, or in the initial namespace).
uint hostUid();
// The host uid read from uid_map text (pure; fallback when 0 is not mapped).
uint hostUidFromMap(const QByteArray &uidMap, uint fallback);
// True for a normal user, in or out of its user namespace.
bool runningRootless();

struct StorePaths {
    QString root;    // persistent store: images, layers, containers
    QString runRoot; // runtime state: sockets, pids

    // Resolves the locations: explicit values win, then the environment, then
    // the defaults (per-user XDG directories when rootless).
    static StorePaths resolve(const QString &rootOption = {}, const QString &runRootOption = {});

    // A rootless user's default runtime directory ($XDG_RUNTIME_DIR/porthole
    // or /tmp/porthole-UID); the user namespace's pause process lives there
    // whatever --runroot says.
    static QString userRunRoot();
    // Makes a runtime directory 0700 and checks that it is a directory of
    // this user's, not a link and not open to others (/tmp is shared).
    static Status ensurePrivateDirectory(const QString &path);

    QString layersDir() const { return root + QStringLiteral("/layers"); }
    QString imagesDir() const { return root + QStringLiteral("/images"); }
    QString tmpDir() const { return root + QStringLiteral("/tmp"); }
    QString indexFile() const { return root + QStringLiteral("/repositories.json"); }
    QString lockFile() const { return root + QStringLiteral("/store.lock"); }
    QString gcMarker() const { return root + QStringLiteral("/gc-needed"); }
};

} // namespace porthole
