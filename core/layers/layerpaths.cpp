#include "layers/layerpaths.h"

namespace porthole {

Result<QByteArray> LayerPathGuard::normalize(const QByteArray &name)
{
    if (name.isEmpty())
        return fail(QStringLiteral("tar entry with an empty name"));
    if (name.startsWith('/'))
        return fail(QStringLiteral("tar entry %1 has an absolute name").arg(QString::fromLocal8Bit(name)));
    if (name.contains('\0'))
        return fail(QStringLiteral("tar entry name contains a NUL byte"));
    QByteArray normal;
    normal.reserve(name.size());
    qsizetype start = 0;
    while (start <= name.size()) {
        qsizetype end = name.indexOf('/', start);
        if (end < 0)
            end = name.size();
        const QByteArrayView part(name.constData() + start, end - start);
        if (part == "..")
            return fail(QStringLiteral("tar entry %1 escapes the layer with \"..\"").arg(QString::fromLocal8Bit(name)));
        if (!part.isEmpty() && part != ".") {
            if (!normal.isEmpty())
                normal += '/';
            normal += part;
        }
        start = end + 1;
    }
    return normal;
}

Status LayerPathGuard::checkParents(const QByteArray &path)
{
    const qsizetype lastSlash = path.lastIndexOf('/');
    const QByteArrayView parentOfPath(path.constData(), lastSlash < 0 ? 0 : lastSlash);
    if (lastSlash < 0 || parentOfPath == m_verifiedParent)
        return {};
    qsizetype slash = path.indexOf('/');
    while (slash >= 0) {
        const QByteArray parent = path.left(slash);
        const auto found = m_entries.constFind(parent);
        if (found != m_entries.cend() && *found == Kind::Symlink)
            return fail(QStringLiteral("tar entry %1 would be written through the symbolic link %2")
                            .arg(QString::fromLocal8Bit(path), QString::fromLocal8Bit(parent)));
        if (found != m_entries.cend() && *found == Kind::Other)
            return fail(QStringLiteral("tar entry %1 is inside %2, which is not a directory")
                            .arg(QString::fromLocal8Bit(path), QString::fromLocal8Bit(parent)));
        slash = path.indexOf('/', slash + 1);
    }
    m_verifiedParent = parentOfPath.toByteArray();
    return {};
}

Status LayerPathGuard::claim(const QByteArray &path, bool isSymlink, bool isDirectory)
{
    if (auto ok = checkParents(path); !ok)
        return ok;
    if (path.isEmpty() && !isDirectory)
        return fail(QStringLiteral("tar entry for the layer root is not a directory"));
    const Kind kind = isDirectory ? Kind::Directory : isSymlink ? Kind::Symlink : Kind::Other;
    if (m_entries.contains(path))
        return path.isEmpty() ? fail(QStringLiteral("duplicate tar entry for the layer root"))
                              : fail(QStringLiteral("duplicate tar entry %1").arg(QString::fromLocal8Bit(path)));
    m_entries.insert(path, kind);
    const bool coversVerified = m_verifiedParent.startsWith(path)
                                && (m_verifiedParent.size() == path.size() || m_verifiedParent.at(path.size()) == '/');
    if (kind != Kind::Directory && coversVerified)
        m_verifiedParent.clear();
    return {};
}

Status LayerPathGuard::checkHardLinkTarget(const QByteArray &target)
{
    if (auto ok = checkParents(target); !ok)
        return ok;
    const auto found = m_entries.constFind(target);
    if (found == m_entries.cend() || target.isEmpty())
        return fail(QStringLiteral("hard link to %1, which is not an earlier entry of the layer").arg(QString::fromLocal8Bit(target)));
    if (*found == Kind::Directory)
        return fail(QStringLiteral("hard link to the directory %1").arg(QString::fromLocal8Bit(target)));
    return {};
}

} // namespace porthole
