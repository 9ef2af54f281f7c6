#include "cli/commandcontext.h"

#include "cli/gotemplate.h"
#include "cli/tabwriter.h"

#include <QRegularExpression>

#include <QJsonDocument>
#include <unistd.h>

namespace porthole {

Status printInspected(const CommandContext &c, const QJsonArray &objects, const QStringList &notFound)
{
    if (c.command.isSet(QStringLiteral("format"))) {
        for (const auto &value : objects) {
            auto text = renderTemplate(c.command.value(QStringLiteral("format")), value);
            if (!text)
                return std::unexpected(text.error());
            c.line(*text);
        }
    } else if (objects.isEmpty()) {
        c.line(QStringLiteral("[]"));
    } else {
        c.out(QString::fromUtf8(QJsonDocument(objects).toJson(QJsonDocument::Indented)));
    }
    if (notFound.isEmpty())
        return {};
    for (qsizetype i = 0; i + 1 < notFound.size(); ++i)
        if (c.io.err)
            c.io.err(QStringLiteral("Error: ") + notFound.at(i) + QLatin1Char('\n'));
    return fail(notFound.last());
}

QStringList templateTableHeader(const QString &format, const QHash<QString, QString> &names)
{
    QString header = format;
    static const QRegularExpression field(QStringLiteral("\\{\\{\\s*\\.(\\w+)\\s*\\}\\}"));
    auto it = field.globalMatch(format);
    while (it.hasNext()) {
        const auto match = it.next();
        header.replace(match.captured(0), names.value(match.captured(1), match.captured(1).toUpper()));
    }
    header.replace(QLatin1String("\\t"), QLatin1String("\t"));
    return header.split(QLatin1Char('\t'));
}

Status printTemplated(const CommandContext &c, const QString &format, const QList<QJsonObject> &objects, const QHash<QString, QString> &names)
{
    const bool table = format.startsWith(QLatin1String("table"));
    const QString body = table ? format.mid(5).trimmed() : format;
    QList<QStringList> rows;
    for (const QJsonObject &object : objects) {
        auto text = renderTemplate(body, object);
        if (!text)
            return std::unexpected(text.error());
        if (table)
            rows.append(text->split(QLatin1Char('\t')));
        else
            c.line(*text);
    }
    if (table)
        c.out(formatTable(templateTableHeader(body, names), rows));
    return {};
}

bool confirm(const CommandContext &c, const QString &warning)
{
    c.out(warning + QStringLiteral(" [y/N] "));
    if (c.io.inputFd < 0)
        return false;
    QByteArray answer;
    char byte = 0;
    while (::read(c.io.inputFd, &byte, 1) == 1 && byte != '\n')
        answer.append(byte);
    const QByteArray word = answer.trimmed();
    return word == "y" || word == "Y";
}

} // namespace porthole
