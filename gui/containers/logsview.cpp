#include "gui/containers/logsview.h"

#include "containers/containerstore.h"
#include "gui/app/backgroundwork.h"
#include "gui/terminal/terminalmodel.h"
#include "gui/terminal/terminalview.h"

#include <QCheckBox>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace {

constexpr int kMaxLines = 50000;

struct Chunk {
    QString path;
    QByteArray data;
    qint64 offset = 0;
};

} // namespace

LogsView::LogsView(const porthole::StorePaths &paths, QWidget *parent)
    : QWidget(parent), m_paths(paths), m_follow(new QCheckBox(tr("Follow"), this)), m_timestamps(new QCheckBox(tr("Timestamps"), this)),
      m_search(new QLineEdit(this)), m_text(new QPlainTextEdit(this)), m_screen(new TerminalModel(24, 80, 20000, this)),
      m_terminal(new TerminalView(m_screen, this)), m_views(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("logsView"));
    m_follow->setChecked(true);
    m_follow->setObjectName(QStringLiteral("logsFollow"));
    m_timestamps->setObjectName(QStringLiteral("logsTimestamps"));
    m_search->setObjectName(QStringLiteral("logsSearch"));
    m_search->setPlaceholderText(tr("Search the logs"));
    m_search->setClearButtonEnabled(true);
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setMaximumBlockCount(kMaxLines);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_follow);
    bar->addWidget(m_timestamps);
    bar->addStretch(1);
    bar->addWidget(m_search);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(bar);
    m_terminal->setObjectName(QStringLiteral("logsTerminal"));
    m_terminal->setFocusPolicy(Qt::ClickFocus); // what is typed here goes nowhere: the model's answers are not connected
    m_views->addWidget(m_text);
    m_views->addWidget(m_terminal);
    layout->addWidget(m_views, 1);
    connect(m_timestamps, &QCheckBox::toggled, this, &LogsView::render);
    connect(m_follow, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            readMore();
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] { find(m_search->text()); });
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, [this] {
        if (m_follow->isChecked())
            readMore();
    });
    // The container's directory too: the log is made when the container
    // starts, and conmon may put a fresh file in its place (a watch on the
    // old one would hear nothing more).
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] {
        if (!m_logPath.isEmpty() && !m_watcher.files().contains(m_logPath) && QFile::exists(m_logPath))
            m_watcher.addPath(m_logPath);
        if (m_logPath.isEmpty() || m_follow->isChecked())
            readMore();
    });
}

void LogsView::setContainer(const QString &id, bool tty)
{
    if (id == m_id) {
        if (m_logPath.isEmpty() && !id.isEmpty())
            readMore(); // created before: its log may exist now
        return;
    }
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    m_id = id;
    m_tty = tty;
    m_offset = 0;
    m_rest.clear();
    m_lines.clear();
    m_text->clear();
    m_screen->clear();
    m_views->setCurrentWidget(tty ? static_cast<QWidget *>(m_terminal) : m_text);
    m_timestamps->setEnabled(!tty);
    m_timestamps->setToolTip(tty ? tr("A terminal's output is shown as the terminal showed it, without timestamps") : QString());
    m_logPath.clear();
    if (!id.isEmpty())
        readMore();
}

void LogsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_id.isEmpty() && (m_logPath.isEmpty() || m_follow->isChecked()))
        readMore();
}

// The log when it exists, its directory from the first read on.
void LogsView::watch(const QString &logPath)
{
    if (m_watcher.directories().isEmpty()) {
        m_watcher.addPath(QFileInfo(logPath).absolutePath());
        m_again = m_again || (m_logPath.isEmpty() && QFile::exists(logPath)); // made since it was looked for
    }
    if (m_logPath.isEmpty() && QFile::exists(logPath)) {
        m_logPath = logPath;
        m_watcher.addPath(logPath);
    }
}

void LogsView::readMore()
{
    if (m_reading) {
        m_again = true;
        return;
    }
    m_reading = true;
    const porthole::StorePaths paths = m_paths;
    const QString id = m_id;
    const qint64 offset = m_offset;
    runInBackground(this, [paths, id, offset] {
        Chunk chunk{porthole::ContainerStore(paths).logPath(id), {}, offset};
        QFile file(chunk.path);
        if (file.open(QIODevice::ReadOnly) && file.seek(offset)) {
            chunk.data = file.read(8 << 20);
            chunk.offset = offset + chunk.data.size();
        }
        return chunk;
    }, [this, id](const Chunk &chunk) {
        m_reading = false;
        if (id != m_id) { // another container meanwhile: its read may be waiting
            if (std::exchange(m_again, false))
                readMore();
            return;
        }
        watch(chunk.path);
        m_offset = chunk.offset;
        const QList<porthole::LogLine> lines = porthole::parseLogLines(m_rest + chunk.data, m_rest);
        show(lines);
        emit updated(int(m_lines.size()));
        if (std::exchange(m_again, false) || chunk.data.size() == (8 << 20))
            readMore();
    });
}

void LogsView::show(const QList<porthole::LogLine> &lines)
{
    for (const porthole::LogLine &line : lines) {
        m_lines.append(line);
        if (m_tty) { // terminal output, byte for byte
            m_screen->feed(line.text);
            continue;
        }
        const QString text = QString::fromUtf8(line.text).chopped(line.text.endsWith('\n') ? 1 : 0);
        m_text->appendPlainText(m_timestamps->isChecked() ? QString::fromLatin1(line.timestamp) + QLatin1Char(' ') + text : text);
    }
    while (m_lines.size() > kMaxLines)
        m_lines.removeFirst();
    if (!lines.isEmpty() && m_follow->isChecked() && !m_tty)
        m_text->verticalScrollBar()->setValue(m_text->verticalScrollBar()->maximum());
}

void LogsView::render()
{
    m_text->clear();
    QStringList all;
    for (const porthole::LogLine &line : std::as_const(m_lines)) {
        const QString text = QString::fromUtf8(line.text).chopped(line.text.endsWith('\n') ? 1 : 0);
        all.append(m_timestamps->isChecked() ? QString::fromLatin1(line.timestamp) + QLatin1Char(' ') + text : text);
    }
    m_text->setPlainText(all.join(QLatin1Char('\n')));
    m_text->verticalScrollBar()->setValue(m_text->verticalScrollBar()->maximum());
}

QString LogsView::text() const
{
    if (!m_tty)
        return m_text->toPlainText();
    QStringList lines;
    for (int line = -m_screen->scrollbackLines(); line < m_screen->rows(); ++line)
        lines.append(m_screen->lineText(line));
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines.join(QLatin1Char('\n'));
}

bool LogsView::find(const QString &needle)
{
    if (needle.isEmpty())
        return false;
    if (m_tty)
        return m_terminal->findNext(needle);
    if (m_text->find(needle))
        return true;
    m_text->moveCursor(QTextCursor::Start); // wrap around
    return m_text->find(needle);
}
