// Moving things in and out of the window: files dropped on it (previewed,
// then imported or loaded), containers and images dragged out (export,
// migrate with settings, save) and the same as menu items. Every transfer
// runs on a worker with progress and cancel, and writes its file or image
// atomically: a cancelled or failed one leaves nothing behind.
#include "gui/app/mainwindow.h"

#include "base/fsutil.h"
#include "base/ids.h"
#include "base/tempwork.h"
#include "cli/spelling.h"
#include "containers/containerengine.h"
#include "gui/app/backgroundwork.h"
#include "gui/containers/containerlistmodel.h"
#include "gui/images/imagelistmodel.h"
#include "gui/transfers/dropdialog.h"
#include "gui/transfers/stagedfilemimedata.h"
#include "gui/transfers/transferpanel.h"
#include "images/archiveprobe.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDrag>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QLabel>
#include <QMimeData>
#include <QMouseEvent>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>

namespace {

struct ProbeOutcome {
    porthole::Result<porthole::ArchivePreview> preview = porthole::fail(QString());
};

} // namespace

void removeOldDragOutFiles()
{
    // Files dragged out a day ago have been copied or forgotten.
    const QString base = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/drag-out");
    const QDateTime dayAgo = QDateTime::currentDateTimeUtc().addDays(-1);
    for (const QFileInfo &dir : QDir(base).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot))
        if (dir.lastModified() < dayAgo)
            QDir(dir.filePath()).removeRecursively();
}

QString MainWindow::stagingPath(const QString &fileName) const
{
    // A fresh directory per drag under the user's cache; a file manager
    // copies from there.
    const QString base = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/drag-out/") + porthole::randomHex(12);
    QDir().mkpath(base);
    return base + QLatin1Char('/') + fileName;
}

QFuture<bool> MainWindow::startTransfer(TransferKind kind, const QString &id, const QString &path)
{
    QString name = id.left(12), command, title;
    qint64 estimate = 0;
    if (kind == TransferKind::SaveImage) {
        estimate = m_imageSizes.value(id);
        command = porthole::spellCommand(QStringLiteral("image save"), {{QStringLiteral("output"), path}}, {id.mid(7, 12)});
        title = tr("Saving image %1").arg(id.mid(7, 12));
    } else if (const porthole::ContainerRecord *target = record(id)) {
        name = target->config.name;
        estimate = m_writableSizes.value(id) + m_imageSizes.value(target->config.imageId);
        const QString tag = porthole::migrationTag(name);
        command = kind == TransferKind::ExportFilesystem
                      ? porthole::spellCommand(QStringLiteral("container export"), {{QStringLiteral("output"), path}}, {name})
                      : porthole::spellCommand(QStringLiteral("container commit"), {}, {name, tag}) + QStringLiteral(" && ")
                            + porthole::spellCommand(QStringLiteral("image save"), {{QStringLiteral("output"), path}}, {tag});
        title = kind == TransferKind::ExportFilesystem ? tr("Exporting %1").arg(name) : tr("Migrating %1").arg(name);
    }
    if (m_transfer->isActive()) {
        showResult(false, tr("another transfer is running; wait for it or cancel it"));
        return QtFuture::makeReadyFuture(false);
    }
    m_commandLine->setText(command);
    m_status->setText(tr("Running: %1").arg(command));
    const std::shared_ptr<porthole::Progress> progress = m_transfer->begin(title, estimate);
    const SharedEngine shared = m_engine;
    QFuture<JobOutcome> work = runInBackground(this, [shared, kind, id, path, progress] {
        auto opened = shared.copy();
        if (!opened)
            return JobOutcome{false, opened.error().message};
        porthole::ContainerEngine &engine = opened->containers();
        auto file = porthole::AtomicOutputFile::create(path); // visible only once complete
        if (!file)
            return JobOutcome{false, file.error().message};
        porthole::Status done;
        if (kind == TransferKind::ExportFilesystem)
            done = engine.exportFilesystem(id, file->fd(), *progress);
        else if (kind == TransferKind::Migrate) {
            auto tag = engine.migrate(id, file->fd(), *progress);
            done = tag ? porthole::Status{} : porthole::Status(std::unexpected(tag.error()));
        } else
            done = opened->images().save({id}, file->fd(), *progress);
        if (!done)
            return JobOutcome{false, done.error().message};
        if (auto ok = file->commit(); !ok)
            return JobOutcome{false, ok.error().message};
        return JobOutcome{true, path};
    }, [this, command](const JobOutcome &outcome) {
        m_transfer->end();
        showResult(outcome.ok, outcome.ok ? tr("Done: %1").arg(command) : outcome.message);
    });
    return work.then([](const JobOutcome &outcome) { return outcome.ok; });
}

void MainWindow::exportContainer(const QString &id, const QString &path)
{
    if (record(id))
        startTransfer(TransferKind::ExportFilesystem, id, path);
}

void MainWindow::migrateContainer(const QString &id, const QString &path)
{
    if (record(id))
        startTransfer(TransferKind::Migrate, id, path);
}

void MainWindow::saveImage(const QString &id, const QString &path)
{
    startTransfer(TransferKind::SaveImage, id, path);
}

QMimeData *MainWindow::dragDataForContainer(const QString &id)
{
    const porthole::ContainerRecord *target = record(id);
    if (!target)
        return nullptr;
    const bool migrate = m_dragOutMode->currentIndex() == 1;
    const QString path = stagingPath(target->config.name + (migrate ? QStringLiteral("-migrated.tar") : QStringLiteral(".tar")));
    return new StagedFileMimeData(path, startTransfer(migrate ? TransferKind::Migrate : TransferKind::ExportFilesystem, id, path));
}

QMimeData *MainWindow::dragDataForImage(const QString &id)
{
    const QString path = stagingPath(QStringLiteral("image-%1.tar").arg(id.mid(7, 12)));
    return new StagedFileMimeData(path, startTransfer(TransferKind::SaveImage, id, path));
}

void MainWindow::startDragFrom(QTableView *table)
{
    const QModelIndex current = table->currentIndex();
    if (!current.isValid())
        return;
    auto *proxy = static_cast<QSortFilterProxyModel *>(table->model());
    const int row = proxy->mapToSource(current).row();
    QMimeData *data = table == m_containerTable ? dragDataForContainer(m_containers->idAt(row)) : dragDataForImage(m_model->imageIdAt(row));
    if (!data)
        return;
    auto *drag = new QDrag(table);
    drag->setMimeData(data);
    drag->exec(Qt::CopyAction);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // Dragging a row out of either table starts a transfer.
    for (QTableView *table : {m_containerTable, m_table}) {
        if (watched != table->viewport())
            continue;
        auto *mouse = static_cast<QMouseEvent *>(event);
        if (event->type() == QEvent::MouseButtonPress && mouse->button() == Qt::LeftButton)
            m_dragStart = mouse->position().toPoint();
        else if (event->type() == QEvent::MouseMove && (mouse->buttons() & Qt::LeftButton) && !m_dragStart.isNull()
                 && (mouse->position().toPoint() - m_dragStart).manhattanLength() >= QApplication::startDragDistance()) {
            m_dragStart = QPoint();
            startDragFrom(table);
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && std::all_of(urls.begin(), urls.end(), [](const QUrl &url) { return url.isLocalFile(); }))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    dropFiles(paths);
}

void MainWindow::dropFiles(const QStringList &paths)
{
    for (const QString &path : paths)
        previewDroppedFile(path);
}

void MainWindow::previewDroppedFile(const QString &path)
{
    m_status->setText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    // The preview reads the whole file (a truncated one is caught here), so
    // off the UI thread.
    runInBackground(this, [path] {
        porthole::Progress progress;
        return ProbeOutcome{porthole::probeArchive(path, progress)};
    }, [this, path](const ProbeOutcome &probed) {
        if (!probed.preview) {
            showResult(false, probed.preview.error().message);
            return;
        }
        DropDialog dialog(QFileInfo(path).fileName(), *probed.preview, this);
        if (!askDropAction(dialog)) {
            m_status->setText(tr("Nothing changed: %1 was not imported").arg(QFileInfo(path).fileName()));
            return;
        }
        importOrLoad(path, dialog.isImport(), {dialog.reference(), dialog.changes(), {}});
    });
}

void MainWindow::importOrLoad(const QString &path, bool import, const porthole::ImportOptions &options)
{
    if (m_transfer->isActive()) {
        showResult(false, tr("another transfer is running; wait for it or cancel it"));
        return;
    }
    QList<porthole::FlagValue> changes;
    for (const QString &change : options.changes)
        changes.append({QStringLiteral("change"), change});
    const QString command = import ? porthole::spellCommand(QStringLiteral("image import"), changes,
                                                            options.reference.isEmpty() ? QStringList{path} : QStringList{path, options.reference})
                                   : porthole::spellCommand(QStringLiteral("image load"), {{QStringLiteral("input"), path}});
    m_commandLine->setText(command);
    m_status->setText(tr("Running: %1").arg(command));
    const std::shared_ptr<porthole::Progress> progress =
        m_transfer->begin(import ? tr("Importing %1").arg(QFileInfo(path).fileName()) : tr("Loading %1").arg(QFileInfo(path).fileName()),
                          QFileInfo(path).size());
    const SharedEngine shared = m_engine;
    runInBackground(this, [shared, path, import, options, progress] {
        auto engine = shared.copy();
        if (!engine)
            return JobOutcome{false, engine.error().message};
        porthole::ImageStore &store = engine->images();
        auto source = porthole::FdSource::openFile(path);
        if (!source)
            return JobOutcome{false, source.error().message};
        if (import) {
            auto id = store.importRootfs(**source, options, *progress);
            return id ? JobOutcome{true, *id} : JobOutcome{false, id.error().message};
        }
        auto loaded = store.load(**source, *progress);
        return loaded ? JobOutcome{true, loaded->join(QStringLiteral(", "))} : JobOutcome{false, loaded.error().message};
    }, [this, import](const JobOutcome &outcome) {
        m_transfer->end();
        showResult(outcome.ok, outcome.ok ? (import ? tr("Imported %1") : tr("Loaded %1")).arg(outcome.message) : outcome.message);
    });
}

void MainWindow::importFile(const QString &path)
{
    importOrLoad(path, true, {});
}
