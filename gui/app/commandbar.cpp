#include "gui/app/commandbar.h"

#include "base/shellwords.h"
#include "gui/app/commandjob.h"
#include "gui/app/commandplan.h"
#include "gui/widgets/screenheight.h"

#include <QAction>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextCursor>
#include <QToolButton>
#include <QVBoxLayout>

CommandBar::CommandBar(const porthole::StorePaths &paths, std::function<porthole::RunStepObserver()> makeRunSteps, QWidget *parent)
    : QWidget(parent), m_paths(paths), m_makeRunSteps(std::move(makeRunSteps)), m_line(new QLineEdit(this)), m_stop(new QToolButton(this)),
      m_output(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("commandBarPane"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    // Type the tutorial's commands as written.
    m_line->setObjectName(QStringLiteral("commandBar"));
    m_line->setPlaceholderText(tr("Type a command, e.g. docker create -it --name=busybox busybox, docker ps -a, docker rm -f busybox"));
    m_line->setClearButtonEnabled(true);
    m_stop->setObjectName(QStringLiteral("commandStop"));
    m_stop->setText(tr("Stop"));
    m_stop->setToolTip(tr("Stop following the command: logs -f and wait end; an attached run detaches and its container keeps running"));
    m_stop->setEnabled(false);
    connect(m_stop, &QToolButton::clicked, this, &CommandBar::stop);
    m_output->setObjectName(QStringLiteral("commandOutput"));
    m_output->setReadOnly(true);
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_output->setMaximumBlockCount(5000);
    m_output->setMinimumHeight(outputHeight(2)); // at 800×600 the splitter gives way to two lines
    m_output->setPlaceholderText(tr("What the commands print shows here. Drag the bar above to make it taller."));
    connect(m_line, &QLineEdit::returnPressed, this, [this] {
        const QString line = m_line->text().trimmed();
        if (!line.isEmpty())
            run(line);
    });
    auto *focus = new QAction(this);
    focus->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(focus, &QAction::triggered, m_line, [this] { m_line->setFocus(); });
    addAction(focus);
    auto *row = new QHBoxLayout;
    row->addWidget(m_line, 1);
    row->addWidget(m_stop);
    layout->addLayout(row);
    layout->addWidget(m_output, 1);
}

// The pane's height for that many lines of output.
int CommandBar::outputHeight(int lines) const
{
    return QFontMetrics(m_output->font()).lineSpacing() * lines + 2 * m_output->frameWidth() + 8;
}

// The line and five lines of output, three on a low screen, two below
// 700 px (800×600: the diagram needs the height), until the user drags the
// bar above.
QSize CommandBar::sizeHint() const
{
    const int lines = onLowScreen(this) ? 2 : shownScreenHeight(this) < 800 ? 3 : 5;
    return {QWidget::sizeHint().width(), m_line->sizeHint().height() + layout()->spacing() + outputHeight(lines)};
}

void CommandBar::append(const QString &text, bool isError)
{
    Q_UNUSED(isError);
    // Follows new output unless the user scrolled up to read.
    QScrollBar *bar = m_output->verticalScrollBar();
    const bool following = bar->value() >= bar->maximum() - 2;
    const int kept = bar->value();
    QTextCursor end(m_output->document());
    end.movePosition(QTextCursor::End);
    end.insertText(text);
    bar->setValue(following ? bar->maximum() : kept);
}

void CommandBar::say(const QString &text)
{
    append(text.endsWith(QLatin1Char('\n')) ? text : text + QLatin1Char('\n'));
}

void CommandBar::run(const QString &line)
{
    append(QStringLiteral("$ ") + line + QLatin1Char('\n'));
    m_line->clear();
    auto words = porthole::splitShellWords(line);
    if (!words) {
        say(tr("Error: %1").arg(words.error().message));
        emit finished(125, words.error().message);
        return;
    }
    const CommandPlan plan = planCommand(*words, m_paths);
    switch (plan.kind) {
    case CommandPlan::Kind::Refuse:
        say(plan.message);
        emit finished(127, plan.message);
        return;
    case CommandPlan::Kind::CreateThenAttach:
        createThenAttach(plan, line);
        return;
    case CommandPlan::Kind::Console:
        openConsole(plan);
        done(plan.verb, plan.words, 0, QString());
        return;
    case CommandPlan::Kind::Run:
        runJob(plan, line);
        return;
    }
}

void CommandBar::runJob(const CommandPlan &plan, const QString &line)
{
    Q_UNUSED(line);
    auto *job = new CommandJob({plan.words, plan.streams, plan.discardsOutput, m_makeRunSteps ? m_makeRunSteps() : porthole::RunStepObserver()}, this);
    m_job = job;
    m_line->setEnabled(false);
    m_stop->setEnabled(true);
    const QString program = plan.program;
    connect(job, &CommandJob::output, this, [this, job, program](const QString &text, bool isError) {
        job->setProperty("printed", true);
        if (job == m_job)
            append(asTyped(text, program), isError);
    });
    connect(job, &CommandJob::finished, this, [this, job, plan](int code, const QString &output) {
        job->deleteLater();
        job->setProperty("ending", true);
        if (job == m_job)
            sayHowItEnded(code, job->property("printed").toBool() || plan.discardsOutput);
        done(plan.verb, plan.words, code, output);
    });
    job->start();
}

// As a shell's prompt would tell: a command that printed nothing has ended
// all the same, and a failure has its exit code.
void CommandBar::sayHowItEnded(int exitCode, bool printed)
{
    if (exitCode != 0)
        say(tr("(exit code %1)").arg(exitCode));
    else if (!printed)
        say(tr("(no output)"));
}

// run -it: create (its steps light up), then a console that attaches and
// starts it, so nothing it prints is missed.
void CommandBar::createThenAttach(const CommandPlan &plan, const QString &line)
{
    say(tr("run -it is create + start: %1, then an attach console that starts it (Consoles tab)").arg(plan.createLine));
    auto *job = new CommandJob({plan.createWords, false, false, m_makeRunSteps ? m_makeRunSteps() : porthole::RunStepObserver()}, this);
    m_job = job;
    m_line->setEnabled(false);
    connect(job, &CommandJob::finished, this, [this, job, plan, line](int code, const QString &output) {
        job->deleteLater();
        job->setProperty("ending", true);
        if (code != 0) {
            append(asTyped(output, plan.program), true);
        } else {
            ConsoleRequest console = plan.console;
            console.container = output.trimmed();
            console.commandLine = line;
            emit consoleRequested(console);
            say(tr("Container %1 created; its console attaches, then starts it. Ctrl+P Ctrl+Q detaches and leaves it running.")
                    .arg(console.container.left(12)));
        }
        done(plan.verb, plan.words, code, output);
    });
    job->start();
}

void CommandBar::openConsole(const CommandPlan &plan)
{
    emit consoleRequested(plan.console);
    switch (plan.console.kind) {
    case ConsoleRequest::Kind::Exec:
        say(tr("exec -it runs %1 on a terminal of its own: an exec console opens (Consoles tab).")
                .arg(plan.console.exec.command.isEmpty() ? tr("a shell") : plan.console.exec.command.join(QLatin1Char(' '))));
        return;
    case ConsoleRequest::Kind::Attach:
        say(plan.console.startFirst ? tr("start -a: an attach console opens and starts %1 (Consoles tab).").arg(plan.console.container)
                                    : tr("attach joins the main process of %1: an attach console opens (Consoles tab). Ctrl+P Ctrl+Q detaches.")
                                          .arg(plan.console.container));
        return;
    case ConsoleRequest::Kind::Nsenter:
        return;
    }
}

void CommandBar::done(const QString &verb, const QStringList &words, int exitCode, const QString &output)
{
    if (!m_line->isEnabled() && (!m_job || m_job->property("ending").toBool())) {
        m_line->setEnabled(true);
        m_stop->setEnabled(false);
        m_line->setFocus();
    }
    // The views follow the store on their own (events journal, tag index).
    emit commandRan(verb, words, exitCode);
    emit finished(exitCode, output);
}

void CommandBar::stop()
{
    if (!m_job)
        return;
    m_job->cancel();
    say(tr("Stopped following it."));
    m_job = nullptr; // what it still prints is not shown
    m_line->setEnabled(true);
    m_stop->setEnabled(false);
    m_line->setFocus();
}
