#include "containers/containeruser.h"

#include "base/fsutil.h"

#include <QByteArrayList>

namespace porthole {
namespace {

// "name:x:uid:gid:..." lines whose first field or (numeric) id matches.
std::optional<QByteArrayList> findEntry(const QByteArray &file, const QString &nameOrId, int minFields)
{
    bool numeric = false;
    nameOrId.toUInt(&numeric);
    for (const QByteArray &line : file.split('\n')) {
        const QByteArrayList fields = line.split(':');
        if (fields.size() < minFields)
            continue;
        if (QString::fromUtf8(fields.at(0)) == nameOrId || (numeric && fields.at(2) == nameOrId.toUtf8()))
            return fields;
    }
    return std::nullopt;
}

// Groups of /etc/group that list name among their members.
QList<uint> supplementaryGroups(const QByteArray &group, const QByteArray &name, uint primary)
{
    QList<uint> gids;
    for (const QByteArray &line : group.split('\n')) {
        const QByteArrayList fields = line.split(':');
        if (fields.size() < 4 || !fields.at(3).trimmed().split(',').contains(name))
            continue;
        const uint gid = fields.at(2).toUInt();
        if (gid != primary && !gids.contains(gid))
            gids.append(gid);
    }
    return gids;
}

} // namespace

Result<ContainerUser> resolveUser(const QString &user, const QByteArray &passwd, const QByteArray &group)
{
    ContainerUser resolved;
    if (user.isEmpty())
        return resolved;
    const QString name = user.section(QLatin1Char(':'), 0, 0);
    const QString groupName = user.section(QLatin1Char(':'), 1, 1);
    bool numeric = false;
    resolved.uid = name.toUInt(&numeric);
    const auto entry = findEntry(passwd, name, 4);
    if (!entry && !numeric)
        return fail(QStringLiteral("unable to find user %1: no matching entries in passwd file").arg(name));
    if (entry) {
        resolved.uid = entry->at(2).toUInt();
        resolved.gid = entry->at(3).toUInt();
        resolved.additionalGids = supplementaryGroups(group, entry->at(0), resolved.gid);
    }
    if (!groupName.isEmpty()) {
        bool numericGroup = false;
        resolved.gid = groupName.toUInt(&numericGroup);
        const auto groupEntry = findEntry(group, groupName, 3);
        if (!groupEntry && !numericGroup)
            return fail(QStringLiteral("unable to find group %1: no matching entries in group file").arg(groupName));
        if (groupEntry)
            resolved.gid = groupEntry->at(2).toUInt();
    }
    return resolved;
}

Result<ContainerUser> resolveUser(const QString &user, const QString &rootfs)
{
    return resolveUser(user, readWholeFile(rootfs + QStringLiteral("/etc/passwd")).value_or(QByteArray()),
                       readWholeFile(rootfs + QStringLiteral("/etc/group")).value_or(QByteArray()));
}

QList<uint> processGroups(const ContainerUser &user)
{
    QList<uint> groups{user.gid};
    for (uint gid : user.additionalGids)
        if (!groups.contains(gid))
            groups.append(gid);
    return groups;
}

} // namespace porthole
