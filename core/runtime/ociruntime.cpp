#include "runtime/ociruntime.h"

#include "base/storepaths.h"
#include "runtime/runtimeerrors.h"
#include "runtime/usernamespace.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QThread>

namespace porthole {

Result<OciRuntime> OciRuntime::find(const QString &name, const QString &stateRoot)
{
    QString path = name.contains(QLatin1Char('/')) ? name : QStandardPaths::findExecutable(name);
    if (path.isEmpty())
        path = QStandardPaths::findExecutable(name, {QStringLiteral("/usr/sbin"), QStringLiteral("/usr/bin"), QStringLiteral("/sbin")});
    if (path.isEmpty() || !QFileInfo(path).isExecutable())
        return fail(QStringLiteral("the OCI runtime \"%1\" was not found: install it (apt-get install %1)").arg(name));
    return OciRuntime(path, stateRoot);
}

Result<QByteArray> OciRuntime::run(const QStringList &args) const
{
    QProcess process;
    process.start(m_path, QStringList{QStringLiteral("--root"), m_root} + args);
    if (!process.waitForStarted(10000))
        return fail(QStringLiteral("cannot run %1: %2").arg(m_path, process.errorString()));
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return fail(QStringLiteral("%1 %2 timed out").arg(QFileInfo(m_path).fileName(), args.first()));
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        QString message = QString::fromUtf8(process.readAllStandardError()).trimmed();
        // runc logs as key=value lines; keep the message of the last one.
        const qsizetype msg = message.lastIndexOf(QLatin1String("msg=\""));
        if (msg >= 0)
            message = message.mid(msg + 5).section(QLatin1Char('"'), 0, 0);
        return fail(QStringLiteral("%1 %2: %3").arg(QFileInfo(m_path).fileName(), args.first(), message.split(QLatin1Char('\n')).last()));
    }
    return process.readAllStandardOutput();
}

Status OciRuntime::kill(const QString &id, const QString &signal, bool all) const
{
    QStringList args{QStringLiteral("kill")};
    // --all walks the container's cgroup; a rootless container has none
    // (usernamespace.h), and killing its init ends its pid namespace anyway.
    if (all && runningRootless())
        all = false;
    if (all)
        args << QStringLiteral("--all");
    args << id << signal;
    auto result = run(args);
    if (!result)
        return std::unexpected(result.error());
    return {};
}

Status OciRuntime::pause(const QString &id) const
{
    constexpr int attempts = 5;
    for (int attempt = 1;; ++attempt) {
        auto result = run({QStringLiteral("pause"), id});
        if (result)
            return {};
        if (!isTransientFreezeFailure(result.error().message))
            return std::unexpected(result.error());
        if (attempt == attempts)
            return fail(result.error().message
                        + QStringLiteral(" (tried %1 times while its processes kept starting; try again)").arg(attempts));
        QThread::msleep(50 * attempt);
    }
}

Result<QString> OciRuntime::status(const QString &id) const
{
    auto output = run({QStringLiteral("state"), id});
    if (!output)
        return std::unexpected(output.error());
    return QJsonDocument::fromJson(*output).object().value(QLatin1String("status")).toString();
}

} // namespace porthole
