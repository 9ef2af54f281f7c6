#include "gui/containers/eventsfollower.h"

#include "base/events.h"

#include <QDir>
#include <QFileInfo>

EventsFollower::EventsFollower(const QString &storeRoot, QObject *parent)
    : QObject(parent), m_root(storeRoot), m_journal(porthole::eventsJournalPath(storeRoot))
{
    m_coalesceJournal.setObjectName(QStringLiteral("events journal changed"));
    m_coalesceStore.setObjectName(QStringLiteral("store changed"));
    for (QTimer *timer : {&m_coalesceJournal, &m_coalesceStore}) {
        timer->setSingleShot(true);
        timer->setInterval(15);
    }
    connect(&m_coalesceJournal, &QTimer::timeout, this, &EventsFollower::journalChanged);
    connect(&m_coalesceStore, &QTimer::timeout, this, &EventsFollower::storeChanged);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, [this] {
        watch();
        m_coalesceJournal.start();
    });
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] {
        watch(); // the journal may have just been created
        m_coalesceStore.start();
        m_coalesceJournal.start();
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
