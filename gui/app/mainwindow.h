#pragma once
// The main window: containers (a live table, the lifecycle diagram, run's
// steps, the history strip, layers and files, inspect) and images (list,
// layer stack, files, inspect), with a command bar under both. All engine
// calls run on worker threads; results come back as queued calls.
#include "base/events.h"
#include "base/storepaths.h"
#include "containers/containerengine.h"
#include "containers/runsteps.h"
#include "gui/app/sharedengine.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QFuture>
#include <QMainWindow>
#include <functional>
#include <optional>

class ConsolesPane;
class ContainerFilter;
class DropDialog;
class QMimeData;
class ContainerListModel;
class EventsFollower;
class HighlightedJsonView;
class HistoryStrip;
class ImageListModel;
class LayerFileBrowser;
class LayerStackView;
class LifecycleDiagram;
class NewContainerDialog;
class RunStepsView;
class TransferPanel;
class QAction;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTimer;

// One image layer as the window shows it.
struct LayerRow {
    QString diffId;
    QString title;  // "sha256:1aa6fc0a72b3"
    QString detail; // "4.2 MB · Imported from -"
    QString path;   // the extracted directory
};

// Removes drag-out files staged more than a day ago (run on a worker).
void removeOldDragOutFiles();

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(const porthole::StorePaths &paths, QWidget *parent = nullptr);

    // Asks stop's timeout (seconds); nullopt cancels. Replaceable for tests.
    std::function<std::optional<int>(int defaultSeconds)> askStopTimeout;
    // Shows the new-container dialog; false when cancelled. Replaceable for tests.
    std::function<bool(NewContainerDialog &dialog)> askNewContainer;
    // Asks where to save an export, migration or image ("" cancels). Replaceable for tests.
    std::function<QString(const QString &suggestedName)> askExportPath;
    // Shows what a dropped file is; false when cancelled. Replaceable for tests.
    std::function<bool(DropDialog &dialog)> askDropAction;

    // What a drag out of the container list carries: the file of an export
    // ("Export filesystem") or of a migration ("Migrate with settings"),
    // written from the moment the drag starts. Owned by the caller.
    QMimeData *dragDataForContainer(const QString &id);
    QMimeData *dragDataForImage(const QString &id); // a save of the image
    // After a language was chosen: true to restart now. Replaceable for tests.
    std::function<bool(const QString &languageName)> askRestart;

    QStringList selectedContainerIds() const;

public slots:
    void refresh();
    void refreshContainers();
    // A lifecycle command on the container the diagram shows.
    void runLifecycleAction(porthole::LifecycleAction action);
    // The same on every selected container (toolbar, menu, shortcuts).
    void runOnSelection(porthole::LifecycleAction action);
    void newContainer();
    // `export -o PATH`: the container's filesystem as a tar, with progress
    // and cancel; a cancelled or failed export leaves no file.
    void exportContainer(const QString &id, const QString &path);
    // commit + save: an image archive that keeps the container's settings.
    void migrateContainer(const QString &id, const QString &path);
    void saveImage(const QString &id, const QString &path);
    // Files dropped on the window: each is previewed, then imported or loaded.
    void dropFiles(const QStringList &paths);
    // The command bar: a docker-style command line, parsed by the same core
    // parser as the CLI ("docker ps -a", "porthole rm -f busybox").
    void runCommandLine(const QString &line);
    void buildStarterImage();
    void importFile(const QString &path);

signals:
    void imagesRefreshed(int count);
    void containersRefreshed(int count);
    void commandFinished(int exitCode, const QString &output);
    void operationFinished(bool ok, const QString &message);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // mainwindow_transfers.cpp
    enum class TransferKind { ExportFilesystem, Migrate, SaveImage };
    QFuture<bool> startTransfer(TransferKind kind, const QString &id, const QString &path);
    void previewDroppedFile(const QString &path);
    void importOrLoad(const QString &path, bool import, const porthole::ImportOptions &options);
    QString stagingPath(const QString &fileName) const;
    void startDragFrom(QTableView *table);
    QPoint m_dragStart;
    class QComboBox *m_dragOutMode;
    // mainwindow.cpp
    QWidget *buildImagesPage();
    QWidget *buildCommandBar();
    void addLanguageMenu(class QToolBar *toolbar);
    void chooseImportFile();
    void setBusy(const QString &text);
    void showResult(bool ok, const QString &message);
    void showSelectedImageInspect();
    void showSelectedImage();
    // mainwindow_containers.cpp
    QWidget *buildContainersPage();
    QWidget *buildLifecyclePane();
    void updateActions();
    void showSelectedContainer();
    void showContainerDetails(const porthole::ContainerRecord &record);
    void runActionOn(porthole::LifecycleAction action, const QList<porthole::ContainerRecord> &targets);
    void startStopCountdown(int seconds);
    void finishStopCountdown(const QString &command);
    void createContainer(const porthole::CreateRequest &request, bool start, const QString &commandLine);
    void onRunStep(porthole::RunStep step, const QString &detail);
    porthole::RunStepObserver runStepObserver();
    void mergeEvents(const QList<porthole::Event> &events);
    const porthole::ContainerRecord *record(const QString &id) const;
    void writeSelectedContainer(const QString &suffix, void (MainWindow::*write)(const QString &, const QString &));

    SharedEngine m_engine; // the store, opened once, off the UI thread
    ImageListModel *m_model;
    ContainerListModel *m_containers;
    ContainerFilter *m_containerFilter;
    EventsFollower *m_follower;
    LifecycleDiagram *m_diagram;
    RunStepsView *m_runSteps;
    HistoryStrip *m_history;
    QLabel *m_commandLine;
    QProgressBar *m_stopCountdown; // stop: SIGTERM sent, seconds left before SIGKILL
    QTimer *m_countdownTimer;
    QElapsedTimer m_stopClock;
    int m_stopSeconds = 0;
    QLineEdit *m_commandBar;
    QPlainTextEdit *m_commandOutput;
    QTableView *m_containerTable;
    QTabWidget *m_containerDetails;
    LayerStackView *m_containerStack;
    LayerFileBrowser *m_containerFiles;
    HighlightedJsonView *m_containerInspect;
    ConsolesPane *m_consoles;
    QString m_shownDetailsKey; // the container and state its files and inspect were loaded for
    class LogsView *m_logs;
    QHash<porthole::LifecycleAction, QAction *> m_actions;
    QString m_selectedId;
    QString m_selectedName; // kept for the diagram once the container is gone
    QString m_pendingSelection; // a container just made here, selected once listed
    QList<porthole::ContainerRecord> m_records;
    QHash<QString, QList<porthole::Event>> m_eventsByContainer;
    qint64 m_eventsOffset = 0;
    QHash<QString, qint64> m_writableSizes; // container id -> bytes
    bool m_containersRefreshing = false;
    bool m_containersStale = false;

    LayerStackView *m_imageStack;
    LayerFileBrowser *m_imageFiles;
    HighlightedJsonView *m_imageInspect;
    QString m_selectedImageId;
    QHash<QString, QList<LayerRow>> m_imageLayers; // image id -> layers, top first
    QHash<QString, QByteArray> m_imageInspectJson; // image id -> inspect, made when shown
    QSet<QString> m_imageInspectPending; // being made on a worker
    quint64 m_imageInspectGeneration = 0;
    QStringList m_imageNames; // "busybox:latest", for the new-container dialog
    QStringList m_networkNames;
    QStackedWidget *m_pages;
    QTabWidget *m_tabs = nullptr;
    bool m_firstImageRefresh = true;
    QTableView *m_table;
    QLabel *m_emptyHint;
    QPushButton *m_starterButton;
    QProgressBar *m_progress;
    QLabel *m_status;
    TransferPanel *m_transfer;
    QHash<QString, qint64> m_imageSizes; // image id -> bytes, for transfer estimates
};
