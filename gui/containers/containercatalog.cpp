#include "gui/containers/containercatalog.h"

#include "base/fsutil.h"
#include "gui/app/backgroundwork.h"

struct ContainerCatalog::Loaded {
    bool ok = false;
    QString message;
    QList<porthole::ContainerRecord> records;
    QHash<QString, qint64> writableSizes;
    QList<porthole::Event> newEvents;
    qint64 eventsOffset = 0;
};

ContainerCatalog::ContainerCatalog(const SharedEngine &engine, QObject *parent) : QObject(parent), m_engine(engine)
{
}

const porthole::ContainerRecord *ContainerCatalog::find(const QString &id) const
{
    for (const porthole::ContainerRecord &candidate : m_records)
        if (candidate.config.id == id)
            return &candidate;
    return nullptr;
}

void ContainerCatalog::refresh()
{
    if (m_refreshing) {
        m_stale = true;
        return;
    }
    m_refreshing = true;
    const SharedEngine engine = m_engine;
    const qint64 offset = m_eventsOffset;
    runInBackground(this, [engine, offset] { return load(engine, offset); }, [this](const Loaded &loaded) {
        m_refreshing = false;
        if (loaded.ok) {
            take(loaded);
            emit refreshed(int(m_records.size()));
        } else {
            emit failed(loaded.message);
        }
        if (std::exchange(m_stale, false))
            refresh();
    });
}

void ContainerCatalog::take(const Loaded &loaded)
{
    m_records = loaded.records;
    m_writableSizes = loaded.writableSizes;
    m_eventsOffset = loaded.eventsOffset;
    for (const porthole::Event &event : loaded.newEvents) {
        const QString id = event.type == QLatin1String("container") ? event.id : event.attributes.value(QLatin1String("container")).toString();
        if (!id.isEmpty())
            m_events[id].append(event);
    }
}

ContainerCatalog::Loaded ContainerCatalog::load(const SharedEngine &shared, qint64 eventsOffset)
{
    auto engine = shared.copy();
    if (!engine)
        return {false, engine.error().message};
    auto records = engine->containers().list();
    if (!records)
        return {false, records.error().message};
    Loaded loaded{true, {}, *records};
    for (const porthole::ContainerRecord &record : std::as_const(*records))
        loaded.writableSizes.insert(record.config.id, porthole::directorySize(engine->containers().store().writableLayerDir(record.config.id)));
    loaded.eventsOffset = eventsOffset;
    if (auto events = porthole::readEvents(shared.paths().root, loaded.eventsOffset))
        loaded.newEvents = *events;
    return loaded;
}
