#include "gui/widgets/fileviewer.h"

#include "base/humanize.h"
#include "gui/app/backgroundwork.h"
#include "gui/widgets/highlightedjsonview.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLabel>
#include <QProcess>
#include <QStringDecoder>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {

constexpr qint64 kMaxShown = 2 << 20;

struct Read {
    QByteArray bytes;
    qint64 size = 0;
    QString error;
};

Read readStart(const QString &hostPath)
{
    QFile file(hostPath);
    if (!file.open(QIODevice::ReadOnly))
        return {{}, 0, file.errorString()};
    return {file.read(kMaxShown), file.size(), {}};
}

bool looksBinary(const QByteArray &bytes)
{
    if (bytes.left(8192).contains('\0'))
        return true;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    (void)decoder.decode(bytes.left(8192));
    return decoder.hasError() && bytes.size() < 8192; // a character cut at 8 KiB is no error
}

} // namespace

FileViewer::FileViewer(const QString &path, const QString &hostPath, QWidget *parent, const QString &noBytes)
    : QDialog(parent), m_path(path), m_hostPath(hostPath), m_summary(new QLabel(this)), m_view(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("fileViewer"));
    setWindowTitle(tr("%1 (read-only)").arg(path));
    setAttribute(Qt::WA_DeleteOnClose);
    m_summary->setObjectName(QStringLiteral("fileViewerSummary"));
    m_summary->setWordWrap(true);
    m_summary->setText(tr("Reading %1…").arg(path));
    m_view->setObjectName(QStringLiteral("fileViewerText"));
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->setLineWrapMode(QTextEdit::NoWrap);
    m_view->setReadOnly(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(760, 560);
    if (hostPath.isEmpty()) {
        showContent({}, 0, noBytes.isEmpty() ? tr("its bytes are not on disk yet (a file in a tar that is not imported)") : noBytes);
        return;
    }
    runInBackground(this, [hostPath] { return readStart(hostPath); },
                    [this](const Read &read) { showContent(read.bytes, read.size, read.error); });
}

FileViewer::~FileViewer()
{
    if (!m_process)
        return;
    // Not waited for: the process deletes itself once it is reaped.
    m_process->disconnect();
    m_process->setParent(nullptr);
    QObject::connect(m_process, &QProcess::finished, m_process, &QObject::deleteLater);
    m_process->kill();
}

QString FileViewer::text() const
{
    return m_view->toPlainText();
}

QString FileViewer::hexDump(const QByteArray &bytes, int maxBytes)
{
    QStringList lines;
    const QByteArray shown = bytes.left(maxBytes);
    for (qsizetype offset = 0; offset < shown.size(); offset += 16) {
        const QByteArray row = shown.mid(offset, 16);
        QString hex, ascii;
        for (qsizetype i = 0; i < 16; ++i) {
            hex += i < row.size() ? QStringLiteral("%1 ").arg(uchar(row.at(i)), 2, 16, QLatin1Char('0')) : QStringLiteral("   ");
            if (i < row.size())
                ascii += row.at(i) >= 0x20 && row.at(i) < 0x7f ? QLatin1Char(row.at(i)) : QLatin1Char('.');
        }
        lines.append(QStringLiteral("%1  %2 |%3|").arg(offset, 8, 16, QLatin1Char('0')).arg(hex, ascii));
    }
    return lines.join(QLatin1Char('\n'));
}

void FileViewer::showContent(const QByteArray &bytes, qint64 size, const QString &error)
{
    if (!error.isEmpty()) {
        m_summary->setText(tr("%1 cannot be shown: %2").arg(m_path, error));
        emit loaded();
        return;
    }
    m_binary = looksBinary(bytes);
    if (m_binary) {
        m_summary->setText(tr("%1: a binary file of %2; its first bytes:").arg(m_path, porthole::humanSize(size)));
        m_view->setPlainText(hexDump(bytes));
        emit loaded();
        return;
    }
    m_summary->setText(size > kMaxShown ? tr("%1: text, %2 (the first %3 shown)").arg(m_path, porthole::humanSize(size), porthole::humanSize(kMaxShown))
                                        : tr("%1: text, %2").arg(m_path, porthole::humanSize(size)));
    m_view->setPlainText(QString::fromUtf8(bytes));
    emit loaded();
    highlight();
}

// KDE's highlighter picks the syntax from the file's name; a name it does
// not know stays plain text.
void FileViewer::highlight()
{
    const QString command = HighlightedJsonView::highlighterCommand();
    if (command.isEmpty() || QFileInfo(m_hostPath).size() > kMaxShown)
        return;
    m_process = new QProcess(this);
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    connect(m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        QProcess *process = std::exchange(m_process, nullptr);
        process->deleteLater();
        if (status != QProcess::NormalExit || code != 0)
            return;
        const QString pre = HighlightedJsonView::preBlockOf(QString::fromUtf8(process->readAllStandardOutput()));
        if (pre.isEmpty())
            return;
        m_view->setHtml(pre);
        m_highlighted = true;
        emit highlighted();
    });
    m_process->start(command, {QStringLiteral("-f"), QStringLiteral("html"), QStringLiteral("-t"),
                               dark ? QStringLiteral("Breeze Dark") : QStringLiteral("Breeze Light"), m_hostPath});
}
