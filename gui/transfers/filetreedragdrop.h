#pragma once
// Files dragged onto a file tree and out of it: a drop of local files onto
// a row goes to that directory (the row's own directory for a file, "/"
// below the last row); a row dragged past the drag distance goes out as
// what dragOut makes of its path. The tree's rows carry their path in
// Qt::UserRole and their kind ('d' for a directory) in Qt::UserRole + 1.
#include <QObject>
#include <QPoint>
#include <functional>

class QMimeData;
class QTreeView;

class FileTreeDragDrop : public QObject {
    Q_OBJECT
public:
    using Drop = std::function<void(const QStringList &hostPaths, const QString &directory)>;
    using DragOut = std::function<QMimeData *(const QString &path)>; // nullptr: nothing to drag
    FileTreeDragDrop(QTreeView *tree, Drop drop, DragOut dragOut);

    // The directory a drop at pos (viewport coordinates) lands in.
    QString directoryAt(const QPoint &pos) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void startDrag();
    QTreeView *m_tree;
    Drop m_drop;
    DragOut m_dragOut;
    QPoint m_pressedAt;
    QString m_pressedPath;
};
