#include "gui/containers/stepgate.h"

void StepGate::setEnabled(bool on)
{
    QMutexLocker lock(&m_mutex);
    m_enabled = on;
    if (!on) {
        ++m_generation;
        m_moved.wakeAll();
    }
}

bool StepGate::isEnabled() const
{
    QMutexLocker lock(&m_mutex);
    return m_enabled;
}

bool StepGate::isHolding() const
{
    QMutexLocker lock(&m_mutex);
    return m_held > 0;
}

void StepGate::hold(const QString &next)
{
    QMutexLocker lock(&m_mutex);
    if (!m_enabled)
        return;
    const quint64 ticket = m_generation;
    ++m_held;
    QMetaObject::invokeMethod(this, [this, next] { emit waiting(next); }, Qt::QueuedConnection);
    while (m_enabled && m_generation == ticket)
        m_moved.wait(&m_mutex);
    --m_held;
}

void StepGate::next()
{
    {
        QMutexLocker lock(&m_mutex);
        ++m_generation;
        m_moved.wakeAll();
    }
    emit released();
}
