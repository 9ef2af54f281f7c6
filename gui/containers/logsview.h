#pragma once
// A container's logs (what conmon recorded of its output): follow as it
// grows, search, timestamps on or off. Reading happens on a worker, from
// where the last read stopped, when the file changes.
#include "base/storepaths.h"
#include "containers/containerlogs.h"

#include <QFileSystemWatcher>
#include <QWidget>

class QCheckBox;
class QLineEdit;
class QPlainTextEdit;

class LogsView : public QWidget {
    Q_OBJECT
public:
    explicit LogsView(const porthole::StorePaths &paths, QWidget *parent = nullptr);
    void setContainer(const QString &id);
    QString text() const;
    bool find(const QString &needle); // from the cursor down, wrapping

signals:
    void updated(int lines);

private:
    void readMore();
    void render();
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
};
