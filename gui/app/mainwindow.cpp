// The window's frame, the images tab, the command bar, import and the
// starter image. The containers tab is in mainwindow_containers.cpp.
#include "gui/app/mainwindow.h"

#include "base/fsutil.h"
#include "base/humanize.h"
#include "base/shellwords.h"
#include "cli/commands.h"
#include "containers/containerengine.h"
#include "gui/app/backgroundwork.h"
#include "gui/app/language.h"
#include "gui/containers/eventsfollower.h"
#include "gui/containers/runstepsview.h"
#include "gui/images/imagelistmodel.h"
#include "gui/transfers/dropdialog.h"
#include "gui/transfers/transferpanel.h"
#include "gui/widgets/highlightedjsonview.h"
#include "gui/widgets/layerfilebrowser.h"
#include "gui/widgets/layerstackview.h"
#include "images/imageinspect.h"
#include "images/imagestore.h"
#include "images/starterimage.h"
#include "network/networkstore.h"

#include <QActionGroup>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QProcess>
#include <QToolButton>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace {

struct ImagesOutcome {
    bool ok = false;
    QString message;
    QList<porthole::ImageInfo> images;
    QHash<QString, QList<LayerRow>> layers;
    QStringList networks;
};

// `image inspect` of one image, as the Inspect tab shows it.
QByteArray inspectJson(const SharedEngine &shared, const QString &imageId)
{
    auto engine = shared.copy();
    if (!engine)
        return {};
    auto image = engine->images().image(imageId);
    if (!image)
        return {};
    return QJsonDocument(QJsonArray{porthole::inspectImage(engine->images(), *image)}).toJson(QJsonDocument::Indented);
}

// Each image's layers with their size and the history line that made them.
QList<LayerRow> describeLayers(porthole::ImageStore &store, const porthole::ImageInfo &image)
{
    QStringList madeBy;
    for (const auto &value : image.config.history) {
        const QJsonObject entry = value.toObject();
        if (entry.value(QLatin1String("empty_layer")).toBool())
            continue;
        const QString createdBy = entry.value(QLatin1String("created_by")).toString();
        madeBy.append(createdBy.isEmpty() ? entry.value(QLatin1String("comment")).toString() : createdBy);
    }
    QList<LayerRow> layers;
    for (qsizetype i = 0; i < image.config.diffIds.size(); ++i) {
        const QString diffId = image.config.diffIds.at(i);
        auto layer = store.layer(diffId);
        const QString size = layer ? porthole::humanSize(layer->size) : QStringLiteral("?");
        layers.prepend({diffId, diffId.left(19), QStringLiteral("%1 · %2").arg(size, madeBy.value(i)), layer ? layer->diffPath : QString()});
    }
    return layers;
}

ImagesOutcome loadImages(const SharedEngine &shared)
{
    auto engine = shared.copy();
    if (!engine)
        return {false, engine.error().message};
    auto images = engine->images().images();
    if (!images)
        return {false, images.error().message};
    ImagesOutcome outcome{true, {}, *images};
    for (const porthole::ImageInfo &image : std::as_const(*images)) {
        outcome.layers.insert(image.id, describeLayers(engine->images(), image));
    }
    if (auto list = engine->containers().networks().list())
        for (const porthole::NetworkConfig &network : std::as_const(*list))
            if (network.name != porthole::kDefaultNetwork)
                outcome.networks.append(network.name);
    return outcome;
}

} // namespace

MainWindow::MainWindow(const porthole::StorePaths &paths, QWidget *parent)
    : QMainWindow(parent), m_engine(paths), m_model(new ImageListModel(this)), m_follower(new EventsFollower(paths.root, this))
{
    setWindowTitle(tr("Porthole"));
    setAcceptDrops(true); // tarballs dropped anywhere on the window
    askDropAction = [](DropDialog &dialog) { return dialog.exec() == QDialog::Accepted; };
    auto *toolbar = addToolBar(tr("Images"));
    toolbar->setObjectName(QStringLiteral("imagesToolbar"));
    auto *refreshAction = toolbar->addAction(tr("Refresh"), this, [this] {
        refresh();
        refreshContainers();
    });
    refreshAction->setShortcut(QKeySequence::Refresh);
    toolbar->addAction(tr("Import…"), this, &MainWindow::chooseImportFile);
    toolbar->addAction(tr("Build busybox starter image"), this, &MainWindow::buildStarterImage);
    QAction *save = toolbar->addAction(tr("Save image…"), this, [this] {
        if (m_selectedImageId.isEmpty())
            return;
        const QString path = askExportPath(QStringLiteral("image-%1.tar").arg(m_selectedImageId.mid(7, 12)));
        if (!path.isEmpty())
            saveImage(m_selectedImageId, path);
    });
    save->setObjectName(QStringLiteral("saveImageAction"));
    save->setToolTip(tr("Save the selected image with all its layers and settings (porthole save)"));
    addLanguageMenu(toolbar);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->addTab(buildContainersPage(), tr("Containers"));
    m_tabs->addTab(buildImagesPage(), tr("Images"));
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->addWidget(m_tabs, 1);
    centralLayout->addWidget(buildCommandBar());
    setCentralWidget(central);
    // Changes by any process (the CLI in another terminal, a container
    // exiting on its own) arrive through the events journal.
    connect(m_follower, &EventsFollower::journalChanged, this, &MainWindow::refreshContainers);
    connect(m_follower, &EventsFollower::storeChanged, this, &MainWindow::refresh);

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->hide();
    m_status = new QLabel(this);
    m_transfer = new TransferPanel(this);
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_transfer);
    statusBar()->addPermanentWidget(m_progress);
    resize(1180, 820);
    refresh();
    refreshContainers();
    runInBackground(this, [] { removeOldDragOutFiles(); return true; }, [](bool) {});
}

void MainWindow::addLanguageMenu(QToolBar *toolbar)
{
    auto *button = new QToolButton(toolbar);
    button->setObjectName(QStringLiteral("languageButton"));
    button->setText(tr("Language"));
    button->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(button);
    auto *group = new QActionGroup(menu);
    const QString current = chosenLanguage();
    for (const auto &[code, name] : {std::pair{QString(), tr("System language")}, std::pair{QStringLiteral("en"), QStringLiteral("English")},
                                     std::pair{QStringLiteral("zh_CN"), QStringLiteral("简体中文")}}) {
        QAction *action = menu->addAction(name);
        action->setObjectName(QStringLiteral("language_") + (code.isEmpty() ? QStringLiteral("system") : code));
        action->setCheckable(true);
        action->setChecked(code == current);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code, name] {
            setChosenLanguage(code);
            // Containers keep running: the engine has no daemon to restart.
            if (askRestart(name)) {
                QProcess::startDetached(QCoreApplication::applicationFilePath(), QCoreApplication::arguments().mid(1));
                QCoreApplication::quit();
            }
        });
    }
    button->setMenu(menu);
    toolbar->addWidget(button);
    askRestart = [this](const QString &name) {
        return QMessageBox::question(this, tr("Language"),
                                     tr("Porthole will speak %1 from its next start. Restart it now? Your containers keep running.").arg(name))
               == QMessageBox::Yes;
    };
}

QWidget *MainWindow::buildImagesPage()
{
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
    m_table->viewport()->installEventFilter(this); // drag an image out to save it

    m_imageStack = new LayerStackView(this);
    m_imageFiles = new LayerFileBrowser(this);
    m_imageInspect = new HighlightedJsonView(this);
    m_imageInspect->setObjectName(QStringLiteral("imageInspect"));
    auto *details = new QTabWidget(this);
    details->setObjectName(QStringLiteral("imageDetails"));
    details->addTab(m_imageStack, tr("Layers"));
    details->addTab(m_imageFiles, tr("Files"));
    details->addTab(m_imageInspect, tr("Inspect"));
    auto *imageSplit = new QSplitter(Qt::Horizontal, this);
    imageSplit->addWidget(m_table);
    imageSplit->addWidget(details);
    imageSplit->setStretchFactor(0, 3);
    imageSplit->setStretchFactor(1, 2);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this, proxy](const QModelIndex &index) {
        m_selectedImageId = m_model->imageIdAt(proxy->mapToSource(index).row());
        showSelectedImage();
    });
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(welcome);
    m_pages->addWidget(imageSplit);
    return m_pages;
}

QWidget *MainWindow::buildCommandBar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QVBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    // The command bar under the tabs: type the tutorial's commands as written.
    m_commandBar = new QLineEdit(bar);
    m_commandBar->setObjectName(QStringLiteral("commandBar"));
    m_commandBar->setPlaceholderText(tr("Type a command, e.g. docker create -it --name=busybox busybox, docker ps -a, docker rm -f busybox"));
    m_commandBar->setClearButtonEnabled(true);
    m_commandOutput = new QPlainTextEdit(bar);
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
    auto *focusBar = new QAction(this);
    focusBar->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(focusBar, &QAction::triggered, m_commandBar, [this] { m_commandBar->setFocus(); });
    addAction(focusBar);
    layout->addWidget(m_commandBar);
    layout->addWidget(m_commandOutput);
    return bar;
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
    QStringList args = *words;
    // The window's own store, unless the line names one.
    if (!args.contains(QStringLiteral("--root")))
        args = QStringList{QStringLiteral("--root"), m_engine.paths().root, QStringLiteral("--runroot"), m_engine.paths().runRoot}
               + (args.value(0) == QLatin1String("docker") || args.value(0) == QLatin1String("porthole") || args.value(0) == QLatin1String("podman") ? args.mid(1) : args);
    const porthole::RunStepObserver steps = runStepObserver();
    runInBackground(this, [args, steps] {
        QString output;
        porthole::CommandIo io;
        io.out = [&output](const QString &text) { output += text; };
        io.err = [&output](const QString &text) { output += text; };
        io.runStep = steps; // `docker run` typed here lights the steps too
        const int code = porthole::runCommand(args, io); // no terminal: attach/exec say so
        return CommandOutcome{code, output};
    }, [this](const CommandOutcome &outcome) {
        if (!outcome.output.isEmpty())
            m_commandOutput->appendPlainText(outcome.output.endsWith(QLatin1Char('\n')) ? outcome.output.chopped(1) : outcome.output);
        m_commandBar->setEnabled(true);
        m_commandBar->clear();
        m_commandBar->setFocus();
        // The views follow the store on their own (events journal, tag index).
        emit commandFinished(outcome.exitCode, outcome.output);
    });
}

void MainWindow::showSelectedImage()
{
    QList<LayerStackView::Layer> layers;
    const QList<LayerRow> rows = m_imageLayers.value(m_selectedImageId);
    for (const LayerRow &row : rows)
        layers.append({row.title, row.detail, false});
    m_imageStack->setLayers(m_selectedImageId.isEmpty() ? QString()
                                                       : tr("Image %1: %n read-only layer(s)", nullptr, int(layers.size())).arg(m_selectedImageId.mid(7, 12)),
                            layers);
    QList<LayerFileBrowser::Source> sources;
    QStringList dirs;
    QStringList names;
    for (int i = 0; i < rows.size(); ++i) {
        dirs.append(rows.at(i).path);
        names.append(tr("layer %1").arg(rows.size() - i));
    }
    if (!rows.isEmpty())
        sources.append({tr("Merged view (what a container starts with)"), [dirs] { return porthole::mergedLayerFiles(dirs); }, names});
    for (int i = 0; i < rows.size(); ++i) {
        const QString dir = rows.at(i).path;
        sources.append({tr("Layer %1 · %2 (read-only)").arg(rows.size() - i).arg(rows.at(i).title), [dir] { return porthole::singleLayerFiles(dir); }, {}});
    }
    m_imageFiles->setSources(m_selectedImageId, sources);
    showSelectedImageInspect();
}

// Only the image on show is inspected, on a worker, and kept until the next
// refresh (an inspect per image per refresh was wasted with many images).
void MainWindow::showSelectedImageInspect()
{
    const QString id = m_selectedImageId;
    const auto cached = m_imageInspectJson.constFind(id);
    if (id.isEmpty() || cached != m_imageInspectJson.cend()) {
        const QByteArray json = id.isEmpty() ? QByteArray() : *cached;
        if (json != m_imageInspect->json().toUtf8())
            m_imageInspect->setJson(json);
        return;
    }
    if (m_imageInspectPending.contains(id))
        return; // being made; shown when it arrives
    m_imageInspectPending.insert(id);
    const SharedEngine engine = m_engine;
    const quint64 generation = m_imageInspectGeneration;
    runInBackground(this, [engine, id] { return inspectJson(engine, id); }, [this, id, generation](const QByteArray &json) {
        if (generation != m_imageInspectGeneration)
            return;
        m_imageInspectPending.remove(id);
        m_imageInspectJson.insert(id, json);
        if (id == m_selectedImageId && json != m_imageInspect->json().toUtf8())
            m_imageInspect->setJson(json);
    });
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
    const SharedEngine engine = m_engine;
    runInBackground(this, [engine] { return loadImages(engine); }, [this](const ImagesOutcome &outcome) {
        if (!outcome.ok) {
            showResult(false, outcome.message);
            return;
        }
        m_model->setImages(outcome.images);
        m_imageLayers = outcome.layers;
        m_imageInspectJson.clear(); // tags may have changed: made again when shown
        m_imageInspectPending.clear();
        ++m_imageInspectGeneration; // and what is still being made is already old
        m_networkNames = outcome.networks;
        m_imageNames.clear();
        m_imageSizes.clear();
        for (const porthole::ImageInfo &image : outcome.images)
            m_imageSizes.insert(image.id, image.size);
        for (const porthole::ImageInfo &image : outcome.images)
            m_imageNames += image.repoTags.isEmpty() ? QStringList{image.shortId()} : image.repoTags;
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
}

void MainWindow::buildStarterImage()
{
    setBusy(tr("Building busybox:latest from this machine's busybox…"));
    m_starterButton->setEnabled(false);
    const SharedEngine shared = m_engine;
    runInBackground(this, [shared] {
        auto engine = shared.copy();
        if (!engine)
            return JobOutcome{false, engine.error().message};
        porthole::Progress progress;
        auto id = porthole::buildStarterImage(engine->images(), QStringLiteral("busybox:latest"), progress);
        return id ? JobOutcome{true, *id} : JobOutcome{false, id.error().message};
    }, [this](const JobOutcome &outcome) {
        m_starterButton->setEnabled(true);
        showResult(outcome.ok, outcome.ok ? tr("Built busybox:latest (%1)").arg(outcome.message) : outcome.message);
    });
}

void MainWindow::chooseImportFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a root filesystem tarball"), QString(),
                                                      tr("Tar archives (*.tar *.tar.gz *.tgz *.tar.xz *.tar.bz2 *.tar.zst);;All files (*)"));
    if (!path.isEmpty())
        importFile(path);
}
