#include "images/changes.h"

#include "base/shellwords.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace porthole {
namespace {

// JSON form (["a","b"]) when it parses as an array of strings, else shell form.
QJsonArray commandArray(const QString &argument)
{
    const QJsonDocument doc = QJsonDocument::fromJson(argument.toUtf8());
    if (doc.isArray()) {
        bool allStrings = true;
        for (const auto &value : doc.array())
            allStrings = allStrings && value.isString();
        if (allStrings)
            return doc.array();
    }
    return QJsonArray{QStringLiteral("/bin/sh"), QStringLiteral("-c"), argument};
}

Result<QList<QPair<QString, QString>>> keyValuePairs(const QString &keyword, const QString &argument,
                                                      bool allowLegacy)
{
    auto words = splitShellWords(argument);
    if (!words)
        return std::unexpected(words.error());
    if (words->isEmpty())
        return fail(QStringLiteral("%1 requires at least one argument").arg(keyword));
    QList<QPair<QString, QString>> pairs;
    if (!words->first().contains(QLatin1Char('='))) {
        if (!allowLegacy || words->size() < 2)
            return fail(QStringLiteral("%1 names can not be blank and need a value: %2").arg(keyword, argument));
        // Legacy "ENV key value with spaces".
        const QString key = words->takeFirst();
        pairs.append({key, words->join(QLatin1Char(' '))});
        return pairs;
    }
    for (const QString &word : std::as_const(*words)) {
        const qsizetype eq = word.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return fail(QStringLiteral("%1 names can not be blank and need a value: %2").arg(keyword, word));
        pairs.append({word.left(eq), word.mid(eq + 1)});
    }
    return pairs;
}

Status applyEnv(QJsonObject &config, const QString &argument)
{
    auto pairs = keyValuePairs(QStringLiteral("ENV"), argument, true);
    if (!pairs)
        return std::unexpected(pairs.error());
    QJsonArray env = config.value(QLatin1String("Env")).toArray();
    for (const auto &[key, value] : std::as_const(*pairs)) {
        const QString entry = key + QLatin1Char('=') + value;
        bool replaced = false;
        for (qsizetype i = 0; i < env.size(); ++i) {
            if (env.at(i).toString().section(QLatin1Char('='), 0, 0) == key) {
                env[i] = entry;
                replaced = true;
            }
        }
        if (!replaced)
            env.append(entry);
    }
    config.insert(QLatin1String("Env"), env);
    return {};
}

Status applyLabel(QJsonObject &config, const QString &argument)
{
    auto pairs = keyValuePairs(QStringLiteral("LABEL"), argument, true);
    if (!pairs)
        return std::unexpected(pairs.error());
    QJsonObject labels = config.value(QLatin1String("Labels")).toObject();
    for (const auto &[key, value] : std::as_const(*pairs))
        labels.insert(key, value);
    config.insert(QLatin1String("Labels"), labels);
    return {};
}

Status applyExpose(QJsonObject &config, const QString &argument)
{
    static const QRegularExpression portPattern(QStringLiteral("^(\\d{1,5})(?:-(\\d{1,5}))?(?:/(tcp|udp|sctp))?$"),
                                                QRegularExpression::CaseInsensitiveOption);
    QJsonObject ports = config.value(QLatin1String("ExposedPorts")).toObject();
    const QStringList words = argument.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return fail(QStringLiteral("EXPOSE requires at least one argument"));
    for (const QString &word : words) {
        const auto match = portPattern.match(word);
        const int first = match.captured(1).toInt();
        const int last = match.captured(2).isEmpty() ? first : match.captured(2).toInt();
        if (!match.hasMatch() || first < 1 || last > 65535 || last < first)
            return fail(QStringLiteral("invalid containerPort: %1").arg(word));
        const QString protocol = match.captured(3).isEmpty() ? QStringLiteral("tcp") : match.captured(3).toLower();
        for (int port = first; port <= last; ++port)
            ports.insert(QString::number(port) + QLatin1Char('/') + protocol, QJsonObject());
    }
    config.insert(QLatin1String("ExposedPorts"), ports);
    return {};
}

Status applyVolume(QJsonObject &config, const QString &argument)
{
    QJsonObject volumes = config.value(QLatin1String("Volumes")).toObject();
    QStringList paths;
    const QJsonDocument doc = QJsonDocument::fromJson(argument.toUtf8());
    if (doc.isArray()) {
        for (const auto &value : doc.array())
            paths.append(value.toString());
    } else {
        paths = argument.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    }
    if (paths.isEmpty())
        return fail(QStringLiteral("VOLUME requires at least one argument"));
    for (const QString &path : std::as_const(paths)) {
        if (path.isEmpty())
            return fail(QStringLiteral("VOLUME specified can not be an empty string"));
        volumes.insert(path, QJsonObject());
    }
    config.insert(QLatin1String("Volumes"), volumes);
    return {};
}

Status applySingleValue(QJsonObject &config, const QString &keyword, const QString &key, const QString &argument)
{
    if (argument.isEmpty())
        return fail(QStringLiteral("%1 requires exactly one argument").arg(keyword));
    config.insert(key, argument);
    return {};
}

Status applyWorkdir(QJsonObject &config, const QString &argument)
{
    if (argument.isEmpty())
        return fail(QStringLiteral("WORKDIR requires exactly one argument"));
    QString dir = argument;
    if (!dir.startsWith(QLatin1Char('/'))) {
        const QString base = config.value(QLatin1String("WorkingDir")).toString();
        dir = (base.isEmpty() ? QStringLiteral("/") : base + QLatin1Char('/')) + dir;
    }
    config.insert(QLatin1String("WorkingDir"), dir);
    return {};
}

} // namespace

Status applyChange(QJsonObject &config, const QString &instruction)
{
    const QString trimmed = instruction.trimmed();
    if (trimmed.isEmpty())
        return fail(QStringLiteral("empty change instruction"));
    const qsizetype space = trimmed.indexOf(QRegularExpression(QStringLiteral("\\s")));
    const QString typedKeyword = space < 0 ? trimmed : trimmed.left(space);
    const QString keyword = typedKeyword.toUpper();
    const QString argument = space < 0 ? QString() : trimmed.mid(space + 1).trimmed();

    if (keyword == QLatin1String("CMD") || keyword == QLatin1String("ENTRYPOINT")) {
        const QString key = keyword == QLatin1String("CMD") ? QStringLiteral("Cmd") : QStringLiteral("Entrypoint");
        config.insert(key, commandArray(argument));
        return {};
    }
    if (keyword == QLatin1String("ENV"))
        return applyEnv(config, argument);
    if (keyword == QLatin1String("LABEL"))
        return applyLabel(config, argument);
    if (keyword == QLatin1String("EXPOSE"))
        return applyExpose(config, argument);
    if (keyword == QLatin1String("VOLUME"))
        return applyVolume(config, argument);
    if (keyword == QLatin1String("STOPSIGNAL"))
        return applySingleValue(config, keyword, QStringLiteral("StopSignal"), argument);
    if (keyword == QLatin1String("USER"))
        return applySingleValue(config, keyword, QStringLiteral("User"), argument);
    if (keyword == QLatin1String("WORKDIR"))
        return applyWorkdir(config, argument);
    return fail(QStringLiteral("%1 is not a valid change command").arg(typedKeyword.toLower())); // Docker names it in lower case
}

Status applyChanges(QJsonObject &config, const QStringList &instructions)
{
    QJsonObject updated = config;
    for (const QString &instruction : instructions)
        if (auto ok = applyChange(updated, instruction); !ok)
            return ok;
    config = updated;
    return {};
}

} // namespace porthole
