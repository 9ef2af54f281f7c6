#include "compattable.h"

#include <QRegularExpression>

namespace compat {

QList<Scenario> parseScenarios(const QString &text, QString *error)
{
    QList<Scenario> scenarios;
    int number = 0;
    for (const QString &raw : text.split(QLatin1Char('\n'))) {
        ++number;
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (line.startsWith(QLatin1String("=="))) {
            QString name = line.mid(2).trimmed();
            const bool alone = name.endsWith(QLatin1String(" !alone"));
            if (alone)
                name = name.chopped(7).trimmed();
            scenarios.append(Scenario{name, {}, alone});
            continue;
        }
        if (scenarios.isEmpty()) {
            *error = QStringLiteral("commands.txt:%1: a command line before the first scenario").arg(number);
            return {};
        }
        scenarios.last().lines.append(line);
    }
    return scenarios;
}

QList<Listed> parseDifferences(const QString &text, QString *error)
{
    QList<Listed> listed;
    Listed current;
    int number = 0;
    auto finish = [&]() {
        if (current.scenario.isEmpty() && current.command.isEmpty() && current.reason.isEmpty())
            return true;
        if (current.scenario.isEmpty() || current.command.isEmpty() || current.reason.isEmpty()) {
            *error = QStringLiteral("differences.txt:%1: a record needs scenario, command and reason").arg(number);
            return false;
        }
        listed.append(current);
        current = Listed{};
        return true;
    };
    for (const QString &raw : text.split(QLatin1Char('\n'))) {
        ++number;
        const QString line = raw.trimmed();
        if (line.startsWith(QLatin1Char('#')))
            continue;
        if (line.isEmpty()) {
            if (!finish())
                return {};
        } else if (line.startsWith(QLatin1String("scenario:"))) {
            current.scenario = line.mid(9).trimmed();
        } else if (line.startsWith(QLatin1String("command:"))) {
            current.command = line.mid(8).trimmed();
        } else if (line.startsWith(QLatin1String("reason:"))) {
            current.reason = line.mid(7).trimmed();
        } else if (!current.reason.isEmpty()) {
            current.reason += QLatin1Char(' ') + line; // a reason may go on over several lines
        } else {
            *error = QStringLiteral("differences.txt:%1: expected scenario:, command: or reason:").arg(number);
            return {};
        }
    }
    if (!finish())
        return {};
    return listed;
}

QString Normaliser::replaceIds(const QString &text)
{
    static const QRegularExpression hex(QStringLiteral("\\b([0-9a-f]{64}|[0-9a-f]{12})\\b"));
    QString result;
    qsizetype last = 0;
    for (auto it = hex.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        const QString key = match.captured(1).left(12);
        if (!m_ids.contains(key))
            m_ids.insert(key, int(m_ids.size()) + 1);
        const bool full = match.capturedLength(1) == 64;
        result += text.mid(last, match.capturedStart() - last);
        result += QStringLiteral("<%1%2>").arg(full ? QStringLiteral("ID") : QStringLiteral("id")).arg(m_ids.value(key));
        last = match.capturedEnd();
    }
    return result + text.mid(last);
}

namespace {

// Times, relative and absolute, cannot match between two runs; nor can a
// container's sizes ("0B (virtual 1.98MB)": each engine counts its own
// writable layer). Image sizes are compared as they are.
QString replaceTimesAndSizes(QString text)
{
    static const QRegularExpression absolute(
        QStringLiteral("\\b\\d{4}-\\d\\d-\\d\\d[T ]\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?(Z|[+-]\\d\\d:\\d\\d| [+-]\\d{4}( [A-Z]{3,5})?)?"));
    static const QRegularExpression relative(
        QStringLiteral("(Less than a second|About a minute|About an hour|\\b\\d+ (second|minute|hour|day|week|month|year)s?)\\b"));
    static const QRegularExpression size(QStringLiteral("\\b\\d+(\\.\\d+)?\\s?(B|kB|KB|MB|GB|TB)\\b"));
    text.replace(absolute, QStringLiteral("<time>"));
    text.replace(relative, QStringLiteral("<duration>"));
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines)
        if (line.contains(QLatin1String("(virtual ")))
            line.replace(size, QStringLiteral("<size>"));
    return lines.join(QLatin1Char('\n'));
}

// Docker's error prefixes (a daemon's answer, the CLI's name), its hints
// and Porthole's, and the program's name in usage texts.
QString normaliseLine(QString line)
{
    static const QRegularExpression seeDocker(QStringLiteral("^See '(docker|porthole)[^']*--help'\\.?$"));
    static const QRegularExpression seePorthole(QStringLiteral(" \\(see '(docker|porthole)[^']*--help'\\)"));
    static const QRegularExpression program(QStringLiteral("\\bporthole\\b"));
    static const QRegularExpression spaces(QStringLiteral("[ \\t]{2,}"));
    // Docker's client logs its own noise when run gives up early
    // ("error waiting for container: context canceled"), on some runs only.
    static const QRegularExpression clientLog(QStringLiteral("^time=\"[^\"]*\" level=error msg=\"error waiting for container: "));
    if (seeDocker.match(line).hasMatch() || clientLog.match(line).hasMatch())
        return QStringLiteral("\x01"); // dropped
    if (line.startsWith(QLatin1String("docker: ")) && !line.startsWith(QLatin1String("docker: '"))) {
        line = line.mid(8);
        if (line.endsWith(QLatin1Char('.')))
            line.chop(1);
    }
    for (const char *prefix : {"Error response from daemon: ", "Error: "})
        if (line.startsWith(QLatin1String(prefix)))
            line = line.mid(qsizetype(qstrlen(prefix)));
    line.remove(seePorthole);
    line.replace(program, QStringLiteral("docker"));
    line.replace(spaces, QStringLiteral("   "));
    while (line.endsWith(QLatin1Char(' ')))
        line.chop(1);
    return line;
}

} // namespace

QString Normaliser::normaliseText(const QString &text)
{
    QString plain = text;
    if (!m_workDir.isEmpty())
        plain.replace(m_workDir, QStringLiteral("<work>"));
    const QString replaced = replaceTimesAndSizes(replaceIds(plain));
    QStringList lines;
    for (const QString &line : replaced.split(QLatin1Char('\n'))) {
        const QString normal = normaliseLine(line);
        if (normal != QStringLiteral("\x01"))
            lines.append(normal);
    }
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines.join(QLatin1Char('\n'));
}

Outcome Normaliser::normalise(const Outcome &raw)
{
    Outcome outcome;
    outcome.exitCode = raw.exitCode;
    outcome.out = normaliseText(raw.out);
    outcome.err = normaliseText(raw.err);
    return outcome;
}

QString describe(const Outcome &outcome)
{
    QString text = QStringLiteral("      exit %1\n").arg(outcome.exitCode);
    auto stream = [&text](const char *name, const QString &content) {
        if (content.isEmpty())
            return;
        for (QString line : content.split(QLatin1Char('\n'))) {
            line.replace(QLatin1Char('\r'), QStringLiteral("\\r"));
            text += QStringLiteral("      %1| %2\n").arg(QLatin1String(name), line);
        }
    };
    stream("out", outcome.out);
    stream("err", outcome.err);
    return text;
}

} // namespace compat
