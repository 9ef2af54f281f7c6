#pragma once
// The main window: for now the image list, with import and the offline
// busybox starter. All engine calls run on worker threads.
#include "storepaths.h"

#include <QMainWindow>

class ImageListModel;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(const porthole::StorePaths &paths, QWidget *parent = nullptr);

public slots:
    void refresh();
    void buildStarterImage();
    void importFile(const QString &path);

signals:
    void imagesRefreshed(int count);
    void operationFinished(bool ok, const QString &message);

private:
    void chooseImportFile();
    void setBusy(const QString &text);
    void showResult(bool ok, const QString &message);

    porthole::StorePaths m_paths;
    ImageListModel *m_model;
    QStackedWidget *m_pages;
    QTableView *m_table;
    QLabel *m_emptyHint;
    QPushButton *m_starterButton;
    QProgressBar *m_progress;
    QLabel *m_status;
};
