#pragma once
// For the harnesses that write files (layer extraction, image loading): a
// scratch directory that is the only writable place the process has.
//
// As root, the harness moves into a mount namespace of its own in which
// every file system is read-only except a small tmpfs (the scratch), the
// working directory (libFuzzer's crash files) and the corpus directories
// named on the command line. A write that escapes the scratch then fails
// with EROFS instead of landing on the machine, and the harness treats that
// error as a finding. Without root it uses a plain directory, outside CI only:
// with CI=true an unconfined run is refused (as a skipped root test fails).
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QStringList>
#include <QtGlobal>
#include <cstdio>
#include <cstring>
#include <sched.h>
#include <sys/mount.h>
#include <unistd.h>

namespace fuzz {

inline QString unescapeMountPoint(const QByteArray &field)
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
    return QString::fromLocal8Bit(out);
}

inline bool makeWritable(const QString &path)
{
    const QByteArray p = QFile::encodeName(path);
    return mount(p.constData(), p.constData(), nullptr, MS_BIND | MS_REC, nullptr) == 0
           && mount(nullptr, p.constData(), nullptr, MS_BIND | MS_REMOUNT, nullptr) == 0;
}

// Returns the scratch directory (created, empty). argv: libFuzzer's, whose
// directory arguments stay writable.
inline QString confinedScratch(const char *name, int argc, char **argv)
{
    const QString scratch = QStringLiteral("/tmp/porthole-fuzz-%1-%2").arg(QLatin1String(name)).arg(getpid());
    QDir().mkpath(scratch);
    if (geteuid() != 0) {
        if (qEnvironmentVariable("CI") == QLatin1String("true")) {
            fprintf(stderr, "confine: %s needs root to confine its writes, and CI must run it as root\n", name);
            abort();
        }
        return scratch;
    }
    if (unshare(CLONE_NEWNS) != 0 || mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0) {
        perror("confine: mount namespace");
        abort();
    }
    QFile mountinfo(QStringLiteral("/proc/self/mountinfo"));
    if (!mountinfo.open(QIODevice::ReadOnly))
        abort();
    const QList<QByteArray> lines = mountinfo.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> fields = line.split(' ');
        if (fields.size() < 5)
            continue;
        const QString point = unescapeMountPoint(fields.at(4)); // /proc and /dev too: devices stay usable
        const QByteArray p = QFile::encodeName(point);
        if (mount(nullptr, p.constData(), nullptr, MS_BIND | MS_REMOUNT | MS_RDONLY, nullptr) != 0 && point == QLatin1String("/")) {
            perror("confine: read-only /");
            abort();
        }
    }
    const QByteArray s = QFile::encodeName(scratch);
    if (mount("tmpfs", s.constData(), "tmpfs", MS_NOSUID, "size=256m,mode=0700") != 0) {
        perror("confine: tmpfs");
        abort();
    }
    makeWritable(QDir::currentPath());
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (!arg.startsWith(QLatin1Char('-')) && QFileInfo(arg).isDir())
            makeWritable(QFileInfo(arg).absoluteFilePath());
        for (const char *option : {"-artifact_prefix=", "-exact_artifact_path="}) // where crash files go
            if (arg.startsWith(QLatin1String(option)))
                makeWritable(QFileInfo(arg.mid(qsizetype(strlen(option)))).absolutePath());
    }
    return scratch;
}

// What the engine answered, checked for a write outside the scratch.
inline bool escapedScratch(const QString &errorMessage)
{
    return errorMessage.contains(QLatin1String("Read-only file system"));
}

// The scratch holds only what is expected after a run (names).
inline QStringList scratchEntries(const QString &scratch)
{
    return QDir(scratch).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
}

} // namespace fuzz
