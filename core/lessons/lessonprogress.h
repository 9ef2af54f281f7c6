#pragma once
// A lesson's progress: the current step ticks only when what it expects is
// seen, in order — the engine's events (from the journal) or, for a command
// that leaves no event, the command the window ran. Anything else (another
// container, another action, a failed command) leaves the step as it is.
// Container events of one step are about one container (run: its create,
// then its start).
#include "base/events.h"
#include "lessons/lesson.h"

#include <QJsonObject>

namespace porthole {

class LessonProgress {
public:
    explicit LessonProgress(Lesson lesson);

    const Lesson &lesson() const { return m_lesson; }
    qsizetype current() const { return m_current; } // stepCount() when finished
    bool finished() const { return m_current >= m_lesson.stepCount(); }
    bool isDone(qsizetype step) const { return step < m_current; }
    // true when the event ticked the current step
    bool observe(const Event &event);
    bool observeCommand(const QString &verb, const QStringList &words, int exitCode);
    void skip(); // a teacher moves on without the step
    // The container the current step will create under a name it sets
    // (create, run --name): "" when it sets none or has created it already.
    QString nameToCreate() const;

    // Where the lesson stands, kept across a restart of the window (the
    // language switch); restored onto the same lesson in any language.
    QJsonObject saved() const;
    bool restore(const QJsonObject &saved); // false (and unchanged) when it does not fit this lesson
    // The step's explanation, {attribute} filled from the events that ticked it.
    QString explanation(qsizetype step) const;

private:
    bool advanceWhenComplete();
    Lesson m_lesson;
    qsizetype m_current = 0;
    qsizetype m_matched = 0; // expectations of the current step seen
    int m_seen = 0;          // events for the expectation being matched (count)
    QString m_container;     // the container the step's events are about
    QList<QHash<QString, QString>> m_captured; // per step: attributes of its events
};

} // namespace porthole
