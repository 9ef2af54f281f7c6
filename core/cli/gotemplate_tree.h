#pragma once
// The parsed form of a Go template (internal to the cli room): text and
// actions, if/range/with blocks, pipelines of commands.
#include "base/error.h"

#include <QJsonValue>
#include <QList>
#include <QStringList>
#include <QString>
#include <memory>

namespace porthole::gotemplate {

struct Pipeline;

struct Operand {
    enum class Kind { Field, Dot, String, Number, Bool, Function, Nested, Variable } kind = Kind::Dot;
    QString text;                     // field path ".A.B", string value, function name, "$x" or "$x.A.B"
    double number = 0;
    bool boolean = false;
    std::shared_ptr<Pipeline> nested; // ( pipeline )
};

struct Command {
    QList<Operand> operands; // a function or field, then its arguments
};

struct Pipeline {
    QList<Command> commands; // joined by |
};

struct Node {
    enum class Kind { Text, Action, If, Range, With } kind = Kind::Text;
    QString text;
    Pipeline pipeline;
    QList<Node> body;
    QList<Node> elseBody;
    QStringList variables; // declared: {{$x := …}}, {{range $i, $e := …}}
};

// Parses template text into nodes (Go's {{- and -}} trim markers included).
Result<QList<Node>> parseTemplate(const QString &text);

// Runs the nodes with dot as data.
Result<QString> executeTemplate(const QList<Node> &nodes, const QJsonValue &dot);

// A function of the template language (json, join, printf, ...) on values.
Result<QJsonValue> callFunction(const QString &name, const QList<QJsonValue> &args);

// Go's truth: false, 0, "", empty lists and maps and null are false.
bool isTrue(const QJsonValue &value);

} // namespace porthole::gotemplate
