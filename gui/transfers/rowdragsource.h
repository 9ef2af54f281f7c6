#pragma once
// Drags the current row of a table out of the window: press, move past the
// drag distance, and what makeData returns for the row (a row of the
// table's source model, under its sort and filter) goes as a copy.
#include <QObject>
#include <QPoint>
#include <functional>

class QMimeData;
class QTableView;

class RowDragSource : public QObject {
public:
    using MakeData = std::function<QMimeData *(int sourceRow)>; // nullptr: nothing to drag
    RowDragSource(QTableView *table, MakeData makeData);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void startDrag();
    QTableView *m_table;
    // Compared against, never called: events reach the filter while the
    // table is half destroyed (a QWidget no longer a QTableView).
    const QObject *m_viewport;
    MakeData m_makeData;
    QPoint m_pressedAt;
};
