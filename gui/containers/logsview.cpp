#include "gui/containers/logsview.h"

#include "containers/containerstore.h"
#include "gui/app/backgroundwork.h"

#include <QCheckBox>
#include <QFile>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
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
      m_search(new QLineEdit(this)), m_text(new QPlainTextEdit(this))
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
    layout->addWidget(m_text, 1);
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
}

void LogsView::setContainer(const QString &id)
{
    if (id == m_id)
        return;
    if (!m_watcher.files().isEmpty())
        m_watcher.removePaths(m_watcher.files());
    m_id = id;
    m_offset = 0;
    m_rest.clear();
    m_lines.clear();
    m_text->clear();
    m_logPath.clear();
    if (!id.isEmpty())
        readMore();
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
        if (id != m_id)
            return; // another container meanwhile
        if (m_logPath.isEmpty() && QFile::exists(chunk.path)) {
            m_logPath = chunk.path;
            m_watcher.addPath(chunk.path);
        }
        m_offset = chunk.offset;
        const QList<porthole::LogLine> lines = porthole::parseLogLines(m_rest + chunk.data, m_rest);
        for (const porthole::LogLine &line : lines) {
            m_lines.append(line);
            const QString text = QString::fromUtf8(line.text).chopped(line.text.endsWith('\n') ? 1 : 0);
            m_text->appendPlainText(m_timestamps->isChecked() ? QString::fromLatin1(line.timestamp) + QLatin1Char(' ') + text : text);
        }
        while (m_lines.size() > kMaxLines)
            m_lines.removeFirst();
        if (!lines.isEmpty() && m_follow->isChecked())
            m_text->verticalScrollBar()->setValue(m_text->verticalScrollBar()->maximum());
        emit updated(int(m_lines.size()));
        if (std::exchange(m_again, false) || chunk.data.size() == (8 << 20))
            readMore();
    });
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
    return m_text->toPlainText();
}

bool LogsView::find(const QString &needle)
{
    if (needle.isEmpty())
        return false;
    if (m_text->find(needle))
        return true;
    m_text->moveCursor(QTextCursor::Start); // wrap around
    return m_text->find(needle);
}
