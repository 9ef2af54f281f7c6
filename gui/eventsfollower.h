#pragma once
// Follows the engine's events journal (events.jsonl in the store): any
// process's change, or a container exiting on its own, shows up as a
// signal within a few milliseconds — no polling of `ps`.
#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

class EventsFollower : public QObject {
    Q_OBJECT
public:
    explicit EventsFollower(const QString &storeRoot, QObject *parent = nullptr);

signals:
    void journalChanged();

private:
    void watch();
    QString m_root;
    QString m_journal;
    QFileSystemWatcher m_watcher;
    QTimer m_coalesce; // one refresh for a burst of events
};
