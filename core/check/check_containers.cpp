// system check: container names, records against the runtime (a record
// saying running whose process is gone, a stopped one still holding its
// runtime state, network or root mount), and the runtime's containers,
// bundles and exit files that no record owns.
#include "check/storecheck.h"

#include "base/fsutil.h"
#include "base/tempwork.h"
#include "runtime/childprocess.h"

#include <QDir>
#include <QFileInfo>
#include <QThread>
#include <unistd.h>

namespace porthole {
namespace {

bool isLive(const ContainerRecord &record)
{
    return record.state.state == ContainerState::Running || record.state.state == ContainerState::Paused;
}

QString subjectOf(const ContainerRecord &record)
{
    return QStringLiteral("container %1 (%2)").arg(record.config.name, record.shortId());
}

} // namespace

void StoreChecker::checkNames()
{
    ContainerStore &store = m_containers.store();
    const QDir names(store.namesDir());
    for (const QString &name : names.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)) {
        const QString id = QFileInfo(names.filePath(name)).symLinkTarget().section(QLatin1Char('/'), -1);
        auto record = store.read(id);
        if (record && record->config.name == name)
            continue;
        CheckFinding finding{QStringLiteral("name %1").arg(name),
                             record ? QStringLiteral("reserved for container %1, whose name is %2").arg(id.left(12), record->config.name)
                                    : QStringLiteral("reserved for container %1, which does not exist").arg(id.left(12))};
        Status removed;
        if (m_options.repair && ::unlink(QFile::encodeName(names.filePath(name)).constData()) < 0)
            removed = fail(QStringLiteral("cannot remove %1: %2").arg(names.filePath(name), systemErrorText(errno)));
        m_options.repair ? repaired(finding, removed, QStringLiteral("released")) : report(finding);
    }
}

// The record once no command works on the container and no exit is being
// recorded (the process gone, its monitor still alive, running the exit
// command): what the check compares must not be a moment of a transition.
Result<ContainerRecord> StoreChecker::settledRecord(const QString &id)
{
    ContainerStore &store = m_containers.store();
    for (int waited = 0;; waited += 50) {
        auto record = [&] {
            auto held = store.lock(id); // waits for a command working on it
            return store.read(id);
        }();
        if (!record || !isLive(*record) || processAlive(record->state.pid) || !processAlive(record->state.monitorPid)
            || waited >= 10000)
            return record;
        QThread::msleep(50); // the exit command takes the lock meanwhile
    }
}

void StoreChecker::checkContainers()
{
    ContainerStore &store = m_containers.store();
    m_records.clear(); // as settled, for the networks' checks
    for (const QString &id : QDir(store.containersDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden)) {
        if (!QFileInfo::exists(store.dir(id)))
            continue; // removed meanwhile
        auto record = settledRecord(id);
        if (record) {
            m_records.append(*record);
            checkContainer(*record);
            continue;
        }
        CheckFinding finding{QStringLiteral("container %1").arg(id.left(12)), QStringLiteral("its record cannot be read: %1").arg(record.error().message)};
        if (!m_options.repair) {
            report(finding);
        } else if (!m_options.force) {
            finding.repair = QStringLiteral("its writable layer may hold data: repair with --force to remove it");
            report(finding);
        } else {
            auto work = TempWork::create(m_images.paths().tmpDir());
            Status moved = work ? Status{} : Status(std::unexpected(work.error()));
            if (moved && !QDir().rename(store.dir(id), work->subPath(id)))
                moved = fail(QStringLiteral("cannot move %1 aside").arg(store.dir(id)));
            repaired(finding, moved, QStringLiteral("removed"));
        }
    }
}

void StoreChecker::checkContainer(const ContainerRecord &record)
{
    ContainerStore &store = m_containers.store();
    const QString &id = record.config.id;
    const QString nameLink = store.namesDir() + QLatin1Char('/') + record.config.name;
    if (!QFileInfo(nameLink).isSymLink()) {
        CheckFinding finding{subjectOf(record), QStringLiteral("its name is not reserved")};
        Status made;
        if (m_options.repair && ::symlink(id.toLatin1().constData(), QFile::encodeName(nameLink).constData()) < 0)
            made = fail(QStringLiteral("cannot reserve %1: %2").arg(record.config.name, systemErrorText(errno)));
        m_options.repair ? repaired(finding, made, QStringLiteral("reserved")) : report(finding);
    }
    if (!QFileInfo::exists(m_images.paths().imagesDir() + QLatin1Char('/') + record.config.imageId.mid(7)))
        report({subjectOf(record), QStringLiteral("its image %1 (%2) is missing: it cannot start again").arg(record.config.image, record.config.imageId.mid(7, 12)),
                m_options.repair ? QStringLiteral("remove it with porthole rm") : QString()});
    if (isLive(record)) {
        if (processAlive(record.state.monitorPid) || processAlive(record.state.pid))
            return checkRuntimeState(record);
        CheckFinding finding{subjectOf(record), QStringLiteral("recorded as %1, but its process is gone").arg(stateName(record.state.state))};
        m_options.repair ? repaired(finding, m_containers.cleanup(id), QStringLiteral("its exit recorded")) : report(finding);
        return;
    }
    QStringList held;
    if (QFileInfo::exists(store.runtimeRoot() + QLatin1Char('/') + id))
        held.append(QStringLiteral("its runtime state"));
    if (record.state.network.isConnected())
        held.append(QStringLiteral("its network namespace %1%2").arg(record.state.network.namespaceName,
                    record.state.network.address.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(record.state.network.address)));
    if (isMountPoint(store.rootfsDir(id)))
        held.append(QStringLiteral("its root file system mount"));
    if (held.isEmpty())
        return;
    CheckFinding finding{subjectOf(record), QStringLiteral("%1, but still holds %2").arg(stateName(record.state.state), held.join(QStringLiteral(", ")))};
    m_options.repair ? repaired(finding, m_containers.releaseLeftovers(id), QStringLiteral("released")) : report(finding);
}

// A live container is running or paused as the runtime says: a pause or
// unpause killed between the runtime and the record leaves them apart.
void StoreChecker::checkRuntimeState(const ContainerRecord &record)
{
    auto runtime = OciRuntime::find(m_options.runtime, m_containers.store().runtimeRoot());
    auto status = runtime ? runtime->status(record.config.id) : Result<QString>(std::unexpected(runtime.error()));
    const QString recorded = stateName(record.state.state);
    if (status && *status == recorded)
        return;
    CheckFinding finding{subjectOf(record), QStringLiteral("recorded as %1, but the runtime says %2")
                                                .arg(recorded, status ? *status : status.error().message)};
    if (!m_options.repair || !status || (*status != QLatin1String("running") && *status != QLatin1String("paused")))
        return report(finding);
    repaired(finding, matchRuntime(record.config.id, *status), QStringLiteral("recorded as %1").arg(*status));
}

Status StoreChecker::matchRuntime(const QString &id, const QString &runtimeState)
{
    ContainerStore &store = m_containers.store();
    auto held = store.lock(id);
    if (!held)
        return std::unexpected(held.error());
    auto record = store.read(id);
    if (!record)
        return std::unexpected(record.error());
    record->state.state = runtimeState == QLatin1String("paused") ? ContainerState::Paused : ContainerState::Running;
    return store.saveState(id, record->state);
}

// What the runtime keeps per container (runc's state, the bundle) for
// containers the store no longer has.
void StoreChecker::checkRuntimeLeftovers()
{
    ContainerStore &store = m_containers.store();
    QSet<QString> ids;
    for (const ContainerRecord &record : std::as_const(m_records))
        ids.insert(record.config.id);
    auto runtime = OciRuntime::find(m_options.runtime, store.runtimeRoot());
    const QList<QPair<QString, QString>> places{{store.runtimeRoot(), QStringLiteral("runtime container")},
                                                {store.bundleDir(QString()).chopped(1), QStringLiteral("bundle")}};
    for (const auto &[dir, kind] : places) {
        for (const QString &id : QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot)) {
            if (ids.contains(id) || store.read(id))
                continue;
            CheckFinding finding{QStringLiteral("%1 %2").arg(kind, id.left(12)), QStringLiteral("no container record owns it")};
            if (!m_options.repair) {
                report(finding);
                continue;
            }
            Status removed = kind == QLatin1String("runtime container")
                                 ? (runtime ? runtime->remove(id) : Status(std::unexpected(runtime.error())))
                                 : removeTree(dir + QLatin1Char('/') + id);
            repaired(finding, removed, QStringLiteral("removed"));
        }
    }
}

} // namespace porthole
