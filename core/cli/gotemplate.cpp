#include "cli/gotemplate.h"

#include "base/shellwords.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace porthole {

QString goFormat(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("<no value>");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (d == double(qint64(d)))
            return QString::number(qint64(d));
        return QString::number(d, 'g', 15);
    }
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array: {
        QStringList parts;
        for (const auto &item : value.toArray())
            parts.append(goFormat(item));
        return QLatin1Char('[') + parts.join(QLatin1Char(' ')) + QLatin1Char(']');
    }
    case QJsonValue::Object: {
        QStringList parts;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            parts.append(it.key() + QLatin1Char(':') + goFormat(it.value()));
        return QStringLiteral("map[") + parts.join(QLatin1Char(' ')) + QLatin1Char(']');
    }
    }
    return {};
}

namespace {

Result<QJsonValue> lookupPath(const QString &path, const QJsonValue &data)
{
    if (path == QLatin1String("."))
        return data;
    if (!path.startsWith(QLatin1Char('.')))
        return fail(QStringLiteral("template: unexpected \"%1\" (expected a field such as .Name)").arg(path));
    QJsonValue current = data;
    for (const QString &field : path.mid(1).split(QLatin1Char('.'))) {
        if (!current.isObject())
            return fail(QStringLiteral("template: can't evaluate field %1").arg(field));
        const QJsonObject object = current.toObject();
        if (!object.contains(field))
            return fail(QStringLiteral("template: can't evaluate field %1").arg(field));
        current = object.value(field);
    }
    return current;
}

Result<QString> evaluateAction(const QString &action, const QJsonValue &data)
{
    auto words = splitShellWords(action);
    if (!words)
        return std::unexpected(words.error());
    if (words->isEmpty())
        return fail(QStringLiteral("template: missing value for command"));
    const QString function = words->first();
    if (function.startsWith(QLatin1Char('.'))) {
        if (words->size() != 1)
            return fail(QStringLiteral("template: can't give argument to non-function %1").arg(function));
        auto value = lookupPath(function, data);
        if (!value)
            return std::unexpected(value.error());
        return goFormat(*value);
    }
    if (words->size() < 2)
        return fail(QStringLiteral("template: wrong number of args for %1").arg(function));
    auto value = lookupPath(words->at(1), data);
    if (!value)
        return std::unexpected(value.error());
    if (function == QLatin1String("json")) {
        if (value->isObject())
            return QString::fromUtf8(QJsonDocument(value->toObject()).toJson(QJsonDocument::Compact));
        if (value->isArray())
            return QString::fromUtf8(QJsonDocument(value->toArray()).toJson(QJsonDocument::Compact));
        QJsonArray wrapper{*value};
        const QByteArray text = QJsonDocument(wrapper).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(text.mid(1, text.size() - 2));
    }
    if (function == QLatin1String("upper"))
        return goFormat(*value).toUpper();
    if (function == QLatin1String("lower"))
        return goFormat(*value).toLower();
    if (function == QLatin1String("index")) {
        if (words->size() != 3)
            return fail(QStringLiteral("template: wrong number of args for index"));
        if (value->isObject())
            return goFormat(value->toObject().value(words->at(2)));
        if (value->isArray())
            return goFormat(value->toArray().at(words->at(2).toInt()));
        return fail(QStringLiteral("template: can't index item of this type"));
    }
    return fail(QStringLiteral("template: function \"%1\" not defined").arg(function));
}

} // namespace

Result<QString> renderTemplate(const QString &templateText, const QJsonValue &data)
{
    QString text = templateText;
    text.replace(QLatin1String("\\t"), QLatin1String("\t")).replace(QLatin1String("\\n"), QLatin1String("\n"));
    QString out;
    qsizetype position = 0;
    while (position < text.size()) {
        const qsizetype open = text.indexOf(QLatin1String("{{"), position);
        if (open < 0) {
            out += text.mid(position);
            break;
        }
        out += text.mid(position, open - position);
        const qsizetype close = text.indexOf(QLatin1String("}}"), open + 2);
        if (close < 0)
            return fail(QStringLiteral("template: unclosed action"));
        auto value = evaluateAction(text.mid(open + 2, close - open - 2).trimmed(), data);
        if (!value)
            return std::unexpected(value.error());
        out += *value;
        position = close + 2;
    }
    return out;
}

} // namespace porthole
