// cp: files out of a container and into one, running or stopped, with
// Docker's rules for what lands where. Every path of the container is
// resolved inside its root (files/rootdir.h), so "..", absolute symlinks and
// links the copy itself makes stay inside; a host destination is itself
// taken as a root, so links coming out of a container cannot reach beyond it.
#include "containers/containerengine.h"

#include "containers/stoppedroot.h"
#include "files/direxport.h"
#include "files/dirextractor.h"
#include "files/tarstream.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace porthole {
namespace {

QString parentPath(const QString &clean)
{
    const QString parent = QFileInfo(clean).path();
    return parent.isEmpty() ? QStringLiteral("/") : parent;
}

QByteArray baseName(const QString &clean)
{
    return QFile::encodeName(QFileInfo(clean).fileName());
}

// "dir/." copies the directory's contents, not the directory.
bool copiesContents(const QString &path)
{
    return path == QLatin1String(".") || path.endsWith(QLatin1String("/."));
}

// A symlink named with a trailing "/" or "/." is the directory it points to.
bool followsLast(const QString &path, bool followLink)
{
    return followLink || path.endsWith(QLatin1Char('/')) || copiesContents(path);
}

// Where a copy lands, as Docker decides it: a directory that receives the
// top entry, under the name it gets there ("" when only the contents go).
struct Landing {
    QString directory;
    QByteArray topName;
};

// destExists/destIsDir: what is at the destination; sourceIsDir: what is copied.
Result<Landing> landing(const QString &destination, bool destExists, bool destIsDir, bool sourceIsDir, const QString &source)
{
    const QString clean = QDir::cleanPath(destination);
    if (destExists && destIsDir)
        return Landing{clean, sourceIsDir && copiesContents(source) ? QByteArray() : baseName(QDir::cleanPath(source))};
    if (destExists && sourceIsDir)
        return fail(QStringLiteral("cannot copy directory"));
    if (!destExists && !sourceIsDir && destination.endsWith(QLatin1Char('/')))
        return fail(QStringLiteral("no such directory"));
    return Landing{parentPath(clean), baseName(clean)};
}

} // namespace

Status ContainerEngine::withContainerRoot(const ContainerRecord &record, const std::function<Status(const RootDir &)> &work)
{
    const QString description = QStringLiteral("container %1").arg(record.config.name);
    if (record.state.isLive()) {
        // Its own view: the overlay, its volumes, its /etc files.
        const QByteArray root = "/proc/" + QByteArray::number(record.state.pid) + "/root";
        const int fd = ::open(root.constData(), O_PATH | O_DIRECTORY | O_CLOEXEC);
        if (fd < 0)
            return fail(QStringLiteral("cannot reach the files of %1: %2").arg(description, systemErrorText(errno)));
        return work(RootDir::adopt(UniqueFd(fd), description));
    }
    auto lowers = layerDirs(record);
    if (!lowers)
        return std::unexpected(lowers.error());
    StoppedRoot root{*lowers, m_store.writableLayerDir(record.config.id), m_store.overlayWorkDir(record.config.id),
                     m_store.rootfsDir(record.config.id), {}, description};
    for (const MountSpec &spec : record.config.volumes)
        if (spec.type != MountSpec::Type::Tmpfs)
            root.binds.append({spec.type == MountSpec::Type::Volume ? m_volumes.dataDir(spec.source) : spec.source, spec.destination, spec.readOnly, {}, {}});
    return withStoppedRoot(root, work);
}

Result<CopyResult> ContainerEngine::copyFromContainer(const CopyRequest &request, Progress &progress)
{
    auto locked = lockContainer(request.container);
    if (!locked)
        return std::unexpected(locked.error());
    const QString source = QDir::cleanPath(QLatin1Char('/') + request.containerPath);
    const bool toStream = request.hostPath == QLatin1String("-");
    const QString hostPath = toStream ? request.hostPath : QDir::current().absoluteFilePath(request.hostPath);
    CopyResult result{0, hostPath};
    Status done = withContainerRoot(locked->record, [&](const RootDir &root) -> Status {
        struct stat info;
        const bool follow = followsLast(request.containerPath, request.followLink);
        if (const int error = root.statAt(source, follow, info); error != 0)
            return error == ENOENT || error == ENOTDIR
                       ? fail(QStringLiteral("Could not find the file %1 in container %2").arg(request.containerPath, request.container))
                       : fail(QStringLiteral("cannot read %1 in container %2: %3").arg(request.containerPath, request.container, systemErrorText(error)));
        auto top = root.openPath(source, O_PATH, follow);
        if (!top)
            return std::unexpected(top.error());
        const QByteArray name = source == QLatin1String("/") || copiesContents(request.containerPath) ? QByteArray() : baseName(source);
        if (toStream) {
            auto sink = tarSink(request.streamFd);
            return exportTree(top->get(), info, name, *sink, progress);
        }
        struct stat dest;
        const bool exists = ::stat(QFile::encodeName(hostPath).constData(), &dest) == 0;
        auto land = landing(request.hostPath, exists, exists && S_ISDIR(dest.st_mode), S_ISDIR(info.st_mode), request.containerPath);
        if (!land)
            return std::unexpected(land.error());
        auto target = RootDir::open(land->directory);
        if (!target)
            return fail(QStringLiteral("lstat %1: %2").arg(land->directory, QStringLiteral("no such file or directory")));
        auto sink = directoryExtractor(*target, QStringLiteral("/"), {request.archive, ::getuid(), ::getgid()});
        return exportTree(top->get(), info, land->topName, *sink, progress);
    });
    if (!done)
        return std::unexpected(done.error());
    result.bytes = progress.bytes();
    return result;
}

Result<CopyResult> ContainerEngine::copyToContainer(const CopyRequest &request, Progress &progress)
{
    const bool fromStream = request.hostPath == QLatin1String("-");
    const QString hostPath = fromStream ? request.hostPath : QDir::current().absoluteFilePath(request.hostPath);
    struct stat sourceInfo = {};
    const QByteArray hostName = QFile::encodeName(hostPath);
    const bool follow = followsLast(request.hostPath, request.followLink);
    if (!fromStream && (follow ? ::stat(hostName.constData(), &sourceInfo) : ::lstat(hostName.constData(), &sourceInfo)) < 0)
        return fail(QStringLiteral("lstat %1: %2").arg(hostPath, systemErrorText(errno).toLower()));
    auto locked = lockContainer(request.container);
    if (!locked)
        return std::unexpected(locked.error());
    const QString destination = QDir::cleanPath(QLatin1Char('/') + request.containerPath);
    const QString shown = request.container + QLatin1Char(':') + request.containerPath;
    Status done = withContainerRoot(locked->record, [&](const RootDir &root) -> Status {
        struct stat dest;
        const bool exists = root.statAt(destination, true, dest) == 0;
        if (exists && !S_ISDIR(dest.st_mode) && !S_ISREG(dest.st_mode))
            return fail(QStringLiteral("destination \"%1\" must be a directory or a regular file").arg(shown));
        if (fromStream) {
            if (!exists || !S_ISDIR(dest.st_mode))
                return fail(QStringLiteral("destination \"%1\" must be a directory").arg(shown));
            auto sink = directoryExtractor(root, destination);
            return readTar(request.streamFd, *sink, progress);
        }
        auto land = landing(request.containerPath, exists, exists && S_ISDIR(dest.st_mode), S_ISDIR(sourceInfo.st_mode), request.hostPath);
        if (!land)
            return std::unexpected(land.error());
        struct stat parent;
        if (root.statAt(land->directory, true, parent) != 0 || !S_ISDIR(parent.st_mode))
            return fail(QStringLiteral("Could not find the file %1 in container %2").arg(land->directory, request.container));
        const UniqueFd top(::open(hostName.constData(), O_PATH | O_CLOEXEC | (follow ? 0 : O_NOFOLLOW)));
        if (!top.isValid())
            return fail(QStringLiteral("cannot read %1: %2").arg(hostPath, systemErrorText(errno)));
        auto sink = directoryExtractor(root, land->directory, {request.archive, 0, 0});
        return exportTree(top.get(), sourceInfo, land->topName, *sink, progress);
    });
    if (!done)
        return std::unexpected(done.error());
    return CopyResult{progress.bytes(), shown};
}

} // namespace porthole
