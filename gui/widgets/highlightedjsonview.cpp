#include "gui/widgets/highlightedjsonview.h"

#include <QFontDatabase>
#include <QCoreApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#ifdef PORTHOLE_HAVE_KF6_SYNTAX
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

class HighlightedJsonView::LinkedHighlighter {
public:
    explicit LinkedHighlighter(QTextDocument *document) : highlighter(document)
    {
        highlighter.setDefinition(repository.definitionForName(QStringLiteral("JSON")));
    }
    KSyntaxHighlighting::Repository repository;
    KSyntaxHighlighting::SyntaxHighlighter highlighter;
};
#else
class HighlightedJsonView::LinkedHighlighter {};
#endif

namespace {

bool darkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

} // namespace

HighlightedJsonView::HighlightedJsonView(QWidget *parent) : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("inspectView"));
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QTextEdit::NoWrap);
#ifdef PORTHOLE_HAVE_KF6_SYNTAX
    m_linked = new LinkedHighlighter(document());
#endif
}

namespace {

// Kills a highlighter no longer wanted without waiting for it: the QProcess
// deletes itself once the child is reaped, or with the application when
// that comes first (LeakSanitizer found it leaked at exit).
void abandon(QProcess *process)
{
    process->disconnect();
    process->setParent(QCoreApplication::instance());
    QObject::connect(process, &QProcess::finished, process, &QObject::deleteLater);
    process->kill();
}

} // namespace

HighlightedJsonView::~HighlightedJsonView()
{
    delete m_linked;
    if (m_process)
        abandon(m_process);
}

QString HighlightedJsonView::highlighterCommand()
{
    // Looked up once: PATH does not change under a running window.
    static const QString found = [] {
        for (const QString &name : {QStringLiteral("ksyntaxhighlighter6"), QStringLiteral("kate-syntax-highlighter")}) {
            const QString path = QStandardPaths::findExecutable(name);
            if (!path.isEmpty())
                return path;
        }
        return QString();
    }();
    return found;
}

QString HighlightedJsonView::preBlockOf(const QString &page)
{
    static const QRegularExpression body(QStringLiteral("<body style=\"([^\"]*)\"><pre>(.*)</pre>"),
                                         QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = body.match(page);
    if (!match.hasMatch())
        return {};
    QString content = match.captured(2);
    if (content.startsWith(QLatin1Char('\n')))
        content.remove(0, 1);
    return QStringLiteral("<pre style=\"%1\">%2</pre>").arg(match.captured(1), content);
}

void HighlightedJsonView::setJson(const QByteArray &json)
{
    m_json = json;
    m_highlighted = false;
    setPlainText(QString::fromUtf8(json)); // at once; colours follow
#ifdef PORTHOLE_HAVE_KF6_SYNTAX
    m_linked->highlighter.setTheme(m_linked->repository.defaultTheme(
        darkPalette(palette()) ? KSyntaxHighlighting::Repository::DarkTheme : KSyntaxHighlighting::Repository::LightTheme));
    m_linked->highlighter.rehighlight();
    m_highlighted = true;
    emit highlighted();
#else
    highlightOutOfProcess();
#endif
}

void HighlightedJsonView::highlightOutOfProcess()
{
    const QString command = highlighterCommand();
    if (command.isEmpty() || m_json.isEmpty())
        return;
    if (m_process)
        abandon(m_process);
    m_process = new QProcess(this);
    const QByteArray input = m_json;
    connect(m_process, &QProcess::finished, this, [this, process = m_process, input](int code, QProcess::ExitStatus status) {
        process->deleteLater();
        if (process == m_process)
            m_process = nullptr;
        if (status != QProcess::NormalExit || code != 0 || input != m_json)
            return; // stays plain text
        const QString pre = preBlockOf(QString::fromUtf8(process->readAllStandardOutput()));
        if (pre.isEmpty())
            return;
        setHtml(pre);
        m_highlighted = true;
        emit highlighted();
    });
    m_process->start(command, {QStringLiteral("--stdin"), QStringLiteral("-s"), QStringLiteral("JSON"), QStringLiteral("-f"), QStringLiteral("html"),
                               QStringLiteral("-t"), darkPalette(palette()) ? QStringLiteral("Breeze Dark") : QStringLiteral("Breeze Light")});
    m_process->write(input);
    m_process->closeWriteChannel();
}
