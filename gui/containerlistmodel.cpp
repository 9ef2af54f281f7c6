#include "containerlistmodel.h"

#include "containerengine.h"
#include "humanize.h"

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
        case Created: return tr("%1 ago").arg(porthole::humanDuration(record.config.created.msecsTo(now)));
        case Status: return porthole::dockerStatus(record, now);
        case Ip: return QString();
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
