#include "images/starterimage.h"

#include "base/archive.h"

#include "base/tempwork.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <elf.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace porthole {
namespace {

// A static executable has no PT_INTERP program header.
bool isStaticElf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    Elf64_Ehdr header;
    if (file.read(reinterpret_cast<char *>(&header), sizeof header) != sizeof header
        || memcmp(header.e_ident, ELFMAG, SELFMAG) != 0 || header.e_ident[EI_CLASS] != ELFCLASS64)
        return false;
    for (int i = 0; i < header.e_phnum; ++i) {
        Elf64_Phdr program;
        if (!file.seek(qint64(header.e_phoff) + qint64(i) * header.e_phentsize)
            || file.read(reinterpret_cast<char *>(&program), sizeof program) != sizeof program)
            return false;
        if (program.p_type == PT_INTERP)
            return false;
    }
    return true;
}

Result<QStringList> appletPaths(const QString &busybox)
{
    QProcess process;
    process.start(busybox, {QStringLiteral("--list-full")});
    if (!process.waitForFinished(10000) || process.exitCode() != 0)
        return fail(QStringLiteral("cannot list the applets of %1").arg(busybox));
    QStringList paths;
    for (const QByteArray &line : process.readAllStandardOutput().split('\n'))
        if (!line.trimmed().isEmpty() && !line.contains(".."))
            paths.append(QString::fromUtf8(line.trimmed()));
    return paths;
}

Status writeRootfs(int fd, const QString &busybox)
{
    QFile binary(busybox);
    if (!binary.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read %1: %2").arg(busybox, binary.errorString()));
    const QByteArray program = binary.readAll(); // about 2 MB
    auto applets = appletPaths(busybox);
    if (!applets)
        return std::unexpected(applets.error());
    const time_t mtime = QFileInfo(busybox).lastModified().toSecsSinceEpoch();
    TarWriter tar(fd, QStringLiteral("the starter image"));
    if (auto ok = tar.openStatus(); !ok)
        return ok;
    const QList<QPair<QString, mode_t>> dirs = {
        {QStringLiteral("bin"), 0755},  {QStringLiteral("dev"), 0755},      {QStringLiteral("etc"), 0755},
        {QStringLiteral("home"), 0755}, {QStringLiteral("proc"), 0555},     {QStringLiteral("root"), 0700},
        {QStringLiteral("sbin"), 0755}, {QStringLiteral("sys"), 0555},      {QStringLiteral("tmp"), 01777},
        {QStringLiteral("usr"), 0755},  {QStringLiteral("usr/bin"), 0755},  {QStringLiteral("usr/sbin"), 0755},
        {QStringLiteral("var"), 0755},  {QStringLiteral("var/spool"), 0755}, {QStringLiteral("var/www"), 0755}};
    for (const auto &[dir, perm] : dirs)
        if (auto ok = tar.directory(dir + QLatin1Char('/'), perm, mtime); !ok)
            return ok;
    if (auto ok = tar.file(QStringLiteral("bin/busybox"), program, 0755, mtime); !ok)
        return ok;
    for (const QString &applet : std::as_const(*applets))
        if (applet != QLatin1String("bin/busybox"))
            if (auto ok = tar.hardLink(applet, QStringLiteral("bin/busybox"), 0755, mtime); !ok)
                return ok;
    const QByteArray passwd = "root:x:0:0:root:/root:/bin/sh\n"
                              "daemon:x:1:1:daemon:/usr/sbin:/bin/false\n"
                              "nobody:x:65534:65534:nobody:/home:/bin/false\n";
    const QByteArray group = "root:x:0:\ndaemon:x:1:\nnobody:x:65534:\n";
    if (auto ok = tar.file(QStringLiteral("etc/passwd"), passwd, 0644, mtime); !ok)
        return ok;
    if (auto ok = tar.file(QStringLiteral("etc/group"), group, 0644, mtime); !ok)
        return ok;
    return tar.close();
}

} // namespace

Result<QString> findStaticBusybox()
{
    QStringList candidates;
    if (qEnvironmentVariableIsSet("PORTHOLE_BUSYBOX"))
        candidates.append(qEnvironmentVariable("PORTHOLE_BUSYBOX"));
    candidates << QStringLiteral("/bin/busybox") << QStandardPaths::findExecutable(QStringLiteral("busybox"));
    for (const QString &candidate : std::as_const(candidates)) {
        if (candidate.isEmpty() || !QFileInfo(candidate).isExecutable())
            continue;
        if (isStaticElf(QFileInfo(candidate).canonicalFilePath()))
            return QFileInfo(candidate).canonicalFilePath();
    }
    return fail(QStringLiteral("no statically linked busybox found: install it with \"apt-get install busybox-static\""));
}

Result<QString> buildStarterImage(ImageStore &store, const QString &reference, Progress &progress)
{
    auto busybox = findStaticBusybox();
    if (!busybox)
        return std::unexpected(busybox.error());
    auto work = TempWork::create(store.paths().tmpDir());
    if (!work)
        return std::unexpected(work.error());
    const QString tarPath = work->subPath(QStringLiteral("busybox-rootfs.tar"));
    const int fd = ::open(QFile::encodeName(tarPath).constData(), O_CREAT | O_RDWR | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        return fail(QStringLiteral("cannot create %1").arg(tarPath));
    FdSource source(fd, QStringLiteral("busybox %1").arg(*busybox), true);
    if (auto ok = writeRootfs(fd, *busybox); !ok)
        return std::unexpected(ok.error());
    ::lseek(fd, 0, SEEK_SET);
    ImportOptions options;
    options.reference = reference;
    options.changes = {QStringLiteral("CMD [\"sh\"]"),
                       QStringLiteral("ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin")};
    options.message = QStringLiteral("Built by porthole from %1").arg(*busybox);
    return store.importRootfs(source, options, progress);
}

} // namespace porthole
