#include "cli/gotemplate.h"
#include "cli/gotemplate_tree.h"

#include <QJsonArray>
#include <QJsonObject>

namespace porthole::gotemplate {
namespace {

// The variables in scope while a template runs ($ is the data; a block's
// declarations go when it ends), innermost last.
thread_local QList<QPair<QString, QJsonValue>> variables;

// Drops what a block declared when it ends.
class VariableScope {
public:
    VariableScope() : m_size(variables.size()) {}
    ~VariableScope() { variables.resize(m_size); }
    VariableScope(const VariableScope &) = delete;
    VariableScope &operator=(const VariableScope &) = delete;

private:
    qsizetype m_size;
};

Result<QJsonValue> field(const QString &path, const QJsonValue &dot)
{
    QJsonValue current = dot;
    for (const QString &name : path.mid(1).split(QLatin1Char('.'), Qt::SkipEmptyParts)) {
        if (!current.isObject() || !current.toObject().contains(name))
            return fail(QStringLiteral("template: can't evaluate field %1").arg(name));
        current = current.toObject().value(name);
    }
    return current;
}

// Methods Docker's listing objects have: .Label "key".
Result<QJsonValue> method(const QString &path, const QJsonValue &dot, const QList<QJsonValue> &args)
{
    const QString name = path.section(QLatin1Char('.'), -1);
    auto owner = field(path.section(QLatin1Char('.'), 0, -2), dot);
    if (name == QLatin1String("Label") && owner && args.size() == 1) {
        const QJsonValue labels = owner->toObject().value(QLatin1String("Labels"));
        if (labels.isObject())
            return labels.toObject().value(args.first().toString());
        for (const QString &pair : labels.toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) // "a=1,b=2" as ps shows them
            if (pair.section(QLatin1Char('='), 0, 0) == args.first().toString())
                return pair.section(QLatin1Char('='), 1);
        return QJsonValue(QString());
    }
    return fail(QStringLiteral("template: can't give argument to non-function %1").arg(path));
}

Result<QJsonValue> evaluatePipeline(const Pipeline &pipeline, const QJsonValue &dot);

// "$x" or "$x.A.B": the innermost variable of that name, then its fields.
Result<QJsonValue> variable(const QString &text)
{
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    const QString name = dot < 0 ? text : text.left(dot);
    for (auto it = variables.crbegin(); it != variables.crend(); ++it)
        if (it->first == name)
            return dot < 0 ? it->second : field(text.mid(dot), it->second);
    return fail(QStringLiteral("template: undefined variable: %1").arg(name));
}

Result<QJsonValue> evaluateOperand(const Operand &operand, const QJsonValue &dot)
{
    switch (operand.kind) {
    case Operand::Kind::Dot: return dot;
    case Operand::Kind::Field: return field(operand.text, dot);
    case Operand::Kind::String: return QJsonValue(operand.text);
    case Operand::Kind::Number: return QJsonValue(operand.number);
    case Operand::Kind::Bool: return QJsonValue(operand.boolean);
    case Operand::Kind::Nested: return evaluatePipeline(*operand.nested, dot);
    case Operand::Kind::Function: return callFunction(operand.text, {});
    case Operand::Kind::Variable: return variable(operand.text);
    }
    return QJsonValue();
}

// One command; piped is the value of the command before it (Go passes it
// as the last argument).
Result<QJsonValue> evaluateCommand(const Command &command, const QJsonValue &dot, const std::optional<QJsonValue> &piped)
{
    QList<QJsonValue> args;
    for (qsizetype i = 1; i < command.operands.size(); ++i) {
        auto value = evaluateOperand(command.operands.at(i), dot);
        if (!value)
            return value;
        args.append(*value);
    }
    if (piped)
        args.append(*piped);
    const Operand &head = command.operands.first();
    if (head.kind == Operand::Kind::Function)
        return callFunction(head.text, args);
    if (args.isEmpty())
        return evaluateOperand(head, dot);
    if (head.kind == Operand::Kind::Field)
        return method(head.text, dot, args);
    return fail(QStringLiteral("template: can't give argument to non-function"));
}

Result<QJsonValue> evaluatePipeline(const Pipeline &pipeline, const QJsonValue &dot)
{
    std::optional<QJsonValue> value;
    for (const Command &command : pipeline.commands) {
        auto next = evaluateCommand(command, dot, value);
        if (!next)
            return next;
        value = *next;
    }
    return value.value_or(QJsonValue());
}

// range's items with their index or key: a list's elements, a map's values in key order.
QList<QPair<QJsonValue, QJsonValue>> rangeItems(const QJsonValue &value)
{
    QList<QPair<QJsonValue, QJsonValue>> items;
    if (value.isArray())
        for (const auto &item : value.toArray())
            items.append({QJsonValue(double(items.size())), item});
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) // QJsonObject iterates in key order
            items.append({QJsonValue(it.key()), it.value()});
    }
    return items;
}

Status execute(const QList<Node> &nodes, const QJsonValue &dot, QString &out);

Status executeBlock(const Node &node, const QJsonValue &dot, QString &out)
{
    auto value = evaluatePipeline(node.pipeline, dot);
    if (!value)
        return std::unexpected(value.error());
    if (node.kind == Node::Kind::Range) {
        const auto items = rangeItems(*value);
        if (items.isEmpty())
            return execute(node.elseBody, dot, out);
        for (const auto &[key, item] : items) {
            VariableScope scope;
            if (node.variables.size() == 1)
                variables.append({node.variables.first(), item});
            if (node.variables.size() == 2) {
                variables.append({node.variables.first(), key});
                variables.append({node.variables.last(), item});
            }
            if (auto ok = execute(node.body, item, out); !ok)
                return ok;
        }
        return {};
    }
    if (!isTrue(*value))
        return execute(node.elseBody, dot, out);
    VariableScope scope;
    if (!node.variables.isEmpty()) // {{with $x := …}}
        variables.append({node.variables.first(), *value});
    return execute(node.body, node.kind == Node::Kind::With ? *value : dot, out);
}

Status execute(const QList<Node> &nodes, const QJsonValue &dot, QString &out)
{
    VariableScope scope; // what {{$x := …}} declares lives until the block's end
    for (const Node &node : nodes) {
        if (node.kind == Node::Kind::Text) {
            out += node.text;
            continue;
        }
        if (node.kind != Node::Kind::Action) {
            if (auto ok = executeBlock(node, dot, out); !ok)
                return ok;
            continue;
        }
        auto value = evaluatePipeline(node.pipeline, dot);
        if (!value)
            return std::unexpected(value.error());
        if (!node.variables.isEmpty()) // a declaration prints nothing
            variables.append({node.variables.first(), *value});
        else
            out += goFormat(*value);
    }
    return {};
}

} // namespace

Result<QString> executeTemplate(const QList<Node> &nodes, const QJsonValue &dot)
{
    VariableScope scope;
    variables.append({QStringLiteral("$"), dot});
    QString out;
    if (auto ok = execute(nodes, dot, out); !ok)
        return std::unexpected(ok.error());
    return out;
}

bool isTrue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool: return value.toBool();
    case QJsonValue::Double: return value.toDouble() != 0;
    case QJsonValue::String: return !value.toString().isEmpty();
    case QJsonValue::Array: return !value.toArray().isEmpty();
    case QJsonValue::Object: return !value.toObject().isEmpty();
    default: return false;
    }
}

} // namespace porthole::gotemplate

namespace porthole {

Result<QString> renderTemplate(const QString &templateText, const QJsonValue &data)
{
    QString text = templateText;
    if (text.trimmed() == QLatin1String("json")) // --format json (Docker 24)
        text = QStringLiteral("{{json .}}");
    text.replace(QLatin1String("\\t"), QLatin1String("\t")).replace(QLatin1String("\\n"), QLatin1String("\n"));
    auto nodes = gotemplate::parseTemplate(text);
    if (!nodes)
        return std::unexpected(nodes.error());
    return gotemplate::executeTemplate(*nodes, data);
}

} // namespace porthole
