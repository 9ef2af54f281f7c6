#include "gui/transfers/rowdragsource.h"

#include <QApplication>
#include <QDrag>
#include <QMouseEvent>
#include <QSortFilterProxyModel>
#include <QTableView>

RowDragSource::RowDragSource(QTableView *table, MakeData makeData) : QObject(table), m_table(table), m_makeData(std::move(makeData))
{
    table->viewport()->installEventFilter(this);
}

bool RowDragSource::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_table->viewport())
        return false;
    auto *mouse = static_cast<QMouseEvent *>(event);
    if (event->type() == QEvent::MouseButtonPress && mouse->button() == Qt::LeftButton) {
        m_pressedAt = mouse->position().toPoint();
    } else if (event->type() == QEvent::MouseMove && (mouse->buttons() & Qt::LeftButton) && !m_pressedAt.isNull()
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
