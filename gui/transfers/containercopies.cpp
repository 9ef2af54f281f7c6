#include "gui/transfers/containercopies.h"

#include "base/fsutil.h"
#include "base/humanize.h"
#include "cli/spelling.h"
#include "gui/app/backgroundwork.h"
#include "gui/transfers/stagedfilemimedata.h"
#include "gui/transfers/transferpanel.h"

#include <QFileInfo>

namespace {

// Bytes of what is copied in, for the progress bar (on a worker).
qint64 contentOf(const QStringList &paths)
{
    qint64 total = 0;
    for (const QString &path : paths)
        total += QFileInfo(path).isDir() ? porthole::contentSize(path) : QFileInfo(path).size();
    return total;
}

} // namespace

ContainerCopies::ContainerCopies(const SharedEngine &engine, TransferPanel *panel, QObject *parent)
    : QObject(parent), m_engine(engine), m_panel(panel)
{
}

void ContainerCopies::copyIn(const QString &containerId, const QString &containerName, const QStringList &hostPaths, const QString &directory)
{
    if (hostPaths.isEmpty())
        return;
    QString command;
    for (const QString &path : hostPaths)
        command += (command.isEmpty() ? QString() : QStringLiteral(" && "))
                   + porthole::spellCommand(QStringLiteral("container cp"), {}, {path, containerName + QLatin1Char(':') + directory});
    emit commandShown(command);
    runInBackground(this, [hostPaths] { return contentOf(hostPaths); }, [this, containerId, hostPaths, directory, command](qint64 total) {
        startCopyIn(containerId, hostPaths, directory, command, total);
    });
}

void ContainerCopies::startCopyIn(const QString &containerId, const QStringList &hostPaths, const QString &directory, const QString &command, qint64 total)
{
    if (m_panel->isActive()) {
        emit finished(false, tr("Another transfer is running: wait for it, or cancel it"));
        return;
    }
    emit busy(tr("Running: %1").arg(command));
    const std::shared_ptr<porthole::Progress> progress = m_panel->begin(tr("Copying into the container"), total);
    const SharedEngine shared = m_engine;
    runInBackground(this, [shared, containerId, hostPaths, directory, progress] {
        auto engine = shared.copy();
        if (!engine)
            return JobOutcome{false, engine.error().message};
        qint64 bytes = 0;
        for (const QString &path : hostPaths) {
            auto copied = engine->containers().copyToContainer({containerId, directory, path, -1, false, false}, *progress);
            if (!copied)
                return JobOutcome{false, copied.error().message};
            bytes += copied->bytes;
        }
        return JobOutcome{true, porthole::humanSizePrecision(double(bytes), 3)};
    }, [this, containerId, command](const JobOutcome &outcome) {
        m_panel->end();
        emit finished(outcome.ok, outcome.ok ? tr("Copied %1: %2").arg(outcome.message, command) : outcome.message);
        emit copiedIn(containerId);
    });
}

QMimeData *ContainerCopies::dragOut(const QString &containerId, const QString &containerName, const QString &path)
{
    const QString name = QFileInfo(path).fileName().isEmpty() ? containerName : QFileInfo(path).fileName();
    const QString staged = stagingPath(name);
    emit commandShown(porthole::spellCommand(QStringLiteral("container cp"), {}, {containerName + QLatin1Char(':') + path, staged}));
    const bool usesPanel = !m_panel->isActive(); // another transfer keeps the panel: this one goes unseen
    const std::shared_ptr<porthole::Progress> progress = usesPanel ? m_panel->begin(tr("Copying out of the container"), 0)
                                                                   : std::make_shared<porthole::Progress>();
    const auto error = std::make_shared<QString>();
    const SharedEngine shared = m_engine;
    const QFuture<bool> written = runInBackground(this, [shared, containerId, path, staged, progress, error] {
        auto engine = shared.copy();
        auto copied = engine ? engine->containers().copyFromContainer({containerId, path, staged, -1, false, false}, *progress)
                             : porthole::Result<porthole::CopyResult>(std::unexpected(engine.error()));
        if (!copied)
            *error = copied.error().message;
        return copied.has_value();
    }, [this, usesPanel, staged, error](bool ok) {
        if (usesPanel)
            m_panel->end();
        emit finished(ok, ok ? tr("Copied out to %1").arg(staged) : *error);
    });
    return new StagedFileMimeData(staged, written);
}
