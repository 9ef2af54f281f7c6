#pragma once
// A file of a layer or container, read-only: text highlighted by KDE's
// highlighter where it knows the type (by the file's name), else plain; a
// binary file as its size and a hex dump of its start. Read on a worker;
// the highlighter runs out of process.
#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QProcess;
class QTextBrowser;

class FileViewer : public QDialog {
    Q_OBJECT
public:
    // path: as the container sees it ("/etc/passwd"); hostPath: where its
    // bytes are on this machine (a layer's directory), "" when nowhere yet.
    // noBytes: why there is nothing to read when hostPath is "" (a symlink's target, say).
    FileViewer(const QString &path, const QString &hostPath, QWidget *parent = nullptr, const QString &noBytes = {});
    ~FileViewer() override;

    QString text() const;          // what it shows
    bool isHighlighted() const { return m_highlighted; }
    bool isBinary() const { return m_binary; }

    // Pure: "00000000  7f 45 4c 46 …  |.ELF…|" lines of the first bytes.
    static QString hexDump(const QByteArray &bytes, int maxBytes = 512);

signals:
    void loaded();      // the text or the dump is shown
    void highlighted(); // the colours are there too

private:
    void showContent(const QByteArray &bytes, qint64 size, const QString &error);
    void highlight();

    QString m_path;
    QString m_hostPath;
    QLabel *m_summary;
    QTextBrowser *m_view;
    QProcess *m_process = nullptr;
    bool m_highlighted = false;
    bool m_binary = false;
};
