#include "gui/transfers/filetreedragdrop.h"

#include <QApplication>
#include <QDrag>
#include <QDragMoveEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QMimeData>
#include <QMouseEvent>
#include <QTreeView>

namespace {

QStringList localFiles(const QMimeData *mime)
{
    QStringList paths;
    for (const QUrl &url : mime->urls())
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    return paths;
}

} // namespace

FileTreeDragDrop::FileTreeDragDrop(QTreeView *tree, Drop drop, DragOut dragOut)
    : QObject(tree), m_tree(tree), m_drop(std::move(drop)), m_dragOut(std::move(dragOut))
{
    tree->viewport()->setAcceptDrops(true);
    tree->viewport()->installEventFilter(this);
}

QString FileTreeDragDrop::directoryAt(const QPoint &pos) const
{
    const QModelIndex index = m_tree->indexAt(pos).siblingAtColumn(0);
    if (!index.isValid())
        return QStringLiteral("/");
    const QString path = index.data(Qt::UserRole).toString();
    if (index.data(Qt::UserRole + 1).toInt() == 'd')
        return path;
    const QString parent = QFileInfo(path).path();
    return parent.isEmpty() || parent == QLatin1String(".") ? QStringLiteral("/") : parent;
}

bool FileTreeDragDrop::eventFilter(QObject *watched, QEvent *event)
{
    Q_UNUSED(watched);
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDragMoveEvent *>(event);
        if (drag->source() || localFiles(drag->mimeData()).isEmpty()) // our own drags do not come back in
            return false;
        drag->setDropAction(Qt::CopyAction);
        drag->accept();
        return true;
    }
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        const QStringList paths = localFiles(drop->mimeData());
        if (drop->source() || paths.isEmpty())
            return false;
        drop->setDropAction(Qt::CopyAction);
        drop->accept();
        m_drop(paths, directoryAt(drop->position().toPoint()));
        return true;
    }
    case QEvent::MouseButtonPress: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        m_pressedAt = mouse->position().toPoint();
        m_pressedPath = m_tree->indexAt(m_pressedAt).siblingAtColumn(0).data(Qt::UserRole).toString();
        return false;
    }
    case QEvent::MouseMove: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        if ((mouse->buttons() & Qt::LeftButton) && !m_pressedPath.isEmpty()
            && (mouse->position().toPoint() - m_pressedAt).manhattanLength() >= QApplication::startDragDistance()) {
            startDrag();
            return true;
        }
        return false;
    }
    default:
        return false;
    }
}

void FileTreeDragDrop::startDrag()
{
    QMimeData *mime = m_dragOut(std::exchange(m_pressedPath, QString()));
    if (!mime)
        return;
    auto *drag = new QDrag(m_tree);
    drag->setMimeData(mime);
    drag->exec(Qt::CopyAction);
}
