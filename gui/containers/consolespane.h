#pragma once
// The consoles of the selected container: attach (the main process; every
// attached console mirrors the same screen and shares its input), exec (a
// new shell of its own) and nsenter (into the namespaces from the host).
// Tabs per container; a session keeps running, and keeps its screen, when
// you switch tabs or containers.
#include "gui/containers/consolesession.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;

class ConsolesPane : public QWidget {
    Q_OBJECT
public:
    explicit ConsolesPane(const SharedEngine &engine, QWidget *parent = nullptr);

    // The container shown; running decides which buttons work.
    void setContainer(const QString &id, const QString &name, bool running);
    ConsoleSession *open(ConsoleSession::Kind kind);
    QList<ConsoleSession *> sessions(const QString &containerId) const;

signals:
    void sessionFinished(const QString &containerId, int exitCode);

private:
    QTabWidget *tabsFor(const QString &id);
    SharedEngine m_engine;
    QString m_id;
    QString m_name;
    QLabel *m_title;
    QPushButton *m_attach;
    QPushButton *m_exec;
    QPushButton *m_nsenter;
    QStackedWidget *m_pages;
    QWidget *m_empty;
    QHash<QString, QTabWidget *> m_tabs;
    QHash<QString, QList<ConsoleSession *>> m_sessions;
};
