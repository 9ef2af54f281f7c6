#pragma once
// The main window, a frame: the toolbar, the containers, images, volumes
// and disk usage tabs,
// the command bar under them, the lesson beside them (Help) and the status
// bar (with the transfer panel).
// The tabs are pages of their own; transfers (drag out, drop in) have their
// controller. It holds the one engine handle the pages share; all engine
// work runs on workers.
#include "containers/lifecycle.h"
#include "gui/app/sharedengine.h"

#include <QMainWindow>
#include <functional>
#include <optional>

class CommandBar;
class ContainersPage;
class DiskPage;
class DropDialog;
class ImagesPage;
class LanguageButton;
class LessonPanel;
class NewContainerDialog;
class QLabel;
class QMimeData;
class QProgressBar;
class QTabWidget;
class QToolBar;
class TransferController;
class VolumesPage;

class MainWindow : public QMainWindow {
    Q_OBJECT
    // The window's parts, first: the questions below are theirs.
    SharedEngine m_engine; // the store, opened once, off the UI thread
    TransferController *m_transfers;
    ContainersPage *m_containers;
    ImagesPage *m_images;
    VolumesPage *m_volumes;
    DiskPage *m_disk;
    LanguageButton *m_language;

public:
    explicit MainWindow(const porthole::StorePaths &paths, QWidget *parent = nullptr);

    // What the window asks the user, each replaceable for tests.
    std::function<std::optional<int>(int defaultSeconds)> &askStopTimeout; // nullopt cancels
    std::function<bool(NewContainerDialog &dialog)> &askNewContainer;     // false when cancelled
    std::function<QString(const QString &suggestedName)> &askExportPath;  // "" cancels
    std::function<bool(DropDialog &dialog)> &askDropAction;               // false when cancelled
    std::function<bool(const QString &languageName)> &askRestart;         // true: restart now

    // What a drag out of the container list carries: the file of an export
    // or a migration (as the drag-out mode says), written from the moment
    // the drag starts. Owned by the caller.
    QMimeData *dragDataForContainer(const QString &id);
    QMimeData *dragDataForImage(const QString &id); // a save of the image
    QStringList selectedContainerIds() const;

public slots:
    void refresh(); // the lists
    // A lifecycle command on every selected container (toolbar, menu, shortcuts).
    void runOnSelection(porthole::LifecycleAction action);
    void newContainer();
    // `export -o PATH`: the container's filesystem as a tar, with progress
    // and cancel; a cancelled or failed export leaves no file.
    void exportContainer(const QString &id, const QString &path);
    // The command bar: "docker ps -a", "porthole rm -f busybox".
    void runCommandLine(const QString &line);
    void importFile(const QString &path);

signals:
    void imagesRefreshed(int count);
    void containersRefreshed(int count);
    void commandFinished(int exitCode, const QString &output);
    void operationFinished(bool ok, const QString &message);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    QToolBar *buildToolbar();
    void buildMenus();
    QWidget *buildCentre();
    void buildLesson();
    void buildStatusBar();
    void fitToScreen();
    void showPage(QWidget *page); // its tab
    void connectParts();
    void setBusy(const QString &text);
    void showResult(bool ok, const QString &message);

    QTabWidget *m_tabs = nullptr;
    CommandBar *m_commandBar = nullptr;
    LessonPanel *m_lesson = nullptr;
    QLabel *m_status = nullptr;
    bool m_statusIsResult = false; // an outcome shows: the image count does not replace it
    QProgressBar *m_progress = nullptr;
};
