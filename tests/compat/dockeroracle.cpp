#include "dockeroracle.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QThread>
#include <csignal>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <unistd.h>

namespace compat {

Dockerd::Dockerd(const QString &dir)
    : m_dir(dir)
{
}

Dockerd::~Dockerd()
{
    stop();
}

QString Dockerd::client() const
{
    return QStringLiteral("/usr/bin/docker --config '%1/config' -H 'unix://%2'").arg(m_dir, socket());
}

bool Dockerd::start(QString *error)
{
    QDir().mkpath(m_dir + QStringLiteral("/config"));
    m_daemon.setProcessChannelMode(QProcess::MergedChannels);
    m_daemon.setStandardOutputFile(m_dir + QStringLiteral("/dockerd.log"));
    // If the test dies, so does the daemon (and it stops its containerd).
    m_daemon.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    m_daemon.start(QStringLiteral("/usr/sbin/dockerd"),
                   {QStringLiteral("--data-root"), m_dir + QStringLiteral("/data"), QStringLiteral("--exec-root"), m_dir + QStringLiteral("/exec"),
                    QStringLiteral("--pidfile"), m_dir + QStringLiteral("/dockerd.pid"), QStringLiteral("--host"), QStringLiteral("unix://") + socket(),
                    QStringLiteral("--iptables=false"), QStringLiteral("--ip-forward=false"), QStringLiteral("--ip-masq=false"),
                    QStringLiteral("--bridge=none"), QStringLiteral("--containerd-namespace"), QStringLiteral("compat"),
                    QStringLiteral("--containerd-plugins-namespace"), QStringLiteral("compat-p")});
    if (!m_daemon.waitForStarted(10000)) {
        *error = QStringLiteral("cannot start dockerd: ") + m_daemon.errorString();
        return false;
    }
    for (int i = 0; i < 600; ++i) {
        if (m_daemon.state() != QProcess::Running)
            break;
        QProcess version;
        version.start(QStringLiteral("/usr/bin/docker"), {QStringLiteral("-H"), QStringLiteral("unix://") + socket(), QStringLiteral("version")});
        if (version.waitForFinished(10000) && version.exitStatus() == QProcess::NormalExit && version.exitCode() == 0)
            return true;
        QThread::msleep(100);
    }
    QFile log(m_dir + QStringLiteral("/dockerd.log"));
    log.open(QIODevice::ReadOnly);
    *error = QStringLiteral("dockerd did not answer; its log ends:\n") + QString::fromUtf8(log.readAll().right(3000));
    return false;
}

void Dockerd::stop()
{
    if (m_daemon.state() != QProcess::NotRunning) {
        m_daemon.terminate();
        if (!m_daemon.waitForFinished(60000)) {
            m_daemon.kill();
            m_daemon.waitForFinished(10000);
        }
    }
    killProcessesMentioning(m_dir);
    unmountUnder(m_dir);
}

Script::Script(const QString &path)
    : m_path(path)
{
}

void Script::start()
{
    m_process.setChildProcessModifier([] { ::setsid(); });
    m_process.setProcessChannelMode(QProcess::ForwardedChannels);
    m_process.setStandardInputFile(QProcess::nullDevice());
    m_process.start(QStringLiteral("/bin/bash"), {m_path});
}

ScriptRun Script::wait(int timeoutMs)
{
    ScriptRun run;
    if (!m_process.waitForFinished(timeoutMs) && m_process.state() != QProcess::NotRunning) {
        run.timedOut = true;
        ::kill(-pid_t(m_process.processId()), SIGKILL);
        m_process.waitForFinished(10000);
        return run;
    }
    run.exitCode = m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    return run;
}

void unmountUnder(const QString &dir)
{
    QFile mounts(QStringLiteral("/proc/self/mounts"));
    if (!mounts.open(QIODevice::ReadOnly))
        return;
    QStringList targets;
    for (const QByteArray &line : mounts.readAll().split('\n')) {
        const QList<QByteArray> fields = line.split(' ');
        if (fields.size() < 2)
            continue;
        const QString target = QString::fromUtf8(fields.at(1)).replace(QStringLiteral("\\040"), QStringLiteral(" "));
        if (target == dir || target.startsWith(dir + QLatin1Char('/')))
            targets.append(target);
    }
    for (auto it = targets.crbegin(); it != targets.crend(); ++it)
        ::umount2(it->toLocal8Bit().constData(), MNT_DETACH);
}

int sweepStaleRuns(const QString &tempDir)
{
    int swept = 0;
    const QStringList dirs = QDir(tempDir).entryList({QStringLiteral("tst_compat-docker-*")}, QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &name : dirs) {
        const QString dir = tempDir + QLatin1Char('/') + name;
        QFile pidFile(dir + QStringLiteral("/dockerd.pid"));
        const pid_t pid = pidFile.open(QIODevice::ReadOnly) ? pid_t(pidFile.readAll().trimmed().toInt()) : 0;
        if (pid > 0 && ::kill(pid, 0) == 0)
            continue; // a run still going (another build's, perhaps)
        killProcessesMentioning(dir);
        unmountUnder(dir);
        QDir(dir).removeRecursively();
        ++swept;
    }
    return swept;
}

void killProcessesMentioning(const QString &dir)
{
    const QByteArray needle = dir.toLocal8Bit();
    const qint64 self = QCoreApplication::applicationPid();
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool ok = false;
        const int pid = entry.toInt(&ok);
        if (!ok || pid == self)
            continue;
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().contains(needle))
            ::kill(pid, SIGKILL);
    }
}

} // namespace compat
