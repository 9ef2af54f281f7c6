#pragma once
// Named network namespaces through iproute2 (`ip netns add/delete`), so
// they show in `ip netns list` and can be entered with `ip netns exec`.
// Rootless, they are files in the user's runtime directory instead
// (usermodenet.h), entered with nsenter --net=PATH.
#include "base/error.h"

#include <QString>

namespace porthole {

// "porthole-<short id>"
QString networkNamespaceName(const QString &containerId);
QString networkNamespacePath(const QString &name); // /run/netns/NAME (rootless: $XDG_RUNTIME_DIR/porthole/netns/NAME)
Status createNetworkNamespace(const QString &name);
// Not an error when it is already gone.
Status deleteNetworkNamespace(const QString &name);
// `ip link delete DEVICE` (a network's bridge); fine when it is gone.
Status deleteLinkDevice(const QString &device);

} // namespace porthole
