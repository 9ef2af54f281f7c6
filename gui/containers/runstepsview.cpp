#include "gui/containers/runstepsview.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>

RunStepsView::RunStepsView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("runSteps"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(4, 4, 4, 4);
    auto *title = new QLabel(tr("<b>run = create + start</b>"), this);
    grid->addWidget(title, 0, 0, 1, 3);
    QStringList steps;
    for (int i = 0; i < porthole::kRunStepCount; ++i)
        steps.append(stepName(porthole::RunStep(i)));
    for (int i = 0; i < steps.size(); ++i) {
        auto *mark = new QLabel(this);
        mark->setFixedSize(markSize(), markSize());
        mark->setAlignment(Qt::AlignCenter);
        auto *name = new QLabel(QStringLiteral("%1. %2").arg(i + 1).arg(steps.at(i)), this);
        name->setWordWrap(true);
        name->setMinimumWidth(120);
        auto *detail = new QLabel(this);
        detail->setWordWrap(true);
        detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
        detail->setObjectName(QStringLiteral("runStepDetail%1").arg(i));
        grid->addWidget(mark, i + 1, 0, Qt::AlignTop);
        grid->addWidget(name, i + 1, 1);
        grid->addWidget(detail, i + 1, 2);
        m_marks.append(mark);
        m_details.append(detail);
    }
    grid->setColumnStretch(1, 2);
    grid->setColumnStretch(2, 1);
    grid->setRowStretch(int(steps.size()) + 1, 1);
    reset();
}

int RunStepsView::markSize() const
{
    return fontMetrics().height() + 6;
}

// Larger text (presentation), larger marks.
void RunStepsView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::FontChange)
        return;
    for (int i = 0; i < m_marks.size(); ++i) {
        m_marks.at(i)->setFixedSize(markSize(), markSize());
        paintStep(i, i == m_failedAt ? Mark::Failed : m_details.at(i)->property("done").toBool() ? Mark::Done : Mark::Waiting);
    }
}

void RunStepsView::paintStep(int index, Mark mark)
{
    QLabel *label = m_marks.at(index);
    const QPalette &pal = palette();
    if (mark == Mark::Done) {
        label->setText(QStringLiteral("✔"));
        label->setStyleSheet(QStringLiteral("color: white; background: %1; border-radius: %2px;").arg(pal.color(QPalette::Highlight).name()).arg(markSize() / 2));
    } else if (mark == Mark::Failed) {
        label->setText(QStringLiteral("✘"));
        label->setStyleSheet(QStringLiteral("color: white; background: #c0392b; border-radius: %1px;").arg(markSize() / 2));
    } else {
        label->setText(QStringLiteral("○"));
        label->setStyleSheet(QStringLiteral("color: %1;").arg(pal.color(QPalette::Disabled, QPalette::WindowText).name()));
    }
}

QString RunStepsView::stepName(porthole::RunStep step)
{
    switch (step) {
    case porthole::RunStep::FindImage: return tr("Look for the image locally");
    case porthole::RunStep::CreateContainer: return tr("Create the container");
    case porthole::RunStep::AddWritableLayer: return tr("Add a writable layer over the read-only image layers");
    case porthole::RunStep::AllocateAddress: return tr("Take an IP from the pool");
    case porthole::RunStep::StartCommand: return tr("Start the command");
    }
    return {};
}

void RunStepsView::reset()
{
    m_done = 0;
    m_failedAt = -1;
    for (int i = 0; i < m_marks.size(); ++i) {
        paintStep(i, Mark::Waiting);
        m_details.at(i)->clear();
        m_details.at(i)->setProperty("done", false);
    }
}

void RunStepsView::markDone(porthole::RunStep step, const QString &detail)
{
    const int index = int(step);
    paintStep(index, Mark::Done);
    m_details.at(index)->setText(detail);
    m_details.at(index)->setProperty("done", true);
    m_done = std::max(m_done, index + 1);
}

void RunStepsView::markFailed(const QString &message)
{
    if (m_done >= m_marks.size())
        return;
    m_failedAt = m_done;
    paintStep(m_done, Mark::Failed);
    m_details.at(m_done)->setText(message);
}

QString RunStepsView::detailOf(porthole::RunStep step) const
{
    return m_details.at(int(step))->text();
}
