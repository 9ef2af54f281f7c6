#pragma once
// A lesson's progress: the current step ticks only when what it expects is
// seen, in order — the engine's events (from the journal) or, for a command
// that leaves no event, the command the window ran. Anything else (another
// container, another action, a failed command) leaves the step as it is.
// Container events of one step are about one container (run: its create,
// then its start).
#include "base/events.h"
#include "lessons/lesson.h"

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
