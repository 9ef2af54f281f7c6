#pragma once
// The containers of the store as a table: NAME, IMAGE, COMMAND, CREATED,
// STATUS (Docker's strings) and IP.
#include "containers/containerrecord.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>
#include <optional>

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

// Sorting (by the model's UserRole) and filtering: text found in any column,
// and optionally one state (Exited covers stopped and dead).
class ContainerFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setText(const QString &text);
    void setState(std::optional<porthole::ContainerState> state);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    std::optional<porthole::ContainerState> m_state;
};
