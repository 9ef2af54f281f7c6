#include "layers/layerbrowse.h"

#include "layers/overlayxattrs.h"

#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QSet>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/xattr.h>
#include <unistd.h>

namespace porthole {
namespace {

bool isOpaqueDirectory(const QString &path)
{
    char value[4] = {};
    const ssize_t n = ::lgetxattr(QFile::encodeName(path).constData(), overlayOpaqueXattr(), value, sizeof value);
    return n == 1 && value[0] == 'y';
}

LayerFile describe(const QString &absolute, const QString &relative, int layer, const struct stat &info)
{
    LayerFile file;
    file.path = relative;
    file.layer = layer;
    if (S_ISCHR(info.st_mode) && info.st_rdev == makedev(0, 0))
        file.kind = 'w';
    else if (S_ISDIR(info.st_mode))
        file.kind = 'd';
    else if (S_ISLNK(info.st_mode)) {
        file.kind = 'l';
        char target[4096];
        const ssize_t n = ::readlink(QFile::encodeName(absolute).constData(), target, sizeof target - 1);
        file.linkTarget = n >= 0 ? QString::fromLocal8Bit(target, n) : QString();
    } else if (S_ISREG(info.st_mode)) {
        file.kind = 'f';
        file.size = info.st_size;
    } else
        file.kind = 'o';
    return file;
}

// Calls visit(absolute, relative, stat) for every entry under dir, parents first.
template <typename Visit>
Status walk(const QString &dir, int &budget, Visit visit)
{
    QDirIterator it(dir, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString absolute = it.next();
        struct stat info;
        if (::lstat(QFile::encodeName(absolute).constData(), &info) < 0)
            continue;
        if (--budget < 0)
            return fail(QStringLiteral("too many files to list"));
        visit(absolute, absolute.mid(dir.size()), info);
    }
    return {};
}

bool hiddenByAncestor(const QString &path, const QSet<QString> &hidden)
{
    for (qsizetype slash = path.lastIndexOf(QLatin1Char('/')); slash > 0; slash = path.lastIndexOf(QLatin1Char('/'), slash - 1))
        if (hidden.contains(path.left(slash)))
            return true;
    return false;
}

} // namespace

Result<QList<LayerFile>> singleLayerFiles(const QString &layerDir, int maxEntries)
{
    QList<LayerFile> files;
    int budget = maxEntries;
    auto walked = walk(layerDir, budget, [&](const QString &absolute, const QString &relative, const struct stat &info) {
        files.append(describe(absolute, relative, 0, info));
    });
    if (!walked)
        return std::unexpected(walked.error());
    std::sort(files.begin(), files.end(), [](const LayerFile &a, const LayerFile &b) { return a.path < b.path; });
    return files;
}

Result<QList<LayerFile>> mergedLayerFiles(const QStringList &layerDirsTopFirst, int maxEntries)
{
    QHash<QString, LayerFile> seen;   // what upper layers decided, path -> entry
    QSet<QString> hiddenBelow;        // whiteouts, opaque directories, non-directories of upper layers
    int budget = maxEntries;
    for (int layer = 0; layer < layerDirsTopFirst.size(); ++layer) {
        QSet<QString> hiddenByThisLayer;
        const QString &dir = layerDirsTopFirst.at(layer);
        auto walked = walk(dir, budget, [&](const QString &absolute, const QString &relative, const struct stat &info) {
            if (hiddenBelow.contains(relative) || hiddenByAncestor(relative, hiddenBelow))
                return;
            const LayerFile file = describe(absolute, relative, layer, info);
            const auto existing = seen.constFind(relative);
            if (existing == seen.constEnd()) {
                if (file.kind != 'w')
                    seen.insert(relative, file);
            }
            if (file.kind == 'w' || file.kind != 'd' || isOpaqueDirectory(absolute))
                hiddenByThisLayer.insert(relative);
        });
        if (!walked)
            return std::unexpected(walked.error());
        hiddenBelow.unite(hiddenByThisLayer);
    }
    QList<LayerFile> files = seen.values();
    std::sort(files.begin(), files.end(), [](const LayerFile &a, const LayerFile &b) { return a.path < b.path; });
    return files;
}

} // namespace porthole
