#include "cli/gotemplate.h"
#include "cli/gotemplate_tree.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cmath>
#include <functional>

namespace porthole::gotemplate {
namespace {

using Args = QList<QJsonValue>;

// Widths, paddings and precisions a template may ask for: a --format string
// must not be able to make the CLI allocate gigabytes.
constexpr int kMaxWidth = 1 << 16;

// A template number as an int within [-limit, limit] (NaN is 0; 2^29 by
// default, so the difference of two stays an int): converting a
// double out of int's range is undefined behaviour.
int boundedInt(double value, int limit = 1 << 29)
{
    if (std::isnan(value))
        return 0;
    return int(std::clamp(value, -double(limit), double(limit)));
}

int boundedInt(const QJsonValue &value, int limit = 1 << 29)
{
    return boundedInt(value.toDouble(), limit);
}

qint64 boundedInt64(double value)
{
    if (std::isnan(value))
        return 0;
    return qint64(std::clamp(value, -9.0e18, 9.0e18));
}

QString text(const QJsonValue &value)
{
    return goFormat(value);
}

QString jsonText(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

// Go's %q: a double-quoted string with Go's escapes.
QString goQuoted(const QString &value)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : value) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\') + QString(c);
        else if (c == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        else if (c == QLatin1Char('\t'))
            out += QStringLiteral("\\t");
        else
            out += c;
    }
    return out + QLatin1Char('"');
}

// One %verb of printf with its flags and width: s v d q f t x %.
QString formatOne(const QString &spec, const QJsonValue &value)
{
    const QChar verb = spec.back();
    const bool left = spec.contains(QLatin1Char('-'));
    const int dot = spec.indexOf(QLatin1Char('.'));
    const int width = std::min(spec.mid(1, (dot < 0 ? spec.size() - 1 : dot) - 1).remove(QLatin1Char('-')).toInt(), kMaxWidth);
    const int precision = dot < 0 ? -1 : std::min(spec.mid(dot + 1, spec.size() - dot - 2).toInt(), kMaxWidth);
    QString out;
    if (verb == QLatin1Char('d'))
        out = QString::number(boundedInt64(value.toDouble()));
    else if (verb == QLatin1Char('f'))
        out = QString::number(value.toDouble(), 'f', precision < 0 ? 6 : precision);
    else if (verb == QLatin1Char('q'))
        out = goQuoted(text(value));
    else if (verb == QLatin1Char('x'))
        out = value.isDouble() ? QString::number(boundedInt64(value.toDouble()), 16) : QString::fromLatin1(text(value).toUtf8().toHex());
    else
        out = text(value);
    if (precision >= 0 && (verb == QLatin1Char('s') || verb == QLatin1Char('v')))
        out = out.left(precision);
    return left ? out.leftJustified(width) : out.rightJustified(width);
}

QString printf(const Args &args)
{
    const QString format = args.value(0).toString();
    QString out;
    qsizetype next = 1;
    for (qsizetype i = 0; i < format.size(); ++i) {
        if (format.at(i) != QLatin1Char('%') || i + 1 >= format.size()) {
            out += format.at(i);
            continue;
        }
        qsizetype j = i + 1;
        while (j < format.size() && QStringLiteral("-+ #0123456789.").contains(format.at(j)))
            ++j;
        if (j >= format.size())
            break;
        const QString spec = format.mid(i, j - i + 1);
        out += spec.back() == QLatin1Char('%') ? QStringLiteral("%")
               : next < args.size()            ? formatOne(spec, args.at(next++))
                                               : QStringLiteral("%!") + spec.back() + QStringLiteral("(MISSING)");
        i = j;
    }
    return out;
}

QJsonValue indexInto(QJsonValue value, const Args &keys)
{
    for (const QJsonValue &key : keys)
        value = value.isObject() ? value.toObject().value(text(key)) : value.toArray().at(boundedInt(key));
    return value;
}

int compare(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isDouble() && b.isDouble())
        return a.toDouble() < b.toDouble() ? -1 : a.toDouble() > b.toDouble() ? 1 : 0;
    return text(a).compare(text(b));
}

using Function = std::function<QJsonValue(const Args &)>;

void addTextFunctions(QHash<QString, Function> &functions)
{
    functions.insert({
        {QStringLiteral("json"), [](const Args &a) { return QJsonValue(jsonText(a.value(0))); }},
        {QStringLiteral("upper"), [](const Args &a) { return QJsonValue(text(a.value(0)).toUpper()); }},
        {QStringLiteral("lower"), [](const Args &a) { return QJsonValue(text(a.value(0)).toLower()); }},
        {QStringLiteral("title"), [](const Args &a) {
             QString t = text(a.value(0));
             for (qsizetype i = 0; i < t.size(); ++i)
                 if (i == 0 || !t.at(i - 1).isLetterOrNumber())
                     t[i] = t.at(i).toUpper();
             return QJsonValue(t);
         }},
        {QStringLiteral("join"), [](const Args &a) {
             QStringList parts;
             for (const auto &item : a.value(0).toArray())
                 parts.append(text(item));
             return QJsonValue(parts.join(a.value(1).toString()));
         }},
        {QStringLiteral("split"), [](const Args &a) { return QJsonValue(QJsonArray::fromStringList(text(a.value(0)).split(a.value(1).toString()))); }},
        {QStringLiteral("pad"), [](const Args &a) {
             return QJsonValue(QString(std::max(boundedInt(a.value(1), kMaxWidth), 0), QLatin1Char(' ')) + text(a.value(0))
                              + QString(std::max(boundedInt(a.value(2), kMaxWidth), 0), QLatin1Char(' ')));
         }},
        {QStringLiteral("truncate"), [](const Args &a) { return QJsonValue(text(a.value(0)).left(boundedInt(a.value(1)))); }},
        {QStringLiteral("print"), [](const Args &a) {
             QStringList parts;
             for (const auto &item : a)
                 parts.append(text(item));
             return QJsonValue(parts.join(QString()));
         }},
        {QStringLiteral("println"), [](const Args &a) {
             QStringList parts;
             for (const auto &item : a)
                 parts.append(text(item));
             return QJsonValue(parts.join(QLatin1Char(' ')) + QLatin1Char('\n'));
         }},
        {QStringLiteral("printf"), [](const Args &a) { return QJsonValue(printf(a)); }},
    });
}

void addValueFunctions(QHash<QString, Function> &functions)
{
    functions.insert({
        {QStringLiteral("len"), [](const Args &a) {
             const QJsonValue v = a.value(0);
             return QJsonValue(v.isArray() ? v.toArray().size() : v.isObject() ? v.toObject().size() : v.toString().size());
         }},
        {QStringLiteral("index"), [](const Args &a) { return indexInto(a.value(0), a.mid(1)); }},
        {QStringLiteral("slice"), [](const Args &a) {
             const QJsonValue v = a.value(0);
             const int from = boundedInt(a.value(1));
             const int to = a.size() > 2 ? boundedInt(a.value(2)) : -1;
             if (v.isArray())
                 return QJsonValue(QJsonArray::fromVariantList(v.toArray().toVariantList().mid(from, to < 0 ? -1 : to - from)));
             return QJsonValue(text(v).mid(from, to < 0 ? -1 : to - from));
         }},
        {QStringLiteral("eq"), [](const Args &a) { return QJsonValue(compare(a.value(0), a.value(1)) == 0); }},
        {QStringLiteral("ne"), [](const Args &a) { return QJsonValue(compare(a.value(0), a.value(1)) != 0); }},
        {QStringLiteral("lt"), [](const Args &a) { return QJsonValue(compare(a.value(0), a.value(1)) < 0); }},
        {QStringLiteral("le"), [](const Args &a) { return QJsonValue(compare(a.value(0), a.value(1)) <= 0); }},
        {QStringLiteral("gt"), [](const Args &a) { return QJsonValue(compare(a.value(0), a.value(1)) > 0); }},
        {QStringLiteral("ge"), [](const Args &a) { return QJsonValue(compare(a.value(0), a.value(1)) >= 0); }},
        {QStringLiteral("not"), [](const Args &a) { return QJsonValue(!isTrue(a.value(0))); }},
        {QStringLiteral("and"), [](const Args &a) {
             for (const auto &v : a)
                 if (!isTrue(v))
                     return v;
             return a.value(a.size() - 1);
         }},
        {QStringLiteral("or"), [](const Args &a) {
             for (const auto &v : a)
                 if (isTrue(v))
                     return v;
             return a.value(a.size() - 1);
         }},
    });
}

const QHash<QString, Function> &functionTable()
{
    static const QHash<QString, Function> functions = [] {
        QHash<QString, Function> table;
        addTextFunctions(table);
        addValueFunctions(table);
        return table;
    }();
    return functions;
}

} // namespace

Result<QJsonValue> callFunction(const QString &name, const QList<QJsonValue> &args)
{
    const QHash<QString, Function> &functions = functionTable();
    const auto function = functions.constFind(name);
    if (function == functions.cend())
        return fail(QStringLiteral("template: function \"%1\" not defined").arg(name));
    if (args.isEmpty() && name != QLatin1String("print") && name != QLatin1String("println"))
        return fail(QStringLiteral("template: wrong number of args for %1: want at least 1 got 0").arg(name));
    return (*function)(args);
}

} // namespace porthole::gotemplate
