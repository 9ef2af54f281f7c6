#include "containers/stoppedroot.h"

#include "containers/rootoverlay.h"
#include "layers/rootfs.h"

#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <fcntl.h>
#include <sched.h>
#include <sys/mount.h>
#include <thread>
#include <unistd.h>

namespace porthole {
namespace {

// A bind of source at destination inside the root (the mount point made
// inside it, as the runtime would make it at start).
Status bindInto(const RootDir &root, const BindMount &bind)
{
    const bool directory = QFileInfo(bind.source).isDir();
    UniqueFd target;
    if (directory) {
        auto made = root.makeDirectories(bind.destination);
        if (!made)
            return std::unexpected(made.error());
        target = std::move(*made);
    } else {
        auto parent = root.makeDirectories(QFileInfo(bind.destination).path());
        if (!parent)
            return std::unexpected(parent.error());
        const QByteArray name = QFile::encodeName(QFileInfo(bind.destination).fileName());
        target = UniqueFd(::openat(parent->get(), name.constData(), O_CREAT | O_RDONLY | O_NOFOLLOW | O_CLOEXEC, 0644));
        if (!target.isValid())
            return fail(QStringLiteral("cannot make the mount point %1: %2").arg(bind.destination, systemErrorText(errno)));
    }
    const QByteArray at = "/proc/self/fd/" + QByteArray::number(target.get());
    if (::mount(QFile::encodeName(bind.source).constData(), at.constData(), nullptr, MS_BIND | MS_REC, nullptr) < 0)
        return fail(QStringLiteral("cannot mount %1 at %2: %3").arg(bind.source, bind.destination, systemErrorText(errno)));
    return {};
}

// On the thread with its own mount namespace.
Status mountAndWork(const StoppedRoot &root, const std::function<Status(const RootDir &)> &work)
{
    if (::unshare(CLONE_NEWNS | CLONE_FS) < 0)
        return fail(QStringLiteral("cannot make a mount namespace: %1").arg(systemErrorText(errno)));
    if (::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) < 0) // nothing propagates to the host
        return fail(QStringLiteral("cannot make the mounts private: %1").arg(systemErrorText(errno)));
    if (auto ok = mountContainerOverlay(root.lowerDirs, root.upperDir, root.workDir, root.mergedDir); !ok)
        return ok;
    Status result = [&]() -> Status {
        auto opened = RootDir::open(root.mergedDir);
        if (!opened)
            return std::unexpected(opened.error());
        const RootDir dir = RootDir::adopt(UniqueFd(::dup(opened->fd())), root.description);
        for (const BindMount &bind : root.binds)
            if (auto ok = bindInto(dir, bind); !ok)
                return ok;
        return work(dir);
    }();
    (void)::umount2(QFile::encodeName(root.mergedDir).constData(), MNT_DETACH);
    return result;
}

} // namespace

Status withStoppedRoot(const StoppedRoot &root, const std::function<Status(const RootDir &)> &work)
{
    Status result;
    std::thread thread([&] { result = mountAndWork(root, work); });
    thread.join();
    return result;
}

} // namespace porthole
