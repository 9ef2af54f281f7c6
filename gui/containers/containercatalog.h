#pragma once
// What the window knows of the store's containers: each one's record, the
// size of its writable layer and its events so far (read from the events
// journal where the last refresh stopped). Refreshed on a worker, one
// refresh at a time: a refresh asked for meanwhile runs when it ends.
#include "base/events.h"
#include "containers/containerrecord.h"
#include "gui/app/sharedengine.h"

#include <QHash>
#include <QObject>

class ContainerCatalog : public QObject {
    Q_OBJECT
public:
    explicit ContainerCatalog(const SharedEngine &engine, QObject *parent = nullptr);

    void refresh();
    const QList<porthole::ContainerRecord> &records() const { return m_records; }
    const porthole::ContainerRecord *find(const QString &id) const; // nullptr when gone
    qint64 writableSize(const QString &id) const { return m_writableSizes.value(id); }
    QList<porthole::Event> events(const QString &id) const { return m_events.value(id); }

signals:
    void refreshed(int containers);
    void failed(const QString &message);

private:
    struct Loaded;
    // On a worker: every container (after reconciling), its writable
    // layer's size, and the events since offset.
    static Loaded load(const SharedEngine &shared, qint64 eventsOffset);
    void take(const Loaded &loaded);

    SharedEngine m_engine;
    QList<porthole::ContainerRecord> m_records;
    QHash<QString, qint64> m_writableSizes;           // container id -> bytes
    QHash<QString, QList<porthole::Event>> m_events;  // container id -> its events, oldest first
    qint64 m_eventsOffset = 0;                        // where the journal was read to
    bool m_refreshing = false;
    bool m_stale = false;                             // asked for while refreshing
};
