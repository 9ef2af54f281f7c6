#include "gui/containers/containerspage.h"

#include "gui/app/backgroundwork.h"
#include "gui/containers/containeractions.h"
#include "gui/containers/containercatalog.h"
#include "gui/containers/consolespane.h"
#include "gui/containers/containerdetails.h"
#include "gui/containers/containerlistmodel.h"
#include "gui/containers/containerstoolbar.h"
#include "gui/containers/lifecyclediagram.h"
#include "gui/containers/lifecyclepane.h"
#include "gui/containers/newcontainerdialog.h"
#include "gui/containers/runstepsview.h"
#include "gui/containers/stepgate.h"
#include "gui/app/statustext.h"
#include "gui/stats/statscolumns.h"
#include "gui/stats/statshistory.h"
#include "gui/stats/statssampler.h"
#include "gui/transfers/containercopies.h"
#include "gui/transfers/filetreedragdrop.h"
#include "gui/transfers/rowdragsource.h"
#include "gui/transfers/transfercontroller.h"
#include "gui/widgets/layerfilebrowser.h"
#include "gui/widgets/screenheight.h"

#include <QHeaderView>
#include <QScrollBar>
#include <QLabel>
#include <QMenu>
#include <QPointer>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace {

struct ActionOutcome {
    QStringList errors;
    QString createdId;
};

struct FoundContainer {
    porthole::Result<porthole::ContainerRecord> record = porthole::fail(QString());
};

// On a worker: create, and start when asked (run), telling the steps.
ActionOutcome createOnWorker(porthole::Engine &engine, const porthole::CreateRequest &request, bool start, const porthole::RunStepObserver &steps)
{
    porthole::ContainerEngine &containers = engine.containers();
    containers.setRunStepObserver(steps);
    auto created = containers.create(request);
    if (!created)
        return {{created.error().message}};
    if (start)
        if (auto ok = containers.start(created->config.id); !ok)
            return {{ok.error().message}, created->config.id};
    return {{}, created->config.id};
}

} // namespace

ContainersPage::ContainersPage(const SharedEngine &engine, TransferController *transfers, QWidget *parent)
    : QWidget(parent), m_engine(engine), m_transfers(transfers), m_catalog(new ContainerCatalog(engine, this)),
      m_model(new ContainerListModel(this)), m_filter(new ContainerFilter(this)), m_history(new StatsHistory(300, this)),
      m_sampler(new StatsSampler(engine, this)), m_statsColumns(new StatsColumnsProxy(m_history, [this](int row) { return m_model->idAt(row); }, this)),
      m_toolbar(new ContainersToolbar(m_filter, this)), m_table(buildTable()), m_details(new ContainerDetails(engine, m_history, this)),
      m_copies(new ContainerCopies(engine, transfers->panel(), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_toolbar);
    auto *split = m_split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_details);
    split->setStretchFactor(1, 2);
    split->setCollapsible(0, false);
    split->installEventFilter(this);
    connect(split, &QSplitter::splitterMoved, this, [this] { m_splitDragged = true; });
    layout->addWidget(split, 1);
    connect(m_toolbar, &ContainersToolbar::newContainerRequested, this, &ContainersPage::newContainer);
    connect(m_toolbar, &ContainersToolbar::lifecycleRequested, this, &ContainersPage::runOnSelection);
    connect(m_toolbar, &ContainersToolbar::exportRequested, this, [this] { writeSelected(false); });
    connect(m_toolbar, &ContainersToolbar::migrateRequested, this, [this] { writeSelected(true); });
    connect(m_details->lifecycle()->diagram(), &LifecycleDiagram::actionRequested, this, &ContainersPage::runLifecycleAction);
    m_gate = std::make_shared<StepGate>();
    LifecyclePane *lifecycle = m_details->lifecycle();
    connect(lifecycle, &LifecyclePane::slowMotionToggled, m_gate.get(), &StepGate::setEnabled);
    connect(lifecycle, &LifecyclePane::nextRequested, m_gate.get(), &StepGate::next);
    connect(m_gate.get(), &StepGate::waiting, lifecycle, &LifecyclePane::showHeld);
    connect(m_gate.get(), &StepGate::released, lifecycle, &LifecyclePane::showReleased);
    connect(m_catalog, &ContainerCatalog::refreshed, this, &ContainersPage::showRefreshed);
    connect(m_catalog, &ContainerCatalog::failed, this, [this](const QString &message) { emit finished(false, message); });
    connect(m_sampler, &StatsSampler::frame, m_history, &StatsHistory::addFrame);
    connectCopies();
    // No dialog for every stop: the seconds beside the diagram.
    askStopTimeout = [this](int) -> std::optional<int> { return m_details->lifecycle()->stopSeconds(); };
    askNewContainer = [](NewContainerDialog &dialog) { return dialog.exec() == QDialog::Accepted; };
    updateActions();
}

ContainersPage::~ContainersPage()
{
    m_gate->setEnabled(false);
}

QTableView *ContainersPage::buildTable()
{
    m_statsColumns->setSourceModel(m_model); // the table's columns, then CPU % and memory
    m_filter->setSourceModel(m_statsColumns);
    m_filter->setSortRole(Qt::UserRole);
    auto *table = new QTableView(this);
    table->setObjectName(QStringLiteral("containerTable"));
    table->setModel(m_filter);
    table->setSortingEnabled(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table->setWordWrap(false);
    table->setMinimumHeight(table->fontMetrics().height() * 3); // a header and two rows at 800×600
    setColumnWidths(table);
    table->verticalHeader()->hide();
    table->sortByColumn(ContainerListModel::Created, Qt::DescendingOrder);
    table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(table, &QWidget::customContextMenuRequested, this, &ContainersPage::showContextMenu);
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &index) {
        m_selectedId = m_model->idAt(m_filter->mapToSource(index).row());
        showSelected();
    });
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ContainersPage::updateActions);
    new RowDragSource(table, [this](int row) { return dragData(m_model->idAt(row)); }); // dragged out: exported or migrated
    m_hint = new QLabel(table->viewport());
    m_hint->setObjectName(QStringLiteral("containerTableHint"));
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ContainersPage::updateHint);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &ContainersPage::updateHint);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &ContainersPage::updateHint);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &ContainersPage::updateHint);
    table->viewport()->installEventFilter(this);
    m_statsColumns->attachTo(table);
    return table;
}

// Widths that do not jump when a status or an address changes: the status
// and the address as wide as their widest texts, the command takes the rest.
void ContainersPage::setColumnWidths(QTableView *table)
{
    QHeaderView *header = table->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ContainerListModel::Command, QHeaderView::Stretch);
    const QFontMetrics metrics(table->font());
    const auto fixed = [&](int column, const QStringList &widest) {
        int width = header->fontMetrics().horizontalAdvance(m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString()) + 24;
        for (const QString &text : widest)
            width = std::max(width, metrics.horizontalAdvance(text) + 16);
        header->setSectionResizeMode(column, QHeaderView::Fixed);
        header->resizeSection(column, width);
    };
    const QString exited = StatusText::tr("Exited (%1) %2").arg(137).arg(StatusText::ago(59 * 60 * 1000));
    fixed(ContainerListModel::Status, {exited, StatusText::tr("Up %1 (Paused)").arg(StatusText::duration(59 * 60 * 1000)),
                                       StatusText::tr("Exited (%1) %2").arg(137).arg(StatusText::ago(90 * 60 * 1000)), StatusText::tr("Removal In Progress")});
    fixed(ContainerListModel::Created, {QStringLiteral("2026-12-31 23:59:59")});
    fixed(ContainerListModel::Ip, {QStringLiteral("255.255.255.255")});
    fixed(ContainerListModel::Ports, {QStringLiteral("0.0.0.0:65535->65535/tcp")});
    header->moveSection(header->visualIndex(ContainerListModel::Ports), header->visualIndex(ContainerListModel::Status) + 1); // as `ps`
}

// Command takes the width left, but never less than 16 characters of it:
// in a narrow table (the lesson beside it, 800×600) the table scrolls instead.
void ContainersPage::fitCommandColumn()
{
    QHeaderView *header = m_table->horizontalHeader();
    const QFontMetrics metrics = m_table->fontMetrics();
    int widest = metrics.horizontalAdvance(QStringLiteral("\"sh\""));
    for (int row = 0; row < m_model->rowCount(); ++row)
        widest = std::max(widest, metrics.horizontalAdvance(m_model->index(row, ContainerListModel::Command).data().toString()));
    const int least = std::min(widest, metrics.averageCharWidth() * 16) + 16; // longer ones are elided, as before
    int others = 0;
    for (int column = 0; column < header->count(); ++column)
        if (column != ContainerListModel::Command && !header->isSectionHidden(column))
            others += header->sectionSize(column);
    const bool roomy = m_table->viewport()->width() - others >= least;
    if (roomy && header->sectionResizeMode(ContainerListModel::Command) == QHeaderView::Stretch)
        return;
    header->setSectionResizeMode(ContainerListModel::Command, roomy ? QHeaderView::Stretch : QHeaderView::Interactive);
    if (!roomy && header->sectionSize(ContainerListModel::Command) < least) // a width the user chose stays
        header->resizeSection(ContainerListModel::Command, least);
}

// Until the user drags the bar: the list a third of the height, at least a
// header and three rows (on a screen lower than 700 px: a header and two
// rows, no more); the details (the diagram) the rest. At 800×600 the list's
// empty rows would otherwise take the diagram's height.
void ContainersPage::shareHeightWithDetails()
{
    const int total = m_split->height() - m_split->handleWidth();
    const bool low = onLowScreen(this);
    const int rows = m_table->verticalHeader()->defaultSectionSize() * (low ? 2 : 3);
    const int chrome = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth()
                       + m_table->horizontalScrollBar()->sizeHint().height();
    const int list = std::min(low ? rows + chrome : std::max(rows + chrome, total / 3), total - m_details->minimumSizeHint().height());
    if (list > 0)
        m_split->setSizes({list, total - list});
}

bool ContainersPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_split && event->type() == QEvent::Resize && !m_splitDragged)
        shareHeightWithDetails();

    if (m_table && watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitCommandColumn();
    if (m_hint && m_table && watched == m_table->viewport() && event->type() == QEvent::Resize)
        m_hint->setGeometry(m_table->viewport()->rect().adjusted(12, 12, -12, -12));
    return QWidget::eventFilter(watched, event);
}

// An empty table says why, and what to do.
void ContainersPage::updateHint()
{
    const bool empty = m_filter->rowCount() == 0;
    m_hint->setVisible(empty && m_listed);
    if (!empty)
        return;
    m_hint->setText(m_model->rowCount() == 0
                        ? tr("No containers yet. Make one with New… (Ctrl+N), or type docker run -d busybox sleep 600 in the command bar below.")
                        : tr("No container matches the filter. Clear it (the × in the filter box) or choose All states."));
    m_hint->setGeometry(m_table->viewport()->rect().adjusted(12, 12, -12, -12));
}

void ContainersPage::connectCopies()
{
    // Files from the file manager dropped on the container's file tree go
    // in (cp in); a row dragged out of it is copied out (cp out).
    new FileTreeDragDrop(m_details->files()->tree(), [this](const QStringList &hostPaths, const QString &directory) {
        if (const porthole::ContainerRecord *shown = m_catalog->find(m_selectedId))
            m_copies->copyIn(shown->config.id, shown->config.name, hostPaths, directory);
    }, [this](const QString &path) -> QMimeData * {
        const porthole::ContainerRecord *shown = m_catalog->find(m_selectedId);
        return shown ? m_copies->dragOut(shown->config.id, shown->config.name, path) : nullptr;
    });
    // cp starts from the shown container's tree: its caption is that container's.
    connect(m_copies, &ContainerCopies::commandShown, this, [this](const QString &line) { showCommand(line, m_selectedId); });
    connect(m_copies, &ContainerCopies::busy, this, &ContainersPage::busy);
    connect(m_copies, &ContainerCopies::finished, this, &ContainersPage::finished);
    connect(m_copies, &ContainerCopies::copiedIn, this, [this](const QString &id) {
        if (id == m_selectedId)
            m_details->files()->reload();
        refresh();
    });
}

void ContainersPage::showContextMenu(const QPoint &at)
{
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("containerMenu"));
    m_toolbar->addActionsTo(menu);
    menu.addAction(tr("Inspect"), this, [this] { m_details->setCurrentIndex(ContainerDetails::Inspect); });
    menu.addAction(tr("Files and layers"), this, [this] { m_details->setCurrentIndex(ContainerDetails::LayersAndFiles); });
    menu.exec(m_table->viewport()->mapToGlobal(at));
}

QStringList ContainersPage::selectedIds() const
{
    QStringList ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids.append(m_model->idAt(m_filter->mapToSource(index).row()));
    if (ids.isEmpty() && !m_selectedId.isEmpty() && m_catalog->find(m_selectedId))
        ids.append(m_selectedId);
    return ids;
}

void ContainersPage::updateActions()
{
    QList<porthole::ContainerState> states;
    for (const QString &id : selectedIds())
        if (const porthole::ContainerRecord *found = m_catalog->find(id))
            states.append(found->state.state);
    m_toolbar->enableFor(states);
}

void ContainersPage::refresh()
{
    m_catalog->refresh();
}

void ContainersPage::setImageCatalog(const ImageCatalog &catalog)
{
    m_images = catalog;
    showSelected(); // its image's layers may have changed
}

void ContainersPage::showRefreshed()
{
    m_listed = true;
    m_model->setContainers(m_catalog->records());
    m_sampler->setContainers(m_catalog->records()); // the running ones are sampled
    if (!m_pendingSelection.isEmpty() && m_catalog->find(m_pendingSelection))
        m_selectedId = std::exchange(m_pendingSelection, QString());
    // The newest container is selected at first; then the selection stays
    // on the same container across refreshes.
    if (m_selectedId.isEmpty() && m_filter->rowCount() > 0)
        m_selectedId = m_model->idAt(m_filter->mapToSource(m_filter->index(0, 0)).row());
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->idAt(row) == m_selectedId)
            m_table->selectionModel()->setCurrentIndex(m_filter->mapFromSource(m_statsColumns->index(row, 0)),
                                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    showSelected();
    updateActions();
    fitCommandColumn();
    emit refreshed(int(m_catalog->records().size()));
    emit listed(m_catalog->records());
}

void ContainersPage::showSelected()
{
    if (const porthole::ContainerRecord *selected = m_catalog->find(m_selectedId)) {
        const QString id = selected->config.id;
        m_details->showContainer(*selected, m_images.layers.value(selected->config.imageId), m_catalog->writableSize(id), m_catalog->events(id));
        return;
    }
    m_details->showNoContainer(!m_selectedId.isEmpty(), m_catalog->events(m_selectedId));
}

void ContainersPage::select(const QString &id)
{
    m_selectedId = id;
    if (!m_catalog->find(id)) {
        m_pendingSelection = id;
        refresh();
        return;
    }
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->idAt(row) == id) {
            const QModelIndex shown = m_filter->mapFromSource(m_statsColumns->index(row, 0));
            m_table->selectionModel()->setCurrentIndex(shown, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_table->scrollTo(shown);
        }
    showSelected();
}

void ContainersPage::openConsole(const ConsoleRequest &request)
{
    const SharedEngine shared = m_engine;
    runInBackground(this, [shared, request] {
        auto engine = shared.copy();
        return engine ? FoundContainer{engine->containers().find(request.container)} : FoundContainer{std::unexpected(engine.error())};
    }, [this, request](const FoundContainer &found) {
        if (!found.record) {
            emit finished(false, found.record.error().message);
            return;
        }
        const porthole::ContainerRecord &record = *found.record;
        select(record.config.id);
        m_details->setCurrentIndex(ContainerDetails::Consoles);
        m_details->consoles()->open(record.config.id, record.config.name, request,
                                    request.startFirst ? runStepObserver() : porthole::RunStepObserver());
    });
}

void ContainersPage::showCommand(const QString &commandLine, const QString &containerId)
{
    if (!containerId.isEmpty()) // an image's save or an import is not about a container
        m_details->lifecycle()->showCommand(containerId, commandLine);
}

void ContainersPage::runLifecycleAction(porthole::LifecycleAction action)
{
    if (const porthole::ContainerRecord *selected = m_catalog->find(m_selectedId))
        runActionOn(action, {*selected});
}

void ContainersPage::runOnSelection(porthole::LifecycleAction action)
{
    QList<porthole::ContainerRecord> targets;
    for (const QString &id : selectedIds())
        if (const porthole::ContainerRecord *found = m_catalog->find(id); found && actionPossibleForAny(action, {found->state.state}))
            targets.append(*found);
    if (!targets.isEmpty())
        runActionOn(action, targets);
}

void ContainersPage::runActionOn(porthole::LifecycleAction action, const QList<porthole::ContainerRecord> &targets)
{
    int timeout = targets.first().config.stopTimeout;
    const bool asksTimeout = action == porthole::LifecycleAction::Stop || action == porthole::LifecycleAction::Restart;
    if (asksTimeout) {
        const auto chosen = askStopTimeout(timeout);
        if (!chosen)
            return;
        timeout = *chosen;
    }
    QStringList names, ids;
    bool anyRunning = false;
    for (const porthole::ContainerRecord &target : targets) {
        names.append(target.config.name);
        ids.append(target.config.id);
        anyRunning = anyRunning || target.state.state == porthole::ContainerState::Running;
    }
    const QString command = equivalentCommand(action, names, timeout);
    LifecyclePane *lifecycle = m_details->lifecycle();
    for (const QString &id : std::as_const(ids))
        lifecycle->showCommand(id, command);
    emit busy(tr("Running: %1").arg(command));
    const bool stopping = asksTimeout && anyRunning;
    if (stopping)
        lifecycle->startStopCountdown(ids, timeout);
    const SharedEngine shared = m_engine;
    const porthole::RunStepObserver steps = runStepObserver(); // start's three steps
    const porthole::StopObserver stops = stopObserver();
    runInBackground(this, [shared, ids, action, timeout, steps, stops] {
        auto engine = shared.copy();
        if (!engine)
            return ActionOutcome{{engine.error().message}};
        engine->containers().setRunStepObserver(steps);
        engine->containers().setStopObserver(stops);
        ActionOutcome outcome;
        for (const QString &id : ids) // one engine call per container, as the CLI makes them
            if (auto done = engine->containers().apply(action, id, timeout); !done)
                outcome.errors.append(done.error().message);
        return outcome;
    }, [this, command, stopping, ids](const ActionOutcome &outcome) {
        if (stopping)
            m_details->lifecycle()->finishStopCountdown(ids, command);
        emit finished(outcome.errors.isEmpty(), outcome.errors.isEmpty() ? tr("Done: %1").arg(command) : outcome.errors.join(QStringLiteral("; ")));
    });
}

void ContainersPage::newContainer()
{
    newContainerFrom(QString());
}

void ContainersPage::newContainerFrom(const QString &image)
{
    NewContainerDialog dialog(m_images.names(), m_images.runnableNames(), m_images.networks, this);
    if (!image.isEmpty())
        dialog.setImage(image);
    if (!askNewContainer(dialog))
        return;
    auto request = dialog.request();
    if (!request) {
        emit finished(false, request.error().message);
        return;
    }
    // Without a console yet, run in the background (-d); the command says so.
    createContainer(*request, dialog.startNow(), NewContainerDialog::commandLineFor(*request, dialog.startNow(), true));
}

porthole::RunStepObserver ContainersPage::runStepObserver(bool selectCreated)
{
    QPointer<ContainersPage> page(this);
    const std::shared_ptr<StepGate> gate = m_gate;
    return [page, selectCreated, gate](porthole::RunStep step, const QString &detail, const QString &containerId) {
        QMetaObject::invokeMethod(page, [page, step, detail, containerId, selectCreated] {
            if (!page)
                return;
            page->m_details->lifecycle()->showRunStep(step, detail, containerId);
            if (selectCreated && step == porthole::RunStep::CreateContainer) {
                page->select(containerId); // the window's own run: its container is the one to watch
                emit page->createdHere(containerId);
            }
        }, Qt::QueuedConnection);
        if (step != porthole::RunStep::StartCommand) // the engine's next step waits for Next
            gate->hold(tr("Next: %1").arg(RunStepsView::stepName(porthole::RunStep(int(step) + 1))));
    };
}

porthole::StopObserver ContainersPage::stopObserver()
{
    QPointer<ContainersPage> page(this);
    const std::shared_ptr<StepGate> gate = m_gate;
    return [page, gate](const porthole::StopReport &report) {
        if (report.phase == porthole::StopPhase::SignalSent) {
            gate->hold(tr("SIG%1 sent. Next: wait up to %2 s for the process to end").arg(report.signal).arg(report.seconds));
            QMetaObject::invokeMethod(page, [page] {
                if (page)
                    page->m_details->lifecycle()->restartStopCountdown(); // the wait starts now
            }, Qt::QueuedConnection);
        } else if (report.phase == porthole::StopPhase::KillNext) {
            gate->hold(tr("The process did not end in time. Next: SIGKILL"));
        }
    };
}

void ContainersPage::createContainer(const porthole::CreateRequest &request, bool start, const QString &commandLine)
{
    m_details->setCurrentIndex(ContainerDetails::Lifecycle);
    m_details->lifecycle()->beginRun(commandLine);
    emit busy(tr("Running: %1").arg(commandLine));
    const SharedEngine shared = m_engine;
    const porthole::RunStepObserver steps = runStepObserver(true);
    runInBackground(this, [shared, request, start, steps] {
        auto engine = shared.copy();
        return engine ? createOnWorker(*engine, request, start, steps) : ActionOutcome{{engine.error().message}};
    }, [this, commandLine](const ActionOutcome &outcome) {
        if (!outcome.createdId.isEmpty()) {
            m_pendingSelection = outcome.createdId;
            refresh();
        }
        if (!outcome.errors.isEmpty())
            m_details->lifecycle()->showRunFailed(outcome.createdId, outcome.errors.first());
        emit finished(outcome.errors.isEmpty(), outcome.errors.isEmpty() ? tr("Done: %1").arg(commandLine) : outcome.errors.first());
    });
}

std::optional<TransferRequest> ContainersPage::transferOf(const QString &id, bool migrate) const
{
    const porthole::ContainerRecord *target = m_catalog->find(id);
    if (!target)
        return std::nullopt;
    return TransferRequest{migrate ? TransferRequest::Kind::Migrate : TransferRequest::Kind::ExportFilesystem, id, target->config.name,
                           m_catalog->writableSize(id) + m_images.sizeOf(target->config.imageId)};
}

QMimeData *ContainersPage::dragData(const QString &id)
{
    const auto request = transferOf(id, m_toolbar->migratesOnDragOut());
    return request ? m_transfers->dragOut(*request) : nullptr;
}

void ContainersPage::exportContainer(const QString &id, const QString &path)
{
    if (const auto request = transferOf(id, false))
        m_transfers->write(*request, path);
}

void ContainersPage::writeSelected(bool migrate)
{
    if (const auto request = transferOf(m_selectedId, migrate))
        m_transfers->writeAsked(*request);
}
