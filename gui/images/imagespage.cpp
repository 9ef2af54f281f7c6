#include "gui/images/imagespage.h"

#include "gui/app/backgroundwork.h"
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
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
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
    : QStackedWidget(parent), m_engine(engine), m_transfers(transfers), m_model(new ImageListModel(this)),
      m_registry(new RegistryActions(engine, this))
{
    connect(m_registry, &RegistryActions::imagesChanged, this, [this](const QString &message) {
        if (!message.isEmpty())
            emit finished(true, message);
        refresh();
    });
    addWidget(buildWelcome());
    addWidget(buildBrowser());
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
    connect(pullButton, &QPushButton::clicked, this, [this] { m_registry->pull(); });
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
    new RowDragSource(m_table, [this](int row) { return dragData(m_model->imageIdAt(row)); }); // dragged out: saved

    m_stack = new LayerStackView(this);
    m_files = new LayerFileBrowser(this);
    m_inspect = new HighlightedJsonView(this);
    m_inspect->setObjectName(QStringLiteral("imageInspect"));
    auto *details = new QTabWidget(this);
    details->setObjectName(QStringLiteral("imageDetails"));
    details->addTab(m_stack, tr("Layers"));
    details->addTab(m_files, tr("Files"));
    details->addTab(m_inspect, tr("Inspect"));
    auto *tablePane = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tablePane);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(m_registry);
    tableLayout->addWidget(m_table);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(tablePane);
    split->addWidget(details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this, proxy](const QModelIndex &index) {
        m_selectedId = m_model->imageIdAt(proxy->mapToSource(index).row());
        showSelectedImage();
    });
    return split;
}

QMimeData *ImagesPage::dragData(const QString &imageId)
{
    return m_transfers->dragOut({TransferRequest::Kind::SaveImage, imageId, {}, m_catalog.sizeOf(imageId)});
}

void ImagesPage::saveSelectedImage()
{
    if (!m_selectedId.isEmpty())
        m_transfers->writeAsked({TransferRequest::Kind::SaveImage, m_selectedId, {}, m_catalog.sizeOf(m_selectedId)});
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
    if (m_selectedId.isEmpty() && !catalog.images.isEmpty())
        m_selectedId = catalog.images.first().id;
    showSelectedImage();
    emit catalogChanged(catalog);
    setCurrentIndex(catalog.images.isEmpty() ? 0 : 1);
    emit statusChanged(tr("%n image(s)", nullptr, int(catalog.images.size())));
    emit refreshed(int(catalog.images.size()));
}

void ImagesPage::showSelectedImage()
{
    QStringList tags;
    for (const porthole::ImageInfo &image : std::as_const(m_catalog.images))
        if (image.id == m_selectedId)
            tags = image.repoTags;
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
        sources.append({tr("Merged view (what a container starts with)"), [dirs] { return porthole::mergedLayerFiles(dirs); }, names});
    for (int i = 0; i < rows.size(); ++i) {
        const QString dir = rows.at(i).path;
        sources.append({tr("Layer %1 · %2 (read-only)").arg(rows.size() - i).arg(rows.at(i).title), [dir] { return porthole::singleLayerFiles(dir); }, {}});
    }
    m_files->setSources(m_selectedId, sources);
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
