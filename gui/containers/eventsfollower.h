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
    void journalChanged(); // a container event was appended
    void storeChanged();   // the store's top level changed (the tag index, say)

private:
    void watch();
    QString m_root;
    QString m_journal;
    QFileSystemWatcher m_watcher;
    QTimer m_coalesceJournal; // one refresh for a burst of events
    QTimer m_coalesceStore;
};
