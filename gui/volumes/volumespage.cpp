#include "gui/volumes/volumespage.h"

#include "cli/spelling.h"
#include "gui/app/backgroundwork.h"
#include "gui/volumes/volumelistmodel.h"
#include "gui/widgets/highlightedjsonview.h"
#include "gui/widgets/layerfilebrowser.h"
#include "gui/widgets/prunedialog.h"

#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace {

struct VolumesOutcome {
    QList<VolumeRow> rows;
    QString error;
};

// On a worker: every volume, its size and its users' names.
VolumesOutcome loadVolumes(const SharedEngine &shared)
{
    auto engine = shared.copy();
    if (!engine)
        return {{}, engine.error().message};
    auto usage = engine->containers().volumeUsage(true);
    if (!usage)
        return {{}, usage.error().message};
    QHash<QString, QString> names;
    for (const porthole::ContainerRecord &record : engine->containers().store().list().value_or(QList<porthole::ContainerRecord>()))
        names.insert(record.config.id, record.config.name);
    VolumesOutcome outcome;
    for (const porthole::VolumeUsage &volume : std::as_const(*usage)) {
        VolumeRow row{volume, {}};
        for (const QString &id : volume.containers)
            row.userNames.append(names.value(id, id.left(12)));
        outcome.rows.append(row);
    }
    return outcome;
}

} // namespace

VolumesPage::VolumesPage(const SharedEngine &engine, QWidget *parent)
    : QWidget(parent), m_engine(engine), m_model(new VolumeListModel(this)), m_table(new QTableView(this)), m_pruner(new PruneRunner(engine, this))
{
    setObjectName(QStringLiteral("volumesPage"));
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(Qt::UserRole);
    m_table->setObjectName(QStringLiteral("volumeTable"));
    m_table->setModel(proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(VolumeListModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this, proxy](const QModelIndex &index) {
        const VolumeRow *row = m_model->rowAt(proxy->mapToSource(index).row());
        m_selected = row ? row->usage.volume.name : QString();
        showSelected();
    });
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(buildDetails());
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buildToolbar());
    layout->addWidget(split, 1);
    askVolumeName = [this] {
        return QInputDialog::getText(this, tr("Create a volume"), tr("Name (letters, digits, '_', '.', '-'):")).trimmed();
    };
    connect(m_pruner, &PruneRunner::busy, this, &VolumesPage::busy);
    connect(m_pruner, &PruneRunner::finished, this, &VolumesPage::finished);
    connect(m_pruner, &PruneRunner::pruned, this, &VolumesPage::refresh);
}

QWidget *VolumesPage::buildToolbar()
{
    auto *toolbar = new QToolBar(this);
    toolbar->setObjectName(QStringLiteral("volumesToolbar"));
    toolbar->addAction(tr("Create…"), this, &VolumesPage::createVolume)->setObjectName(QStringLiteral("createVolumeAction"));
    QAction *remove = toolbar->addAction(tr("Remove"), this, &VolumesPage::removeSelected);
    remove->setObjectName(QStringLiteral("removeVolumeAction"));
    remove->setToolTip(tr("Remove the selected volume and its data (%1); refused while a container uses it")
                           .arg(porthole::spellCommand(QStringLiteral("volume rm"))));
    QAction *prune = toolbar->addAction(tr("Prune…"), this, &VolumesPage::prune);
    prune->setObjectName(QStringLiteral("pruneVolumesAction"));
    prune->setToolTip(tr("Show the volumes no container uses, then remove them"));
    return toolbar;
}

QWidget *VolumesPage::buildDetails()
{
    auto *details = new QWidget(this);
    auto *layout = new QVBoxLayout(details);
    layout->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(tr("A volume keeps data outside every container's writable layer: it stays when its containers are removed, "
                              "and several containers can use it at once."), details);
    m_summary->setObjectName(QStringLiteral("volumeSummary"));
    m_summary->setWordWrap(true);
    m_files = new LayerFileBrowser(details);
    m_inspect = new HighlightedJsonView(details);
    auto *tabs = new QTabWidget(details);
    tabs->addTab(m_files, tr("Files"));
    tabs->addTab(m_inspect, tr("Inspect"));
    layout->addWidget(m_summary);
    layout->addWidget(tabs, 1);
    return details;
}

void VolumesPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void VolumesPage::refresh()
{
    if (!isVisible())
        return; // measured when shown
    if (m_refreshing) {
        m_stale = true;
        return;
    }
    m_refreshing = true;
    const SharedEngine shared = m_engine;
    runInBackground(this, [shared] { return loadVolumes(shared); }, [this](const VolumesOutcome &outcome) {
        m_refreshing = false;
        if (!outcome.error.isEmpty())
            emit finished(false, outcome.error);
        m_model->setVolumes(outcome.rows);
        selectVolume(m_selected);
        emit refreshed(int(outcome.rows.size()));
        if (std::exchange(m_stale, false))
            refresh();
    });
}

void VolumesPage::selectVolume(const QString &name)
{
    auto *proxy = static_cast<QSortFilterProxyModel *>(m_table->model());
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->rowAt(row)->usage.volume.name == name || (name.isEmpty() && row == 0)) {
            m_table->selectionModel()->setCurrentIndex(proxy->mapFromSource(m_model->index(row, 0)),
                                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return;
        }
    m_selected.clear();
    showSelected();
}

void VolumesPage::showSelected()
{
    const VolumeRow *shown = nullptr;
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->rowAt(row)->usage.volume.name == m_selected)
            shown = m_model->rowAt(row);
    if (!shown) {
        m_files->setSources(QString(), {});
        m_inspect->setJson(QByteArray());
        return;
    }
    const QString data = shown->usage.volume.mountpoint;
    m_summary->setText(shown->userNames.isEmpty()
                           ? tr("%1 is used by no container: `volume prune -a` would remove it.").arg(shown->usage.volume.name)
                           : tr("%1 is mounted by %2.").arg(shown->usage.volume.name, shown->userNames.join(QStringLiteral(", "))));
    m_files->setSources(shown->usage.volume.name, {{tr("Files in the volume (read-only view)"), [data] { return porthole::singleLayerFiles(data); }, {}}});
    m_inspect->setJson(QJsonDocument(QJsonArray{shown->usage.volume.inspectJson()}).toJson(QJsonDocument::Indented));
}

void VolumesPage::runJob(const QString &command, const std::function<porthole::Status(porthole::ContainerEngine &)> &job)
{
    emit busy(tr("Running: %1").arg(command));
    const SharedEngine shared = m_engine;
    runInBackground(this, [shared, job] {
        auto engine = shared.copy();
        if (!engine)
            return JobOutcome{false, engine.error().message};
        auto done = job(engine->containers());
        return done ? JobOutcome{true, {}} : JobOutcome{false, done.error().message};
    }, [this, command](const JobOutcome &outcome) {
        emit finished(outcome.ok, outcome.ok ? tr("Done: %1").arg(command) : outcome.message);
        refresh();
    });
}

void VolumesPage::createVolume()
{
    const QString name = askVolumeName();
    if (name.isEmpty())
        return;
    m_selected = name;
    runJob(porthole::spellCommand(QStringLiteral("volume create"), {}, {name}), [name](porthole::ContainerEngine &engine) -> porthole::Status {
        auto made = engine.createVolume({name, QStringLiteral("local"), {}, {}, false});
        return made ? porthole::Status{} : porthole::Status(std::unexpected(made.error()));
    });
}

void VolumesPage::removeSelected()
{
    const QString name = m_selected;
    if (name.isEmpty())
        return;
    runJob(porthole::spellCommand(QStringLiteral("volume rm"), {}, {name}), [name](porthole::ContainerEngine &engine) { return engine.removeVolume(name, false); });
}

void VolumesPage::prune()
{
    m_pruner->prune(PruneKind::UnusedVolumes);
}
