#include "mainwindow.h"

#include "containerengine.h"
#include "fsutil.h"
#include "containerlistmodel.h"
#include "eventsfollower.h"
#include "imagelistmodel.h"
#include "layerstackview.h"
#include "lifecyclediagram.h"
#include "humanize.h"
#include "imagestore.h"
#include "starterimage.h"

#include <QFileDialog>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QTimer>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QSplitter>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QFontDatabase>
#include "commands.h"
#include "shellwords.h"
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>
#include <QtConcurrent>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonObject>

namespace {

struct Outcome {
    bool ok = false;
    QString message;
    QList<porthole::ImageInfo> images;
    QHash<QString, QList<QPair<QString, QString>>> layers; // image id -> (title, detail), top first
};

// Each image's layers with their size and the history line that made them.
QHash<QString, QList<QPair<QString, QString>>> describeLayers(porthole::ImageStore &store, const QList<porthole::ImageInfo> &images)
{
    QHash<QString, QList<QPair<QString, QString>>> all;
    for (const porthole::ImageInfo &image : images) {
        QStringList madeBy;
        for (const auto &value : image.config.history) {
            const QJsonObject entry = value.toObject();
            if (entry.value(QLatin1String("empty_layer")).toBool())
                continue;
            const QString createdBy = entry.value(QLatin1String("created_by")).toString();
            madeBy.append(createdBy.isEmpty() ? entry.value(QLatin1String("comment")).toString() : createdBy);
        }
        QList<QPair<QString, QString>> layers;
        for (qsizetype i = 0; i < image.config.diffIds.size(); ++i) {
            const QString diffId = image.config.diffIds.at(i);
            auto layer = store.layer(diffId);
            const QString size = layer ? porthole::humanSize(layer->size) : QStringLiteral("?");
            layers.prepend({diffId.left(19), QStringLiteral("%1 · %2").arg(size, madeBy.value(i))});
        }
        all.insert(image.id, layers);
    }
    return all;
}

struct ContainersOutcome {
    bool ok = false;
    QString message;
    QList<porthole::ContainerRecord> containers;
    QHash<QString, qint64> writableSizes;
};

} // namespace

MainWindow::MainWindow(const porthole::StorePaths &paths, QWidget *parent)
    : QMainWindow(parent), m_paths(paths), m_model(new ImageListModel(this)),
      m_containers(new ContainerListModel(this)), m_follower(new EventsFollower(paths.root, this)),
      m_diagram(new LifecycleDiagram(this))
{
    setWindowTitle(tr("Porthole"));
    auto *toolbar = addToolBar(tr("Images"));
    toolbar->setObjectName(QStringLiteral("imagesToolbar"));
    auto *refreshAction = toolbar->addAction(tr("Refresh"), this, &MainWindow::refresh);
    refreshAction->setShortcut(QKeySequence::Refresh);
    toolbar->addAction(tr("Import…"), this, &MainWindow::chooseImportFile);
    toolbar->addAction(tr("Build busybox starter image"), this, &MainWindow::buildStarterImage);

    // Two pages: a welcome for an empty store, the image table otherwise.
    auto *welcome = new QWidget(this);
    auto *welcomeLayout = new QVBoxLayout(welcome);
    m_emptyHint = new QLabel(tr("No images yet. An image is a stack of read-only layers; containers are created from it.\n"
                                "Build busybox:latest from this machine's busybox to start, offline."),
                             welcome);
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_starterButton = new QPushButton(tr("Build busybox:latest"), welcome);
    m_starterButton->setObjectName(QStringLiteral("starterButton"));
    connect(m_starterButton, &QPushButton::clicked, this, &MainWindow::buildStarterImage);
    welcomeLayout->addStretch(1);
    welcomeLayout->addWidget(m_emptyHint);
    welcomeLayout->addSpacing(12);
    welcomeLayout->addWidget(m_starterButton, 0, Qt::AlignCenter);
    welcomeLayout->addStretch(1);

    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(Qt::UserRole);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("imageTable"));
    m_table->setModel(proxy);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->sortByColumn(ImageListModel::Created, Qt::DescendingOrder); // newest first, as `images`

    m_imageStack = new LayerStackView(this);
    auto *imageSplit = new QSplitter(Qt::Horizontal, this);
    imageSplit->addWidget(m_table);
    imageSplit->addWidget(m_imageStack);
    imageSplit->setStretchFactor(0, 3);
    imageSplit->setStretchFactor(1, 2);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this, proxy](const QModelIndex &index) {
        m_selectedImageId = m_model->imageIdAt(proxy->mapToSource(index).row());
        showSelectedImage();
    });
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(welcome);
    m_pages->addWidget(imageSplit);

    auto *containerProxy = new QSortFilterProxyModel(this);
    containerProxy->setSourceModel(m_containers);
    containerProxy->setSortRole(Qt::UserRole);
    auto *containerTable = new QTableView(this);
    m_containerTable = containerTable;
    containerTable->setObjectName(QStringLiteral("containerTable"));
    containerTable->setModel(containerProxy);
    containerTable->setSortingEnabled(true);
    containerTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    containerTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    containerTable->setWordWrap(false);
    containerTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    containerTable->horizontalHeader()->setStretchLastSection(true);
    containerTable->verticalHeader()->hide();
    containerTable->sortByColumn(ContainerListModel::Created, Qt::DescendingOrder);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    // Below the table: the selected container's lifecycle, and the command
    // each click runs, as the CLI would take it.
    auto *lifecycle = new QWidget(this);
    auto *lifecycleLayout = new QVBoxLayout(lifecycle);
    m_commandLine = new QLabel(tr("Select a container to see its lifecycle. Click a command to run it."), lifecycle);
    m_commandLine->setObjectName(QStringLiteral("commandLine"));
    m_commandLine->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_containerStack = new LayerStackView(lifecycle);
    auto *pictures = new QHBoxLayout;
    pictures->addWidget(m_diagram, 3);
    pictures->addWidget(m_containerStack, 2);
    lifecycleLayout->addLayout(pictures, 1);
    lifecycleLayout->addWidget(m_commandLine);
    // The seed's stop, step by step: SIGTERM sent, the wait, then SIGKILL.
    m_stopCountdown = new QProgressBar(lifecycle);
    m_stopCountdown->setObjectName(QStringLiteral("stopCountdown"));
    m_stopCountdown->setTextVisible(true);
    m_stopCountdown->hide();
    lifecycleLayout->addWidget(m_stopCountdown);
    m_countdownTimer = new QTimer(this);
    m_countdownTimer->setInterval(100);
    connect(m_countdownTimer, &QTimer::timeout, this, [this] {
        const qint64 left = std::max<qint64>(0, m_stopSeconds * 1000 - m_stopClock.elapsed());
        m_stopCountdown->setValue(int(left));
        m_stopCountdown->setFormat(left > 0 ? tr("SIGTERM sent: %1 s left before SIGKILL").arg((left + 999) / 1000)
                                            : tr("Timeout reached: SIGKILL sent"));
    });
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(containerTable);
    split->addWidget(lifecycle);
    split->setStretchFactor(1, 2);
    connect(containerTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this, containerProxy](const QModelIndex &index) {
        m_selectedId = m_containers->idAt(containerProxy->mapToSource(index).row());
        showSelectedContainer();
    });
    connect(m_diagram, &LifecycleDiagram::actionRequested, this, &MainWindow::runLifecycleAction);
    askStopTimeout = [this](int seconds) -> std::optional<int> {
        bool ok = false;
        const int value = QInputDialog::getInt(this, tr("Stop"), tr("Send SIGTERM, wait this many seconds, then SIGKILL:"), seconds, 0, 3600, 1, &ok);
        return ok ? std::optional<int>(value) : std::nullopt;
    };
    m_tabs->addTab(split, tr("Containers"));
    m_tabs->addTab(m_pages, tr("Images"));
    // The command bar under the tabs: type the tutorial's commands as written.
    m_commandBar = new QLineEdit(this);
    m_commandBar->setObjectName(QStringLiteral("commandBar"));
    m_commandBar->setPlaceholderText(tr("Type a command, e.g. docker create -it --name=busybox busybox, docker ps -a, docker rm -f busybox"));
    m_commandBar->setClearButtonEnabled(true);
    m_commandOutput = new QPlainTextEdit(this);
    m_commandOutput->setObjectName(QStringLiteral("commandOutput"));
    m_commandOutput->setReadOnly(true);
    m_commandOutput->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_commandOutput->setMaximumBlockCount(2000);
    m_commandOutput->setFixedHeight(80);
    connect(m_commandBar, &QLineEdit::returnPressed, this, [this] {
        const QString line = m_commandBar->text().trimmed();
        if (!line.isEmpty())
            runCommandLine(line);
    });
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->addWidget(m_tabs, 1);
    centralLayout->addWidget(m_commandBar);
    centralLayout->addWidget(m_commandOutput);
    setCentralWidget(central);
    // Changes by any process (the CLI in another terminal, a container
    // exiting on its own) arrive through the events journal.
    connect(m_follower, &EventsFollower::journalChanged, this, &MainWindow::refreshContainers);
    connect(m_follower, &EventsFollower::storeChanged, this, &MainWindow::refresh);

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->hide();
    m_status = new QLabel(this);
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_progress);
    resize(1100, 780);
    refresh();
    refreshContainers();
}

struct CommandOutcome {
    int exitCode = 0;
    QString output;
};

void MainWindow::runCommandLine(const QString &line)
{
    auto words = porthole::splitShellWords(line);
    if (!words) {
        m_commandOutput->appendPlainText(QStringLiteral("$ ") + line + QLatin1Char('\n') + tr("Error: %1").arg(words.error().message));
        emit commandFinished(125, words.error().message);
        return;
    }
    m_commandBar->setEnabled(false);
    m_commandOutput->appendPlainText(QStringLiteral("$ ") + line);
    const porthole::StorePaths paths = m_paths;
    QStringList args = *words;
    // The window's own store, unless the line names one.
    if (!args.contains(QStringLiteral("--root")))
        args = QStringList{QStringLiteral("--root"), paths.root, QStringLiteral("--runroot"), paths.runRoot}
               + (args.value(0) == QLatin1String("docker") || args.value(0) == QLatin1String("porthole") || args.value(0) == QLatin1String("podman") ? args.mid(1) : args);
    auto *watcher = new QFutureWatcher<CommandOutcome>(this);
    connect(watcher, &QFutureWatcher<CommandOutcome>::finished, this, [this, watcher] {
        const CommandOutcome outcome = watcher->result();
        watcher->deleteLater();
        if (!outcome.output.isEmpty())
            m_commandOutput->appendPlainText(outcome.output.endsWith(QLatin1Char('\n')) ? outcome.output.chopped(1) : outcome.output);
        m_commandBar->setEnabled(true);
        m_commandBar->clear();
        m_commandBar->setFocus();
        // The views follow the store on their own (events journal, tag index).
        emit commandFinished(outcome.exitCode, outcome.output);
    });
    watcher->setFuture(QtConcurrent::run([args] {
        QString output;
        porthole::CommandIo io;
        io.out = [&output](const QString &text) { output += text; };
        io.err = [&output](const QString &text) { output += text; };
        const int code = porthole::runCommand(args, io); // no terminal: attach/exec say so
        return CommandOutcome{code, output};
    }));
}

void MainWindow::showSelectedImage()
{
    QList<LayerStackView::Layer> layers;
    for (const auto &[title, detail] : m_imageLayers.value(m_selectedImageId))
        layers.append({title, detail, false});
    m_imageStack->setLayers(m_selectedImageId.isEmpty() ? QString()
                                                       : tr("Image %1: %n read-only layer(s)", nullptr, int(layers.size())).arg(m_selectedImageId.mid(7, 12)),
                            layers);
}

void MainWindow::showSelectedContainer()
{
    for (const porthole::ContainerRecord &record : std::as_const(m_records)) {
        if (record.config.id == m_selectedId) {
            QList<LayerStackView::Layer> layers{{tr("container layer"),
                                                 tr("%1 written by %2 · removed with the container").arg(porthole::humanSize(m_writableSizes.value(record.config.id)), record.config.name),
                                                 true}};
            for (const auto &[title, detail] : m_imageLayers.value(record.config.imageId))
                layers.append({title, detail, false});
            m_containerStack->setLayers(tr("%1 = writable layer over image %2").arg(record.config.name, record.config.image), layers);
            m_selectedName = record.config.name;
            m_diagram->setContainer(record.config.name, record.state.state);
            return;
        }
    }
    m_containerStack->setLayers(QString(), {});
    // Gone (removed by us or elsewhere): the diagram ends in "deleted".
    m_diagram->setContainer(m_selectedId.isEmpty() ? QString() : m_selectedName, std::nullopt);
}

void MainWindow::runLifecycleAction(porthole::LifecycleAction action)
{
    const porthole::ContainerRecord *selected = nullptr;
    for (const porthole::ContainerRecord &record : std::as_const(m_records))
        if (record.config.id == m_selectedId)
            selected = &record;
    if (!selected)
        return;
    const QString name = selected->config.name;
    int timeout = selected->config.stopTimeout;
    QString command;
    switch (action) {
    case porthole::LifecycleAction::Stop:
    case porthole::LifecycleAction::Restart: {
        const auto chosen = askStopTimeout(timeout);
        if (!chosen)
            return;
        timeout = *chosen;
        command = QStringLiteral("porthole %1 -t %2 %3").arg(porthole::actionName(action)).arg(timeout).arg(name);
        break;
    }
    default:
        command = QStringLiteral("porthole %1 %2").arg(porthole::actionName(action), name);
    }
    m_commandLine->setText(command);
    setBusy(tr("Running: %1").arg(command));
    const bool stopping = (action == porthole::LifecycleAction::Stop || action == porthole::LifecycleAction::Restart)
                          && selected->state.state == porthole::ContainerState::Running;
    if (stopping) {
        m_stopSeconds = timeout;
        m_stopClock.start();
        m_stopCountdown->setRange(0, std::max(1, timeout * 1000));
        m_stopCountdown->setValue(timeout * 1000);
        m_stopCountdown->setFormat(tr("SIGTERM sent: %1 s left before SIGKILL").arg(timeout));
        m_stopCountdown->show();
        m_countdownTimer->start();
    }
    const porthole::StorePaths paths = m_paths;
    const QString id = selected->config.id;
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, command, stopping] {
        const Outcome outcome = watcher->result();
        watcher->deleteLater();
        if (stopping) {
            m_countdownTimer->stop();
            m_stopCountdown->hide();
            const bool killed = m_stopClock.elapsed() >= m_stopSeconds * 1000;
            m_commandLine->setText(command + QStringLiteral("  —  ")
                                   + (killed ? tr("the process ignored SIGTERM for %1 s, so SIGKILL ended it").arg(m_stopSeconds)
                                             : tr("the process ended on SIGTERM")));
        }
        showResult(outcome.ok, outcome.ok ? tr("Done: %1").arg(command) : outcome.message);
    });
    watcher->setFuture(QtConcurrent::run([paths, id, action, timeout] {
        auto store = porthole::ImageStore::open(paths);
        if (!store)
            return Outcome{false, store.error().message, {}};
        porthole::ContainerEngine engine(*store);
        porthole::Status done;
        switch (action) {
        case porthole::LifecycleAction::Start: done = engine.start(id); break;
        case porthole::LifecycleAction::Stop: done = engine.stop(id, timeout); break;
        case porthole::LifecycleAction::Restart: done = engine.restart(id, timeout); break;
        case porthole::LifecycleAction::Kill: done = engine.kill(id); break;
        case porthole::LifecycleAction::Pause: done = engine.pause(id); break;
        case porthole::LifecycleAction::Unpause: done = engine.unpause(id); break;
        case porthole::LifecycleAction::Remove: done = engine.remove(id, false); break;
        case porthole::LifecycleAction::ForceRemove: done = engine.remove(id, true); break;
        default: return Outcome{false, QStringLiteral("not a command"), {}};
        }
        return done ? Outcome{true, {}, {}} : Outcome{false, done.error().message, {}};
    }));
}

void MainWindow::refreshContainers()
{
    if (m_containersRefreshing) { // one at a time; run again when it ends
        m_containersStale = true;
        return;
    }
    m_containersRefreshing = true;
    const porthole::StorePaths paths = m_paths;
    auto *watcher = new QFutureWatcher<ContainersOutcome>(this);
    connect(watcher, &QFutureWatcher<ContainersOutcome>::finished, this, [this, watcher] {
        const ContainersOutcome outcome = watcher->result();
        watcher->deleteLater();
        m_containersRefreshing = false;
        if (outcome.ok) {
            m_records = outcome.containers;
            m_writableSizes = outcome.writableSizes;
            m_containers->setContainers(outcome.containers);
            // The newest container is selected at first; then the selection
            // stays on the same container across refreshes.
            if (m_selectedId.isEmpty() && m_containers->rowCount() > 0) {
                auto *proxy = static_cast<QSortFilterProxyModel *>(m_containerTable->model());
                m_selectedId = m_containers->idAt(proxy->mapToSource(proxy->index(0, 0)).row());
            }
            for (int row = 0; row < m_containers->rowCount(); ++row) {
                if (m_containers->idAt(row) != m_selectedId)
                    continue;
                auto *proxy = static_cast<QSortFilterProxyModel *>(m_containerTable->model());
                m_containerTable->selectionModel()->setCurrentIndex(proxy->mapFromSource(m_containers->index(row, 0)),
                                                                     QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            }
            showSelectedContainer();
            emit containersRefreshed(int(outcome.containers.size()));
        } else {
            showResult(false, outcome.message);
        }
        if (std::exchange(m_containersStale, false))
            refreshContainers();
    });
    watcher->setFuture(QtConcurrent::run([paths] {
        auto store = porthole::ImageStore::open(paths);
        if (!store)
            return ContainersOutcome{false, store.error().message, {}};
        porthole::ContainerEngine engine(*store);
        auto records = engine.list();
        if (!records)
            return ContainersOutcome{false, records.error().message, {}};
        QHash<QString, qint64> sizes;
        for (const porthole::ContainerRecord &record : std::as_const(*records))
            sizes.insert(record.config.id, porthole::directorySize(engine.store().dir(record.config.id) + QStringLiteral("/diff")));
        return ContainersOutcome{true, {}, *records, sizes};
    }));
}

void MainWindow::setBusy(const QString &text)
{
    m_status->setText(text);
    m_progress->show();
}

void MainWindow::showResult(bool ok, const QString &message)
{
    m_progress->hide();
    m_status->setText(ok ? message : tr("Error: %1").arg(message));
    emit operationFinished(ok, message);
}

void MainWindow::refresh()
{
    const porthole::StorePaths paths = m_paths;
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher] {
        const Outcome outcome = watcher->result();
        watcher->deleteLater();
        if (!outcome.ok) {
            showResult(false, outcome.message);
            return;
        }
        m_model->setImages(outcome.images);
        m_imageLayers = outcome.layers;
        if (m_selectedImageId.isEmpty() && !outcome.images.isEmpty())
            m_selectedImageId = outcome.images.first().id;
        showSelectedImage();
        showSelectedContainer();
        const bool empty = outcome.images.isEmpty();
        m_pages->setCurrentIndex(empty ? 0 : 1);
        if (std::exchange(m_firstImageRefresh, false) && empty)
            m_tabs->setCurrentWidget(m_pages); // a new user starts with the starter image
        m_status->setText(tr("%n image(s)", nullptr, int(outcome.images.size())));
        emit imagesRefreshed(int(outcome.images.size()));
    });
    watcher->setFuture(QtConcurrent::run([paths] {
        auto store = porthole::ImageStore::open(paths);
        if (!store)
            return Outcome{false, store.error().message, {}};
        auto images = store->images();
        if (!images)
            return Outcome{false, images.error().message, {}};
        return Outcome{true, {}, *images, describeLayers(*store, *images)};
    }));
}

void MainWindow::buildStarterImage()
{
    setBusy(tr("Building busybox:latest from this machine's busybox…"));
    m_starterButton->setEnabled(false);
    const porthole::StorePaths paths = m_paths;
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher] {
        const Outcome outcome = watcher->result();
        watcher->deleteLater();
        m_starterButton->setEnabled(true);
        showResult(outcome.ok, outcome.ok ? tr("Built busybox:latest (%1)").arg(outcome.message) : outcome.message);
    });
    watcher->setFuture(QtConcurrent::run([paths] {
        auto store = porthole::ImageStore::open(paths);
        if (!store)
            return Outcome{false, store.error().message, {}};
        porthole::Progress progress;
        auto id = porthole::buildStarterImage(*store, QStringLiteral("busybox:latest"), progress);
        return id ? Outcome{true, *id, {}} : Outcome{false, id.error().message, {}};
    }));
}

void MainWindow::chooseImportFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a root filesystem tarball"), QString(),
                                                      tr("Tar archives (*.tar *.tar.gz *.tgz *.tar.xz *.tar.bz2 *.tar.zst);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}

void MainWindow::importFile(const QString &path)
{
    setBusy(tr("Importing %1…").arg(path));
    const porthole::StorePaths paths = m_paths;
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher] {
        const Outcome outcome = watcher->result();
        watcher->deleteLater();
        showResult(outcome.ok, outcome.ok ? tr("Imported %1").arg(outcome.message) : outcome.message);
    });
    watcher->setFuture(QtConcurrent::run([paths, path] {
        auto store = porthole::ImageStore::open(paths);
        if (!store)
            return Outcome{false, store.error().message, {}};
        auto source = porthole::FdSource::openFile(path);
        if (!source)
            return Outcome{false, source.error().message, {}};
        porthole::Progress progress;
        auto id = store->importRootfs(**source, {}, progress);
        return id ? Outcome{true, *id, {}} : Outcome{false, id.error().message, {}};
    }));
}
