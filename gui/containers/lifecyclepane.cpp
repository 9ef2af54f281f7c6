#include "gui/containers/lifecyclepane.h"

#include "gui/containers/historystrip.h"
#include "gui/containers/lifecyclediagram.h"
#include "gui/containers/runstepsview.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QProgressBar>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

const QString kExplanationSeparator = QStringLiteral("  —  ");

} // namespace

LifecyclePane::LifecyclePane(QWidget *parent)
    : QWidget(parent), m_diagram(new LifecycleDiagram(this)), m_runSteps(new RunStepsView(this)), m_history(new HistoryStrip(this)),
      m_commandLine(new QLabel(tr("Select a container to see its lifecycle. Click a command to run it."), this)),
      m_stopCountdown(new QProgressBar(this)), m_countdownTimer(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *pictures = new QHBoxLayout;
    pictures->addWidget(m_diagram, 3);
    pictures->addWidget(m_runSteps, 2);
    layout->addLayout(pictures, 1);
    layout->addWidget(m_history);
    // The command each click runs, as the CLI would take it, copyable.
    auto *commandRow = new QHBoxLayout;
    m_commandLine->setObjectName(QStringLiteral("commandLine"));
    m_commandLine->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *copy = new QToolButton(this);
    copy->setObjectName(QStringLiteral("copyCommand"));
    copy->setText(tr("Copy"));
    copy->setToolTip(tr("Copy the command line"));
    connect(copy, &QToolButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_commandLine->text().section(kExplanationSeparator, 0, 0)); });
    commandRow->addWidget(m_commandLine, 1);
    commandRow->addWidget(copy);
    layout->addLayout(commandRow);
    // The seed's stop, step by step: SIGTERM sent, the wait, then SIGKILL.
    m_stopCountdown->setObjectName(QStringLiteral("stopCountdown"));
    m_stopCountdown->setTextVisible(true);
    m_stopCountdown->hide();
    layout->addWidget(m_stopCountdown);
    m_countdownTimer->setInterval(100);
    connect(m_countdownTimer, &QTimer::timeout, this, &LifecyclePane::showCountdown);
}

void LifecyclePane::showCommand(const QString &commandLine)
{
    m_commandLine->setText(commandLine);
}

void LifecyclePane::beginRun(const QString &commandLine)
{
    m_runSteps->reset();
    showCommand(commandLine);
}

void LifecyclePane::showRunStep(porthole::RunStep step, const QString &detail)
{
    // A new run or create starts from the top; a plain start from step 3.
    if (step == porthole::RunStep::FindImage || (step == porthole::RunStep::AddWritableLayer && m_runSteps->doneCount() != 2))
        m_runSteps->reset();
    m_runSteps->markDone(step, detail);
}

void LifecyclePane::showRunFailed(const QString &message)
{
    m_runSteps->markFailed(message);
}

void LifecyclePane::startStopCountdown(int seconds)
{
    m_stopSeconds = seconds;
    m_stopClock.start();
    m_stopCountdown->setRange(0, std::max(1, seconds * 1000));
    m_stopCountdown->setValue(seconds * 1000);
    m_stopCountdown->setFormat(tr("SIGTERM sent: %1 s left before SIGKILL").arg(seconds));
    m_stopCountdown->show();
    m_countdownTimer->start();
}

void LifecyclePane::showCountdown()
{
    const qint64 left = std::max<qint64>(0, m_stopSeconds * 1000 - m_stopClock.elapsed());
    m_stopCountdown->setValue(int(left));
    m_stopCountdown->setFormat(left > 0 ? tr("SIGTERM sent: %1 s left before SIGKILL").arg((left + 999) / 1000)
                                        : tr("Timeout reached: SIGKILL sent"));
}

void LifecyclePane::finishStopCountdown(const QString &commandLine)
{
    m_countdownTimer->stop();
    m_stopCountdown->hide();
    const bool killed = m_stopClock.elapsed() >= m_stopSeconds * 1000;
    m_commandLine->setText(commandLine + kExplanationSeparator
                           + (killed ? tr("the process ignored SIGTERM for %1 s, so SIGKILL ended it").arg(m_stopSeconds)
                                     : tr("the process ended on SIGTERM")));
}
