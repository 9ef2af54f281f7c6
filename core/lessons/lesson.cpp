#include "lessons/lesson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace porthole {

namespace {

Result<LessonExpectation> expectationFrom(const QJsonObject &json, const QString &where)
{
    LessonExpectation expectation;
    expectation.command = json.value(QLatin1String("command")).toString();
    for (const QJsonValue &flag : json.value(QLatin1String("flags")).toArray())
        expectation.flags.append(flag.toString());
    expectation.type = json.value(QLatin1String("type")).toString();
    expectation.action = json.value(QLatin1String("action")).toString();
    expectation.count = json.value(QLatin1String("count")).toInt(1);
    const QJsonObject attributes = json.value(QLatin1String("attributes")).toObject();
    for (auto it = attributes.begin(); it != attributes.end(); ++it)
        expectation.attributes.insert(it.key(), it.value().toString());
    for (const char *shortcut : {"name", "image"}) // the usual ones written beside type and action
        if (json.contains(QLatin1String(shortcut)))
            expectation.attributes.insert(QLatin1String(shortcut), json.value(QLatin1String(shortcut)).toString());
    if (!expectation.isCommand() && (expectation.type.isEmpty() || expectation.action.isEmpty()))
        return fail(QStringLiteral("%1: an expectation needs a type and an action, or a command").arg(where));
    if (expectation.count < 1)
        return fail(QStringLiteral("%1: count must be at least 1").arg(where));
    return expectation;
}

Result<LessonStep> stepFrom(const QJsonObject &json, const QString &where)
{
    LessonStep step;
    step.id = json.value(QLatin1String("id")).toString();
    step.task = json.value(QLatin1String("task")).toString();
    step.explanation = json.value(QLatin1String("explanation")).toString();
    const QJsonArray expect = json.value(QLatin1String("expect")).toArray();
    if (step.id.isEmpty() || step.task.isEmpty() || expect.isEmpty())
        return fail(QStringLiteral("%1: a step needs an id, a task and what to expect").arg(where));
    for (qsizetype i = 0; i < expect.size(); ++i) {
        auto expectation = expectationFrom(expect.at(i).toObject(), QStringLiteral("%1 (%2), expectation %3").arg(where, step.id).arg(i + 1));
        if (!expectation)
            return std::unexpected(expectation.error());
        step.expect.append(*expectation);
    }
    return step;
}

} // namespace

Result<Lesson> Lesson::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (!document.isObject())
        return fail(QStringLiteral("not a lesson: %1").arg(error.errorString()));
    const QJsonObject root = document.object();
    Lesson lesson;
    lesson.title = root.value(QLatin1String("title")).toString();
    lesson.language = root.value(QLatin1String("language")).toString();
    lesson.introduction = root.value(QLatin1String("introduction")).toString();
    const QJsonArray sections = root.value(QLatin1String("sections")).toArray();
    for (qsizetype s = 0; s < sections.size(); ++s) {
        const QJsonObject sectionJson = sections.at(s).toObject();
        LessonSection section{sectionJson.value(QLatin1String("title")).toString(), sectionJson.value(QLatin1String("text")).toString(), {}};
        const QJsonArray steps = sectionJson.value(QLatin1String("steps")).toArray();
        for (const QJsonValue &stepJson : steps) {
            auto step = stepFrom(stepJson.toObject(), QStringLiteral("section %1").arg(s + 1));
            if (!step)
                return std::unexpected(step.error());
            section.steps.append(*step);
        }
        lesson.sections.append(section);
    }
    if (lesson.title.isEmpty() || lesson.stepCount() == 0)
        return fail(QStringLiteral("a lesson needs a title and at least one step"));
    return lesson;
}

qsizetype Lesson::stepCount() const
{
    qsizetype count = 0;
    for (const LessonSection &section : sections)
        count += section.steps.size();
    return count;
}

const LessonStep &Lesson::step(qsizetype index) const
{
    for (const LessonSection &section : sections) {
        if (index < section.steps.size())
            return section.steps.at(index);
        index -= section.steps.size();
    }
    static const LessonStep none;
    return none;
}

qsizetype Lesson::sectionOf(qsizetype index) const
{
    for (qsizetype s = 0; s < sections.size(); ++s) {
        if (index < sections.at(s).steps.size())
            return s;
        index -= sections.at(s).steps.size();
    }
    return -1;
}

} // namespace porthole
