// The containers tab: the live table with its toolbar, context menu,
// shortcuts, filter and bulk actions; below it the selected container's
// lifecycle (diagram, run's steps, history, the equivalent command, stop's
// countdown), its layers and files, and inspect.
#include "gui/app/mainwindow.h"

#include "base/fsutil.h"
#include "base/humanize.h"
#include "containers/containerengine.h"
#include "gui/app/backgroundwork.h"
#include "gui/containers/consolespane.h"
#include "gui/containers/containeractions.h"
#include "gui/containers/containerlistmodel.h"
#include "gui/containers/historystrip.h"
#include "gui/containers/lifecyclediagram.h"
#include "gui/containers/logsview.h"
#include "gui/containers/newcontainerdialog.h"
#include "gui/containers/runstepsview.h"
#include "gui/transfers/dropdialog.h"
#include "gui/widgets/highlightedjsonview.h"
#include "gui/widgets/layerfilebrowser.h"
#include "gui/widgets/layerstackview.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QProgressBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

struct ContainersOutcome {
    bool ok = false;
    QString message;
    QList<porthole::ContainerRecord> containers;
    QHash<QString, qint64> writableSizes;
    QList<porthole::Event> newEvents;
    qint64 eventsOffset = 0;
};

struct ActionOutcome {
    QStringList errors;
    QString createdId;
};

ContainersOutcome loadContainers(const SharedEngine &shared, qint64 eventsOffset)
{
    auto opened = shared.copy();
    if (!opened)
        return {false, opened.error().message};
    porthole::ContainerEngine &engine = opened->containers();
    auto records = engine.list();
    if (!records)
        return {false, records.error().message};
    ContainersOutcome outcome{true, {}, *records};
    for (const porthole::ContainerRecord &record : std::as_const(*records))
        outcome.writableSizes.insert(record.config.id, porthole::directorySize(engine.store().writableLayerDir(record.config.id)));
    outcome.eventsOffset = eventsOffset;
    if (auto events = porthole::readEvents(shared.paths().root, outcome.eventsOffset))
        outcome.newEvents = *events;
    return outcome;
}

} // namespace

QWidget *MainWindow::buildContainersPage()
{
    m_containers = new ContainerListModel(this);
    m_containerFilter = new ContainerFilter(this);
    m_containerFilter->setSourceModel(m_containers);
    m_containerFilter->setSortRole(Qt::UserRole);

    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *toolbar = new QToolBar(tr("Containers"), page);
    toolbar->setObjectName(QStringLiteral("containersToolbar"));
    QAction *create = toolbar->addAction(tr("New…"), this, &MainWindow::newContainer);
    create->setObjectName(QStringLiteral("newContainerAction"));
    create->setShortcut(QKeySequence::New);
    create->setToolTip(tr("Create or run a container (%1)").arg(create->shortcut().toString(QKeySequence::NativeText)));
    toolbar->addSeparator();
    for (const ContainerActionInfo &info : containerActions()) {
        QAction *action = toolbar->addAction(info.label, this, [this, a = info.action] { runOnSelection(a); });
        action->setObjectName(info.objectName);
        action->setShortcut(info.shortcut);
        action->setShortcutContext(Qt::WindowShortcut);
        action->setToolTip(QStringLiteral("%1 (%2)").arg(equivalentCommand(info.action, {}, -1), info.shortcut.toString(QKeySequence::NativeText)));
        m_actions.insert(info.action, action);
    }
    toolbar->addSeparator();
    QAction *exportAction = toolbar->addAction(tr("Export…"), this, [this] {
        writeSelectedContainer(QStringLiteral(".tar"), &MainWindow::exportContainer);
    });
    exportAction->setObjectName(QStringLiteral("exportAction"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportAction->setToolTip(tr("Export the container's filesystem as a tar (porthole export)"));
    QAction *migrateAction = new QAction(tr("Migrate with settings…"), this);
    migrateAction->setObjectName(QStringLiteral("migrateAction"));
    migrateAction->setToolTip(tr("Commit the container and save the image: its CMD, ENV and other settings travel too"));
    connect(migrateAction, &QAction::triggered, this, [this] {
        writeSelectedContainer(QStringLiteral("-migrated.tar"), &MainWindow::migrateContainer);
    });
    // What a container dragged out of the list becomes.
    m_dragOutMode = new QComboBox(page);
    m_dragOutMode->setObjectName(QStringLiteral("dragOutMode"));
    m_dragOutMode->addItem(tr("Drag out: export filesystem"));
    m_dragOutMode->addItem(tr("Drag out: migrate with settings"));
    m_dragOutMode->setToolTip(DropDialog::explanation());
    toolbar->addSeparator();
    auto *filter = new QLineEdit(page);
    filter->setObjectName(QStringLiteral("containerFilter"));
    filter->setPlaceholderText(tr("Filter (Ctrl+F)"));
    filter->setClearButtonEnabled(true);
    filter->setMaximumWidth(220);
    connect(filter, &QLineEdit::textChanged, m_containerFilter, &ContainerFilter::setText);
    auto *focusFilter = new QAction(this);
    focusFilter->setShortcut(QKeySequence::Find);
    connect(focusFilter, &QAction::triggered, filter, [filter] { filter->setFocus(); });
    addAction(focusFilter);
    auto *stateFilter = new QComboBox(page);
    stateFilter->setObjectName(QStringLiteral("stateFilter"));
    stateFilter->addItem(tr("All states"), -1);
    for (auto state : {porthole::ContainerState::Created, porthole::ContainerState::Running, porthole::ContainerState::Paused,
                       porthole::ContainerState::Exited})
        stateFilter->addItem(state == porthole::ContainerState::Exited ? tr("stopped") : porthole::stateName(state), int(state));
    connect(stateFilter, &QComboBox::currentIndexChanged, this, [this, stateFilter] {
        const int state = stateFilter->currentData().toInt();
        m_containerFilter->setState(state < 0 ? std::nullopt : std::optional(porthole::ContainerState(state)));
    });
    toolbar->addWidget(filter);
    toolbar->addWidget(stateFilter);
    toolbar->addSeparator();
    toolbar->addWidget(m_dragOutMode);
    layout->addWidget(toolbar);

    m_containerTable = new QTableView(page);
    m_containerTable->setObjectName(QStringLiteral("containerTable"));
    m_containerTable->setModel(m_containerFilter);
    m_containerTable->setSortingEnabled(true);
    m_containerTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_containerTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_containerTable->setWordWrap(false);
    m_containerTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_containerTable->horizontalHeader()->setStretchLastSection(true);
    m_containerTable->verticalHeader()->hide();
    m_containerTable->sortByColumn(ContainerListModel::Created, Qt::DescendingOrder);
    m_containerTable->setContextMenuPolicy(Qt::CustomContextMenu);
    m_containerTable->viewport()->installEventFilter(this); // drag a container out to export or migrate it
    connect(m_containerTable, &QWidget::customContextMenuRequested, this, [this, create, exportAction, migrateAction](const QPoint &at) {
        QMenu menu(this);
        menu.setObjectName(QStringLiteral("containerMenu"));
        menu.addAction(create);
        menu.addSeparator();
        for (const ContainerActionInfo &info : containerActions())
            menu.addAction(m_actions.value(info.action));
        menu.addSeparator();
        menu.addAction(exportAction);
        menu.addAction(migrateAction);
        menu.addAction(tr("Inspect"), this, [this] { m_containerDetails->setCurrentIndex(2); });
        menu.addAction(tr("Files and layers"), this, [this] { m_containerDetails->setCurrentIndex(1); });
        menu.exec(m_containerTable->viewport()->mapToGlobal(at));
    });
    connect(m_containerTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &index) {
        m_selectedId = m_containers->idAt(m_containerFilter->mapToSource(index).row());
        showSelectedContainer();
    });
    connect(m_containerTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateActions);

    m_containerDetails = new QTabWidget(page);
    m_containerDetails->setObjectName(QStringLiteral("containerDetails"));
    m_containerDetails->addTab(buildLifecyclePane(), tr("Lifecycle"));
    auto *layers = new QSplitter(Qt::Horizontal, page);
    m_containerStack = new LayerStackView(layers);
    m_containerFiles = new LayerFileBrowser(layers);
    layers->addWidget(m_containerStack);
    layers->addWidget(m_containerFiles);
    layers->setStretchFactor(1, 2);
    m_containerDetails->addTab(layers, tr("Layers and files"));
    m_containerInspect = new HighlightedJsonView(page);
    m_containerDetails->addTab(m_containerInspect, tr("Inspect"));
    m_consoles = new ConsolesPane(m_engine, page);
    m_containerDetails->addTab(m_consoles, tr("Consoles"));
    m_logs = new LogsView(m_engine.paths(), page);
    m_containerDetails->addTab(m_logs, tr("Logs"));

    auto *split = new QSplitter(Qt::Vertical, page);
    split->addWidget(m_containerTable);
    split->addWidget(m_containerDetails);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
    updateActions();
    return page;
}

QWidget *MainWindow::buildLifecyclePane()
{
    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    m_diagram = new LifecycleDiagram(pane);
    m_runSteps = new RunStepsView(pane);
    auto *pictures = new QHBoxLayout;
    pictures->addWidget(m_diagram, 3);
    pictures->addWidget(m_runSteps, 2);
    layout->addLayout(pictures, 1);
    m_history = new HistoryStrip(pane);
    layout->addWidget(m_history);
    // The command each click runs, as the CLI would take it, copyable.
    auto *commandRow = new QHBoxLayout;
    m_commandLine = new QLabel(tr("Select a container to see its lifecycle. Click a command to run it."), pane);
    m_commandLine->setObjectName(QStringLiteral("commandLine"));
    m_commandLine->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *copy = new QToolButton(pane);
    copy->setObjectName(QStringLiteral("copyCommand"));
    copy->setText(tr("Copy"));
    copy->setToolTip(tr("Copy the command line"));
    connect(copy, &QToolButton::clicked, this, [this] { QApplication::clipboard()->setText(m_commandLine->text().section(QStringLiteral("  —  "), 0, 0)); });
    commandRow->addWidget(m_commandLine, 1);
    commandRow->addWidget(copy);
    layout->addLayout(commandRow);
    // The seed's stop, step by step: SIGTERM sent, the wait, then SIGKILL.
    m_stopCountdown = new QProgressBar(pane);
    m_stopCountdown->setObjectName(QStringLiteral("stopCountdown"));
    m_stopCountdown->setTextVisible(true);
    m_stopCountdown->hide();
    layout->addWidget(m_stopCountdown);
    m_countdownTimer = new QTimer(this);
    m_countdownTimer->setInterval(100);
    connect(m_countdownTimer, &QTimer::timeout, this, [this] {
        const qint64 left = std::max<qint64>(0, m_stopSeconds * 1000 - m_stopClock.elapsed());
        m_stopCountdown->setValue(int(left));
        m_stopCountdown->setFormat(left > 0 ? tr("SIGTERM sent: %1 s left before SIGKILL").arg((left + 999) / 1000)
                                            : tr("Timeout reached: SIGKILL sent"));
    });
    connect(m_diagram, &LifecycleDiagram::actionRequested, this, &MainWindow::runLifecycleAction);
    askStopTimeout = [this](int seconds) -> std::optional<int> {
        bool ok = false;
        const int value = QInputDialog::getInt(this, tr("Stop"), tr("Send SIGTERM, wait this many seconds, then SIGKILL:"), seconds, 0, 3600, 1, &ok);
        return ok ? std::optional<int>(value) : std::nullopt;
    };
    askNewContainer = [](NewContainerDialog &dialog) { return dialog.exec() == QDialog::Accepted; };
    askExportPath = [this](const QString &suggested) {
        return QFileDialog::getSaveFileName(this, tr("Export the container's filesystem"), suggested, tr("Tar archives (*.tar)"));
    };
    return pane;
}

const porthole::ContainerRecord *MainWindow::record(const QString &id) const
{
    for (const porthole::ContainerRecord &candidate : m_records)
        if (candidate.config.id == id)
            return &candidate;
    return nullptr;
}

QStringList MainWindow::selectedContainerIds() const
{
    QStringList ids;
    for (const QModelIndex &index : m_containerTable->selectionModel()->selectedRows())
        ids.append(m_containers->idAt(m_containerFilter->mapToSource(index).row()));
    if (ids.isEmpty() && !m_selectedId.isEmpty() && record(m_selectedId))
        ids.append(m_selectedId);
    return ids;
}

void MainWindow::updateActions()
{
    QList<porthole::ContainerState> states;
    for (const QString &id : selectedContainerIds())
        if (const porthole::ContainerRecord *found = record(id))
            states.append(found->state.state);
    for (auto it = m_actions.begin(); it != m_actions.end(); ++it)
        it.value()->setEnabled(actionPossibleForAny(it.key(), states));
}

void MainWindow::runLifecycleAction(porthole::LifecycleAction action)
{
    if (const porthole::ContainerRecord *selected = record(m_selectedId))
        runActionOn(action, {*selected});
}

void MainWindow::runOnSelection(porthole::LifecycleAction action)
{
    QList<porthole::ContainerRecord> targets;
    for (const QString &id : selectedContainerIds())
        if (const porthole::ContainerRecord *found = record(id); found && actionPossibleForAny(action, {found->state.state}))
            targets.append(*found);
    if (!targets.isEmpty())
        runActionOn(action, targets);
}

void MainWindow::runActionOn(porthole::LifecycleAction action, const QList<porthole::ContainerRecord> &targets)
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
    m_commandLine->setText(command);
    setBusy(tr("Running: %1").arg(command));
    const bool stopping = asksTimeout && anyRunning;
    if (stopping)
        startStopCountdown(timeout);
    const SharedEngine shared = m_engine;
    runInBackground(this, [shared, ids, action, timeout] {
        auto engine = shared.copy();
        if (!engine)
            return ActionOutcome{{engine.error().message}};
        ActionOutcome outcome;
        for (const QString &id : ids) // one engine call per container, as the CLI makes them
            if (auto done = engine->containers().apply(action, id, timeout); !done)
                outcome.errors.append(done.error().message);
        return outcome;
    }, [this, command, stopping](const ActionOutcome &outcome) {
        if (stopping)
            finishStopCountdown(command);
        showResult(outcome.errors.isEmpty(), outcome.errors.isEmpty() ? tr("Done: %1").arg(command) : outcome.errors.join(QStringLiteral("; ")));
    });
}

void MainWindow::startStopCountdown(int seconds)
{
    m_stopSeconds = seconds;
    m_stopClock.start();
    m_stopCountdown->setRange(0, std::max(1, seconds * 1000));
    m_stopCountdown->setValue(seconds * 1000);
    m_stopCountdown->setFormat(tr("SIGTERM sent: %1 s left before SIGKILL").arg(seconds));
    m_stopCountdown->show();
    m_countdownTimer->start();
}

void MainWindow::finishStopCountdown(const QString &command)
{
    m_countdownTimer->stop();
    m_stopCountdown->hide();
    const bool killed = m_stopClock.elapsed() >= m_stopSeconds * 1000;
    m_commandLine->setText(command + QStringLiteral("  —  ")
                           + (killed ? tr("the process ignored SIGTERM for %1 s, so SIGKILL ended it").arg(m_stopSeconds)
                                     : tr("the process ended on SIGTERM")));
}

void MainWindow::newContainer()
{
    NewContainerDialog dialog(m_imageNames, m_networkNames, this);
    if (!askNewContainer(dialog))
        return;
    auto request = dialog.request();
    if (!request) {
        showResult(false, request.error().message);
        return;
    }
    // Without a console yet, run in the background (-d); the command says so.
    createContainer(*request, dialog.startNow(), NewContainerDialog::commandLineFor(*request, dialog.startNow(), true));
}

porthole::RunStepObserver MainWindow::runStepObserver()
{
    QPointer<MainWindow> window(this);
    return [window](porthole::RunStep step, const QString &detail) {
        QMetaObject::invokeMethod(window, [window, step, detail] {
            if (window)
                window->onRunStep(step, detail);
        }, Qt::QueuedConnection);
    };
}

void MainWindow::onRunStep(porthole::RunStep step, const QString &detail)
{
    // A new run or create starts from the top; a plain start from step 3.
    if (step == porthole::RunStep::FindImage || (step == porthole::RunStep::AddWritableLayer && m_runSteps->doneCount() != 2))
        m_runSteps->reset();
    m_runSteps->markDone(step, detail);
}

void MainWindow::createContainer(const porthole::CreateRequest &request, bool start, const QString &commandLine)
{
    m_containerDetails->setCurrentIndex(0);
    m_runSteps->reset();
    m_commandLine->setText(commandLine);
    setBusy(tr("Running: %1").arg(commandLine));
    const SharedEngine shared = m_engine;
    const porthole::RunStepObserver steps = runStepObserver();
    runInBackground(this, [shared, request, start, steps] {
        auto opened = shared.copy();
        if (!opened)
            return ActionOutcome{{opened.error().message}};
        porthole::ContainerEngine &engine = opened->containers();
        engine.setRunStepObserver(steps);
        auto created = engine.create(request);
        if (!created)
            return ActionOutcome{{created.error().message}};
        if (start)
            if (auto ok = engine.start(created->config.id); !ok)
                return ActionOutcome{{ok.error().message}, created->config.id};
        return ActionOutcome{{}, created->config.id};
    }, [this, commandLine](const ActionOutcome &outcome) {
        if (!outcome.createdId.isEmpty()) {
            m_pendingSelection = outcome.createdId;
            refreshContainers();
        }
        if (!outcome.errors.isEmpty())
            m_runSteps->markFailed(outcome.errors.first());
        showResult(outcome.errors.isEmpty(), outcome.errors.isEmpty() ? tr("Done: %1").arg(commandLine) : outcome.errors.first());
    });
}

void MainWindow::mergeEvents(const QList<porthole::Event> &events)
{
    for (const porthole::Event &event : events) {
        const QString id = event.type == QLatin1String("container") ? event.id : event.attributes.value(QLatin1String("container")).toString();
        if (!id.isEmpty())
            m_eventsByContainer[id].append(event);
    }
}

void MainWindow::refreshContainers()
{
    if (m_containersRefreshing) { // one at a time; run again when it ends
        m_containersStale = true;
        return;
    }
    m_containersRefreshing = true;
    const SharedEngine engine = m_engine;
    const qint64 offset = m_eventsOffset;
    runInBackground(this, [engine, offset] { return loadContainers(engine, offset); }, [this](const ContainersOutcome &outcome) {
        m_containersRefreshing = false;
        if (outcome.ok) {
            m_records = outcome.containers;
            m_writableSizes = outcome.writableSizes;
            mergeEvents(outcome.newEvents);
            m_eventsOffset = outcome.eventsOffset;
            m_containers->setContainers(outcome.containers);
            if (!m_pendingSelection.isEmpty() && record(m_pendingSelection))
                m_selectedId = std::exchange(m_pendingSelection, QString());
            // The newest container is selected at first; then the selection
            // stays on the same container across refreshes.
            if (m_selectedId.isEmpty() && m_containerFilter->rowCount() > 0)
                m_selectedId = m_containers->idAt(m_containerFilter->mapToSource(m_containerFilter->index(0, 0)).row());
            for (int row = 0; row < m_containers->rowCount(); ++row)
                if (m_containers->idAt(row) == m_selectedId)
                    m_containerTable->selectionModel()->setCurrentIndex(m_containerFilter->mapFromSource(m_containers->index(row, 0)),
                                                                         QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            showSelectedContainer();
            updateActions();
            emit containersRefreshed(int(outcome.containers.size()));
        } else {
            showResult(false, outcome.message);
        }
        if (std::exchange(m_containersStale, false))
            refreshContainers();
    });
}

void MainWindow::showSelectedContainer()
{
    if (const porthole::ContainerRecord *selected = record(m_selectedId)) {
        QList<LayerStackView::Layer> layers{{tr("container layer"),
                                             tr("%1 written by %2 · removed with the container")
                                                 .arg(porthole::humanSize(m_writableSizes.value(selected->config.id)), selected->config.name),
                                             true}};
        for (const LayerRow &row : m_imageLayers.value(selected->config.imageId))
            layers.append({row.title, row.detail, false});
        m_containerStack->setLayers(tr("%1 = writable layer over image %2").arg(selected->config.name, selected->config.image), layers);
        m_selectedName = selected->config.name;
        m_diagram->setContainer(selected->config.name, selected->state.state);
        m_history->setEvents(m_eventsByContainer.value(selected->config.id));
        m_consoles->setContainer(selected->config.id, selected->config.name, selected->state.state == porthole::ContainerState::Running);
        m_logs->setContainer(selected->config.id);
        showContainerDetails(*selected);
        return;
    }
    m_containerStack->setLayers(QString(), {});
    m_containerFiles->setSources(QString(), {});
    m_consoles->setContainer(QString(), QString(), false);
    // Gone (removed by us or elsewhere): the diagram ends in "deleted".
    m_diagram->setContainer(m_selectedId.isEmpty() ? QString() : m_selectedName, std::nullopt);
    m_history->setEvents(m_eventsByContainer.value(m_selectedId));
}

void MainWindow::showContainerDetails(const porthole::ContainerRecord &selected)
{
    // Listing files and inspecting cost I/O: only when the container or its
    // state changed, not on every refresh.
    const QString key = selected.config.id + porthole::stateName(selected.state.state) + selected.state.startedAt.toString(Qt::ISODateWithMs)
                        + QString::number(m_imageLayers.value(selected.config.imageId).size());
    if (m_shownDetailsKey == key)
        return;
    m_shownDetailsKey = key;
    const QList<LayerRow> imageLayers = m_imageLayers.value(selected.config.imageId);
    const QString upper = porthole::ContainerStore(m_engine.paths()).writableLayerDir(selected.config.id);
    QStringList dirs{upper};
    QStringList names{tr("container layer")};
    for (int i = 0; i < imageLayers.size(); ++i) {
        dirs.append(imageLayers.at(i).path);
        names.append(tr("layer %1").arg(imageLayers.size() - i));
    }
    const SharedEngine shared = m_engine;
    const QString id = selected.config.id;
    QList<LayerFileBrowser::Source> sources{
        {tr("Merged view (what the container sees)"), [dirs] { return porthole::mergedLayerFiles(dirs); }, names},
        {tr("Changes (diff: added, changed, deleted)"),
         [shared, id]() -> porthole::Result<QList<porthole::LayerFile>> {
             auto engine = shared.copy();
             if (!engine)
                 return std::unexpected(engine.error());
             auto changes = engine->containers().diff(id);
             if (!changes)
                 return std::unexpected(changes.error());
             QList<porthole::LayerFile> files;
             for (const porthole::FileChange &change : std::as_const(*changes))
                 files.append({change.path, char(change.kind.toLatin1()), 0, 0, {}});
             return files;
         },
         {},
         true},
        {tr("Container layer (writable)"), [upper] { return porthole::singleLayerFiles(upper); }, {}},
    };
    for (int i = 0; i < imageLayers.size(); ++i) {
        const QString dir = imageLayers.at(i).path;
        sources.append({tr("Layer %1 · %2 (read-only)").arg(imageLayers.size() - i).arg(imageLayers.at(i).title),
                        [dir] { return porthole::singleLayerFiles(dir); }, {}});
    }
    m_containerFiles->setSources(id, sources);
    const porthole::ContainerRecord copy = selected;
    runInBackground(this, [shared, copy] {
        auto engine = shared.copy();
        if (!engine)
            return QByteArray();
        return QJsonDocument(QJsonArray{engine->containers().inspect(copy)}).toJson(QJsonDocument::Indented);
    }, [this, id](const QByteArray &json) {
        if (id == m_selectedId && !json.isEmpty())
            m_containerInspect->setJson(json);
    });
}

// Asks where to write the selected container (suggested: its name + suffix),
// then hands the path to write (export or migrate).
void MainWindow::writeSelectedContainer(const QString &suffix, void (MainWindow::*write)(const QString &, const QString &))
{
    const porthole::ContainerRecord *selected = record(m_selectedId);
    if (!selected)
        return;
    const QString path = askExportPath(selected->config.name + suffix);
    if (!path.isEmpty())
        (this->*write)(selected->config.id, path);
}
