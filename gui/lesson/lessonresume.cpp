// LessonPanel across a restart of the window: the language switch restarts
// it, and the lesson goes on where it stood (in the new language when it is
// the built-in one), reading the journal from where it had read.
#include "gui/lesson/lessonpanel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>

namespace {

const QString kResumeKey = QStringLiteral("lesson/resume");
const QString kBuiltIn = QStringLiteral("built-in");

bool isBuiltIn(const QString &path)
{
    return path.startsWith(QStringLiteral(":/lessons/"));
}

} // namespace

void LessonPanel::saveForRestart() const
{
    if (!m_progress || m_offset < 0)
        return;
    QJsonArray skipped;
    for (qsizetype step : m_skipped)
        skipped.append(qint64(step));
    const QJsonObject kept{{QStringLiteral("path"), isBuiltIn(m_path) ? kBuiltIn : m_path},
                           {QStringLiteral("progress"), m_progress->saved()},
                           {QStringLiteral("skipped"), skipped},
                           {QStringLiteral("offset"), m_offset},
                           {QStringLiteral("shown"), isVisible()}};
    QSettings().setValue(kResumeKey, QJsonDocument(kept).toJson(QJsonDocument::Compact));
}

bool LessonPanel::resumeAfterRestart()
{
    QSettings settings;
    const QJsonObject kept = QJsonDocument::fromJson(settings.value(kResumeKey).toByteArray()).object();
    settings.remove(kResumeKey); // once: a later start begins afresh
    const QString path = kept.value(QStringLiteral("path")).toString();
    if (path.isEmpty())
        return false;
    load(path == kBuiltIn ? builtInLesson() : path, kept);
    setVisible(kept.value(QStringLiteral("shown")).toBool());
    return true;
}

bool LessonPanel::resumed(const QJsonObject &resume)
{
    const qint64 offset = resume.value(QStringLiteral("offset")).toInteger(-1);
    if (offset < 0 || !m_progress->restore(resume.value(QStringLiteral("progress")).toObject()))
        return false;
    for (const QJsonValue &step : resume.value(QStringLiteral("skipped")).toArray())
        m_skipped.insert(step.toInteger());
    ++m_generation;
    m_commands.clear();
    m_offset = offset;
    m_stepSince = QDateTime::currentDateTimeUtc();
    render();
    if (!m_reading)
        readEvents(); // what happened while the window restarted
    return true;
}
