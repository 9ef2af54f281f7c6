#pragma once
// The user a container's process runs as, resolved as Docker does from
// -u "user[:group]": names and numbers, looked up in the container's own
// /etc/passwd and /etc/group, with the user's supplementary groups.
#include "base/error.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace porthole {

struct ContainerUser {
    uint uid = 0;
    uint gid = 0;
    QList<uint> additionalGids; // groups listing the user as a member
};

// Pure: from the contents of passwd and group (empty when absent).
Result<ContainerUser> resolveUser(const QString &user, const QByteArray &passwd, const QByteArray &group);
// From the files under the container's root file system.
Result<ContainerUser> resolveUser(const QString &user, const QString &rootfs);
// The groups the process gets: its primary group, then the supplementary
// ones, as Docker's process has (`id` prints groups=GID even for a uid
// that has no passwd entry).
QList<uint> processGroups(const ContainerUser &user);

} // namespace porthole
