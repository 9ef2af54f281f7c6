#include "gui/images/imagespage.h"

#include "base/humanize.h"
#include "gui/app/backgroundwork.h"
#include "gui/app/statustext.h"
#include "gui/images/imageactions.h"
#include "gui/images/imagelistmodel.h"
#include "gui/images/registryactions.h"
#include "gui/transfers/transfercontroller.h"
#include "gui/transfers/rowdragsource.h"
#include "gui/widgets/highlightedjsonview.h"
#include "gui/widgets/layerfilebrowser.h"
#include "gui/widgets/layerstackview.h"
#include "images/imageinspect.h"
#include "images/starterimage.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QScopeGuard>
#include <QScopedValueRollback>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

struct CatalogOutcome {
    porthole::Result<ImageCatalog> catalog = porthole::fail(QString());
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

} // namespace

ImagesPage::ImagesPage(const SharedEngine &engine, TransferController *transfers, QWidget *parent)
    : QStackedWidget(parent), m_engine(engine), m_transfers(transfers), m_model(new ImageListModel(this)), m_actions(new ImageActions(engine, this)),
      m_registry(new RegistryActions(engine, this))
{
    connect(m_registry, &RegistryActions::imagesChanged, this, [this](const QString &message) {
        if (!message.isEmpty())
            emit finished(true, message);
        refresh();
    });
    connect(m_registry, &RegistryActions::imagePulled, this, [this](const QString &reference) {
        m_selectedId.clear(); // the pulled image is shown once the list has it
        m_selectedReference = reference;
    });
    addWidget(buildWelcome());
    addWidget(buildBrowser());
    connect(m_actions, &ImageActions::runRequested, this, &ImagesPage::runRequested);
    connect(m_actions, &ImageActions::saveRequested, this, &ImagesPage::saveSelectedImage);
    connect(m_actions, &ImageActions::historyRequested, this, [this] { m_details->setCurrentWidget(m_history); });
    connect(m_actions, &ImageActions::usedByRequested, this, [this] { m_details->setCurrentWidget(m_usedBy); });
    connect(m_actions, &ImageActions::busy, this, &ImagesPage::busy);
    connect(m_actions, &ImageActions::finished, this, &ImagesPage::finished);
}

QWidget *ImagesPage::buildWelcome()
{
    auto *welcome = new QWidget(this);
    auto *layout = new QVBoxLayout(welcome);
    auto *hint = new QLabel(tr("No images yet. An image is a stack of read-only layers; containers are created from it.\n"
                               "Build busybox:latest from this machine's busybox to start, offline."),
                            welcome);
    hint->setWordWrap(true);
    hint->setAlignment(Qt::AlignCenter);
    m_starterButton = new QPushButton(tr("Build busybox:latest"), welcome);
    m_starterButton->setObjectName(QStringLiteral("starterButton"));
    connect(m_starterButton, &QPushButton::clicked, this, &ImagesPage::buildStarterImage);
    auto *pullButton = new QPushButton(tr("Pull an image from a registry…"), welcome);
    pullButton->setObjectName(QStringLiteral("welcomePull"));
    connect(pullButton, &QPushButton::clicked, this, &ImagesPage::pullImage);
    layout->addStretch(1);
    layout->addWidget(hint);
    layout->addSpacing(12);
    layout->addWidget(m_starterButton, 0, Qt::AlignCenter);
    layout->addWidget(pullButton, 0, Qt::AlignCenter);
    layout->addStretch(1);
    return welcome;
}

QWidget *ImagesPage::buildBrowser()
{
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
    new RowDragSource(m_table, [this](int row) { return dragData(m_model->imageIdAt(row), m_model->referenceAt(row)); }); // dragged out: saved
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        QMenu menu(this);
        m_actions->addActionsTo(menu);
        menu.exec(m_table->viewport()->mapToGlobal(at));
    });
    connect(m_table, &QTableView::doubleClicked, m_actions, &ImageActions::run);
    auto *split = new QSplitter(Qt::Horizontal, this);
    auto *left = new QWidget(split);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_registry);
    leftLayout->addWidget(m_actions->toolbar());
    leftLayout->addWidget(m_table, 1);
    split->addWidget(left);
    split->addWidget(buildDetails());
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this, proxy](const QModelIndex &index) {
        if (m_followingCatalog)
            return; // showCatalog shows it once
        const int row = proxy->mapToSource(index).row();
        m_selectedId = m_model->imageIdAt(row);
        m_selectedReference = m_model->referenceAt(row);
        showSelectedImage();
    });
    return split;
}

// Layers, files, inspect, history and the containers using the image.
QWidget *ImagesPage::buildDetails()
{
    m_stack = new LayerStackView(this);
    m_files = new LayerFileBrowser(this);
    m_inspect = new HighlightedJsonView(this);
    m_inspect->setObjectName(QStringLiteral("imageInspect"));
    m_history = new QTreeWidget(this);
    m_history->setObjectName(QStringLiteral("imageHistoryView"));
    m_history->setHeaderLabels({tr("Created"), tr("Created by"), tr("Size"), tr("Comment")});
    m_history->setRootIsDecorated(false);
    m_history->setWordWrap(true);
    m_usedBy = new QListWidget(this);
    m_usedBy->setObjectName(QStringLiteral("imageUsedByList"));
    m_details = new QTabWidget(this);
    m_details->setObjectName(QStringLiteral("imageDetails"));
    m_details->addTab(m_stack, tr("Layers"));
    m_details->addTab(m_files, tr("Files"));
    m_details->addTab(m_inspect, tr("Inspect"));
    m_details->addTab(m_history, tr("History"));
    m_details->addTab(m_usedBy, tr("Used by"));
    return m_details;
}

void ImagesPage::setContainers(const QList<porthole::ContainerRecord> &containers)
{
    m_containers = containers;
    showUsedBy();
}

// `docker history`: newest first, a row per history entry (empty layers too).
void ImagesPage::showHistory()
{
    m_history->clear();
    const auto image = std::find_if(m_catalog.images.cbegin(), m_catalog.images.cend(),
                                    [this](const porthole::ImageInfo &info) { return info.id == m_selectedId; });
    if (image == m_catalog.images.cend())
        return;
    const QList<LayerRow> layers = m_catalog.layers.value(m_selectedId); // top first
    qsizetype layer = layers.size();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const auto &value : image->config.history) {
        const QJsonObject entry = value.toObject();
        const bool empty = entry.value(QLatin1String("empty_layer")).toBool();
        const qint64 size = empty || layer <= 0 ? 0 : layers.at(--layer).size;
        const QDateTime created = QDateTime::fromString(entry.value(QLatin1String("created")).toString(), Qt::ISODateWithMs);
        auto *item = new QTreeWidgetItem({created.isValid() ? StatusText::ago(created.msecsTo(now)) : QString(),
                                          entry.value(QLatin1String("created_by")).toString(), porthole::humanSize(size),
                                          entry.value(QLatin1String("comment")).toString()});
        m_history->insertTopLevelItem(0, item);
    }
    for (int column = 0; column < 3; ++column)
        m_history->resizeColumnToContents(column);
}

void ImagesPage::showUsedBy()
{
    m_usedBy->clear();
    for (const porthole::ContainerRecord &record : std::as_const(m_containers))
        if (record.config.imageId == m_selectedId && !m_selectedId.isEmpty())
            m_usedBy->addItem(tr("%1 · %2 · made from %3").arg(record.config.name, StatusText::of(record, QDateTime::currentDateTimeUtc()),
                                                                record.config.image));
    if (m_usedBy->count() == 0 && !m_selectedId.isEmpty())
        m_usedBy->addItem(tr("No container uses this image: rm can remove it."));
}

QMimeData *ImagesPage::dragData(const QString &imageId, const QString &reference)
{
    return m_transfers->dragOut({TransferRequest::Kind::SaveImage, imageId, reference, m_catalog.sizeOf(imageId)});
}

void ImagesPage::saveSelectedImage()
{
    if (!m_selectedId.isEmpty())
        m_transfers->writeAsked({TransferRequest::Kind::SaveImage, m_selectedId, m_selectedReference, m_catalog.sizeOf(m_selectedId)});
}

void ImagesPage::pullImage()
{
    m_registry->pull();
}

void ImagesPage::refresh()
{
    const SharedEngine shared = m_engine;
    runInBackground(this, [shared] {
        auto engine = shared.copy();
        return engine ? CatalogOutcome{loadImageCatalog(*engine)} : CatalogOutcome{std::unexpected(engine.error())};
    }, [this](const CatalogOutcome &outcome) {
        if (!outcome.catalog) {
            emit finished(false, outcome.catalog.error().message);
            return;
        }
        showCatalog(*outcome.catalog);
    });
}

void ImagesPage::showCatalog(const ImageCatalog &catalog)
{
    m_catalog = catalog;
    m_model->setImages(catalog.images);
    m_inspectJson.clear(); // tags may have changed: made again when shown
    m_inspectPending.clear();
    ++m_inspectGeneration; // and what is still being made is already old
    keepSelection();
    showSelectedImage();
    emit catalogChanged(catalog);
    setCurrentIndex(catalog.images.isEmpty() ? 0 : 1);
    emit statusChanged(tr("%n image(s)", nullptr, int(catalog.images.size())));
    emit refreshed(int(catalog.images.size()));
}

// The details show the row the user chose while it exists (a pulled image
// becomes the chosen one); else the top row. The list marks that row.
void ImagesPage::keepSelection()
{
    int chosen = -1;
    for (int row = 0; row < m_model->rowCount() && chosen < 0; ++row)
        if (!m_selectedReference.isEmpty() && m_model->referenceAt(row) == m_selectedReference
            && (m_selectedId.isEmpty() || m_model->imageIdAt(row) == m_selectedId))
            chosen = row;
    for (int row = 0; row < m_model->rowCount() && chosen < 0; ++row)
        if (!m_selectedId.isEmpty() && m_model->imageIdAt(row) == m_selectedId)
            chosen = row;
    auto *proxy = qobject_cast<QSortFilterProxyModel *>(m_table->model());
    if (chosen < 0 && proxy->rowCount() > 0)
        chosen = proxy->mapToSource(proxy->index(0, 0)).row();
    m_selectedId = m_model->imageIdAt(chosen);
    m_selectedReference = m_model->referenceAt(chosen);
    const QScopedValueRollback following(m_followingCatalog, true);
    // Marking the row again after each refresh must not scroll the list.
    const bool autoScroll = m_table->hasAutoScroll();
    m_table->setAutoScroll(false);
    const auto restore = qScopeGuard([this, autoScroll] { m_table->setAutoScroll(autoScroll); });
    if (chosen < 0)
        m_table->selectionModel()->clear();
    else
        m_table->selectionModel()->setCurrentIndex(proxy->mapFromSource(m_model->index(chosen, 0)),
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void ImagesPage::showSelectedImage()
{
    QStringList tags; // Push… offers the chosen row's name first
    for (const porthole::ImageInfo &image : std::as_const(m_catalog.images))
        if (image.id == m_selectedId)
            tags = image.repoTags;
    if (tags.removeOne(m_selectedReference))
        tags.prepend(m_selectedReference);
    m_registry->setSelectedImage(tags);
    QList<LayerStackView::Layer> layers;
    const QList<LayerRow> rows = m_catalog.layers.value(m_selectedId);
    for (const LayerRow &row : rows)
        layers.append({row.title, row.detail, false});
    m_stack->setLayers(m_selectedId.isEmpty() ? QString()
                                              : tr("Image %1: %n read-only layer(s)", nullptr, int(layers.size())).arg(m_selectedId.mid(7, 12)),
                       layers);
    QList<LayerFileBrowser::Source> sources;
    QStringList dirs;
    QStringList names;
    for (int i = 0; i < rows.size(); ++i) {
        dirs.append(rows.at(i).path);
        names.append(tr("layer %1").arg(rows.size() - i));
    }
    if (!rows.isEmpty())
        sources.append({tr("Merged view (what a container starts with)"), [dirs] { return porthole::mergedLayerFiles(dirs); }, names, false,
                        [dirs](const porthole::LayerFile &file) { return dirs.value(file.layer) + file.path; }});
    for (int i = 0; i < rows.size(); ++i) {
        const QString dir = rows.at(i).path;
        sources.append({tr("Layer %1 · %2 (read-only)").arg(rows.size() - i).arg(rows.at(i).title), [dir] { return porthole::singleLayerFiles(dir); },
                        {}, false, [dir](const porthole::LayerFile &file) { return dir + file.path; }});
    }
    m_files->setSources(m_selectedId, sources);
    m_actions->setSelection(m_selectedId, m_selectedReference);
    showHistory();
    showUsedBy();
    showSelectedInspect();
}

void ImagesPage::showSelectedInspect()
{
    const QString id = m_selectedId;
    const auto cached = m_inspectJson.constFind(id);
    if (id.isEmpty() || cached != m_inspectJson.cend()) {
        const QByteArray json = id.isEmpty() ? QByteArray() : *cached;
        if (json != m_inspect->json().toUtf8())
            m_inspect->setJson(json);
        return;
    }
    if (m_inspectPending.contains(id))
        return; // being made; shown when it arrives
    m_inspectPending.insert(id);
    const SharedEngine engine = m_engine;
    const quint64 generation = m_inspectGeneration;
    runInBackground(this, [engine, id] { return inspectJson(engine, id); }, [this, id, generation](const QByteArray &json) {
        if (generation != m_inspectGeneration)
            return;
        m_inspectPending.remove(id);
        m_inspectJson.insert(id, json);
        if (id == m_selectedId && json != m_inspect->json().toUtf8())
            m_inspect->setJson(json);
    });
}

void ImagesPage::buildStarterImage()
{
    emit busy(tr("Building busybox:latest from this machine's busybox…"));
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
        emit finished(outcome.ok, outcome.ok ? tr("Built busybox:latest (%1)").arg(outcome.message) : outcome.message);
    });
}
