#include "gui/containers/writablelayerwatch.h"

#include "base/fsutil.h"
#include "gui/app/backgroundwork.h"

#include <QTimer>

namespace {

struct Measure {
    qint64 bytes = 0;
    int changes = 0;
    bool ok = false;
};

} // namespace

WritableLayerWatch::WritableLayerWatch(const SharedEngine &engine, QObject *parent)
    : QObject(parent), m_engine(engine), m_timer(new QTimer(this))
{
    m_timer->setInterval(2000);
    m_timer->setTimerType(Qt::CoarseTimer);
    connect(m_timer, &QTimer::timeout, this, &WritableLayerWatch::measureNow);
}

void WritableLayerWatch::setContainer(const QString &id)
{
    if (id == m_id)
        return;
    m_id = id;
    if (m_timer->isActive())
        measureNow();
}

void WritableLayerWatch::setActive(bool on)
{
    if (on == m_timer->isActive())
        return;
    if (!on) {
        m_timer->stop();
        return;
    }
    m_timer->start();
    measureNow();
}

// One measure at a time: a slow disk does not pile them up.
void WritableLayerWatch::measureNow()
{
    if (m_id.isEmpty() || m_measuring)
        return;
    m_measuring = true;
    runInBackground(this, [shared = m_engine, id = m_id] {
        Measure measure;
        auto engine = shared.copy();
        if (!engine)
            return measure;
        auto changes = engine->containers().diff(id);
        measure.ok = changes.has_value();
        measure.changes = changes ? int(changes->size()) : 0;
        measure.bytes = porthole::directorySize(engine->containers().store().writableLayerDir(id));
        return measure;
    }, [this, id = m_id](const Measure &measure) {
        m_measuring = false;
        if (measure.ok)
            emit measured(id, measure.bytes, measure.changes);
    });
}
