#include "base/fsutil.h"

#include <QSet>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <cerrno>
#include <cstdio>
#include <ftw.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace porthole {

Status writeFileAtomically(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    if (file.write(data) != data.size() || !file.commit()) // commit: fsync, then rename
        return fail(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    return syncDirectory(QFileInfo(path).absolutePath());
}

Status syncDirectory(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return fail(QStringLiteral("cannot sync directory %1: %2").arg(path, systemErrorText(errno)));
    const int rc = ::fsync(fd);
    const int saved = errno;
    ::close(fd);
    if (rc < 0)
        return fail(QStringLiteral("cannot sync directory %1: %2").arg(path, systemErrorText(saved)));
    return {};
}

Status syncFileSystem(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return fail(QStringLiteral("cannot sync the file system of %1: %2").arg(path, systemErrorText(errno)));
    const int rc = ::syncfs(fd);
    const int saved = errno;
    ::close(fd);
    if (rc < 0)
        return fail(QStringLiteral("cannot sync the file system of %1: %2").arg(path, systemErrorText(saved)));
    return {};
}

Status replaceFile(const QString &path, const QByteArray &data)
{
    const QByteArray target = QFile::encodeName(path);
    const QByteArray temp = target + ".tmp-" + QByteArray::number(qint64(::getpid()));
    const int fd = ::open(temp.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0)
        return fail(QStringLiteral("cannot write %1: %2").arg(path, systemErrorText(errno)));
    const ssize_t written = ::write(fd, data.constData(), size_t(data.size()));
    const int saved = errno;
    ::close(fd);
    if (written != data.size() || ::rename(temp.constData(), target.constData()) < 0) {
        ::unlink(temp.constData());
        return fail(QStringLiteral("cannot write %1: %2").arg(path, systemErrorText(written < 0 ? saved : errno)));
    }
    return {};
}

Status writeMarkerFile(const QString &path, const QByteArray &data)
{
    if (auto ok = replaceFile(path, data); !ok)
        return ok;
    return syncDirectory(QFileInfo(path).absolutePath());
}

Result<QByteArray> readWholeFile(const QString &path, qint64 maxSize)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    if (file.size() > maxSize)
        return fail(QStringLiteral("%1 is larger than %2 bytes").arg(path).arg(maxSize));
    return file.readAll();
}

qint64 directorySize(const QString &path)
{
    qint64 total = 0;
    QDirIterator it(path, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        if (!it.fileInfo().isSymLink())
            total += it.fileInfo().size();
    }
    return total;
}

namespace {

// nftw has no user data: the walk's state, per thread.
thread_local qint64 t_contentBytes = 0;
thread_local QSet<QPair<dev_t, ino_t>> *t_seenLinks = nullptr;

int countContent(const char *, const struct stat *info, int type, struct FTW *)
{
    if (type != FTW_F || !S_ISREG(info->st_mode))
        return 0;
    if (info->st_nlink > 1) {
        const QPair<dev_t, ino_t> key(info->st_dev, info->st_ino);
        if (t_seenLinks->contains(key))
            return 0;
        t_seenLinks->insert(key);
    }
    t_contentBytes += info->st_size;
    return 0;
}

QString unescapeMountPath(const QByteArray &field)
{
    QByteArray out;
    for (qsizetype i = 0; i < field.size(); ++i) {
        if (field.at(i) == '\\' && i + 3 < field.size()) {
            out.append(char(field.mid(i + 1, 3).toInt(nullptr, 8)));
            i += 3;
        } else {
            out.append(field.at(i));
        }
    }
    return QFile::decodeName(out);
}

} // namespace

qint64 contentSize(const QString &path)
{
    QSet<QPair<dev_t, ino_t>> seen;
    t_seenLinks = &seen;
    t_contentBytes = 0;
    ::nftw(QFile::encodeName(path).constData(), countContent, 64, FTW_PHYS | FTW_MOUNT);
    t_seenLinks = nullptr;
    return t_contentBytes;
}

bool isMountPoint(const QString &path)
{
    const QString wanted = QDir::cleanPath(path);
    QFile mountinfo(QStringLiteral("/proc/self/mountinfo"));
    if (!mountinfo.open(QIODevice::ReadOnly))
        return false;
    for (const QByteArray &line : mountinfo.readAll().split('\n'))
        if (unescapeMountPath(line.split(' ').value(4)) == wanted)
            return true;
    return false;
}

Status makeDirectories(const QString &path)
{
    if (!QDir().mkpath(path))
        return fail(QStringLiteral("cannot create directory %1").arg(path));
    return {};
}

namespace {
int removeEntry(const char *path, const struct stat *, int type, struct FTW *)
{
    const int rc = type == FTW_DP ? ::rmdir(path) : ::unlink(path);
    return rc < 0 && errno != ENOENT ? errno : 0;
}
} // namespace

Status removeTree(const QString &path)
{
    const QByteArray name = QFile::encodeName(path);
    struct stat info;
    if (::lstat(name.constData(), &info) < 0)
        return errno == ENOENT ? Status{} : fail(QStringLiteral("cannot remove %1: %2").arg(path, systemErrorText(errno)));
    if (!S_ISDIR(info.st_mode)) {
        if (::unlink(name.constData()) < 0)
            return fail(QStringLiteral("cannot remove %1: %2").arg(path, systemErrorText(errno)));
        return {};
    }
    // Directories extracted from tars may be read-only; root ignores that.
    const int rc = ::nftw(name.constData(), removeEntry, 64, FTW_DEPTH | FTW_PHYS | FTW_MOUNT);
    if (rc != 0)
        return fail(QStringLiteral("cannot remove %1: %2").arg(path, systemErrorText(rc > 0 ? rc : errno)));
    return {};
}

Result<bool> renameDirectoryIfAbsent(const QString &from, const QString &to)
{
    if (::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0)
        return true;
    if (errno == EEXIST || errno == ENOTEMPTY)
        return false;
    return fail(QStringLiteral("cannot move %1 to %2: %3").arg(from, to, systemErrorText(errno)));
}

} // namespace porthole

#include <QFileInfo>
#include <fcntl.h>

namespace porthole {

Result<AtomicOutputFile> AtomicOutputFile::create(const QString &path)
{
    AtomicOutputFile file;
    file.m_path = QFileInfo(path).absoluteFilePath();
    const QString dir = QFileInfo(file.m_path).absolutePath();
    if (QFileInfo(file.m_path).isDir())
        return fail(QStringLiteral("%1 is a directory").arg(path));
    file.m_fd = ::open(QFile::encodeName(dir).constData(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0644);
    if (file.m_fd < 0) {
        if (errno == ENOENT || errno == EACCES || errno == ENOTDIR)
            return fail(QStringLiteral("cannot write %1: %2").arg(path, systemErrorText(errno)));
        file.m_tempPath = dir + QStringLiteral("/.") + QFileInfo(path).fileName() + QStringLiteral(".partial");
        file.m_fd = ::open(QFile::encodeName(file.m_tempPath).constData(), O_CREAT | O_TRUNC | O_WRONLY | O_CLOEXEC, 0644);
        if (file.m_fd < 0)
            return fail(QStringLiteral("cannot write %1: %2").arg(path, systemErrorText(errno)));
    }
    return file;
}

AtomicOutputFile::AtomicOutputFile(AtomicOutputFile &&other) noexcept
    : m_path(std::move(other.m_path)), m_tempPath(std::move(other.m_tempPath)), m_fd(other.m_fd)
{
    other.m_fd = -1;
}

AtomicOutputFile::~AtomicOutputFile()
{
    if (m_fd >= 0) {
        ::close(m_fd);
        if (!m_tempPath.isEmpty())
            ::unlink(QFile::encodeName(m_tempPath).constData());
    }
}

Status AtomicOutputFile::commit()
{
    // No fsync, like tar and `docker save`: the file appears whole or not at
    // all to every process; forcing it to disk would double the time.
    const QByteArray target = QFile::encodeName(m_path);
    if (m_tempPath.isEmpty()) {
        // Link the unnamed file beside the target, then rename over it.
        const QByteArray linked = QFile::encodeName(QFileInfo(m_path).absolutePath() + QStringLiteral("/.")
                                                    + QFileInfo(m_path).fileName() + QStringLiteral(".partial"));
        ::unlink(linked.constData());
        const QByteArray procPath = "/proc/self/fd/" + QByteArray::number(m_fd);
        if (::linkat(AT_FDCWD, procPath.constData(), AT_FDCWD, linked.constData(), AT_SYMLINK_FOLLOW) < 0)
            return fail(QStringLiteral("cannot write %1: %2").arg(m_path, systemErrorText(errno)));
        m_tempPath = QFile::decodeName(linked);
    }
    if (::rename(QFile::encodeName(m_tempPath).constData(), target.constData()) < 0)
        return fail(QStringLiteral("cannot write %1: %2").arg(m_path, systemErrorText(errno)));
    ::close(m_fd);
    m_fd = -1;
    return {};
}

} // namespace porthole
