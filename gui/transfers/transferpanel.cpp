#include "gui/transfers/transferpanel.h"

#include "base/humanize.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>

TransferPanel::TransferPanel(QWidget *parent)
    : QWidget(parent), m_label(new QLabel(this)), m_bar(new QProgressBar(this)), m_cancel(new QPushButton(tr("Cancel"), this)),
      m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("transferPanel"));
    m_cancel->setObjectName(QStringLiteral("transferCancel"));
    m_bar->setMaximumWidth(220);
    m_bar->setTextVisible(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    m_timer->setInterval(100);
    connect(m_timer, &QTimer::timeout, this, &TransferPanel::update);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_progress)
            m_progress->cancel();
        m_cancel->setEnabled(false);
        m_label->setText(tr("%1: cancelling…").arg(m_title));
    });
    hide();
}

std::shared_ptr<porthole::Progress> TransferPanel::begin(const QString &title, qint64 totalBytes)
{
    m_title = title;
    m_total = totalBytes;
    m_bytes = std::make_shared<std::atomic<qint64>>(0);
    m_progress = std::make_shared<porthole::Progress>([bytes = m_bytes](qint64 done, qint64) { bytes->store(done); });
    m_clock.start();
    m_bar->setRange(0, totalBytes > 0 ? 1000 : 0);
    m_cancel->setEnabled(true);
    update();
    show();
    m_timer->start();
    return m_progress;
}

void TransferPanel::end()
{
    m_timer->stop();
    m_progress.reset();
    hide();
}

QString TransferPanel::text() const
{
    return m_label->text();
}

QString TransferPanel::describe(qint64 bytes, qint64 total, double seconds)
{
    QString text = total > 0 ? tr("%1 of %2").arg(porthole::humanSize(bytes), porthole::humanSize(total)) : porthole::humanSize(bytes);
    if (seconds > 0.2 && bytes > 0) {
        const double rate = bytes / seconds;
        text += QStringLiteral(" · ") + tr("%1/s").arg(porthole::humanSize(qint64(rate)));
        if (total > bytes)
            text += QStringLiteral(" · ") + tr("%1 s left").arg(qint64((total - bytes) / rate + 0.999));
    }
    return text;
}

void TransferPanel::update()
{
    if (!m_progress)
        return;
    const qint64 bytes = m_bytes->load();
    if (m_total > 0)
        m_bar->setValue(int(std::min<qint64>(1000, bytes * 1000 / m_total)));
    if (m_cancel->isEnabled())
        m_label->setText(m_title + QStringLiteral(": ") + describe(bytes, m_total, m_clock.elapsed() / 1000.0));
}
