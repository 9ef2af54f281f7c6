#pragma once
// The consoles of one container, as tabs or side by side (two or more
// visible at once, so attach's mirroring and exec's independence are seen
// together). Closing one ends its session: exec and nsenter get SIGHUP,
// attach only detaches.
#include <QWidget>

class ConsoleSession;
class QSplitter;
class QTabWidget;

class ConsoleArea : public QWidget {
    Q_OBJECT
public:
    explicit ConsoleArea(QWidget *parent = nullptr);
    ~ConsoleArea() override;

    void add(ConsoleSession *session, const QString &title); // owned from now on, shown and focused
    void setSideBySide(bool on);
    bool isSideBySide() const { return m_sideBySide; }
    QList<ConsoleSession *> sessions() const { return m_sessions; }
    void setTitle(ConsoleSession *session, const QString &title);
    QString title(ConsoleSession *session) const;
    // The consoles on show: the current tab, or all side by side.
    QList<ConsoleSession *> visibleSessions() const;

signals:
    void closed(ConsoleSession *session);

private:
    QWidget *tileFor(ConsoleSession *session);
    void close(ConsoleSession *session);
    void place(ConsoleSession *session);

    QTabWidget *m_tabs;
    QSplitter *m_split;
    bool m_sideBySide = false;
    QList<ConsoleSession *> m_sessions;
    QHash<ConsoleSession *, QString> m_titles;
};
