#pragma once
// The POSIX ACLs libarchive read from a tar (SCHILY.acl.access/default), in
// the binary form the kernel takes as the system.posix_acl_access and
// system.posix_acl_default extended attributes (what libacl would build).
#include <QByteArray>
#include <QList>
#include <QPair>

struct archive_entry;

namespace porthole {

// Name and value of each attribute the entry's ACLs make; none without ACLs.
QList<QPair<QByteArray, QByteArray>> posixAclXattrs(struct archive_entry *entry);

} // namespace porthole
