#pragma once
// The containers tab: the live table (filter, sort, bulk commands from the
// toolbar, a context menu or shortcuts) over the selected container's
// details. Commands run on workers; the table follows the store through
// refresh(), which the window calls when the events journal grows. The
// page holds the window's one stats sampler (its thread reads every running
// container's figures once a second) for the optional CPU and memory
// columns and the Stats tab; files dropped on or dragged out of the
// container's file tree are copied in and out (cp).
#include "containers/containerengine.h"
#include "gui/containers/consolerequest.h"
#include "gui/app/sharedengine.h"
#include "gui/images/imagecatalog.h"

#include <QWidget>
#include <functional>
#include <optional>

class ContainerCatalog;
class ContainerCopies;
class ContainerDetails;
class ContainerFilter;
class ContainerListModel;
class ContainersToolbar;
class NewContainerDialog;
class QMimeData;
class QSplitter;
class StepGate;
class QTableView;
class StatsColumnsProxy;
class StatsHistory;
class StatsSampler;
class TransferController;
struct TransferRequest;

class ContainersPage : public QWidget {
    Q_OBJECT
public:
    ContainersPage(const SharedEngine &engine, TransferController *transfers, QWidget *parent = nullptr);
    ~ContainersPage() override; // lets go of a step held in slow motion

    // Asks stop's timeout (seconds); nullopt cancels. Replaceable for tests.
    std::function<std::optional<int>(int defaultSeconds)> askStopTimeout;
    // Shows the new-container dialog; false when cancelled. Replaceable for tests.
    std::function<bool(NewContainerDialog &dialog)> askNewContainer;

    QStringList selectedIds() const;
    // An export or a migration (as the drag-out mode says), written as it
    // is dragged; nullptr for an unknown container. Owned by the caller.
    QMimeData *dragData(const QString &id);
    // Lights run's steps as the engine reports them, from any thread.
    // Lights the steps beside their container; selectCreated: the run's container is selected once made.
    porthole::RunStepObserver runStepObserver(bool selectCreated = false);
    // Stop's phases: the countdown starts when SIGTERM is sent; slow motion holds the wait and SIGKILL.
    porthole::StopObserver stopObserver();
    ContainerDetails *details() const { return m_details; }
    StatsHistory *statsHistory() const { return m_history; }
    StatsSampler *statsSampler() const { return m_sampler; }
    ContainerCopies *copies() const { return m_copies; }

public slots:
    void refresh();
    void setImageCatalog(const ImageCatalog &catalog);
    // A lifecycle command on every selected container (toolbar, menu, shortcuts).
    void runOnSelection(porthole::LifecycleAction action);
    void newContainer();
    void newContainerFrom(const QString &image); // the dialog with the image filled in
    // `export -o PATH`, with progress and cancel.
    void exportContainer(const QString &id, const QString &path);
    // The equivalent command line of a window action, beside the container it is about ("": none).
    void showCommand(const QString &commandLine, const QString &containerId = {});
    // A console for a container named in it (the command bar's run -it,
    // exec -it, attach, start -a): the container is selected, its consoles shown.
    void openConsole(const ConsoleRequest &request);

signals:
    void refreshed(int containers);
    void listed(const QList<porthole::ContainerRecord> &containers); // after each refresh
    void busy(const QString &text);
    void finished(bool ok, const QString &message);
    // A container made by the window (New…, the command bar): it is selected.
    void createdHere(const QString &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private slots:
    void updateHint();

private:
    QTableView *buildTable();
    void setColumnWidths(QTableView *table);
    void fitCommandColumn();
    void shareHeightWithDetails();
    void connectCopies();
    void showContextMenu(const QPoint &at);
    void showRefreshed();
    void showSelected();
    void select(const QString &id); // now if listed, else once it is
    void updateActions();
    void runLifecycleAction(porthole::LifecycleAction action); // on the container the diagram shows
    void runActionOn(porthole::LifecycleAction action, const QList<porthole::ContainerRecord> &targets);
    void createContainer(const porthole::CreateRequest &request, bool start, const QString &commandLine);
    std::optional<TransferRequest> transferOf(const QString &id, bool migrate) const;
    void writeSelected(bool migrate); // asks where

    class QLabel *m_hint = nullptr; // over an empty table: why, and what to do (made by buildTable)
    bool m_listed = false;          // the list has arrived once
    SharedEngine m_engine;
    std::shared_ptr<StepGate> m_gate; // slow motion; engine threads keep it while they hold
    TransferController *m_transfers;
    ContainerCatalog *m_catalog;
    ContainerListModel *m_model;
    ContainerFilter *m_filter;
    StatsHistory *m_history;
    StatsSampler *m_sampler;
    StatsColumnsProxy *m_statsColumns;
    ContainersToolbar *m_toolbar;
    QTableView *m_table;
    ContainerDetails *m_details;
    QSplitter *m_split = nullptr;
    bool m_splitDragged = false; // then the user's heights stay
    ContainerCopies *m_copies;
    ImageCatalog m_images;
    QString m_selectedId;
    QString m_pendingSelection; // a container just made here, selected once listed
};
