#pragma once
// What the window benchmarks measure the UI thread with: the longest gap
// between two ticks of a 1 ms timer beyond its interval (a stall), and a
// wait that keeps the event loop turning.
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>

namespace benchsupport {

class StallMeter : public QObject {
public:
    StallMeter();
    void start();
    qint64 stop(); // the longest stall in ms since start()

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
};

// Processes events until condition() holds; false after timeoutMs.
bool waitUntil(const std::function<bool()> &condition, int timeoutMs);

} // namespace benchsupport
