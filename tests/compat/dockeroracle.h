#pragma once
// Docker, the oracle of the differential suite: Debian's dockerd started on
// a private socket, data root and exec root (no iptables, no bridge), with
// its own containerd; and a bash script run in a process group of its own,
// so a timeout ends all of it.
#include <QProcess>
#include <QString>

namespace compat {

class Dockerd {
public:
    explicit Dockerd(const QString &dir);
    ~Dockerd(); // stop()
    Dockerd(const Dockerd &) = delete;
    Dockerd &operator=(const Dockerd &) = delete;
    // Starts the daemon and waits until it answers; false with the reason.
    bool start(QString *error);
    // SIGTERM, wait; then whatever of ours survived (containerd, shims) is
    // killed by its id and every mount under the directory is detached.
    void stop();
    QString socket() const { return m_dir + QStringLiteral("/docker.sock"); }
    QString client() const; // a docker command line prefix for shell scripts

private:
    QString m_dir;
    QProcess m_daemon;
};

struct ScriptRun {
    int exitCode = -1;
    bool timedOut = false;
};

// Runs `bash script` in its own session; after timeoutMs the whole process
// group is killed.
class Script {
public:
    explicit Script(const QString &path);
    void start();
    ScriptRun wait(int timeoutMs);

private:
    QString m_path;
    QProcess m_process;
};

// Detaches every mount at or under dir (deepest first).
void unmountUnder(const QString &dir);
// Kills (SIGKILL) every process whose command line mentions dir.
void killProcessesMentioning(const QString &dir);
// What an earlier run that was killed left in tempDir (its tst_compat-docker-*
// directories whose dockerd is gone): processes, mounts (the daemon's netns
// among them), files. Returns how many it swept.
int sweepStaleRuns(const QString &tempDir);

} // namespace compat
