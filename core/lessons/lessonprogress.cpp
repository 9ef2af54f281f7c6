#include "lessons/lessonprogress.h"

#include <QJsonArray>
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

QString LessonProgress::nameToCreate() const
{
    if (finished())
        return {};
    const QList<LessonExpectation> &expect = m_lesson.step(m_current).expect;
    for (qsizetype i = m_matched; i < expect.size(); ++i)
        if (expect.at(i).type == QLatin1String("container") && expect.at(i).action == QLatin1String("create"))
            return expect.at(i).attributes.value(QStringLiteral("name"));
    return {};
}

QJsonObject LessonProgress::saved() const
{
    QJsonArray captured;
    for (const QHash<QString, QString> &step : m_captured) {
        QJsonObject values;
        for (auto it = step.begin(); it != step.end(); ++it)
            values.insert(it.key(), it.value());
        captured.append(values);
    }
    return {{QStringLiteral("steps"), qint64(m_lesson.stepCount())}, {QStringLiteral("current"), qint64(m_current)}, {QStringLiteral("matched"), qint64(m_matched)},
            {QStringLiteral("seen"), m_seen}, {QStringLiteral("container"), m_container}, {QStringLiteral("captured"), captured}};
}

bool LessonProgress::restore(const QJsonObject &saved)
{
    const qsizetype current = saved.value(QStringLiteral("current")).toInteger(-1);
    const qsizetype matched = saved.value(QStringLiteral("matched")).toInteger(-1);
    if (saved.value(QStringLiteral("steps")).toInteger() != m_lesson.stepCount() || current < 0 || current > m_lesson.stepCount() || matched < 0
        || (current < m_lesson.stepCount() && matched >= m_lesson.step(current).expect.size()))
        return false;
    m_current = current;
    m_matched = matched;
    m_seen = saved.value(QStringLiteral("seen")).toInt();
    m_container = saved.value(QStringLiteral("container")).toString();
    const QJsonArray captured = saved.value(QStringLiteral("captured")).toArray();
    for (qsizetype i = 0; i < m_captured.size(); ++i) {
        m_captured[i].clear();
        const QJsonObject values = captured.at(i).toObject();
        for (auto it = values.begin(); it != values.end(); ++it)
            m_captured[i].insert(it.key(), it.value().toString());
    }
    return true;
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
