#include "rootlessusers.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QThread>
#include <csignal>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace testsupport;

namespace {

const QString kPrefix = QStringLiteral("phrl");

void writeFileText(const QString &path, const QByteArray &data)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(data);
}

// /etc/subuid (or subgid) without the lines of name, plus extra.
void rewriteSubordinate(const QString &path, const QString &name, const QByteArray &extra)
{
    QByteArray out;
    for (const QByteArray &line : fileBytes(path).split('\n'))
        if (!line.trimmed().isEmpty() && !line.startsWith(QByteArray(name.toUtf8() + ':')))
            out += line + '\n';
    writeFileText(path, out + extra);
}

// Above every range of /etc/subuid and /etc/subgid.
quint64 firstFreeSubordinate()
{
    quint64 end = 100000;
    for (const QString &path : {QStringLiteral("/etc/subuid"), QStringLiteral("/etc/subgid")})
        for (const QByteArray &line : fileBytes(path).split('\n')) {
            const QList<QByteArray> fields = line.split(':');
            if (fields.size() == 3)
                end = std::max(end, fields.at(1).toULongLong() + fields.at(2).toULongLong());
        }
    return (end + 65535) / 65536 * 65536;
}

// Kills every process whose real uid is the user's or one of its
// subordinate ids (its pause process, conmon, slirp4netns, containers).
void killProcessesOf(uint uid, quint64 subStart, quint64 subCount)
{
    for (int round = 0; round < 50; ++round) {
        int found = 0;
        for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
            bool isPid = false;
            const int pid = entry.toInt(&isPid);
            struct stat info;
            if (!isPid || ::stat(QByteArray("/proc/" + entry.toLatin1()).constData(), &info) != 0)
                continue;
            const QByteArray stat = fileBytes(QStringLiteral("/proc/%1/stat").arg(pid));
            const qsizetype close = stat.lastIndexOf(')');
            if (close < 0 || stat.size() <= close + 2 || stat.at(close + 2) == 'Z') // gone, waiting to be reaped
                continue;
            if (info.st_uid == uid || (subCount > 0 && info.st_uid >= subStart && info.st_uid < subStart + subCount)) {
                ::kill(pid, SIGKILL);
                ++found;
            }
        }
        if (found == 0)
            return;
        QThread::msleep(100);
    }
}

void removeUser(const QString &name, uint uid, quint64 subStart, quint64 subCount)
{
    killProcessesOf(uid, subStart, subCount);
    runProgram(QStringLiteral("rm"), {QStringLiteral("-rf"), QStringLiteral("/tmp/porthole-%1").arg(uid)}); // a fallback runtime directory
    runProgram(QStringLiteral("userdel"), {QStringLiteral("-f"), name});
    rewriteSubordinate(QStringLiteral("/etc/subuid"), name, {});
    rewriteSubordinate(QStringLiteral("/etc/subgid"), name, {});
}

porthole::Status makeOwnedDir(const QString &path, const TestUser &user)
{
    if (!QDir().mkpath(path) || ::chown(QFile::encodeName(path).constData(), user.uid, user.gid) != 0
        || ::chmod(QFile::encodeName(path).constData(), 0700) != 0)
        return porthole::fail(QStringLiteral("cannot make %1 for %2").arg(path, user.name));
    return {};
}

} // namespace

RootlessUsers::RootlessUsers()
{
    ::chmod(QFile::encodeName(m_dir.path()).constData(), 0755); // the users traverse it to their homes
}

RootlessUsers::~RootlessUsers()
{
    for (const TestUser &user : std::as_const(m_users))
        removeUser(user.name, user.uid, user.subStart, user.subCount);
    // What the users' namespaces wrote (ids of theirs, overlay work dirs) goes with the directory.
    runProgram(QStringLiteral("rm"), {QStringLiteral("-rf"), m_dir.path()});
}

void RootlessUsers::removeStale()
{
    for (const QByteArray &line : fileBytes(QStringLiteral("/etc/passwd")).split('\n')) {
        const QList<QByteArray> fields = line.split(':');
        if (fields.size() > 3 && fields.at(0).startsWith(kPrefix.toUtf8()))
            removeUser(QString::fromUtf8(fields.at(0)), fields.at(2).toUInt(), 0, 0);
    }
    // and the directories of such a run: its users' homes and runtime directories
    QDir temp(QDir::tempPath());
    for (const QString &dir : temp.entryList({QCoreApplication::applicationName() + QStringLiteral("-*")}, QDir::Dirs))
        if (!QDir(temp.filePath(dir)).entryList({QStringLiteral("run-") + kPrefix + QLatin1Char('*')}, QDir::Dirs).isEmpty())
            runProgram(QStringLiteral("rm"), {QStringLiteral("-rf"), temp.filePath(dir)});
}

const TestUser *RootlessUsers::add(const QString &suffix, bool subordinateIds, QString *error)
{
    TestUser user;
    user.name = kPrefix + QString::number(QCoreApplication::applicationPid() % 100000) + suffix;
    user.home = m_dir.path() + QLatin1Char('/') + user.name;
    user.runtimeDir = m_dir.path() + QStringLiteral("/run-") + user.name;
    const RunResult made = runProgram(QStringLiteral("useradd"), {QStringLiteral("-M"), QStringLiteral("-d"), user.home,
                                                                  QStringLiteral("-s"), QStringLiteral("/bin/sh"), user.name});
    const struct passwd *pw = made.exitCode == 0 ? ::getpwnam(user.name.toUtf8().constData()) : nullptr;
    if (!pw) {
        *error = QStringLiteral("useradd %1: %2").arg(user.name, QString::fromLocal8Bit(made.err));
        return nullptr;
    }
    user.uid = pw->pw_uid;
    user.gid = pw->pw_gid;
    if (subordinateIds) {
        user.subStart = firstFreeSubordinate();
        user.subCount = 65536;
    }
    m_users.push_back(user); // removed from here on, whatever happens next
    const QByteArray line = subordinateIds ? QByteArray(user.name.toUtf8() + ':' + QByteArray::number(user.subStart) + ":65536\n") : QByteArray();
    rewriteSubordinate(QStringLiteral("/etc/subuid"), user.name, line);
    rewriteSubordinate(QStringLiteral("/etc/subgid"), user.name, line);
    for (const QString &dir : {user.home, user.runtimeDir})
        if (auto ok = makeOwnedDir(dir, user); !ok) {
            *error = ok.error().message;
            return nullptr;
        }
    ::chmod(QFile::encodeName(user.home).constData(), 0755); // as Debian makes homes: the store must keep itself private
    return &m_users.back();
}

RunResult programAs(const TestUser &user, const QString &program, const QStringList &args, int timeoutMs, bool runtimeDir,
                    const QStringList &env)
{
    QStringList all{QStringLiteral("--reuid=%1").arg(user.uid), QStringLiteral("--regid=%1").arg(user.gid),
                    QStringLiteral("--init-groups"), QStringLiteral("--"), QStringLiteral("env"), QStringLiteral("-i"),
                    QStringLiteral("HOME=") + user.home, QStringLiteral("USER=") + user.name,
                    QStringLiteral("LOGNAME=") + user.name, QStringLiteral("XDG_RUNTIME_DIR=") + user.runtimeDir,
                    QStringLiteral("PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"),
                    QStringLiteral("LANG=C.UTF-8")};
    all += env;
    all.append(program);
    if (!runtimeDir)
        all.removeAt(all.indexOf(QStringLiteral("XDG_RUNTIME_DIR=") + user.runtimeDir));
    return runProgram(QStringLiteral("setpriv"), all + args, {}, timeoutMs);
}

RunResult runAs(const TestUser &user, const QStringList &args, int timeoutMs, bool runtimeDir)
{
    return programAs(user, QStringLiteral(PORTHOLE_BIN), args, timeoutMs, runtimeDir);
}
