#include "api/execsessions.h"

#include "base/ids.h"
#include "runtime/ptyprocess.h"

#include <QHash>
#include <mutex>

namespace porthole::api::execsessions {

namespace {

std::mutex g_mutex;
QHash<QString, ExecSession> g_sessions;

} // namespace

QString add(const QString &containerId, const ExecRequest &request)
{
    std::lock_guard guard(g_mutex);
    ExecSession session{newContainerId(), containerId, request};
    g_sessions.insert(session.id, session);
    return session.id;
}

std::optional<ExecSession> find(const QString &id)
{
    std::lock_guard guard(g_mutex);
    const auto it = g_sessions.constFind(id);
    return it == g_sessions.constEnd() ? std::nullopt : std::optional(*it);
}

bool begin(const QString &id, qint64 pid, int masterFd)
{
    std::lock_guard guard(g_mutex);
    auto it = g_sessions.find(id);
    if (it == g_sessions.end() || it->running || it->exitCode)
        return false;
    it->running = true;
    it->pid = pid;
    it->masterFd = masterFd;
    return true;
}

void end(const QString &id, int exitCode)
{
    std::lock_guard guard(g_mutex);
    auto it = g_sessions.find(id);
    if (it == g_sessions.end())
        return;
    it->running = false;
    it->exitCode = exitCode;
    it->masterFd = -1;
}

Status resize(const QString &id, int rows, int columns)
{
    std::lock_guard guard(g_mutex);
    const auto it = g_sessions.constFind(id);
    if (it == g_sessions.constEnd())
        return fail(QStringLiteral("No such exec instance: %1").arg(id));
    if (it->masterFd < 0)
        return {}; // not running (yet): nothing to resize
    return resizePty(it->masterFd, rows, columns);
}

} // namespace porthole::api::execsessions
