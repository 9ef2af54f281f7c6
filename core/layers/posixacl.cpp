#include "layers/posixacl.h"

#include <QtEndian>
#include <algorithm>
#include <archive.h>
#include <archive_entry.h>

namespace porthole {
namespace {

// linux/posix_acl_xattr.h
constexpr quint32 kXattrVersion = 2;
constexpr quint32 kUndefinedId = 0xffffffffu;

struct KernelEntry {
    quint16 tag;
    quint16 perm;
    quint32 id;
};

// libarchive's tag to the kernel's (ACL_USER_OBJ 1 ... ACL_OTHER 0x20); 0: none.
quint16 kernelTag(int tag)
{
    switch (tag) {
    case ARCHIVE_ENTRY_ACL_USER_OBJ: return 0x01;
    case ARCHIVE_ENTRY_ACL_USER: return 0x02;
    case ARCHIVE_ENTRY_ACL_GROUP_OBJ: return 0x04;
    case ARCHIVE_ENTRY_ACL_GROUP: return 0x08;
    case ARCHIVE_ENTRY_ACL_MASK: return 0x10;
    case ARCHIVE_ENTRY_ACL_OTHER: return 0x20;
    default: return 0;
    }
}

QByteArray encode(struct archive_entry *entry, int type)
{
    if (archive_entry_acl_reset(entry, type) == 0)
        return {};
    QList<KernelEntry> entries;
    int entryType = 0, permset = 0, tag = 0, id = 0;
    const char *name = nullptr;
    while (archive_entry_acl_next(entry, type, &entryType, &permset, &tag, &id, &name) == ARCHIVE_OK) {
        const quint16 kernel = kernelTag(tag);
        if (kernel == 0)
            continue;
        const bool named = kernel == 0x02 || kernel == 0x08;
        entries.append({kernel, quint16(permset & 07), named ? quint32(id) : kUndefinedId});
    }
    if (entries.isEmpty())
        return {};
    std::sort(entries.begin(), entries.end(), [](const KernelEntry &a, const KernelEntry &b) {
        return a.tag != b.tag ? a.tag < b.tag : a.id < b.id;
    });
    QByteArray value(4 + 8 * entries.size(), '\0');
    char *out = value.data();
    qToLittleEndian<quint32>(kXattrVersion, out);
    for (qsizetype i = 0; i < entries.size(); ++i) {
        char *at = out + 4 + 8 * i;
        qToLittleEndian<quint16>(entries.at(i).tag, at);
        qToLittleEndian<quint16>(entries.at(i).perm, at + 2);
        qToLittleEndian<quint32>(entries.at(i).id, at + 4);
    }
    return value;
}

} // namespace

QList<QPair<QByteArray, QByteArray>> posixAclXattrs(struct archive_entry *entry)
{
    QList<QPair<QByteArray, QByteArray>> attributes;
    if (const QByteArray access = encode(entry, ARCHIVE_ENTRY_ACL_TYPE_ACCESS); !access.isEmpty())
        attributes.append({"system.posix_acl_access", access});
    if (const QByteArray defaults = encode(entry, ARCHIVE_ENTRY_ACL_TYPE_DEFAULT); !defaults.isEmpty())
        attributes.append({"system.posix_acl_default", defaults});
    return attributes;
}

} // namespace porthole
