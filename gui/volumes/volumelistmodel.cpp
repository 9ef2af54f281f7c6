#include "gui/volumes/volumelistmodel.h"

#include "base/humanize.h"

#include <QLocale>

void VolumeListModel::setVolumes(const QList<VolumeRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

const VolumeRow *VolumeListModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int VolumeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int VolumeListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VolumeListModel::data(const QModelIndex &index, int role) const
{
    const VolumeRow *row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row)
        return {};
    const porthole::VolumeInfo &volume = row->usage.volume;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name: return volume.isAnonymous() ? volume.name.left(12) + QChar(0x2026) : volume.name;
        case Size: return porthole::humanSize(row->usage.size);
        case UsedBy: return row->userNames.isEmpty() ? tr("unused") : row->userNames.join(QStringLiteral(", "));
        case Created: return QLocale().toString(volume.createdAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case Mountpoint: return volume.mountpoint;
        }
    }
    if (role == Qt::UserRole) {
        switch (index.column()) {
        case Size: return row->usage.size;
        case Created: return volume.createdAt;
        case UsedBy: return int(row->userNames.size());
        default: return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Name)
        return volume.isAnonymous() ? tr("%1\nanonymous: made for one container; rm -v removes it with that container").arg(volume.name) : volume.name;
    if (role == Qt::TextAlignmentRole && index.column() == Size)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant VolumeListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case Size: return tr("Size");
    case UsedBy: return tr("Used by");
    case Created: return tr("Created");
    case Mountpoint: return tr("Mount point");
    }
    return {};
}
