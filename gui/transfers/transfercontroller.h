#pragma once
// Moving things in and out of the window: files dropped on it (previewed,
// then imported or loaded), containers and images dragged out (export,
// migrate with settings, save) and the same from menus. Every transfer runs
// on a worker with progress and cancel in the transfer panel, one at a time,
// and writes its file or image atomically: a cancelled or failed one leaves
// nothing behind.
#include "gui/app/sharedengine.h"

#include <QFuture>
#include <QObject>
#include <functional>

class DropDialog;
class QMimeData;
class QWidget;
class TransferPanel;

// What a transfer out of the store writes.
struct TransferRequest {
    enum class Kind { ExportFilesystem, Migrate, SaveImage };
    Kind kind;
    QString id;
    QString name;         // the container's; an image's repository:tag ("" when untagged)
    qint64 estimate = 0;  // bytes, for the progress bar
    // "web.tar", "web-migrated.tar", "busybox_latest.tar" (REPO_TAG.tar, as
    // Docker users name a save), "image-1aa6fc0a72b3.tar" for an untagged image.
    QString fileName() const;
    // The title of the dialog that asks where: "Save the image busybox:latest".
    QString dialogTitle() const;
};

class TransferController : public QObject {
    Q_OBJECT
public:
    // Dialogs open over window; the panel is for its status bar.
    TransferController(const SharedEngine &engine, QWidget *window);

    TransferPanel *panel() const { return m_panel; }
    // Asks where to save an export, migration or image ("" cancels); the
    // dialog is titled after what is written. Replaceable for tests.
    std::function<QString(const QString &suggestedName)> askExportPath;
    // Shows what a dropped file is; false when cancelled. Replaceable for tests.
    std::function<bool(DropDialog &dialog)> askDropAction;
    // Asks for a file to import ("" cancels). Replaceable for tests.
    std::function<QString()> askImportFile;

    // Writes to path; true once the file is complete.
    QFuture<bool> write(const TransferRequest &request, const QString &path);
    // Asks where (suggesting the request's file name), then writes.
    void writeAsked(const TransferRequest &request);
    // What a drag out of the window carries: a file in a staging directory,
    // written from the moment the drag starts. Owned by the caller.
    QMimeData *dragOut(const TransferRequest &request);
    // Each file is previewed, then imported or loaded.
    void dropFiles(const QStringList &paths);
    // `import FILE`, without a preview or a name.
    void importFile(const QString &path);
    // The toolbar's Import…: asks for a file, then previews and names it as a drop.
    void chooseImportFile();

signals:
    // The equivalent command line, and the container it is about ("" for an image's save, an import or a load).
    void commandShown(const QString &commandLine, const QString &containerId);
    void statusChanged(const QString &text);
    void finished(bool ok, const QString &message);

private:
    void previewDroppedFile(const QString &path);
    void importOrLoad(const QString &path, bool import, const porthole::ImportOptions &options);
    static QString importedText(const QString &fileName, const QString &reference, const QString &id);
    bool refuseWhileBusy();

    SharedEngine m_engine;
    QWidget *m_window;
    TransferPanel *m_panel;
    QString m_askTitle; // of the next save dialog
};
