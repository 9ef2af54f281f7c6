#include "gui/app/mainwindow.h"

#include "cli/spelling.h"
#include "gui/app/apiservicepanel.h"
#include "gui/app/commandbar.h"
#include "gui/app/dockerwords.h"
#include "gui/app/languagebutton.h"
#include "gui/containers/containerdetails.h"
#include "gui/containers/containerspage.h"
#include "gui/containers/lifecyclepane.h"
#include "gui/containers/eventsfollower.h"
#include "gui/disk/diskpage.h"
#include "gui/images/imagespage.h"
#include "gui/lesson/lessonpanel.h"
#include "gui/transfers/transfercontroller.h"
#include "gui/transfers/transferpanel.h"
#include "gui/volumes/volumespage.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QProgressBar>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

MainWindow::MainWindow(const porthole::StorePaths &paths, QWidget *parent)
    : QMainWindow(parent), m_engine(paths), m_transfers(new TransferController(m_engine, this)),
      m_containers(new ContainersPage(m_engine, m_transfers, this)), m_images(new ImagesPage(m_engine, m_transfers, this)),
      m_volumes(new VolumesPage(m_engine, this)), m_disk(new DiskPage(m_engine, this)),
      m_language(new LanguageButton(this)), askStopTimeout(m_containers->askStopTimeout), askNewContainer(m_containers->askNewContainer),
      askExportPath(m_transfers->askExportPath), askDropAction(m_transfers->askDropAction), askRestart(m_language->askRestart)
{
    setWindowTitle(tr("Porthole"));
    setAcceptDrops(true); // tarballs dropped anywhere on the window
    addToolBar(buildToolbar());
    buildMenus();
    setCentralWidget(buildCentre());
    buildLesson();
    buildStatusBar();
    connectParts();
    fitToScreen();
    refresh();
}

// 1180×820 where the screen has room, else what it has (an 800-px-high
// screen, a projector at 1024×768 or 800×600), leaving room for the frame.
void MainWindow::fitToScreen()
{
    const QRect available = screen()->availableGeometry();
    const QSize room(available.width() - 16, available.height() - 48); // the window manager's frame and title
    resize(QSize(1180, 820).boundedTo(room).expandedTo(minimumSizeHint().boundedTo(room)));
}

QToolBar *MainWindow::buildToolbar()
{
    auto *toolbar = new QToolBar(tr("Images"), this);
    toolbar->setObjectName(QStringLiteral("imagesToolbar"));
    QAction *refreshAction = toolbar->addAction(tr("Refresh"), this, &MainWindow::refresh);
    refreshAction->setShortcut(QKeySequence::Refresh);
    toolbar->addAction(tr("Import…"), m_transfers, &TransferController::chooseImportFile)->setObjectName(QStringLiteral("importAction"));
    toolbar->addAction(tr("Pull image…"), m_images, &ImagesPage::pullImage)->setObjectName(QStringLiteral("pullToolbarAction"));
    toolbar->addAction(tr("Build busybox starter image"), m_images, &ImagesPage::buildStarterImage);
    QAction *save = toolbar->addAction(tr("Save image…"), m_images, &ImagesPage::saveSelectedImage);
    save->setObjectName(QStringLiteral("saveImageAction"));
    save->setToolTip(tr("Save the selected image with all its layers and settings (%1)").arg(porthole::spellCommand(QStringLiteral("image save"))));
    toolbar->addWidget(m_language);
    return toolbar;
}

// View: presentation (F11) and the diagram's zoom, also while not presenting.
void MainWindow::buildMenus()
{
    QMenu *view = menuBar()->addMenu(tr("&View"));
    ContainerDetails *details = m_containers->details();
    QAction *present = view->addAction(tr("Presentation"));
    present->setObjectName(QStringLiteral("presentationAction"));
    present->setCheckable(true);
    present->setShortcut(Qt::Key_F11);
    present->setToolTip(tr("The selected container's lifecycle on the full screen, large and high contrast, for a projector"));
    connect(present, &QAction::toggled, details, [this, details](bool on) {
        if (on)
            m_tabs->setCurrentWidget(m_containers);
        details->setPresenting(on);
    });
    connect(details, &ContainerDetails::presentingChanged, present, &QAction::setChecked);
    view->addSeparator();
    const struct {
        QString text;
        QList<QKeySequence> keys;
        int steps;
        QString name;
    } zooms[] = {
        {tr("Zoom the diagram in"), {QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence::ZoomIn}, 1, QStringLiteral("zoomInAction")},
        {tr("Zoom the diagram out"), {QKeySequence(Qt::CTRL | Qt::Key_Minus)}, -1, QStringLiteral("zoomOutAction")},
        {tr("Fit the diagram"), {QKeySequence(Qt::CTRL | Qt::Key_0)}, 0, QStringLiteral("zoomFitAction")},
    };
    for (const auto &zoom : zooms) {
        QAction *action = view->addAction(zoom.text, details, [details, steps = zoom.steps] { details->lifecycle()->zoomBy(steps); });
        action->setObjectName(zoom.name);
        action->setShortcuts(zoom.keys);
    }
}

// Help -> Lesson: the side panel, its lesson checked against the engine's events.
void MainWindow::buildLesson()
{
    m_lesson = new LessonPanel(m_engine.paths().root, this);
    addDockWidget(Qt::RightDockWidgetArea, m_lesson);
    m_lesson->hide();
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *lesson = help->addAction(tr("Lesson: the container lifecycle"));
    lesson->setObjectName(QStringLiteral("lessonAction"));
    connect(lesson, &QAction::triggered, this, [this] {
        if (!m_lesson->progress())
            m_lesson->openLesson(LessonPanel::builtInLesson());
        m_lesson->show();
        m_lesson->raise();
    });
    help->addAction(tr("Open a lesson file…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open a lesson"), QString(), tr("Lessons (*.json)"));
        if (!path.isEmpty()) {
            m_lesson->openLesson(path);
            m_lesson->show();
        }
    });
    connect(m_lesson, &LessonPanel::loaded, this, [this](bool ok, const QString &message) { showResult(ok, message); });
    connect(m_lesson, &LessonPanel::commandSuggested, this, [this](const QString &line) {
        m_commandBar->line()->setText(line);
        m_commandBar->line()->setFocus();
    });
    connect(m_commandBar, &CommandBar::commandRan, m_lesson, &LessonPanel::commandRan);
    // A container of the lesson's name made before: removed as typed.
    connect(m_lesson, &LessonPanel::removeRequested, this, [this](const QString &name) {
        m_commandBar->run(QStringLiteral("docker rm -f %1").arg(name));
    });
    connect(m_containers, &ContainersPage::listed, m_lesson, &LessonPanel::setContainers);
    // The language switch restarts the window: the lesson goes on where it was.
    connect(m_language, &LanguageButton::restarting, m_lesson, &LessonPanel::saveForRestart);
    m_lesson->resumeAfterRestart();
}

QWidget *MainWindow::buildCentre()
{
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->addTab(m_containers, tr("Containers"));
    // On a small screen (800×600, the lesson beside) these scroll rather than widen the window.
    const auto scrolled = [this](QWidget *page) {
        auto *area = new QScrollArea(this);
        area->setWidgetResizable(true);
        area->setFrameShape(QFrame::NoFrame);
        area->setWidget(page);
        return area;
    };
    m_tabs->addTab(scrolled(m_images), tr("Images"));
    m_tabs->addTab(scrolled(m_volumes), tr("Volumes"));
    m_tabs->addTab(scrolled(m_disk), tr("Disk usage"));
    m_commandBar = new CommandBar(m_engine.paths(), [this] { return m_containers->runStepObserver(true); }, this);
    // The output pane is as tall as the user drags it, kept for the next start.
    auto *centre = new QSplitter(Qt::Vertical, this);
    centre->setObjectName(QStringLiteral("centreSplit"));
    centre->addWidget(m_tabs);
    centre->addWidget(m_commandBar);
    centre->setStretchFactor(0, 1);
    centre->setStretchFactor(1, 0);
    centre->setCollapsible(0, false);
    centre->setCollapsible(1, false);
    centre->setSizes({1000, m_commandBar->sizeHint().height()});
    const QString key = QStringLiteral("window/outputSplit");
    centre->restoreState(QSettings().value(key).toByteArray());
    connect(centre, &QSplitter::splitterMoved, this, [centre, key] { QSettings().setValue(key, centre->saveState()); });
    return centre;
}

void MainWindow::buildStatusBar()
{
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusText"));
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(new ApiServicePanel(m_engine.paths(), this));
    statusBar()->addPermanentWidget(m_transfers->panel());
    statusBar()->addPermanentWidget(m_progress);
}

void MainWindow::connectParts()
{
    // Changes by any process (the CLI in another terminal, a container
    // exiting on its own) arrive through the events journal.
    auto *follower = new EventsFollower(m_engine.paths().root, this);
    connect(follower, &EventsFollower::journalChanged, m_containers, &ContainersPage::refresh);
    connect(follower, &EventsFollower::journalChanged, m_lesson, &LessonPanel::journalChanged);
    connect(follower, &EventsFollower::storeChanged, m_images, &ImagesPage::refresh);
    connect(follower, &EventsFollower::journalChanged, m_volumes, &VolumesPage::refresh); // volume events are journaled
    connect(follower, &EventsFollower::journalChanged, m_disk, &DiskPage::refresh);
    connect(follower, &EventsFollower::storeChanged, m_disk, &DiskPage::refresh);
    connect(m_images, &ImagesPage::catalogChanged, m_containers, &ContainersPage::setImageCatalog);
    connect(m_containers, &ContainersPage::listed, m_images, &ImagesPage::setContainers);
    connect(m_images, &ImagesPage::runRequested, this, [this](const QString &image) {
        m_tabs->setCurrentWidget(m_containers);
        m_containers->newContainerFrom(image);
    });
    // A new user starts with the starter image.
    connect(m_images, &ImagesPage::refreshed, this, [this](int images) {
        if (images == 0)
            showPage(m_images);
    }, Qt::SingleShotConnection);
    connect(m_images, &ImagesPage::refreshed, this, &MainWindow::imagesRefreshed);
    connect(m_containers, &ContainersPage::refreshed, this, &MainWindow::containersRefreshed);
    // A container made here (typed create or run, New…) is shown where it is.
    connect(m_containers, &ContainersPage::createdHere, this, [this] { m_tabs->setCurrentWidget(m_containers); });
    connect(m_commandBar, &CommandBar::finished, this, &MainWindow::commandFinished);
    connect(m_commandBar, &CommandBar::consoleRequested, this, [this](const ConsoleRequest &request) {
        m_tabs->setCurrentWidget(m_containers);
        m_containers->openConsole(request);
    });
    // The status bar says what runs and how it ended.
    connect(m_containers, &ContainersPage::busy, this, &MainWindow::setBusy);
    connect(m_containers, &ContainersPage::finished, this, &MainWindow::showResult);
    connect(m_images, &ImagesPage::busy, this, &MainWindow::setBusy);
    // The image count does not cover a result ("Imported demo.tar as busybox:test" stays).
    connect(m_images, &ImagesPage::statusChanged, this, [this](const QString &count) {
        if (!m_statusIsResult)
            m_status->setText(count);
    });
    connect(m_images, &ImagesPage::finished, this, &MainWindow::showResult);
    connect(m_volumes, &VolumesPage::busy, this, &MainWindow::setBusy);
    connect(m_volumes, &VolumesPage::finished, this, &MainWindow::showResult);
    connect(m_disk, &DiskPage::busy, this, &MainWindow::setBusy);
    connect(m_disk, &DiskPage::finished, this, &MainWindow::showResult);
    connect(m_transfers, &TransferController::statusChanged, this, [this](const QString &text) {
        m_statusIsResult = false;
        m_status->setText(text);
    });
    connect(m_transfers, &TransferController::finished, this, &MainWindow::showResult);
    connect(m_transfers, &TransferController::commandShown, m_containers, &ContainersPage::showCommand);
    // In the output pane too, where typed commands show theirs.
    connect(m_transfers, &TransferController::commandShown, m_commandBar, [this](const QString &line) { m_commandBar->say(QStringLiteral("$ ") + line); });
}

void MainWindow::showPage(QWidget *page)
{
    for (int tab = 0; tab < m_tabs->count(); ++tab)
        if (m_tabs->widget(tab) == page || m_tabs->widget(tab)->isAncestorOf(page))
            m_tabs->setCurrentIndex(tab);
}

void MainWindow::refresh()
{
    m_images->refresh();
    m_containers->refresh();
}

void MainWindow::setBusy(const QString &text)
{
    m_statusIsResult = false;
    m_status->setText(text);
    m_progress->show();
}

void MainWindow::showResult(bool ok, const QString &message)
{
    m_progress->hide();
    m_statusIsResult = true;
    m_status->setText(ok ? message : tr("Error: %1").arg(DockerWords::inWindowLanguage(message)));
    emit operationFinished(ok, message);
}

QMimeData *MainWindow::dragDataForContainer(const QString &id)
{
    return m_containers->dragData(id);
}

QMimeData *MainWindow::dragDataForImage(const QString &id)
{
    return m_images->dragData(id);
}

QStringList MainWindow::selectedContainerIds() const
{
    return m_containers->selectedIds();
}

void MainWindow::runOnSelection(porthole::LifecycleAction action)
{
    m_containers->runOnSelection(action);
}

void MainWindow::newContainer()
{
    m_containers->newContainer();
}

void MainWindow::exportContainer(const QString &id, const QString &path)
{
    m_containers->exportContainer(id, path);
}

void MainWindow::runCommandLine(const QString &line)
{
    m_commandBar->run(line);
}

void MainWindow::importFile(const QString &path)
{
    m_transfers->importFile(path);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && std::all_of(urls.begin(), urls.end(), [](const QUrl &url) { return url.isLocalFile(); }))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    m_transfers->dropFiles(paths);
}
