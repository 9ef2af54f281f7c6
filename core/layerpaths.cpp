#include "layerpaths.h"

#include <QList>

namespace porthole {

Result<QByteArray> LayerPathGuard::normalize(const QByteArray &name)
{
    if (name.isEmpty())
        return fail(QStringLiteral("tar entry with an empty name"));
    if (name.startsWith('/'))
        return fail(QStringLiteral("tar entry %1 has an absolute name").arg(QString::fromLocal8Bit(name)));
    if (name.contains('\0'))
        return fail(QStringLiteral("tar entry name contains a NUL byte"));
    QList<QByteArray> kept;
    for (const QByteArray &part : name.split('/')) {
        if (part.isEmpty() || part == ".")
            continue;
        if (part == "..")
            return fail(QStringLiteral("tar entry %1 escapes the layer with \"..\"").arg(QString::fromLocal8Bit(name)));
        kept.append(part);
    }
    return kept.join('/');
}

Status LayerPathGuard::checkParents(const QByteArray &path) const
{
    qsizetype slash = path.indexOf('/');
    while (slash >= 0) {
        const QByteArray parent = path.left(slash);
        if (m_symlinks.contains(parent))
            return fail(QStringLiteral("tar entry %1 would be written through the symbolic link %2")
                            .arg(QString::fromLocal8Bit(path), QString::fromLocal8Bit(parent)));
        if (m_entries.contains(parent) && !m_directories.contains(parent))
            return fail(QStringLiteral("tar entry %1 is inside %2, which is not a directory")
                            .arg(QString::fromLocal8Bit(path), QString::fromLocal8Bit(parent)));
        slash = path.indexOf('/', slash + 1);
    }
    return {};
}

Status LayerPathGuard::claim(const QByteArray &path, bool isSymlink, bool isDirectory)
{
    if (auto ok = checkParents(path); !ok)
        return ok;
    if (path.isEmpty()) {
        if (!isDirectory)
            return fail(QStringLiteral("tar entry for the layer root is not a directory"));
        if (m_entries.contains(path))
            return fail(QStringLiteral("duplicate tar entry for the layer root"));
        m_entries.insert(path);
        return {};
    }
    if (m_entries.contains(path))
        return fail(QStringLiteral("duplicate tar entry %1").arg(QString::fromLocal8Bit(path)));
    m_entries.insert(path);
    if (isSymlink)
        m_symlinks.insert(path);
    if (isDirectory)
        m_directories.insert(path);
    return {};
}

Status LayerPathGuard::checkHardLinkTarget(const QByteArray &target) const
{
    if (auto ok = checkParents(target); !ok)
        return ok;
    if (!m_entries.contains(target) || target.isEmpty())
        return fail(QStringLiteral("hard link to %1, which is not an earlier entry of the layer").arg(QString::fromLocal8Bit(target)));
    if (m_directories.contains(target))
        return fail(QStringLiteral("hard link to the directory %1").arg(QString::fromLocal8Bit(target)));
    return {};
}

} // namespace porthole
