#pragma once
// Slow motion: the engine's steps (run's five, stop's SIGTERM -> wait ->
// SIGKILL) held one at a time so a teacher can tell them. The engine calls
// hold() from its thread after each step it reports; while slow motion is
// on, hold() says what comes next and waits for next(). The engine still
// does the real work, in order: only the next call waits. Turning slow
// motion off lets everything held go on.
#include <QMutex>
#include <QObject>
#include <QWaitCondition>

class StepGate : public QObject {
    Q_OBJECT
public:
    StepGate() = default;
    ~StepGate() override { setEnabled(false); }

    void setEnabled(bool on);
    bool isEnabled() const;
    bool isHolding() const;
    // On an engine thread: returns at once unless slow motion is on;
    // otherwise emits waiting(next) and returns after next() (or off).
    void hold(const QString &next);

public slots:
    void next();

signals:
    void waiting(const QString &next); // on the GUI thread
    void released();

private:
    mutable QMutex m_mutex;
    QWaitCondition m_moved;
    bool m_enabled = false;
    int m_held = 0;
    quint64 m_generation = 0;
};
