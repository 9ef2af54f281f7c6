#include "gui/lesson/lessonpanel.h"

#include "gui/app/backgroundwork.h"

#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>
#include <algorithm>

namespace {

struct EventsRead {
    QList<porthole::Event> events;
    qint64 offset = 0;
    bool ok = false;
};

// `docker ps -a` in a task: a link that puts the command in the bar.
QString withCommandLinks(const QString &text)
{
    static const QRegularExpression quoted(QStringLiteral("`([^`]+)`"));
    QString html;
    qsizetype last = 0;
    for (auto it = quoted.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        html += text.mid(last, match.capturedStart() - last).toHtmlEscaped();
        const QString command = match.captured(1);
        html += QStringLiteral("<a href=\"command:%1\"><code>%2</code></a>")
                    .arg(QString::fromLatin1(QUrl::toPercentEncoding(command)), command.toHtmlEscaped());
        last = match.capturedEnd();
    }
    return html + text.mid(last).toHtmlEscaped();
}

} // namespace

LessonPanel::LessonPanel(const QString &storeRoot, QWidget *parent)
    : QDockWidget(tr("Lesson"), parent), m_root(storeRoot), m_title(new QLabel(this)), m_view(new QTextBrowser(this)),
      m_skip(new QPushButton(tr("Skip this step"), this)), m_restart(new QPushButton(tr("Start again"), this)),
      m_removeConflict(new QPushButton(this))
{
    setObjectName(QStringLiteral("lessonPanel"));
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    m_title->setObjectName(QStringLiteral("lessonTitle"));
    m_title->setWordWrap(true);
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_title->setFont(big);
    m_view->setObjectName(QStringLiteral("lessonSteps"));
    m_view->setOpenLinks(false);
    m_skip->setObjectName(QStringLiteral("lessonSkip"));
    m_skip->setToolTip(tr("Move on without this step (for a teacher); it stays unticked"));
    m_restart->setObjectName(QStringLiteral("lessonRestart"));
    m_removeConflict->setObjectName(QStringLiteral("lessonRemoveConflict"));
    m_removeConflict->hide();
    connect(m_removeConflict, &QPushButton::clicked, this, [this] {
        if (const QString name = conflictingName(); !name.isEmpty())
            emit removeRequested(name);
    });
    // Remove on a row of its own: beside Skip and Start again it widened the
    // panel, and the window past 800 px.
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_skip);
    buttons->addWidget(m_restart);
    buttons->addStretch();
    layout->addWidget(m_title);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_removeConflict, 0, Qt::AlignLeft);
    layout->addLayout(buttons);
    setWidget(body);
    setMinimumWidth(240);
    connect(m_view, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("command"))
            emit commandSuggested(QUrl::fromPercentEncoding(url.path().toUtf8()));
    });
    connect(m_skip, &QPushButton::clicked, this, &LessonPanel::skipStep);
    connect(m_restart, &QPushButton::clicked, this, &LessonPanel::restartLesson);
    render();
}

LessonPanel::~LessonPanel() = default;

QString LessonPanel::builtInLesson()
{
    // The translation names the language of the lesson to show.
    const QString language = tr("en", "the language code of the built-in lesson file: zh_CN in Chinese");
    const QString path = QStringLiteral(":/lessons/container-lifecycle.%1.json").arg(language);
    return QFile::exists(path) ? path : QStringLiteral(":/lessons/container-lifecycle.en.json");
}

void LessonPanel::openLesson(const QString &path)
{
    load(path, {});
}

// A lesson file, begun afresh, or where resume says it stood.
void LessonPanel::load(const QString &path, const QJsonObject &resume)
{
    m_path = path;
    runInBackground(this, [path]() -> porthole::Result<porthole::Lesson> {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return porthole::fail(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
        return porthole::Lesson::fromJson(file.readAll());
    }, [this, path, resume](const porthole::Result<porthole::Lesson> &lesson) {
        if (!lesson) {
            emit loaded(false, tr("The lesson %1 could not be read: %2").arg(QFileInfo(path).fileName(), lesson.error().message));
            return;
        }
        m_progress = std::make_unique<porthole::LessonProgress>(*lesson);
        m_skipped.clear();
        if (!resumed(resume))
            begin();
        emit loaded(true, lesson->title);
    });
}

// From where the journal stands now: what happened before does not count.
void LessonPanel::begin()
{
    m_stepSince = QDateTime::currentDateTimeUtc();
    m_offset = -1;
    m_commands.clear();
    const int generation = ++m_generation;
    const QString journal = porthole::eventsJournalPath(m_root);
    runInBackground(this, [journal] { return QFileInfo(journal).size(); }, [this, generation](qint64 size) {
        if (generation != m_generation)
            return;
        m_offset = size;
        if (m_readAgain)
            readEvents();
    });
    render();
}

void LessonPanel::journalChanged()
{
    if (!m_progress || m_offset < 0 || m_reading) {
        m_readAgain = true;
        return;
    }
    readEvents();
}

// One read at a time, on a worker; a change during it reads again after.
void LessonPanel::readEvents()
{
    m_reading = true;
    m_readAgain = false;
    const int generation = m_generation;
    const qsizetype commands = m_commands.size(); // they ended before this read began
    runInBackground(this, [root = m_root, offset = m_offset]() mutable {
        EventsRead read;
        auto events = porthole::readEvents(root, offset);
        read.ok = events.has_value();
        read.events = events.value_or(QList<porthole::Event>());
        read.offset = offset;
        return read;
    }, [this, generation, commands](const EventsRead &read) {
        m_reading = false;
        if (generation != m_generation)
            return;
        if (read.ok)
            m_offset = read.offset;
        feed(read.events);
        for (const Command &command : m_commands.mid(0, commands))
            if (m_progress->observeCommand(command.verb, command.words, command.exitCode))
                ticked();
        m_commands.remove(0, commands);
        if (m_readAgain)
            readEvents();
    });
}

void LessonPanel::feed(const QList<porthole::Event> &events)
{
    for (const porthole::Event &event : events)
        if (m_progress && m_progress->observe(event))
            ticked();
}

// A command is seen after the events it follows (create, then ps -a): once
// the journal has been read past what was written when it ended.
void LessonPanel::commandRan(const QString &verb, const QStringList &words, int exitCode)
{
    if (!m_progress)
        return;
    m_commands.append({verb, words, exitCode});
    journalChanged();
}

void LessonPanel::ticked()
{
    m_stepSince = QDateTime::currentDateTimeUtc();
    render();
    emit stepTicked(int(m_progress->current() - 1));
}

void LessonPanel::skipStep()
{
    if (!m_progress)
        return;
    m_skipped.insert(m_progress->current());
    m_progress->skip();
    m_stepSince = QDateTime::currentDateTimeUtc();
    render();
}

void LessonPanel::restartLesson()
{
    if (!m_progress)
        return;
    m_progress = std::make_unique<porthole::LessonProgress>(m_progress->lesson());
    m_skipped.clear();
    begin();
}

void LessonPanel::setContainers(const QList<porthole::ContainerRecord> &containers)
{
    QHash<QString, QDateTime> named;
    for (const porthole::ContainerRecord &record : containers)
        named.insert(record.config.name, record.config.created);
    if (named == m_containers)
        return;
    const QString before = conflictingName();
    m_containers = named;
    if (conflictingName() != before)
        render();
}

QString LessonPanel::conflictingName() const
{
    const QString name = m_progress ? m_progress->nameToCreate() : QString();
    const auto found = m_containers.constFind(name);
    return !name.isEmpty() && found != m_containers.cend() && found.value() < m_stepSince ? name : QString();
}

QString LessonPanel::text() const
{
    return m_title->text() + QLatin1Char('\n') + m_view->toPlainText();
}

// The whole lesson: sections, their steps (done, the current one, to come),
// a ticked step's explanation; scrolled to the last ticked step.
void LessonPanel::render()
{
    m_skip->setEnabled(m_progress && !m_progress->finished());
    m_restart->setEnabled(bool(m_progress));
    const QString conflict = conflictingName();
    m_removeConflict->setVisible(!conflict.isEmpty());
    m_removeConflict->setText(tr("Remove %1").arg(conflict));
    m_removeConflict->setToolTip(QStringLiteral("docker rm -f %1").arg(conflict));
    if (!m_progress) {
        m_title->setText(tr("No lesson yet"));
        m_view->setHtml(tr("Help → Lesson opens the lesson on the container lifecycle."));
        return;
    }
    const porthole::Lesson &lesson = m_progress->lesson();
    m_title->setText(lesson.title);
    QString html = QStringLiteral("<p>%1</p>").arg(lesson.introduction.toHtmlEscaped());
    qsizetype index = 0;
    for (const porthole::LessonSection &section : lesson.sections) {
        html += QStringLiteral("<h3>%1</h3>").arg(section.title.toHtmlEscaped());
        if (!section.text.isEmpty())
            html += QStringLiteral("<p><i>%1</i></p>").arg(section.text.toHtmlEscaped());
        for (qsizetype i = 0; i < section.steps.size(); ++i)
            html += stepHtml(index++);
    }
    if (m_progress->finished())
        html += QStringLiteral("<h3><a name=\"end\"></a>%1</h3>").arg(tr("Lesson done: %1 of %2 steps seen happen.")
                                                                      .arg(lesson.stepCount() - m_skipped.size()).arg(lesson.stepCount()));
    const int scroll = m_view->verticalScrollBar()->value();
    m_view->setHtml(html);
    m_view->verticalScrollBar()->setValue(scroll);
    // The step just ticked (its explanation) above the current one.
    const qsizetype shown = std::max<qsizetype>(0, m_progress->current() - 1);
    m_view->scrollToAnchor(m_progress->finished() ? QStringLiteral("end") : QStringLiteral("step%1").arg(shown));
}

QString LessonPanel::stepHtml(qsizetype index) const
{
    const porthole::LessonStep &step = m_progress->lesson().step(index);
    const bool current = index == m_progress->current();
    QString mark = QStringLiteral("○");
    if (m_skipped.contains(index))
        mark = tr("skipped");
    else if (m_progress->isDone(index))
        mark = QStringLiteral("✔");
    else if (current)
        mark = QStringLiteral("▶");
    QString html = QStringLiteral("<p><a name=\"step%1\"></a>%2 %3%4%5</p>")
                       .arg(index)
                       .arg(mark, current ? QStringLiteral("<b>") : QString(), withCommandLinks(step.task),
                            current ? QStringLiteral("</b>") : QString());
    if (m_progress->isDone(index) && !m_skipped.contains(index))
        html += QStringLiteral("<blockquote>%1</blockquote>").arg(m_progress->explanation(index).toHtmlEscaped());
    if (const QString name = current ? conflictingName() : QString(); !name.isEmpty())
        html += QStringLiteral("<p style=\"color:#b00020\">%1</p>")
                    .arg(withCommandLinks(tr("A container named %1 already exists (made before this step), so this step's create would fail: "
                                             "the name is taken. Remove it first: type `docker rm -f %1` or press Remove %1 below; "
                                             "or skip this step.").arg(name)));
    return html;
}
