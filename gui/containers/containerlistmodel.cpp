#include "gui/containers/containerlistmodel.h"

#include "base/humanize.h"
#include "containers/containerengine.h"
#include "gui/app/statustext.h"

#include <QLocale>

void ContainerListModel::setContainers(const QList<porthole::ContainerRecord> &records)
{
    beginResetModel();
    m_records = records;
    endResetModel();
}

QString ContainerListModel::idAt(int row) const
{
    return row >= 0 && row < m_records.size() ? m_records.at(row).config.id : QString();
}

int ContainerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int ContainerListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContainerListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size())
        return {};
    const porthole::ContainerRecord &record = m_records.at(index.row());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name: return record.config.name;
        case Image: return record.config.image;
        case Command: return record.config.processArgs().join(QLatin1Char(' '));
        case Created: return QLocale().toString(record.config.created.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case Status: return StatusText::of(record, now);
        case Ip: return record.state.network.address;
        }
    }
    if (role == Qt::UserRole) {
        switch (index.column()) {
        case Created: return record.config.created;
        case Status: return int(record.state.state);
        default: return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Name)
        return record.config.id;
    if (role == Qt::ToolTipRole && index.column() == Created) // as `ps` says it, in the window's language
        return StatusText::ago(record.config.created.msecsTo(now));
    if (role == Qt::ToolTipRole && index.column() == Ip) {
        const QString ports = porthole::publishedPortsText(record);
        return ports.isEmpty() ? record.config.networkMode : record.config.networkMode + QStringLiteral(" · ") + ports;
    }
    return {};
}

QVariant ContainerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case Image: return tr("Image");
    case Command: return tr("Command");
    case Created: return tr("Created");
    case Status: return tr("Status");
    case Ip: return tr("IP");
    }
    return {};
}

void ContainerFilter::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateRowsFilter();
}

void ContainerFilter::setState(std::optional<porthole::ContainerState> state)
{
    m_state = state;
    invalidateRowsFilter();
}

bool ContainerFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    if (m_state) {
        const auto state = porthole::ContainerState(model->index(sourceRow, ContainerListModel::Status, sourceParent).data(Qt::UserRole).toInt());
        const bool stopped = [](porthole::ContainerState s) { return s == porthole::ContainerState::Exited || s == porthole::ContainerState::Dead; }(state);
        if (stopped ? !(*m_state == porthole::ContainerState::Exited) : state != *m_state)
            return false;
    }
    if (m_text.isEmpty())
        return true;
    for (int column = 0; column < model->columnCount(sourceParent); ++column)
        if (model->index(sourceRow, column, sourceParent).data(Qt::DisplayRole).toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    return false;
}
