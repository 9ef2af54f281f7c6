#include "gui/app/commandbar.h"

#include "base/shellwords.h"
#include "cli/commands.h"
#include "gui/app/backgroundwork.h"

#include <QAction>
#include <QFontDatabase>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace {

struct CommandOutcome {
    int exitCode = 0;
    QString output;
};

// The words with the window's store, unless the line names one; "docker"
// or "porthole" in front is dropped.
QStringList withStore(QStringList words, const porthole::StorePaths &paths)
{
    if (words.contains(QStringLiteral("--root")))
        return words;
    const QString program = words.value(0);
    if (program == QLatin1String("docker") || program == QLatin1String("porthole") || program == QLatin1String("podman"))
        words.removeFirst();
    return QStringList{QStringLiteral("--root"), paths.root, QStringLiteral("--runroot"), paths.runRoot} + words;
}

} // namespace

CommandBar::CommandBar(const porthole::StorePaths &paths, porthole::RunStepObserver runSteps, QWidget *parent)
    : QWidget(parent), m_paths(paths), m_runSteps(std::move(runSteps)), m_line(new QLineEdit(this)), m_output(new QPlainTextEdit(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    // Type the tutorial's commands as written.
    m_line->setObjectName(QStringLiteral("commandBar"));
    m_line->setPlaceholderText(tr("Type a command, e.g. docker create -it --name=busybox busybox, docker ps -a, docker rm -f busybox"));
    m_line->setClearButtonEnabled(true);
    m_output->setObjectName(QStringLiteral("commandOutput"));
    m_output->setReadOnly(true);
    m_output->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_output->setMaximumBlockCount(2000);
    m_output->setFixedHeight(80);
    connect(m_line, &QLineEdit::returnPressed, this, [this] {
        const QString line = m_line->text().trimmed();
        if (!line.isEmpty())
            run(line);
    });
    auto *focus = new QAction(this);
    focus->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(focus, &QAction::triggered, m_line, [this] { m_line->setFocus(); });
    addAction(focus);
    layout->addWidget(m_line);
    layout->addWidget(m_output);
}

void CommandBar::run(const QString &line)
{
    auto words = porthole::splitShellWords(line);
    if (!words) {
        m_output->appendPlainText(QStringLiteral("$ ") + line + QLatin1Char('\n') + tr("Error: %1").arg(words.error().message));
        emit finished(125, words.error().message);
        return;
    }
    m_line->setEnabled(false);
    m_output->appendPlainText(QStringLiteral("$ ") + line);
    const QStringList args = withStore(*words, m_paths);
    const porthole::RunStepObserver steps = m_runSteps;
    runInBackground(this, [args, steps] {
        QString output;
        porthole::CommandIo io;
        io.out = [&output](const QString &text) { output += text; };
        io.err = [&output](const QString &text) { output += text; };
        io.runStep = steps; // `docker run` typed here lights the steps too
        const int code = porthole::runCommand(args, io); // no terminal: attach/exec say so
        return CommandOutcome{code, output};
    }, [this](const CommandOutcome &outcome) {
        if (!outcome.output.isEmpty())
            m_output->appendPlainText(outcome.output.endsWith(QLatin1Char('\n')) ? outcome.output.chopped(1) : outcome.output);
        m_line->setEnabled(true);
        m_line->clear();
        m_line->setFocus();
        // The views follow the store on their own (events journal, tag index).
        emit finished(outcome.exitCode, outcome.output);
    });
}
