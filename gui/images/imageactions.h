#pragma once
// What can be done with the selected image, from the images tab's toolbar,
// its context menu or a double-click: Run… (the new-container dialog, the
// image filled in), Tag…, Remove (refused in Docker's words while a
// container uses it, then offered with force), Save…, History (`docker
// history`) and Used by (its containers). Tag and remove run on workers.
#include "gui/app/sharedengine.h"

#include <QObject>
#include <functional>

class QAction;
class QMenu;
class QToolBar;
class QWidget;

class ImageActions : public QObject {
    Q_OBJECT
public:
    ImageActions(const SharedEngine &engine, QWidget *parent);

    QToolBar *toolbar() const { return m_toolbar; }
    void addActionsTo(QMenu &menu) const;
    // The image the actions are for: its id and the reference of its row
    // ("busybox:latest", "" when untagged).
    void setSelection(const QString &id, const QString &reference);

    // The new tag for an image ("" cancels). Replaceable for tests.
    std::function<QString(const QString &image)> askTag;
    // After Docker's refusal: true removes with force. Replaceable for tests.
    std::function<bool(const QString &reason)> askForceRemove;

public slots:
    void run();
    void tag();
    void remove();

signals:
    void runRequested(const QString &image);
    void saveRequested();
    void historyRequested();
    void usedByRequested();
    void busy(const QString &text);
    void finished(bool ok, const QString &message);

private:
    void removeWith(bool force);
    QString target() const; // the reference, else the short id

    SharedEngine m_engine;
    QWidget *m_parent;
    QToolBar *m_toolbar;
    QList<QAction *> m_actions;
    QString m_id;
    QString m_reference;
};
