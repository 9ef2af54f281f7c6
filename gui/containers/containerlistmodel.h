#pragma once
// The containers of the store as a table: NAME, IMAGE, COMMAND, CREATED,
// STATUS (Docker's strings), IP and PORTS (as `ps`: 0.0.0.0:8080->80/tcp).
// Relative times ("Up 5 seconds", "3 minutes ago") move on by themselves:
// a timer fires when the next one's wording changes, as Docker rounds it,
// and only those cells are told, the list is not loaded again.
#include "containers/containerrecord.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QSortFilterProxyModel>
#include <QTimer>
#include <optional>

class ContainerListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Image, Command, Created, Status, Ip, Ports, ColumnCount };
    explicit ContainerListModel(QObject *parent = nullptr);

    void setContainers(const QList<porthole::ContainerRecord> &records);
    QString idAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // When the relative texts are told again next (ms from now; -1: none shown).
    int nextTickIn() const { return m_tick.isActive() ? m_tick.remainingTime() : -1; }

private:
    void scheduleTick();
    QList<porthole::ContainerRecord> m_records;
    QTimer m_tick;
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
