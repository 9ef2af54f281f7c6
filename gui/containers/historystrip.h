#pragma once
// A strip of the selected container's past events, oldest left: the time
// and what happened (create, start, network connect, pause, die 137, ...).
#include "base/events.h"

#include <QListWidget>

class HistoryStrip : public QListWidget {
    Q_OBJECT
public:
    explicit HistoryStrip(QWidget *parent = nullptr);
    void setEvents(const QList<porthole::Event> &events);
    QStringList texts() const; // for tests: "start", "die (exit 0)", ...

    // The label of one event, e.g. "die (exit 137)" or "network connect 10.89.0.2".
    static QString describe(const porthole::Event &event);
    static QString actionWord(const QString &action); // "connect" -> "连接" in Chinese

protected:
    void wheelEvent(QWheelEvent *event) override;
};
