#pragma once
// The user a container's process runs as: "uid[:gid]" as numbers, or a
// name looked up in the container's own /etc/passwd.
#include "base/error.h"

#include <QPair>
#include <QString>

namespace porthole {

Result<QPair<uint, uint>> resolveUser(const QString &user, const QString &rootfs);

} // namespace porthole
