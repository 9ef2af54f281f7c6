#pragma once
// Help -> Lesson: a side panel that walks through a lesson (resources/
// lessons/*.json, or a teacher's own file) step by step. Each step says
// what to do; it ticks itself only when the engine's events journal shows
// it happened (read on a worker from where the journal stood when the
// lesson began), or, for a command that leaves no event, when the command
// bar has run it. A ticked step shows what just happened.
#include "lessons/lessonprogress.h"

#include <QDockWidget>
#include <QSet>
#include <memory>

class QLabel;
class QPushButton;
class QTextBrowser;

class LessonPanel : public QDockWidget {
    Q_OBJECT
public:
    LessonPanel(const QString &storeRoot, QWidget *parent = nullptr);
    ~LessonPanel() override;

    // The built-in lesson in the window's language (English when there is none).
    static QString builtInLesson();
    // Loads a lesson file on a worker and begins it from the journal's end.
    void openLesson(const QString &path);
    // nullptr until a lesson is loaded.
    const porthole::LessonProgress *progress() const { return m_progress.get(); }
    qint64 journalOffset() const { return m_offset; } // read up to here; -1 until the journal's end is known
    QString text() const; // what the panel shows, as plain text

public slots:
    void journalChanged();
    void commandRan(const QString &verb, const QStringList &words, int exitCode);
    void skipStep();
    void restartLesson();

signals:
    void loaded(bool ok, const QString &message);
    void stepTicked(int step);
    void commandSuggested(const QString &line); // a command in a task was clicked

private:
    void begin();
    void readEvents();
    void feed(const QList<porthole::Event> &events);
    void ticked();
    void render();
    QString stepHtml(qsizetype index) const;

    QString m_root;
    QString m_path;
    std::unique_ptr<porthole::LessonProgress> m_progress;
    qint64 m_offset = -1; // read up to here; -1 while the journal's end is being found
    bool m_reading = false;
    bool m_readAgain = false;
    int m_generation = 0; // drops reads of a lesson since restarted
    QSet<qsizetype> m_skipped;
    struct Command {
        QString verb;
        QStringList words;
        int exitCode;
    };
    QList<Command> m_commands; // ran; seen after the events written before they ended
    QLabel *m_title;
    QTextBrowser *m_view;
    QPushButton *m_skip;
    QPushButton *m_restart;
};
