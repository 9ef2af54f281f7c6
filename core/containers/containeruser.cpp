#include "containers/containeruser.h"

#include "base/fsutil.h"

#include <QByteArrayList>

namespace porthole {

Result<QPair<uint, uint>> resolveUser(const QString &user, const QString &rootfs)
{
    if (user.isEmpty())
        return QPair<uint, uint>{0, 0};
    const QString name = user.section(QLatin1Char(':'), 0, 0);
    const QString group = user.section(QLatin1Char(':'), 1, 1);
    bool numeric = false;
    uint uid = name.toUInt(&numeric);
    uint gid = 0;
    if (!numeric) {
        auto passwd = readWholeFile(rootfs + QStringLiteral("/etc/passwd"));
        bool found = false;
        for (const QByteArray &line : passwd ? passwd->split('\n') : QList<QByteArray>()) {
            const QList<QByteArray> fields = line.split(':');
            if (fields.size() >= 4 && QString::fromUtf8(fields.at(0)) == name) {
                uid = fields.at(2).toUInt();
                gid = fields.at(3).toUInt();
                found = true;
            }
        }
        if (!found)
            return fail(QStringLiteral("unable to find user %1: no matching entries in passwd file").arg(name));
    }
    if (!group.isEmpty()) {
        bool ok = false;
        gid = group.toUInt(&ok);
        if (!ok)
            return fail(QStringLiteral("unable to find group %1: only numeric groups are supported").arg(group));
    }
    return QPair<uint, uint>{uid, gid};
}

} // namespace porthole
