#pragma once
// The main window: for now the image list, with import and the offline
// busybox starter. All engine calls run on worker threads.
#include "containerrecord.h"
#include "storepaths.h"

#include <QElapsedTimer>
#include <QHash>
#include <functional>
#include <optional>

#include <QMainWindow>

class ContainerListModel;
class EventsFollower;
class ImageListModel;
class LifecycleDiagram;
class LayerStackView;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(const porthole::StorePaths &paths, QWidget *parent = nullptr);

    // Asks stop's timeout (seconds); nullopt cancels. Replaceable for tests.
    std::function<std::optional<int>(int defaultSeconds)> askStopTimeout;

public slots:
    void refresh();
    void refreshContainers();
    void runLifecycleAction(porthole::LifecycleAction action);
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

private:
    void chooseImportFile();
    void setBusy(const QString &text);
    void showResult(bool ok, const QString &message);

    porthole::StorePaths m_paths;
    ImageListModel *m_model;
    ContainerListModel *m_containers;
    EventsFollower *m_follower;
    LifecycleDiagram *m_diagram;
    class QLabel *m_commandLine;
    class QProgressBar *m_stopCountdown; // stop: SIGTERM sent, seconds left before SIGKILL
    class QTimer *m_countdownTimer;
    QElapsedTimer m_stopClock;
    int m_stopSeconds = 0;
    class QLineEdit *m_commandBar;
    class QPlainTextEdit *m_commandOutput;
    class QTableView *m_containerTable;
    QString m_selectedId;
    QString m_selectedName; // kept for the diagram once the container is gone
    QList<porthole::ContainerRecord> m_records;
    LayerStackView *m_imageStack;
    LayerStackView *m_containerStack;
    QString m_selectedImageId;
    QHash<QString, QList<QPair<QString, QString>>> m_imageLayers; // image id -> (title, detail) top first
    QHash<QString, qint64> m_writableSizes;                       // container id -> bytes
    void showSelectedImage();
    void showSelectedContainer();
    bool m_containersRefreshing = false;
    bool m_containersStale = false;
    QStackedWidget *m_pages;
    class QTabWidget *m_tabs = nullptr;
    bool m_firstImageRefresh = true;
    QTableView *m_table;
    QLabel *m_emptyHint;
    QPushButton *m_starterButton;
    QProgressBar *m_progress;
    QLabel *m_status;
};
