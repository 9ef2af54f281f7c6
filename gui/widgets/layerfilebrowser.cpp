#include "gui/widgets/layerfilebrowser.h"

#include "base/humanize.h"
#include "gui/app/backgroundwork.h"
#include "gui/widgets/fileviewer.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>
#include <memory>

namespace {

struct BuiltTree {
    std::shared_ptr<QStandardItem> root; // its children become the model's rows
    int entries = 0;
    QString error;
};

QString kindText(char kind)
{
    switch (kind) {
    case 'd': return LayerFileBrowser::tr("directory");
    case 'l': return LayerFileBrowser::tr("symlink");
    case 'w': return LayerFileBrowser::tr("whiteout (deleted below)");
    case 'A': return LayerFileBrowser::tr("added");
    case 'C': return LayerFileBrowser::tr("changed");
    case 'D': return LayerFileBrowser::tr("deleted");
    case 'o': return LayerFileBrowser::tr("device or fifo");
    default: return LayerFileBrowser::tr("file");
    }
}

QList<QStandardItem *> rowFor(const QString &name, const porthole::LayerFile &file, const QStringList &layerNames)
{
    auto *nameItem = new QStandardItem(name);
    nameItem->setData(file.path, Qt::UserRole);
    nameItem->setData(int(file.kind), Qt::UserRole + 1);
    nameItem->setData(file.layer, Qt::UserRole + 2);
    nameItem->setData(file.linkTarget, Qt::UserRole + 3);
    nameItem->setToolTip(file.linkTarget.isEmpty() ? file.path : file.path + QStringLiteral(" → ") + file.linkTarget);
    if (file.kind == 'A')
        nameItem->setForeground(QColor(0x2e, 0x8b, 0x57));
    else if (file.kind == 'C')
        nameItem->setForeground(QColor(0xb8, 0x86, 0x0b));
    else if (file.kind == 'D' || file.kind == 'w')
        nameItem->setForeground(QColor(0xc0, 0x39, 0x2b));
    auto *size = new QStandardItem(file.kind == 'f' ? porthole::humanSize(file.size) : QString());
    size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto *kind = new QStandardItem(kindText(file.kind) + (file.linkTarget.isEmpty() ? QString() : QStringLiteral(" → ") + file.linkTarget));
    auto *layer = new QStandardItem(layerNames.value(file.layer));
    const QList<QStandardItem *> row{nameItem, size, kind, layer};
    for (QStandardItem *item : row)
        item->setEditable(false); // the files are the layer's: not renamed here
    return row;
}

BuiltTree buildTree(const LayerFileBrowser::Source &source)
{
    BuiltTree built;
    built.root = std::make_shared<QStandardItem>();
    auto files = source.load();
    if (!files) {
        built.error = files.error().message;
        return built;
    }
    built.entries = int(files->size());
    if (source.changes) {
        for (const porthole::LayerFile &file : std::as_const(*files))
            built.root->appendRow(rowFor(QString(QLatin1Char(file.kind)) + QLatin1Char(' ') + file.path, file, source.layerNames));
        return built;
    }
    QHash<QString, QStandardItem *> directories{{QString(), built.root.get()}};
    for (const porthole::LayerFile &file : std::as_const(*files)) { // sorted: parents first
        const qsizetype slash = file.path.lastIndexOf(QLatin1Char('/'));
        QStandardItem *parent = directories.value(file.path.left(slash), built.root.get());
        const QList<QStandardItem *> row = rowFor(file.path.mid(slash + 1), file, source.layerNames);
        parent->appendRow(row);
        if (file.kind == 'd')
            directories.insert(file.path, row.first());
    }
    return built;
}

void collectPaths(const QStandardItemModel *model, const QModelIndex &parent, QStringList &out)
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        out.append(index.data(Qt::UserRole).toString());
        collectPaths(model, index, out);
    }
}

} // namespace

LayerFileBrowser::LayerFileBrowser(QWidget *parent)
    : QWidget(parent), m_choice(new QComboBox(this)), m_tree(new QTreeView(this)), m_model(new QStandardItemModel(this)),
      m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("fileBrowser"));
    m_choice->setObjectName(QStringLiteral("fileSource"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setObjectName(QStringLiteral("fileTree"));
    m_tree->setToolTip(tr("Double-click a file to read it"));
    connect(m_tree, &QTreeView::doubleClicked, this, &LayerFileBrowser::open);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_choice);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_summary);
    connect(m_choice, &QComboBox::activated, this, &LayerFileBrowser::showSource);
}

void LayerFileBrowser::setSources(const QString &owner, const QList<Source> &sources)
{
    const int keep = owner == m_owner ? m_choice->currentIndex() : 0;
    m_owner = owner;
    m_sources = sources;
    m_choice->clear();
    for (const Source &source : sources)
        m_choice->addItem(source.label);
    if (sources.isEmpty()) {
        ++m_generation;
        m_model->clear();
        m_summary->clear();
        return;
    }
    const int index = std::clamp(keep, 0, int(sources.size()) - 1);
    m_choice->setCurrentIndex(index);
    showSource(index);
}

int LayerFileBrowser::sourceCount() const
{
    return int(m_sources.size());
}

void LayerFileBrowser::showSource(int index)
{
    if (index < 0 || index >= m_sources.size())
        return;
    m_choice->setCurrentIndex(index);
    const int generation = ++m_generation;
    m_summary->setText(tr("Listing…"));
    const Source source = m_sources.at(index);
    runInBackground(this, [source] { return buildTree(source); }, [this, generation](BuiltTree built) {
        if (generation != m_generation)
            return; // another source was chosen meanwhile
        m_model->clear();
        m_model->setHorizontalHeaderLabels({tr("Name"), tr("Size"), tr("Kind"), tr("From layer")});
        if (!built.error.isEmpty()) {
            m_summary->setText(tr("Error: %1").arg(built.error));
            emit loaded(-1);
            return;
        }
        while (built.root->rowCount() > 0)
            m_model->appendRow(built.root->takeRow(0));
        for (const QString &path : std::exchange(m_keepExpanded, {}))
            for (const QModelIndex &index : m_model->match(m_model->index(0, 0), Qt::UserRole, path, 1, Qt::MatchExactly | Qt::MatchRecursive))
                m_tree->expand(index);
        if (const int scroll = std::exchange(m_keepScroll, -1); scroll >= 0)
            m_tree->verticalScrollBar()->setValue(scroll);
        m_tree->header()->resizeSection(0, 260);
        m_tree->setColumnHidden(3, m_sources.value(m_choice->currentIndex()).layerNames.isEmpty()); // only the merged view says where
        m_summary->setText(tr("%n entries", nullptr, built.entries));
        emit loaded(built.entries);
    });
}

void LayerFileBrowser::reload()
{
    m_keepExpanded.clear();
    std::function<void(const QModelIndex &)> collect = [&](const QModelIndex &parent) {
        for (int row = 0; row < m_model->rowCount(parent); ++row) {
            const QModelIndex index = m_model->index(row, 0, parent);
            if (m_tree->isExpanded(index)) {
                m_keepExpanded.append(index.data(Qt::UserRole).toString());
                collect(index);
            }
        }
    };
    collect({});
    m_keepScroll = m_tree->verticalScrollBar()->value();
    showSource(m_choice->currentIndex());
}

void LayerFileBrowser::open(const QModelIndex &clicked)
{
    const QModelIndex index = clicked.siblingAtColumn(0);
    const char kind = char(index.data(Qt::UserRole + 1).toInt());
    if (kind == 'd' || kind == 'D' || kind == 'w')
        return; // folders expand; deleted files have no bytes
    porthole::LayerFile file;
    file.path = index.data(Qt::UserRole).toString();
    file.layer = index.data(Qt::UserRole + 2).toInt();
    file.kind = kind;
    file.linkTarget = index.data(Qt::UserRole + 3).toString();
    const Source source = m_sources.value(m_choice->currentIndex());
    const QString host = source.hostPath ? source.hostPath(file) : QString();
    auto *viewer = kind == 'l' ? new FileViewer(file.path, QString(), this, tr("a symbolic link to %1").arg(file.linkTarget))
                               : new FileViewer(file.path, host, this);
    viewer->show();
}

bool LayerFileBrowser::openFile(const QString &path)
{
    const QModelIndexList found = m_model->match(m_model->index(0, 0), Qt::UserRole, path, 1, Qt::MatchExactly | Qt::MatchRecursive);
    if (found.isEmpty())
        return false;
    open(found.first());
    return true;
}

QStringList LayerFileBrowser::listedPaths() const
{
    QStringList paths;
    collectPaths(m_model, {}, paths);
    return paths;
}
