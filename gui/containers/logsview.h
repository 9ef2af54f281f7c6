#pragma once
// A container's logs (what conmon recorded of its output): follow as it
// grows, search, timestamps on or off. Reading happens on a worker, from
// where the last read stopped, when the file changes. A container with a
// tty logged terminal output (colours, cursor moves, CR LF): it is shown
// through a terminal model, as the terminal showed it. What is there is
// loaded when the container is shown (and again when the tab is, until the
// log exists), then followed.
#include "base/storepaths.h"
#include "containers/containerlogs.h"

#include <QFileSystemWatcher>
#include <QWidget>

class QCheckBox;
class QLineEdit;
class QPlainTextEdit;
class QStackedWidget;
class TerminalModel;
class TerminalView;

class LogsView : public QWidget {
    Q_OBJECT
public:
    explicit LogsView(const porthole::StorePaths &paths, QWidget *parent = nullptr);
    // tty: the container has a terminal (its log is terminal output).
    void setContainer(const QString &id, bool tty = false);
    QString text() const; // as shown: lines of text, or the terminal's lines
    bool find(const QString &needle); // from the cursor down, wrapping

signals:
    void updated(int lines);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void readMore();
    void watch(const QString &logPath);
    void render();
    void show(const QList<porthole::LogLine> &lines);
    porthole::StorePaths m_paths;
    QString m_id;
    QString m_logPath;
    qint64 m_offset = 0;
    QByteArray m_rest;
    QList<porthole::LogLine> m_lines;
    bool m_reading = false;
    bool m_again = false;
    QFileSystemWatcher m_watcher;
    QCheckBox *m_follow;
    QCheckBox *m_timestamps;
    QLineEdit *m_search;
    QPlainTextEdit *m_text;
    TerminalModel *m_screen;
    TerminalView *m_terminal;
    QStackedWidget *m_views;
    bool m_tty = false;
};
