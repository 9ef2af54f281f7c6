#include "eventsfollower.h"

#include "events.h"

#include <QDir>
#include <QFileInfo>

EventsFollower::EventsFollower(const QString &storeRoot, QObject *parent)
    : QObject(parent), m_root(storeRoot), m_journal(porthole::eventsJournalPath(storeRoot))
{
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(15);
    connect(&m_coalesce, &QTimer::timeout, this, &EventsFollower::journalChanged);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, [this] {
        watch(); // an atomic replace would drop the watch
        m_coalesce.start();
    });
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] {
        watch();
        m_coalesce.start();
    });
    watch();
}

void EventsFollower::watch()
{
    QDir().mkpath(m_root);
    if (!m_watcher.directories().contains(m_root))
        m_watcher.addPath(m_root);
    if (QFileInfo::exists(m_journal) && !m_watcher.files().contains(m_journal))
        m_watcher.addPath(m_journal);
}
