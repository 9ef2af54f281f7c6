#include "files/dirextractor.h"

#include "base/ids.h"

#include <QList>
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace porthole {
namespace {

QByteArray parentOf(const QByteArray &name)
{
    const qsizetype slash = name.lastIndexOf('/');
    return slash < 0 ? QByteArray() : name.left(slash);
}

QByteArray baseOf(const QByteArray &name)
{
    return name.mid(name.lastIndexOf('/') + 1);
}

QByteArray joined(const QByteArray &a, const QByteArray &b)
{
    return a.isEmpty() ? b : b.isEmpty() ? a : a + '/' + b;
}

class DirExtractor : public EntrySink {
public:
    DirExtractor(const RootDir &root, const QString &target, const ExtractOptions &options)
        : m_root(root), m_target(relativeInRoot(target)), m_options(options)
    {
    }

    Status begin(const FileEntry &entry) override;
    Status data(const char *bytes, qint64 size) override;
    Status close() override;

private:
    QString shown(const QByteArray &name) const { return QLatin1Char('/') + QString::fromUtf8(joined(m_target, name)); }
    Status error(const QString &what, const QByteArray &name) const
    {
        return fail(QStringLiteral("cannot %1 %2 in %3: %4").arg(what, shown(name), m_root.description(), systemErrorText(errno)));
    }
    Result<int> parentFd(const QByteArray &name);
    Status refuseDirectoryAt(int parent, const FileEntry &entry) const;
    Status applyAttributes(int parent, const QByteArray &at, const FileEntry &entry, int fd) const;
    Status makeDirectory(int parent, const FileEntry &entry);
    Status openFile(int parent, const FileEntry &entry);
    Status finishFile();
    Status makeSpecial(int parent, const FileEntry &entry);

    const RootDir &m_root;
    QByteArray m_target;
    ExtractOptions m_options;
    QByteArray m_cachedParent = "\x01"; // the last parent opened, and its descriptor
    UniqueFd m_cachedFd;
    // The regular file being written.
    UniqueFd m_file;
    FileEntry m_fileEntry;
    QByteArray m_fileTemp; // its hidden name, when O_TMPFILE is not supported
    QList<FileEntry> m_directories; // times set at the end
};

Result<int> DirExtractor::parentFd(const QByteArray &name)
{
    const QByteArray parent = parentOf(name);
    if (parent == m_cachedParent && m_cachedFd.isValid())
        return m_cachedFd.get();
    const QByteArray path = joined(m_target, parent);
    int fd = openInRoot(m_root.fd(), path, O_RDONLY | O_DIRECTORY, true);
    if (fd < 0 && errno == ENOENT) {
        auto made = m_root.makeDirectories(QString::fromUtf8(path));
        if (!made)
            return std::unexpected(made.error());
        fd = made->release();
    }
    if (fd < 0)
        return fail(QStringLiteral("cannot open %1 in %2: %3").arg(shown(parent), m_root.description(), systemErrorText(errno)));
    m_cachedParent = parent;
    m_cachedFd = UniqueFd(fd);
    return fd;
}

// Docker's cp never replaces a directory with a file.
Status DirExtractor::refuseDirectoryAt(int parent, const FileEntry &entry) const
{
    struct stat existing;
    if (::fstatat(parent, baseOf(entry.name).constData(), &existing, AT_SYMLINK_NOFOLLOW) == 0 && S_ISDIR(existing.st_mode))
        return fail(QStringLiteral("cannot overwrite directory \"%1\" with non-directory \"%2\"").arg(shown(entry.name), QString::fromUtf8(entry.name)));
    return {};
}

// Owner, mode and time of what is at parent/at (or of fd when it is valid).
Status DirExtractor::applyAttributes(int parent, const QByteArray &at, const FileEntry &entry, int fd) const
{
    const uid_t uid = m_options.keepOwners ? entry.uid : m_options.uid;
    const gid_t gid = m_options.keepOwners ? entry.gid : m_options.gid;
    const bool link = S_ISLNK(entry.type);
    if ((fd >= 0 ? ::fchown(fd, uid, gid) : ::fchownat(parent, at.constData(), uid, gid, AT_SYMLINK_NOFOLLOW)) < 0 && errno != EPERM)
        return error(QStringLiteral("set the owner of"), entry.name);
    if (!link && (fd >= 0 ? ::fchmod(fd, entry.permissions) : ::fchmodat(parent, at.constData(), entry.permissions, 0)) < 0)
        return error(QStringLiteral("set the mode of"), entry.name);
    const struct timespec times[2] = {entry.mtime, entry.mtime};
    if (!S_ISDIR(entry.type))
        (void)(fd >= 0 ? ::futimens(fd, times) : ::utimensat(parent, at.constData(), times, AT_SYMLINK_NOFOLLOW));
    return {};
}

Status DirExtractor::makeDirectory(int parent, const FileEntry &entry)
{
    const QByteArray name = baseOf(entry.name);
    struct stat existing;
    if (::fstatat(parent, name.constData(), &existing, AT_SYMLINK_NOFOLLOW) == 0) {
        if (!S_ISDIR(existing.st_mode))
            return fail(QStringLiteral("cannot overwrite non-directory \"%1\" with directory \"%2\"").arg(shown(entry.name), QString::fromUtf8(entry.name)));
    } else if (::mkdirat(parent, name.constData(), 0700) < 0) {
        return error(QStringLiteral("create"), entry.name);
    }
    const UniqueFd dir(::openat(parent, name.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC));
    if (!dir.isValid())
        return error(QStringLiteral("open"), entry.name);
    m_directories.append(entry);
    return applyAttributes(parent, name, entry, dir.get());
}

Status DirExtractor::openFile(int parent, const FileEntry &entry)
{
    if (auto ok = refuseDirectoryAt(parent, entry); !ok)
        return ok;
    m_fileEntry = entry;
    m_fileTemp.clear();
    m_file = UniqueFd(::openat(parent, ".", O_TMPFILE | O_WRONLY | O_CLOEXEC, 0600));
    if (!m_file.isValid() && (errno == EOPNOTSUPP || errno == EISDIR || errno == EINVAL)) {
        m_fileTemp = ".porthole-cp-" + randomHex(12).toLatin1();
        m_file = UniqueFd(::openat(parent, m_fileTemp.constData(), O_CREAT | O_EXCL | O_WRONLY | O_NOFOLLOW | O_CLOEXEC, 0600));
    }
    if (!m_file.isValid())
        return error(QStringLiteral("create"), entry.name);
    return {};
}

// The file is complete: its attributes, then its name, in one step.
Status DirExtractor::finishFile()
{
    if (!m_file.isValid())
        return {};
    const UniqueFd file = std::move(m_file);
    auto parent = parentFd(m_fileEntry.name);
    if (!parent)
        return std::unexpected(parent.error());
    const QByteArray name = baseOf(m_fileEntry.name);
    if (auto ok = applyAttributes(*parent, QByteArray(), m_fileEntry, file.get()); !ok)
        return ok;
    if (m_fileTemp.isEmpty()) {
        const QByteArray self = "/proc/self/fd/" + QByteArray::number(file.get());
        if (::linkat(AT_FDCWD, self.constData(), *parent, name.constData(), AT_SYMLINK_FOLLOW) == 0)
            return {};
        if (errno != EEXIST)
            return error(QStringLiteral("write"), m_fileEntry.name);
        m_fileTemp = ".porthole-cp-" + randomHex(12).toLatin1();
        if (::linkat(AT_FDCWD, self.constData(), *parent, m_fileTemp.constData(), AT_SYMLINK_FOLLOW) < 0)
            return error(QStringLiteral("write"), m_fileEntry.name);
    }
    if (::renameat(*parent, m_fileTemp.constData(), *parent, name.constData()) < 0) {
        ::unlinkat(*parent, m_fileTemp.constData(), 0);
        return error(QStringLiteral("write"), m_fileEntry.name);
    }
    return {};
}

// Symlinks, hard links, devices and fifos: made under a hidden name, then renamed over.
Status DirExtractor::makeSpecial(int parent, const FileEntry &entry)
{
    if (auto ok = refuseDirectoryAt(parent, entry); !ok)
        return ok;
    const QByteArray temp = ".porthole-cp-" + randomHex(12).toLatin1();
    int rc;
    if (!entry.hardLinkTo.isEmpty()) {
        const QByteArray source = joined(m_target, entry.hardLinkTo);
        const UniqueFd from(openInRoot(m_root.fd(), parentOf(source), O_PATH | O_DIRECTORY, true));
        rc = from.isValid() ? ::linkat(from.get(), baseOf(source).constData(), parent, temp.constData(), 0) : -1;
    } else if (S_ISLNK(entry.type)) {
        rc = ::symlinkat(entry.linkTarget.constData(), parent, temp.constData());
    } else {
        rc = ::mknodat(parent, temp.constData(), entry.type | entry.permissions, entry.rdev);
    }
    if (rc < 0)
        return error(QStringLiteral("create"), entry.name);
    Status applied = entry.hardLinkTo.isEmpty() ? applyAttributes(parent, temp, entry, -1) : Status{};
    if (applied && ::renameat(parent, temp.constData(), parent, baseOf(entry.name).constData()) < 0)
        applied = error(QStringLiteral("create"), entry.name);
    if (!applied)
        ::unlinkat(parent, temp.constData(), 0);
    return applied;
}

Status DirExtractor::begin(const FileEntry &entry)
{
    if (auto ok = finishFile(); !ok)
        return ok;
    if (entry.name.isEmpty())
        return {};
    auto parent = parentFd(entry.name);
    if (!parent)
        return std::unexpected(parent.error());
    if (S_ISDIR(entry.type))
        return makeDirectory(*parent, entry);
    if (S_ISREG(entry.type) && entry.hardLinkTo.isEmpty())
        return openFile(*parent, entry);
    return makeSpecial(*parent, entry);
}

Status DirExtractor::data(const char *bytes, qint64 size)
{
    while (size > 0 && m_file.isValid()) {
        const ssize_t n = ::write(m_file.get(), bytes, size_t(size));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return error(QStringLiteral("write"), m_fileEntry.name);
        bytes += n;
        size -= n;
    }
    return {};
}

Status DirExtractor::close()
{
    if (auto ok = finishFile(); !ok)
        return ok;
    // Times of directories last: writing into them changed them.
    for (auto it = m_directories.crbegin(); it != m_directories.crend(); ++it) {
        const UniqueFd dir(openInRoot(m_root.fd(), joined(m_target, it->name), O_RDONLY | O_DIRECTORY, false));
        const struct timespec times[2] = {it->mtime, it->mtime};
        if (dir.isValid())
            (void)::futimens(dir.get(), times);
    }
    return {};
}

} // namespace

std::unique_ptr<EntrySink> directoryExtractor(const RootDir &root, const QString &target, const ExtractOptions &options)
{
    return std::make_unique<DirExtractor>(root, target, options);
}

} // namespace porthole
