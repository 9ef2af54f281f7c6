#include "gui/transfers/transfercontroller.h"

#include "base/fsutil.h"
#include "cli/spelling.h"
#include "gui/app/backgroundwork.h"
#include "gui/transfers/dropdialog.h"
#include "gui/transfers/stagedfilemimedata.h"
#include "gui/transfers/transferpanel.h"
#include "images/archiveprobe.h"

#include <QFileDialog>
#include <QFileInfo>

namespace {

struct ProbeOutcome {
    porthole::Result<porthole::ArchivePreview> preview = porthole::fail(QString());
};

QString spellSave(const QString &image, const QString &path)
{
    return porthole::spellCommand(QStringLiteral("image save"), {{QStringLiteral("output"), path}}, {image});
}

// The command line a transfer stands for.
QString commandFor(const TransferRequest &request, const QString &path)
{
    switch (request.kind) {
    case TransferRequest::Kind::ExportFilesystem:
        return porthole::spellCommand(QStringLiteral("container export"), {{QStringLiteral("output"), path}}, {request.name});
    case TransferRequest::Kind::Migrate: {
        const QString tag = porthole::migrationTag(request.name);
        return porthole::spellCommand(QStringLiteral("container commit"), {}, {request.name, tag}) + QStringLiteral(" && ") + spellSave(tag, path);
    }
    case TransferRequest::Kind::SaveImage: return spellSave(request.id.mid(7, 12), path);
    }
    return {};
}

// On a worker: the transfer, into a file visible only once complete.
JobOutcome writeTransfer(porthole::Engine &engine, const TransferRequest &request, const QString &path, porthole::Progress &progress)
{
    auto file = porthole::AtomicOutputFile::create(path);
    if (!file)
        return {false, file.error().message};
    porthole::Status done;
    if (request.kind == TransferRequest::Kind::ExportFilesystem) {
        done = engine.containers().exportFilesystem(request.id, file->fd(), progress);
    } else if (request.kind == TransferRequest::Kind::Migrate) {
        auto tag = engine.containers().migrate(request.id, file->fd(), progress);
        done = tag ? porthole::Status{} : porthole::Status(std::unexpected(tag.error()));
    } else {
        done = engine.images().save({request.id}, file->fd(), progress);
    }
    if (!done)
        return {false, done.error().message};
    if (auto ok = file->commit(); !ok)
        return {false, ok.error().message};
    return {true, path};
}

// On a worker: `import` (a root filesystem) or `load` (an image archive).
JobOutcome readTransfer(porthole::Engine &engine, const QString &path, bool import, const porthole::ImportOptions &options,
                        porthole::Progress &progress)
{
    auto source = porthole::FdSource::openFile(path);
    if (!source)
        return {false, source.error().message};
    if (import) {
        auto id = engine.images().importRootfs(**source, options, progress);
        return id ? JobOutcome{true, *id} : JobOutcome{false, id.error().message};
    }
    auto loaded = engine.images().load(**source, progress);
    return loaded ? JobOutcome{true, loaded->join(QStringLiteral(", "))} : JobOutcome{false, loaded.error().message};
}

} // namespace

QString TransferRequest::fileName() const
{
    switch (kind) {
    case Kind::ExportFilesystem: return name + QStringLiteral(".tar");
    case Kind::Migrate: return name + QStringLiteral("-migrated.tar");
    case Kind::SaveImage:
        if (name.isEmpty())
            return QStringLiteral("image-%1.tar").arg(id.mid(7, 12));
        return QString(name).replace(QLatin1Char('/'), QLatin1Char('_')).replace(QLatin1Char(':'), QLatin1Char('_')) + QStringLiteral(".tar");
    }
    return {};
}

QString TransferRequest::dialogTitle() const
{
    switch (kind) {
    case Kind::ExportFilesystem: return TransferController::tr("Export the filesystem of %1").arg(name);
    case Kind::Migrate: return TransferController::tr("Migrate %1 with its settings").arg(name);
    case Kind::SaveImage: return TransferController::tr("Save the image %1").arg(name.isEmpty() ? id.mid(7, 12) : name);
    }
    return {};
}

TransferController::TransferController(const SharedEngine &engine, QWidget *window)
    : QObject(window), m_engine(engine), m_window(window), m_panel(new TransferPanel(window))
{
    askExportPath = [this](const QString &suggested) {
        return QFileDialog::getSaveFileName(m_window, m_askTitle, suggested, tr("Tar archives (*.tar)"));
    };
    askImportFile = [this] {
        return QFileDialog::getOpenFileName(m_window, tr("Import a root filesystem tarball"), QString(),
                                            tr("Tar archives (*.tar *.tar.gz *.tgz *.tar.xz *.tar.bz2 *.tar.zst);;All files (*)"));
    };
    askDropAction = [](DropDialog &dialog) { return dialog.exec() == QDialog::Accepted; };
    runInBackground(this, [] { removeOldStagedFiles(); return true; }, [](bool) {});
}

bool TransferController::refuseWhileBusy()
{
    if (!m_panel->isActive())
        return false;
    emit finished(false, tr("another transfer is running; wait for it or cancel it"));
    return true;
}

QFuture<bool> TransferController::write(const TransferRequest &request, const QString &path)
{
    if (refuseWhileBusy())
        return QtFuture::makeReadyFuture(false);
    const QString command = commandFor(request, path);
    emit commandShown(command, request.kind == TransferRequest::Kind::SaveImage ? QString() : request.id);
    emit statusChanged(tr("Running: %1").arg(command));
    const QString title = request.kind == TransferRequest::Kind::SaveImage ? tr("Saving image %1").arg(request.id.mid(7, 12))
                          : request.kind == TransferRequest::Kind::ExportFilesystem ? tr("Exporting %1").arg(request.name)
                                                                                    : tr("Migrating %1").arg(request.name);
    const std::shared_ptr<porthole::Progress> progress = m_panel->begin(title, request.estimate);
    const SharedEngine shared = m_engine;
    QFuture<JobOutcome> work = runInBackground(this, [shared, request, path, progress] {
        auto engine = shared.copy();
        return engine ? writeTransfer(*engine, request, path, *progress) : JobOutcome{false, engine.error().message};
    }, [this, command](const JobOutcome &outcome) {
        m_panel->end();
        emit finished(outcome.ok, outcome.ok ? tr("Done: %1").arg(command) : outcome.message);
    });
    return work.then([](const JobOutcome &outcome) { return outcome.ok; });
}

void TransferController::writeAsked(const TransferRequest &request)
{
    m_askTitle = request.dialogTitle();
    const QString path = askExportPath(request.fileName());
    if (!path.isEmpty())
        write(request, path);
}

QMimeData *TransferController::dragOut(const TransferRequest &request)
{
    const QString path = stagingPath(request.fileName());
    return new StagedFileMimeData(path, write(request, path));
}

void TransferController::dropFiles(const QStringList &paths)
{
    for (const QString &path : paths)
        previewDroppedFile(path);
}

void TransferController::previewDroppedFile(const QString &path)
{
    emit statusChanged(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    // The preview reads the whole file (a truncated one is caught here), so
    // off the UI thread.
    runInBackground(this, [path] {
        porthole::Progress progress;
        return ProbeOutcome{porthole::probeArchive(path, progress)};
    }, [this, path](const ProbeOutcome &probed) {
        if (!probed.preview) {
            emit finished(false, probed.preview.error().message);
            return;
        }
        DropDialog dialog(QFileInfo(path).fileName(), *probed.preview, m_window);
        emit statusChanged(dialog.isImport() ? tr("Name the image for %1 and press Import, or Cancel").arg(QFileInfo(path).fileName())
                                             : tr("Check what %1 holds and press Load, or Cancel").arg(QFileInfo(path).fileName()));
        if (!askDropAction(dialog)) {
            emit statusChanged(tr("Nothing changed: %1 was not imported").arg(QFileInfo(path).fileName()));
            return;
        }
        importOrLoad(path, dialog.isImport(), {dialog.reference(), dialog.changes(), {}});
    });
}

void TransferController::importOrLoad(const QString &path, bool import, const porthole::ImportOptions &options)
{
    if (refuseWhileBusy())
        return;
    QList<porthole::FlagValue> changes;
    for (const QString &change : options.changes)
        changes.append({QStringLiteral("change"), change});
    const QString command = import ? porthole::spellCommand(QStringLiteral("image import"), changes,
                                                            options.reference.isEmpty() ? QStringList{path} : QStringList{path, options.reference})
                                   : porthole::spellCommand(QStringLiteral("image load"), {{QStringLiteral("input"), path}});
    emit commandShown(command, QString());
    emit statusChanged(tr("Running: %1").arg(command));
    const QString fileName = QFileInfo(path).fileName();
    const std::shared_ptr<porthole::Progress> progress =
        m_panel->begin(import ? tr("Importing %1").arg(fileName) : tr("Loading %1").arg(fileName), QFileInfo(path).size());
    const SharedEngine shared = m_engine;
    runInBackground(this, [shared, path, import, options, progress] {
        auto engine = shared.copy();
        return engine ? readTransfer(*engine, path, import, options, *progress) : JobOutcome{false, engine.error().message};
    }, [this, import, fileName, reference = options.reference](const JobOutcome &outcome) {
        m_panel->end();
        if (!outcome.ok)
            emit finished(false, outcome.message);
        else if (!import)
            emit finished(true, tr("Loaded %1").arg(outcome.message));
        else
            emit finished(true, importedText(fileName, reference, outcome.message));
    });
}

// What an import made, under which name: "Imported demo.tar as busybox:test (3f2a…)".
QString TransferController::importedText(const QString &fileName, const QString &reference, const QString &id)
{
    const QString shortId = id.mid(7, 12); // sha256:…, as elsewhere in this file
    return reference.isEmpty() ? tr("Imported %1 as an untagged image %2").arg(fileName, shortId)
                               : tr("Imported %1 as %2 (%3)").arg(fileName, reference, shortId);
}

void TransferController::importFile(const QString &path)
{
    importOrLoad(path, true, {});
}

void TransferController::chooseImportFile()
{
    const QString path = askImportFile();
    if (!path.isEmpty())
        previewDroppedFile(path); // the same preview and naming as a drop
}
