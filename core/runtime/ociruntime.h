#pragma once
// The OCI runtime's command line (runc by default, crun selectable): start,
// kill, pause, resume, delete, state. Namespaces, cgroups and the freezer
// are the runtime's business; we only ask.
#include "base/error.h"

#include <QStringList>

namespace porthole {

class OciRuntime {
public:
    // name: "runc" or "crun" (looked up in PATH), or a path.
    static Result<OciRuntime> find(const QString &name, const QString &stateRoot);

    QString path() const { return m_path; }
    Status start(const QString &id) const { return runStatus({QStringLiteral("start"), id}); }
    Status kill(const QString &id, const QString &signal, bool all = false) const;
    // Retries while the cgroup v1 freezer cannot settle (a process of the
    // container forking or being exec'd into it); runc thaws in between.
    Status pause(const QString &id) const;
    Status resume(const QString &id) const { return runStatus({QStringLiteral("resume"), id}); }
    Status remove(const QString &id) const { return runStatus({QStringLiteral("delete"), QStringLiteral("--force"), id}); }
    // "created", "running", "paused", "stopped", or an error when unknown.
    Result<QString> status(const QString &id) const;

private:
    OciRuntime(QString path, QString root) : m_path(std::move(path)), m_root(std::move(root)) {}
    Result<QByteArray> run(const QStringList &args) const;
    Status runStatus(const QStringList &args) const
    {
        auto result = run(args);
        return result ? Status{} : std::unexpected(result.error());
    }
    QString m_path;
    QString m_root;
};

} // namespace porthole
