#include "lessons/lessonprogress.h"

#include <QJsonValue>
#include <algorithm>

namespace porthole {

namespace {

// "busybox" is "busybox:latest", as the engine names it either way.
bool sameValue(const QString &wanted, const QString &actual)
{
    const auto tagged = [](const QString &value) {
        return value.contains(QLatin1Char(':')) || value.isEmpty() ? value : value + QStringLiteral(":latest");
    };
    return wanted == actual || tagged(wanted) == tagged(actual);
}

bool matches(const LessonExpectation &expected, const Event &event)
{
    if (expected.isCommand() || expected.type != event.type)
        return false;
    const bool prefix = expected.action.endsWith(QLatin1Char('*'));
    if (prefix ? !event.action.startsWith(expected.action.chopped(1)) : event.action != expected.action)
        return false;
    for (auto it = expected.attributes.begin(); it != expected.attributes.end(); ++it)
        if (!sameValue(it.value(), event.attributes.value(it.key()).toString()))
            return false;
    return true;
}

} // namespace

LessonProgress::LessonProgress(Lesson lesson) : m_lesson(std::move(lesson))
{
    m_captured.resize(m_lesson.stepCount());
}

bool LessonProgress::observe(const Event &event)
{
    if (finished())
        return false;
    const LessonExpectation &expected = m_lesson.step(m_current).expect.at(m_matched);
    if (!matches(expected, event))
        return false;
    if (event.type == QLatin1String("container")) {
        if (!m_container.isEmpty() && event.id != m_container)
            return false; // another container's
        m_container = event.id;
    }
    for (auto it = event.attributes.begin(); it != event.attributes.end(); ++it)
        m_captured[m_current].insert(it.key(), it.value().toVariant().toString());
    m_captured[m_current].insert(QStringLiteral("id"), event.id.left(12));
    if (++m_seen < expected.count)
        return false;
    return advanceWhenComplete();
}

bool LessonProgress::observeCommand(const QString &verb, const QStringList &words, int exitCode)
{
    if (finished() || exitCode != 0)
        return false;
    const LessonExpectation &expected = m_lesson.step(m_current).expect.at(m_matched);
    if (!expected.isCommand() || expected.command != verb)
        return false;
    for (const QString &flag : expected.flags) { // "-a|--all": either
        const QStringList spellings = flag.split(QLatin1Char('|'));
        if (std::none_of(spellings.begin(), spellings.end(), [&](const QString &spelling) { return words.contains(spelling); }))
            return false;
    }
    return advanceWhenComplete();
}

// The expectation being matched is complete: the next one, or the next step.
bool LessonProgress::advanceWhenComplete()
{
    m_seen = 0;
    if (++m_matched < m_lesson.step(m_current).expect.size())
        return false;
    m_matched = 0;
    m_container.clear();
    ++m_current;
    return true;
}

void LessonProgress::skip()
{
    if (finished())
        return;
    m_seen = 0;
    m_matched = 0;
    m_container.clear();
    ++m_current;
}

QString LessonProgress::explanation(qsizetype step) const
{
    QString text = m_lesson.step(step).explanation;
    const QHash<QString, QString> &captured = m_captured.value(step);
    for (auto it = captured.begin(); it != captured.end(); ++it)
        text.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'), it.value());
    return text;
}

} // namespace porthole
