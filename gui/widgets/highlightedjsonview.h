#pragma once
// Inspect output (container, image) as JSON highlighted by KDE's
// syntax-highlighting: linked (KF6) where the build found it, else the
// highlighter command run out of process (kate-syntax-highlighter on
// Debian 12, ksyntaxhighlighter6 on KF6 systems), else plain text.
#include <QTextBrowser>

class QProcess;

class HighlightedJsonView : public QTextBrowser {
    Q_OBJECT
public:
    explicit HighlightedJsonView(QWidget *parent = nullptr);
    ~HighlightedJsonView() override;

    void setJson(const QByteArray &json);
    QString json() const { return QString::fromUtf8(m_json); }
    bool isHighlighted() const { return m_highlighted; }

    // The highlighter command on PATH, or "" (pure lookup).
    static QString highlighterCommand();
    // The <pre> part of the command's HTML page, with the page's colours
    // moved onto it; "" when the page has none. Pure, unit-tested.
    static QString preBlockOf(const QString &page);

signals:
    void highlighted(); // the coloured text is shown

private:
    void highlightOutOfProcess();
    QByteArray m_json;
    QProcess *m_process = nullptr;
    bool m_highlighted = false;
    class LinkedHighlighter;
    LinkedHighlighter *m_linked = nullptr;
};
