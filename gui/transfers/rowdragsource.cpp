#include "gui/transfers/rowdragsource.h"

#include <QApplication>
#include <QDrag>
#include <QMouseEvent>
#include <QSortFilterProxyModel>
#include <QTableView>

RowDragSource::RowDragSource(QTableView *table, MakeData makeData)
    : QObject(table), m_table(table), m_viewport(table->viewport()), m_makeData(std::move(makeData))
{
    table->viewport()->installEventFilter(this);
}

bool RowDragSource::eventFilter(QObject *watched, QEvent *event)
{
    const bool press = event->type() == QEvent::MouseButtonPress;
    if (watched != m_viewport || (!press && event->type() != QEvent::MouseMove))
        return false;
    auto *mouse = static_cast<QMouseEvent *>(event); // only mouse events get here
    if (press && mouse->button() == Qt::LeftButton) {
        m_pressedAt = mouse->position().toPoint();
    } else if (!press && (mouse->buttons() & Qt::LeftButton) && !m_pressedAt.isNull()
               && (mouse->position().toPoint() - m_pressedAt).manhattanLength() >= QApplication::startDragDistance()) {
        m_pressedAt = QPoint();
        startDrag();
        return true;
    }
    return false;
}

void RowDragSource::startDrag()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    auto *proxy = static_cast<QSortFilterProxyModel *>(m_table->model());
    QMimeData *data = m_makeData(proxy->mapToSource(current).row());
    if (!data)
        return;
    auto *drag = new QDrag(m_table);
    drag->setMimeData(data);
    drag->exec(Qt::CopyAction);
}
