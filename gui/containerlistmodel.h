#pragma once
// The containers of the store as a table: NAME, IMAGE, COMMAND, CREATED,
// STATUS (Docker's strings) and IP.
#include "containerrecord.h"

#include <QAbstractTableModel>

class ContainerListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Image, Command, Created, Status, Ip, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setContainers(const QList<porthole::ContainerRecord> &records);
    QString idAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<porthole::ContainerRecord> m_records;
};
