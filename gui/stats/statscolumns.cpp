#include "gui/stats/statscolumns.h"

#include "base/humanize.h"
#include "gui/stats/statshistory.h"

#include <QAction>
#include <QHeaderView>
#include <QMenu>
#include <QSettings>
#include <QTableView>

StatsColumnsProxy::StatsColumnsProxy(StatsHistory *history, std::function<QString(int)> idAt, QObject *parent)
    : QIdentityProxyModel(parent), m_history(history), m_idAt(std::move(idAt))
{
    connect(history, &StatsHistory::updated, this, [this] {
        if (m_table && (m_table->isColumnHidden(cpuColumn()) || !m_table->isVisible()))
            return; // nothing shows them: read when shown
        if (rowCount() > 0)
            emit dataChanged(index(0, cpuColumn()), index(rowCount() - 1, memoryColumn()), {Qt::DisplayRole, Qt::UserRole, Qt::ToolTipRole});
    });
}

int StatsColumnsProxy::cpuColumn() const
{
    return sourceModel() ? sourceModel()->columnCount() : 0;
}

int StatsColumnsProxy::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->columnCount() + 2;
}

QModelIndex StatsColumnsProxy::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || row >= rowCount() || column < 0 || column >= columnCount())
        return {};
    if (column >= cpuColumn())
        return createIndex(row, column);
    return QIdentityProxyModel::index(row, column, parent);
}

QModelIndex StatsColumnsProxy::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

QModelIndex StatsColumnsProxy::mapToSource(const QModelIndex &proxyIndex) const
{
    if (proxyIndex.isValid() && proxyIndex.column() >= cpuColumn())
        return {}; // the two columns are this proxy's own
    return QIdentityProxyModel::mapToSource(proxyIndex);
}

QVariant StatsColumnsProxy::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.column() < cpuColumn())
        return QIdentityProxyModel::data(index, role);
    const StatsFrameEntry *latest = m_history->latest(m_idAt(index.row()));
    const bool cpu = index.column() == cpuColumn();
    if (role == Qt::UserRole)
        return latest ? (cpu ? latest->figures.cpuPercent : double(latest->figures.memoryUsage)) : -1.0;
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (!latest || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const porthole::StatsColumns columns = porthole::statsColumns(latest->figures);
    if (role == Qt::ToolTipRole)
        return cpu ? tr("%1 of one CPU's time, measured over the last second").arg(columns.cpu) : tr("%1 (%2 of its limit)").arg(columns.memUsage, columns.memPercent);
    return cpu ? columns.cpu : porthole::binarySize(double(latest->figures.memoryUsage));
}

QVariant StatsColumnsProxy::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section == cpuColumn())
        return tr("CPU %");
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section == memoryColumn())
        return tr("Memory");
    return QIdentityProxyModel::headerData(section, orientation, role);
}

Qt::ItemFlags StatsColumnsProxy::flags(const QModelIndex &index) const
{
    if (index.isValid() && index.column() >= cpuColumn())
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return QIdentityProxyModel::flags(index);
}

void StatsColumnsProxy::attachTo(QTableView *table)
{
    m_table = table;
    QHeaderView *header = table->horizontalHeader();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    for (int column : {cpuColumn(), memoryColumn()}) {
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        header->resizeSection(column, header->fontMetrics().horizontalAdvance(QStringLiteral("0000.00MiB")) + 16);
    }
    const bool shown = QSettings().value(QStringLiteral("containers/statsColumns"), true).toBool();
    table->setColumnHidden(cpuColumn(), !shown);
    table->setColumnHidden(memoryColumn(), !shown);
    connect(header, &QWidget::customContextMenuRequested, table, [this, table, header](const QPoint &at) {
        QMenu menu(table);
        QAction *toggle = menu.addAction(tr("Show CPU and memory columns"));
        toggle->setObjectName(QStringLiteral("statsColumnsAction"));
        toggle->setCheckable(true);
        toggle->setChecked(!table->isColumnHidden(cpuColumn()));
        connect(toggle, &QAction::toggled, table, [this, table](bool on) {
            table->setColumnHidden(cpuColumn(), !on);
            table->setColumnHidden(memoryColumn(), !on);
            QSettings().setValue(QStringLiteral("containers/statsColumns"), on);
        });
        menu.exec(header->mapToGlobal(at));
    });
}
