#pragma once
// Progress of a long transfer (export, import, save, load) in the status
// bar: bytes, rate and time left, with Cancel. The worker only stores the
// byte count; a 100 ms timer on the UI thread shows it, so a fast transfer
// never floods the UI thread with updates.
#include "base/progress.h"

#include <QWidget>
#include <QElapsedTimer>
#include <atomic>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

class TransferPanel : public QWidget {
    Q_OBJECT
public:
    explicit TransferPanel(QWidget *parent = nullptr);

    // Starts showing a transfer; total 0 when unknown. The Progress goes to
    // the worker; Cancel cancels it.
    std::shared_ptr<porthole::Progress> begin(const QString &title, qint64 totalBytes);
    void end();
    bool isActive() const { return m_progress != nullptr; }
    QString text() const;

    // "12.3MB of 200MB · 45.6MB/s · 4 s left" (pure).
    static QString describe(qint64 bytes, qint64 total, double seconds);

private:
    void update();
    std::shared_ptr<porthole::Progress> m_progress;
    std::shared_ptr<std::atomic<qint64>> m_bytes;
    qint64 m_total = 0;
    QString m_title;
    QElapsedTimer m_clock;
    QLabel *m_label;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
    QTimer *m_timer;
};
