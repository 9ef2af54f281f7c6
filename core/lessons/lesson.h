#pragma once
// A lesson is data: one JSON file per language (resources/lessons/), so a
// teacher can write another one. Sections of steps; each step says what to
// do, what the engine must show for it to count, and what just happened.
//
//   {"title": "...", "language": "en", "introduction": "...",
//    "sections": [{"title": "...", "text": "...", "steps": [
//      {"id": "create", "task": "Type `docker create -it --name=busybox busybox`",
//       "expect": [{"type": "container", "action": "create", "name": "busybox"}],
//       "explanation": "... {exitCode} ..."}]}]}
//
// An expectation names an event (type, action — a trailing * matches a
// prefix —, attributes such as name or image, count) or, for a command
// that changes nothing and so leaves no event (ps), a command the window
// ran: {"command": "container ls", "flags": ["-a"]}.
#include "base/error.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace porthole {

struct LessonExpectation {
    QString type;                      // event type ("container", "image"); empty for a command
    QString action;                    // "create", "exec_start*"
    QHash<QString, QString> attributes; // name=busybox, image=busybox:test
    int count = 1;                     // how many such events
    QString command;                   // a command's verb path ("container ls")
    QStringList flags;                 // words the command must have held ("-a|--all": either)
    bool isCommand() const { return !command.isEmpty(); }
};

struct LessonStep {
    QString id;
    QString task;        // what to do; `text` in backquotes is a command to type
    QString explanation; // shown once ticked; {attribute} from the matched events
    QList<LessonExpectation> expect; // in order; container events about one container
};

struct LessonSection {
    QString title;
    QString text;
    QList<LessonStep> steps;
};

struct Lesson {
    QString title;
    QString language;
    QString introduction;
    QList<LessonSection> sections;

    qsizetype stepCount() const;
    const LessonStep &step(qsizetype index) const; // counted across sections
    qsizetype sectionOf(qsizetype index) const;

    static Result<Lesson> fromJson(const QByteArray &json);
};

} // namespace porthole
