#pragma once
// The store's volumes as a table: NAME, SIZE, USED BY (the containers that
// mount it, by name), CREATED and MOUNT POINT.
#include "containers/engineresources.h"

#include <QAbstractTableModel>

struct VolumeRow {
    porthole::VolumeUsage usage;
    QStringList userNames; // the containers' names
};

class VolumeListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Size, UsedBy, Created, Mountpoint, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setVolumes(const QList<VolumeRow> &rows);
    const VolumeRow *rowAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<VolumeRow> m_rows;
};
