#include "gui/containers/lifecyclepane.h"

#include "gui/containers/historystrip.h"
#include "gui/containers/lifecyclediagram.h"
#include "gui/containers/runstepsview.h"
#include "gui/containers/textsizedindicators.h"

#include <QApplication>
#include <QCheckBox>
#include <QGridLayout>
#include <QPushButton>
#include <QClipboard>
#include <QLabel>
#include <QProgressBar>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

const QString kExplanationSeparator = QStringLiteral("  —  ");

} // namespace

LifecyclePane::LifecyclePane(QWidget *parent)
    : QWidget(parent), m_diagram(new LifecycleDiagram(this)), m_diagramArea(new QScrollArea(this)), m_runSteps(new RunStepsView(this)), m_history(new HistoryStrip(this)),
      m_commandLine(new QLabel(tr("Select a container to see its lifecycle. Click a command to run it."), this)),
      m_stopCountdown(new QProgressBar(this)), m_stopWait(new QSpinBox(this)), m_countdownTimer(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *pictures = m_pictures = new QHBoxLayout;
    m_diagramArea->setObjectName(QStringLiteral("diagramArea"));
    m_diagramArea->setFrameShape(QFrame::NoFrame);
    m_diagramArea->setBackgroundRole(QPalette::Window);
    m_diagramArea->viewport()->setAutoFillBackground(false); // the pane's own background, as before the scroll area
    m_diagramArea->setWidget(m_diagram);
    m_diagram->setAutoFillBackground(false); // setWidget turned it on
    m_diagramArea->setAlignment(Qt::AlignCenter);
    m_diagramArea->viewport()->installEventFilter(this);
    connect(m_diagram, &LifecycleDiagram::zoomRequested, this, &LifecyclePane::zoomBy);
    applyZoom();
    pictures->addWidget(m_diagramArea, 3);
    pictures->addWidget(buildStepsPanel(), 2);
    fitDiagramWidth();
    layout->addLayout(pictures, 1);
    layout->addWidget(m_history); // what happened, one line under both
    // The command each click runs, as the CLI would take it, copyable.
    auto *commandRow = new QHBoxLayout;
    m_commandLine->setObjectName(QStringLiteral("commandLine"));
    m_commandLine->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_commandLine->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // a long line is cut, not the window widened (Copy takes it whole)
    auto *copy = new QToolButton(this);
    copy->setObjectName(QStringLiteral("copyCommand"));
    copy->setText(tr("Copy"));
    copy->setToolTip(tr("Copy the command line"));
    connect(copy, &QToolButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_commandLine->text().section(kExplanationSeparator, 0, 0)); });
    commandRow->addWidget(m_commandLine, 1);
    // The seed's stop, step by step (SIGTERM sent, the wait, then SIGKILL),
    // in the command line's place while it lasts: the diagram keeps the
    // height of a row (at 800×600 it needs every one).
    m_stopCountdown->setObjectName(QStringLiteral("stopCountdown"));
    m_stopCountdown->setTextVisible(true);
    m_stopCountdown->hide();
    commandRow->addWidget(m_stopCountdown, 1);
    m_stopWait->setObjectName(QStringLiteral("stopSeconds"));
    m_stopWait->setRange(0, 3600);
    m_stopWait->setPrefix(tr("stop: SIGKILL after "));
    m_stopWait->setSuffix(tr(" s"));
    m_stopWait->setToolTip(tr("How long stop and restart wait for the process to end after SIGTERM (stop -t)"));
    commandRow->addWidget(m_stopWait);
    commandRow->addWidget(copy);
    layout->addLayout(commandRow);
    m_countdownTimer->setInterval(100);
    connect(m_countdownTimer, &QTimer::timeout, this, &LifecyclePane::showCountdown);
}

// Run's steps, and slow motion's controls that hold them. The steps wrap
// when the diagram needs the width, and scroll when the window is low
// (800×600) rather than being clipped.
QWidget *LifecyclePane::buildStepsPanel()
{
    auto *stepsArea = new QScrollArea(this);
    stepsArea->setObjectName(QStringLiteral("runStepsArea"));
    stepsArea->setFrameShape(QFrame::NoFrame);
    stepsArea->setWidgetResizable(true);
    stepsArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    stepsArea->setWidget(m_runSteps);
    stepsArea->setMinimumSize(m_runSteps->minimumSizeHint().width(), 80); // as narrow as before, lower
    m_stepsPanel = new QWidget(this);
    auto *stepsColumn = new QVBoxLayout(m_stepsPanel);
    stepsColumn->setContentsMargins(0, 0, 0, 0);
    stepsColumn->addWidget(stepsArea, 1);
    stepsColumn->addLayout(buildSlowMotionRow());
    return m_stepsPanel;
}

// Slow motion: run's steps and stop's SIGTERM -> wait -> SIGKILL one at a
// time, on Next or every 2 s.
QLayout *LifecyclePane::buildSlowMotionRow()
{
    m_largeIndicators = new TextSizedIndicators; // for presentation mode
    m_largeIndicators->setParent(this);
    m_slowMotion = new QCheckBox(tr("Slow motion"), this);
    m_slowMotion->setObjectName(QStringLiteral("slowMotion"));
    m_slowMotion->setToolTip(tr("The engine waits before each step of run and stop until you press Next, so you can explain it"));
    m_autoNext = new QCheckBox(tr("Next every 2 s"), this);
    m_autoNext->setObjectName(QStringLiteral("autoNext"));
    m_next = new QPushButton(tr("Next"), this);
    m_next->setObjectName(QStringLiteral("nextStep"));
    m_next->setEnabled(false);
    m_held = new QLabel(this);
    m_held->setObjectName(QStringLiteral("heldStep"));
    m_autoTimer = new QTimer(this);
    m_autoTimer->setSingleShot(true);
    m_autoTimer->setInterval(2000);
    connect(m_autoTimer, &QTimer::timeout, this, &LifecyclePane::nextRequested);
    connect(m_next, &QPushButton::clicked, this, &LifecyclePane::nextRequested);
    connect(m_slowMotion, &QCheckBox::toggled, this, [this](bool on) {
        m_autoNext->setEnabled(on);
        if (!on)
            showReleased();
        emit slowMotionToggled(on);
    });
    m_autoNext->setEnabled(false);
    m_held->setWordWrap(true);
    auto *row = new QGridLayout;
    row->addWidget(m_slowMotion, 0, 0);
    row->addWidget(m_autoNext, 0, 1);
    row->addWidget(m_next, 1, 0);
    row->addWidget(m_held, 1, 1);
    row->setColumnStretch(1, 1);
    return row;
}

void LifecyclePane::showHeld(const QString &next)
{
    m_held->setText(next);
    m_next->setEnabled(true);
    if (m_autoNext->isChecked())
        m_autoTimer->start();
}

void LifecyclePane::restartStopCountdown()
{
    if (m_countdownTimer->isActive())
        m_stopClock.restart();
}

void LifecyclePane::showReleased()
{
    m_held->clear();
    m_next->setEnabled(false);
    m_autoTimer->stop();
}

void LifecyclePane::zoomBy(int steps)
{
    m_zoom = steps == 0 ? 1.0 : std::clamp(m_zoom + 0.25 * steps, 1.0, 4.0);
    applyZoom();
}

void LifecyclePane::showCountdownInsteadOfCommand(bool countdown)
{
    m_commandLine->setVisible(!countdown);
    m_stopCountdown->setVisible(countdown);
}

// Fitted (zoom 1) the diagram follows its place; larger, it is that many
// times the place and scrolls.
void LifecyclePane::applyZoom()
{
    const bool fitted = m_zoom <= 1.0;
    m_diagramArea->setWidgetResizable(fitted);
    // Squeezed (800×600 with the lesson beside it) the diagram keeps its readable size and scrolls.
    m_diagramArea->setMinimumSize(240, 100);
    if (!fitted)
        m_diagram->resize((QSizeF(m_diagramArea->viewport()->size()) * m_zoom).toSize());
}

// The steps give up width to the diagram, down to their own least: the
// diagram gets its readable width (no scroll bar) whenever the pane has it;
// squeezed further (the lesson beside it) it keeps 240 px and scrolls. A
// limit on the steps, not a minimum on the diagram: the window never grows.
void LifecyclePane::fitDiagramWidth()
{
    if (!m_stepsPanel || !layout())
        return;
    const QMargins margins = layout()->contentsMargins();
    const int readable = m_diagram->minimumSizeHint().width() + 2 * m_diagramArea->frameWidth()
                         + m_diagramArea->verticalScrollBar()->sizeHint().width(); // low, it scrolls up and down
    const int left = width() - margins.left() - margins.right() - m_pictures->spacing() - readable;
    m_stepsPanel->setMaximumWidth(std::max(m_stepsPanel->minimumSizeHint().width(), left));
}

void LifecyclePane::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitDiagramWidth();
}

bool LifecyclePane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_diagramArea->viewport() && event->type() == QEvent::Resize && m_zoom > 1.0)
        applyZoom();
    return QWidget::eventFilter(watched, event);
}

void LifecyclePane::setPresentation(bool on)
{
    m_presenting = on;
    setAutoFillBackground(on);
    m_pictures->setStretch(0, on ? 5 : 3); // the diagram takes most of the screen
    m_diagram->setLeastLabelPixels(on ? 28 : 11); // commands read from the back of the room
    m_history->setVisible(!on);
    for (QCheckBox *box : {m_slowMotion, m_autoNext}) // their boxes grow with the text
        box->setStyle(on ? m_largeIndicators : nullptr);
    if (!on) {
        setPalette(QPalette());
        setFont(QFont());
        return;
    }
    QPalette contrast;
    for (auto role : {QPalette::Window, QPalette::Base, QPalette::AlternateBase})
        contrast.setColor(role, Qt::white);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        contrast.setColor(role, Qt::black);
    contrast.setColor(QPalette::Button, QColor(0xe6, 0xe6, 0xe6));
    contrast.setColor(QPalette::Highlight, QColor(0x00, 0x4a, 0x99));
    contrast.setColor(QPalette::HighlightedText, Qt::white);
    contrast.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x59, 0x59, 0x59)); // 7:1 on white
    setPalette(contrast);
    QFont large = QApplication::font();
    large.setPointSizeF(large.pointSizeF() * 2);
    setFont(large);
}

void LifecyclePane::showContainer(const porthole::ContainerRecord &record)
{
    if (record.config.id != m_shownId)
        m_stopWait->setValue(record.config.stopTimeout);
    m_shownId = record.config.id;
    m_shown = record;
    showSteps();
}

void LifecyclePane::showNoContainer()
{
    m_shownId.clear();
    m_shown.reset();
    showSteps();
}

// What a container's state says happened, for one the window saw no steps of:
// create found the image and made the container (its writable layer is an
// empty directory); start mounted that layer, took an address and ran the
// command, undone again when the process ended. A container that ran and
// ended shows all five, as the window that watched its run does.
LifecyclePane::Steps LifecyclePane::impliedSteps(const porthole::ContainerRecord &record)
{
    Steps steps;
    steps.done[int(porthole::RunStep::FindImage)] = record.config.image;
    steps.done[int(porthole::RunStep::CreateContainer)] = QStringLiteral("%1 (%2)").arg(record.config.name, record.shortId());
    if (record.state.state == porthole::ContainerState::Exited && record.state.startedAt.isValid()) {
        steps.done[int(porthole::RunStep::AddWritableLayer)] = tr("overlayfs, unmounted");
        steps.done[int(porthole::RunStep::AllocateAddress)] = tr("address released");
        steps.done[int(porthole::RunStep::StartCommand)] = tr("exited with code %1").arg(record.state.exitCode);
        return steps;
    }
    if (!record.state.isLive())
        return steps;
    steps.done[int(porthole::RunStep::AddWritableLayer)] = tr("overlayfs");
    const porthole::ContainerNetworkState &net = record.state.network;
    steps.done[int(porthole::RunStep::AllocateAddress)] = net.address.isEmpty() ? tr("no network") : QStringLiteral("%1 ← %2").arg(net.address, net.network);
    steps.done[int(porthole::RunStep::StartCommand)] = QStringLiteral("pid %1").arg(record.state.pid);
    return steps;
}

void LifecyclePane::showSteps()
{
    Steps steps;
    if (m_shown) {
        const Steps seen = m_steps.value(m_shownId);
        steps = seen.seen ? seen : impliedSteps(*m_shown);
        steps.caption = seen.caption;
    } else if (m_pending)
        steps = *m_pending;
    m_runSteps->reset();
    for (int i = 0; i < steps.done.size(); ++i)
        if (steps.done.at(i))
            m_runSteps->markDone(porthole::RunStep(i), *steps.done.at(i));
    if (!steps.failed.isEmpty())
        m_runSteps->markFailed(steps.failed);
    if (!steps.caption.isEmpty())
        m_commandLine->setText(steps.caption);
    else if (m_shown)
        m_commandLine->setText(tr("%1: click a command in the diagram to run it.").arg(m_shown->config.name));
    else
        m_commandLine->setText(tr("Select a container to see its lifecycle. Click a command to run it."));
    showCountdownInsteadOfCommand(m_countdownTimer->isActive() && m_stopping.contains(m_shownId));
}

void LifecyclePane::showCommand(const QString &containerId, const QString &commandLine)
{
    m_steps[containerId].caption = commandLine;
    if (containerId == m_shownId)
        showSteps();
}

void LifecyclePane::beginRun(const QString &commandLine)
{
    m_pending = Steps{};
    m_pending->caption = commandLine;
    showSteps();
}

void LifecyclePane::showRunStep(porthole::RunStep step, const QString &detail, const QString &containerId)
{
    const int index = int(step);
    if (containerId.isEmpty()) { // the image is looked for: the container is not made yet
        if (!m_pending || m_pending->done.at(index))
            m_pending = Steps{};
        m_pending->done[index] = detail;
        m_pending->seen = true;
    } else if (step == porthole::RunStep::CreateContainer) { // the run's container now exists
        Steps made = m_pending.value_or(Steps{});
        m_pending.reset();
        made.done[index] = detail;
        made.seen = true;
        m_steps.insert(containerId, made);
    } else {
        Steps &steps = m_steps[containerId];
        if (!steps.seen || steps.done.at(index) || !steps.failed.isEmpty()) { // a start (again): create's two stay
            const QString caption = steps.caption;
            if (!steps.seen && m_shown && m_shownId == containerId)
                steps = impliedSteps(*m_shown);
            else if (!steps.seen) // it exists: it was created
                steps.done[int(porthole::RunStep::FindImage)] = steps.done[int(porthole::RunStep::CreateContainer)] = QString();
            steps.failed.clear();
            steps.caption = caption;
            for (int later = index; later < porthole::kRunStepCount; ++later)
                steps.done[later].reset();
        }
        steps.done[index] = detail;
        steps.seen = true;
    }
    showSteps();
}

void LifecyclePane::showRunFailed(const QString &containerId, const QString &message)
{
    if (containerId.isEmpty() && m_pending)
        m_pending->failed = message;
    else if (!containerId.isEmpty())
        m_steps[containerId].failed = message;
    showSteps();
}

int LifecyclePane::stopSeconds() const
{
    return m_stopWait->value();
}

void LifecyclePane::startStopCountdown(const QStringList &containerIds, int seconds)
{
    m_stopping = containerIds;
    m_stopSeconds = seconds;
    m_stopClock.start();
    m_stopCountdown->setRange(0, std::max(1, seconds * 1000));
    m_stopCountdown->setValue(seconds * 1000);
    m_stopCountdown->setFormat(tr("SIGTERM sent: %1 s left before SIGKILL").arg(seconds));
    m_countdownTimer->start();
    showCountdownInsteadOfCommand(m_stopping.contains(m_shownId));
}

void LifecyclePane::showCountdown()
{
    const qint64 left = std::max<qint64>(0, m_stopSeconds * 1000 - m_stopClock.elapsed());
    m_stopCountdown->setValue(int(left));
    m_stopCountdown->setFormat(left > 0 ? tr("SIGTERM sent: %1 s left before SIGKILL").arg((left + 999) / 1000)
                                        : tr("Timeout reached: SIGKILL sent"));
}

void LifecyclePane::finishStopCountdown(const QStringList &containerIds, const QString &commandLine)
{
    m_countdownTimer->stop();
    m_stopping.clear();
    const bool killed = m_stopClock.elapsed() >= m_stopSeconds * 1000;
    const QString said = commandLine + kExplanationSeparator
                         + (killed ? tr("the process ignored SIGTERM for %1 s, so SIGKILL ended it").arg(m_stopSeconds)
                                   : tr("the process ended on SIGTERM"));
    for (const QString &id : containerIds)
        m_steps[id].caption = said;
    showSteps();
}
