#pragma once
// The writable layer of the container on show, measured as `ps --size`
// (its bytes) and `diff` (its changes) measure it, on a worker: when it is
// shown, and every two seconds while it is on show — a shell in the
// container writes files that leave no event in the journal.
#include "gui/app/sharedengine.h"

#include <QObject>

class QTimer;

class WritableLayerWatch : public QObject {
    Q_OBJECT
public:
    WritableLayerWatch(const SharedEngine &engine, QObject *parent = nullptr);

    void setContainer(const QString &id); // "" for none
    void setActive(bool on);              // measured while on show only
    void measureNow();

signals:
    void measured(const QString &id, qint64 bytes, int changes);

private:
    SharedEngine m_engine;
    QTimer *m_timer;
    QString m_id;
    bool m_measuring = false;
};
