#pragma once
// Two optional columns for the container table, CPU % and memory, from the
// sampler's latest frame: a proxy over the table's model that adds them,
// refreshed once a frame (the rows' other columns untouched) while the
// table shows them, at a fixed width so a frame never makes the header
// measure every row. Shown or hidden from the table header's context menu;
// the choice is remembered.
#include <QIdentityProxyModel>
#include <QPointer>
#include <functional>

class QTableView;
class StatsHistory;

class StatsColumnsProxy : public QIdentityProxyModel {
    Q_OBJECT
public:
    // idAt: the container id of a row of the source model.
    StatsColumnsProxy(StatsHistory *history, std::function<QString(int row)> idAt, QObject *parent = nullptr);

    int cpuColumn() const;
    int memoryColumn() const { return cpuColumn() + 1; }

    int columnCount(const QModelIndex &parent = {}) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &idx) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // The header's menu to show or hide the two columns of table.
    void attachTo(QTableView *table);

private:
    StatsHistory *m_history;
    std::function<QString(int)> m_idAt;
    QPointer<QTableView> m_table;
};
