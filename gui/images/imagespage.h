#pragma once
// The images tab: a welcome with one button for an empty store, otherwise
// the image table and the selected image's layers, files and inspect. An
// image dragged out of the table is saved.
#include "containers/containerrecord.h"
#include "gui/app/sharedengine.h"
#include "gui/images/imagecatalog.h"

#include <QHash>
#include <QSet>
#include <QStackedWidget>

class HighlightedJsonView;
class ImageActions;
class ImageListModel;
class QListWidget;
class QTabWidget;
class QTreeWidget;
class LayerFileBrowser;
class LayerStackView;
class QMimeData;
class QPushButton;
class QTableView;
class RegistryActions;
class TransferController;

class ImagesPage : public QStackedWidget {
    Q_OBJECT
public:
    ImagesPage(const SharedEngine &engine, TransferController *transfers, QWidget *parent = nullptr);

    // A save of the image, written as it is dragged (owned by the caller).
    QMimeData *dragData(const QString &imageId, const QString &reference = {});
    ImageActions *actions() const { return m_actions; }

public slots:
    void refresh();
    void buildStarterImage();
    void pullImage(); // Pull…, from any tab
    void saveSelectedImage(); // asks where
    // The store's containers, for "Used by".
    void setContainers(const QList<porthole::ContainerRecord> &containers);

signals:
    void catalogChanged(const ImageCatalog &catalog);
    void refreshed(int images);
    void statusChanged(const QString &text);
    void busy(const QString &text);
    void finished(bool ok, const QString &message);
    void runRequested(const QString &image); // Run…: a new container from it

private:
    QWidget *buildDetails();
    void showHistory();
    void showUsedBy();
    QWidget *buildWelcome();
    QWidget *buildBrowser();
    void showCatalog(const ImageCatalog &catalog);
    void keepSelection();
    void showSelectedImage();
    void showSelectedInspect();

    SharedEngine m_engine;
    TransferController *m_transfers;
    ImageListModel *m_model;
    QTableView *m_table = nullptr;
    QPushButton *m_starterButton = nullptr;
    LayerStackView *m_stack = nullptr;
    LayerFileBrowser *m_files = nullptr;
    HighlightedJsonView *m_inspect = nullptr;
    QTreeWidget *m_history = nullptr;
    QListWidget *m_usedBy = nullptr;
    QTabWidget *m_details = nullptr;
    ImageActions *m_actions;
    RegistryActions *m_registry = nullptr;
    ImageCatalog m_catalog;
    QList<porthole::ContainerRecord> m_containers;
    QString m_selectedId;
    QString m_selectedReference; // the selected row's repository:tag
    bool m_followingCatalog = false; // the list's selection is being set to match m_selected*
    // Only the image on show is inspected, on a worker, and kept until the
    // next refresh (an inspect per image per refresh was wasted with many).
    QHash<QString, QByteArray> m_inspectJson; // image id -> inspect
    QSet<QString> m_inspectPending;           // being made on a worker
    quint64 m_inspectGeneration = 0;          // a refresh makes older ones stale
};
