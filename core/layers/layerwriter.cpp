#include "layers/layerwriter.h"

#include "base/storepaths.h"
#include "layers/overlayxattrs.h"
#include "layers/posixacl.h"

#include <QFile>
#include <algorithm>
#include <archive.h>
#include <archive_entry.h>
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/xattr.h>
#include <unistd.h>

namespace porthole {
namespace {

// The process's umask, read without changing it (Linux 4.7 and newer); all
// bits when unknown, so that every mode is then set explicitly.
mode_t currentUmask()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly))
        for (const QByteArray &line : status.readAll().split('\n'))
            if (line.startsWith("Umask:")) {
                bool ok = false;
                const uint value = line.mid(6).trimmed().toUInt(&ok, 8);
                if (ok)
                    return mode_t(value);
            }
    return 0777;
}

EntryTimes timesOf(struct archive_entry *entry)
{
    EntryTimes times;
    if (archive_entry_atime_is_set(entry))
        times.atime = {archive_entry_atime(entry), archive_entry_atime_nsec(entry)};
    if (archive_entry_mtime_is_set(entry))
        times.mtime = {archive_entry_mtime(entry), archive_entry_mtime_nsec(entry)};
    return times;
}

// The entry by a path through our own descriptor of its directory (for
// calls that take no descriptor: extended attributes of links and nodes).
QByteArray throughDescriptor(int dirFd, const QByteArray &base)
{
    return "/proc/self/fd/" + QByteArray::number(dirFd) + '/' + base;
}

} // namespace

LayerWriter::LayerWriter(LayerDirs dirs, const QByteArray &root)
    : m_dirs(std::move(dirs)), m_uid(::geteuid()), m_gid(::getegid()), m_umask(currentUmask()), m_rootless(runningRootless()),
      m_writeback(std::make_unique<WritebackPacer>(root))
{
}

Result<LayerWriter> LayerWriter::open(const QByteArray &root)
{
    auto dirs = LayerDirs::open(root);
    if (!dirs)
        return std::unexpected(dirs.error());
    return LayerWriter(std::move(*dirs), root);
}

Error LayerWriter::entryError(const QString &what) const
{
    return Error{QStringLiteral("%1 %2: %3").arg(what, shownLayerPath(m_path), systemErrorText(errno))};
}

bool LayerWriter::needsChown(bool setgidParent) const
{
    return setgidParent || archive_entry_uid(m_entry) != la_int64_t(m_uid) || archive_entry_gid(m_entry) != la_int64_t(m_gid);
}

// Created entries get mode & ~umask; set the mode again only when that
// differs (or for setuid, setgid and sticky bits).
bool LayerWriter::needsChmod(mode_t mode) const
{
    return (mode & 07000) != 0 || (mode & m_umask) != 0;
}

Result<LayerWriter::Target> LayerWriter::target(const QByteArray &path)
{
    const qsizetype slash = path.lastIndexOf('/');
    // The kernel keeps the parent's path inside the layer, but a last name of
    // ".." is resolved by the *at() calls themselves: from the layer's root it
    // is the directory above it. The guard above never passes one; refuse it here too.
    if (const QByteArray last = path.mid(slash + 1); !path.isEmpty() && (last == ".." || last == "."))
        return fail(QStringLiteral("tar entry %1: a name that does not end in a file name").arg(shownLayerPath(path)));
    auto parent = m_dirs.parent(slash < 0 ? QByteArray() : path.left(slash));
    if (!parent)
        return std::unexpected(parent.error());
    return Target{parent->fd, parent->setgid, path.isEmpty() ? QByteArray(".") : path.mid(slash + 1)};
}

Status LayerWriter::begin(struct archive_entry *entry, const QByteArray &path, const QByteArray &hardLinkTarget)
{
    m_entry = entry;
    m_path = path;
    m_file = OwnedFd();
    m_end = 0;
    auto at = target(path);
    if (!at)
        return std::unexpected(at.error());
    m_at = *at;
    if (!hardLinkTarget.isEmpty())
        return beginHardLink(*at, hardLinkTarget);
    const mode_t type = archive_entry_filetype(entry);
    switch (type) {
    case AE_IFREG:
        return beginFile(*at);
    case AE_IFDIR:
        return beginDirectory(*at);
    case AE_IFLNK:
    case AE_IFCHR:
    case AE_IFBLK:
    case AE_IFIFO:
        return beginNode(*at, type);
    default: // sockets: not kept in layers, as Docker does not keep them
        m_at.reset();
        return {};
    }
}

Status LayerWriter::beginFile(const Target &at)
{
    const int fd = ::openat(at.dirFd, at.base.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
                            archive_entry_perm(m_entry) & 0777);
    if (fd < 0)
        return std::unexpected(entryError(QStringLiteral("cannot create")));
    m_file = OwnedFd(fd);
    return {};
}

Status LayerWriter::beginDirectory(const Target &at)
{
    const mode_t mode = archive_entry_perm(m_entry);
    // Reachable and writable while its contents arrive; its mode comes last.
    if (::mkdirat(at.dirFd, at.base.constData(), (mode | 0700) & 0775) < 0) {
        if (errno != EEXIST)
            return std::unexpected(entryError(QStringLiteral("cannot create directory")));
        struct stat info;
        if (::fstatat(at.dirFd, at.base.constData(), &info, AT_SYMLINK_NOFOLLOW) < 0 || !S_ISDIR(info.st_mode))
            return fail(QStringLiteral("cannot create directory %1: something else has that name").arg(shownLayerPath(m_path)));
    }
    if (auto ok = setOwner(-1, at); !ok)
        return ok;
    if (archive_entry_xattr_count(m_entry) > 0 || archive_entry_acl_count(m_entry, ARCHIVE_ENTRY_ACL_TYPE_POSIX1E) > 0) {
        const int fd = ::openat(at.dirFd, at.base.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        if (fd < 0)
            return std::unexpected(entryError(QStringLiteral("cannot open directory")));
        OwnedFd dir(fd);
        if (auto ok = setXattrs(dir.get(), {}); !ok)
            return ok;
    }
    m_dirs.deferDirectory(m_path, mode, timesOf(m_entry));
    m_at.reset();
    return {};
}

Status LayerWriter::beginNode(const Target &at, mode_t type)
{
    const char *base = at.base.constData();
    int rc = 0;
    if (type == AE_IFLNK) {
        const char *link = archive_entry_symlink(m_entry);
        rc = ::symlinkat(link ? link : "", at.dirFd, base);
    } else {
        rc = ::mknodat(at.dirFd, base, type | (archive_entry_perm(m_entry) & 0777), archive_entry_rdev(m_entry));
        // Without CAP_MKNOD (a user's namespace) device nodes are left out.
        if (rc < 0 && errno == EPERM && type != AE_IFIFO) {
            ++m_skippedDevices;
            m_at.reset();
            return {};
        }
    }
    if (rc < 0)
        return std::unexpected(entryError(QStringLiteral("cannot create")));
    return metadataByName(at, type != AE_IFLNK);
}

Status LayerWriter::beginHardLink(const Target &at, const QByteArray &linkTarget)
{
    const qsizetype slash = linkTarget.lastIndexOf('/');
    auto dir = m_dirs.openInside(slash < 0 ? QByteArray() : linkTarget.left(slash), O_PATH | O_DIRECTORY);
    if (!dir)
        return std::unexpected(dir.error());
    if (::linkat(dir->get(), linkTarget.constData() + slash + 1, at.dirFd, at.base.constData(), 0) < 0)
        return std::unexpected(entryError(QStringLiteral("cannot link %1 to").arg(shownLayerPath(linkTarget))));
    if (archive_entry_size(m_entry) > 0) { // a hard link with data of its own: the data replaces the file's
        const int fd = ::openat(at.dirFd, at.base.constData(), O_WRONLY | O_TRUNC | O_NOFOLLOW | O_CLOEXEC);
        if (fd < 0)
            return std::unexpected(entryError(QStringLiteral("cannot open")));
        m_file = OwnedFd(fd);
    } else {
        m_at.reset();
    }
    return {};
}

Status LayerWriter::write(const void *data, size_t size, qint64 offset)
{
    if (!m_file.isValid())
        return {}; // nothing kept of this entry's data
    const char *bytes = static_cast<const char *>(data);
    while (size > 0) {
        const ssize_t n = ::pwrite(m_file.get(), bytes, size, offset);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return std::unexpected(entryError(QStringLiteral("cannot write")));
        }
        bytes += n;
        size -= size_t(n);
        offset += n;
        m_writeback->wrote(n);
    }
    m_end = std::max(m_end, offset);
    return {};
}

Status LayerWriter::finishEntry()
{
    Status done;
    if (m_file.isValid() && m_at)
        done = metadataOnFile();
    m_file = OwnedFd();
    m_at.reset();
    m_entry = nullptr;
    return done;
}

Status LayerWriter::setOwner(int fd, const Target &at)
{
    if (!needsChown(at.setgid))
        return {};
    const auto uid = uid_t(archive_entry_uid(m_entry));
    const auto gid = gid_t(archive_entry_gid(m_entry));
    const int rc = fd >= 0 ? ::fchown(fd, uid, gid) : ::fchownat(at.dirFd, at.base.constData(), uid, gid, AT_SYMLINK_NOFOLLOW);
    // In a user's namespace without subordinate ids the owner cannot be
    // mapped: the entry stays the user's, as Podman's ignore_chown_errors.
    if (rc < 0 && (errno == EINVAL || errno == EPERM) && m_rootless)
        return {};
    if (rc < 0)
        return std::unexpected(entryError(QStringLiteral("cannot give user %1, group %2").arg(uid).arg(gid)));
    return {};
}

// Owner first (it clears setuid bits and file capabilities), then mode,
// extended attributes and ACLs, then times (the last change to the file).
Status LayerWriter::metadataOnFile()
{
    const int fd = m_file.get();
    const qint64 size = archive_entry_size(m_entry);
    if (size > m_end && ::ftruncate(fd, size) < 0) // a sparse file's hole at its end
        return std::unexpected(entryError(QStringLiteral("cannot write")));
    if (auto ok = setOwner(fd, *m_at); !ok)
        return ok;
    const mode_t mode = archive_entry_perm(m_entry);
    if ((needsChown(m_at->setgid) || needsChmod(mode)) && ::fchmod(fd, mode) < 0)
        return std::unexpected(entryError(QStringLiteral("cannot set the mode of")));
    if (auto ok = setXattrs(fd, {}); !ok)
        return ok;
    const EntryTimes times = timesOf(m_entry);
    const struct timespec pair[2] = {times.atime, times.mtime};
    if (times.any() && ::futimens(fd, pair) < 0)
        return std::unexpected(entryError(QStringLiteral("cannot set the times of")));
    return {};
}

Status LayerWriter::metadataByName(const Target &at, bool setMode)
{
    if (auto ok = setOwner(-1, at); !ok)
        return ok;
    const mode_t mode = archive_entry_perm(m_entry);
    if (setMode && (needsChown(at.setgid) || needsChmod(mode)) && ::fchmodat(at.dirFd, at.base.constData(), mode, 0) < 0)
        return std::unexpected(entryError(QStringLiteral("cannot set the mode of")));
    if (archive_entry_xattr_count(m_entry) > 0 || archive_entry_acl_count(m_entry, ARCHIVE_ENTRY_ACL_TYPE_POSIX1E) > 0)
        if (auto ok = setXattrs(-1, throughDescriptor(at.dirFd, at.base)); !ok)
            return ok;
    const EntryTimes times = timesOf(m_entry);
    const struct timespec pair[2] = {times.atime, times.mtime};
    if (times.any() && ::utimensat(at.dirFd, at.base.constData(), pair, AT_SYMLINK_NOFOLLOW) < 0)
        return std::unexpected(entryError(QStringLiteral("cannot set the times of")));
    return {};
}

// On fd, or by path (links and nodes) when fd is -1.
Status LayerWriter::setXattrs(int fd, const QByteArray &procPath)
{
    QList<QPair<QByteArray, QByteArray>> attributes;
    const char *name = nullptr;
    const void *value = nullptr;
    size_t size = 0;
    archive_entry_xattr_reset(m_entry);
    while (archive_entry_xattr_next(m_entry, &name, &value, &size) == ARCHIVE_OK)
        if (name)
            attributes.append({QByteArray(name), QByteArray(static_cast<const char *>(value), qsizetype(size))});
    attributes += posixAclXattrs(m_entry);
    for (const auto &[key, bytes] : std::as_const(attributes)) {
        const int rc = fd >= 0 ? ::fsetxattr(fd, key.constData(), bytes.constData(), size_t(bytes.size()), 0)
                               : ::lsetxattr(procPath.constData(), key.constData(), bytes.constData(), size_t(bytes.size()), 0);
        if (rc < 0)
            return std::unexpected(entryError(QStringLiteral("cannot set %1 on").arg(QString::fromLatin1(key))));
    }
    return {};
}

Status LayerWriter::whiteout(const QByteArray &path)
{
    m_path = path;
    auto at = target(path);
    if (!at)
        return std::unexpected(at.error());
    if (::mknodat(at->dirFd, at->base.constData(), S_IFCHR | 0, makedev(0, 0)) < 0)
        return std::unexpected(entryError(QStringLiteral("cannot create whiteout")));
    return {};
}

Status LayerWriter::markOpaque(const QByteArray &dir)
{
    m_path = dir;
    auto parent = m_dirs.parent(dir); // made when the tar does not list it
    if (!parent)
        return std::unexpected(parent.error());
    auto fd = m_dirs.openInside(dir, O_RDONLY | O_DIRECTORY);
    if (!fd)
        return std::unexpected(fd.error());
    if (::fsetxattr(fd->get(), overlayOpaqueXattr(), "y", 1, 0) < 0)
        return fail(QStringLiteral("cannot mark %1 opaque: %2").arg(shownLayerPath(dir), systemErrorText(errno)));
    return {};
}

Status LayerWriter::close()
{
    return m_dirs.finish();
}

} // namespace porthole
