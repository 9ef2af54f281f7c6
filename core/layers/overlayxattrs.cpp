#include "layers/overlayxattrs.h"

#include "base/storepaths.h"

#include <QByteArray>
#include <QList>
#include <archive.h>
#include <archive_entry.h>

namespace porthole {

void dropOverlayXattrs(struct archive_entry *entry)
{
    const char *name = nullptr;
    const void *value = nullptr;
    size_t size = 0;
    struct Xattr {
        QByteArray name;
        QByteArray value;
    };
    QList<Xattr> kept;
    bool dropped = false;
    archive_entry_xattr_reset(entry);
    while (archive_entry_xattr_next(entry, &name, &value, &size) == ARCHIVE_OK) {
        const QByteArray key(name);
        if (key.startsWith("trusted.overlay.") || key.startsWith("user.overlay."))
            dropped = true;
        else
            kept.append({QByteArray(name), QByteArray(static_cast<const char *>(value), qsizetype(size))});
    }
    if (!dropped)
        return;
    archive_entry_xattr_clear(entry);
    for (const auto &x : kept)
        archive_entry_xattr_add_entry(entry, x.name.constData(), x.value.constData(), size_t(x.value.size()));
}

const char *overlayOpaqueXattr()
{
    return runningRootless() ? "user.overlay.opaque" : "trusted.overlay.opaque";
}

} // namespace porthole
