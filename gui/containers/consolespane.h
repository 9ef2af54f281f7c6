#pragma once
// The consoles of the selected container: attach (the main process; every
// attached console mirrors the same screen and shares its input), exec (a
// new shell of its own) and nsenter (into the namespaces from the host).
// Tabs per container, or side by side; a session keeps running, and keeps
// its screen, when you switch tabs or containers.
#include "gui/containers/consolesession.h"

#include <QHash>
#include <QWidget>

class ConsoleArea;
class QCheckBox;
class QLabel;
class QPushButton;
class QStackedWidget;

class ConsolesPane : public QWidget {
    Q_OBJECT
public:
    explicit ConsolesPane(const SharedEngine &engine, QWidget *parent = nullptr);

    // The container shown; running decides which buttons work.
    void setContainer(const QString &id, const QString &name, bool running);
    ConsoleSession *open(ConsoleSession::Kind kind);
    // A console asked for by name (the command bar, the lesson), for the
    // container with this id; shown at once.
    ConsoleSession *open(const QString &id, const QString &name, const ConsoleRequest &request, porthole::RunStepObserver steps = {});
    QList<ConsoleSession *> sessions(const QString &containerId) const;
    void setSideBySide(bool on);

signals:
    void sessionOpened(const QString &containerId, ConsoleSession::Kind kind);
    void sessionFinished(const QString &containerId, int exitCode);

private:
    ConsoleArea *areaFor(const QString &id);
    QString titleFor(const QString &id, const ConsoleRequest &request) const;

    SharedEngine m_engine;
    QString m_id;
    QString m_name;
    QLabel *m_title;
    QPushButton *m_attach;
    QPushButton *m_exec;
    QPushButton *m_nsenter;
    QCheckBox *m_sideBySide;
    QStackedWidget *m_pages;
    QWidget *m_empty;
    QHash<QString, ConsoleArea *> m_areas;
};
