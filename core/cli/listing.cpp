#include "cli/listing.h"

#include "cli/gotemplate.h"
#include "cli/tabwriter.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace porthole {
namespace {

QStringList templateHeader(const QString &format, const QHash<QString, QString> &headings)
{
    QString header = format;
    static const QRegularExpression field(QStringLiteral("\\{\\{\\s*\\.(\\w+)\\s*\\}\\}"));
    auto it = field.globalMatch(format);
    while (it.hasNext()) {
        const auto match = it.next();
        header.replace(match.captured(0), headings.value(match.captured(1), match.captured(1).toUpper()));
    }
    header.replace(QLatin1String("\\t"), QLatin1String("\t"));
    return header.split(QLatin1Char('\t'));
}

} // namespace

Status printListing(const CommandContext &c, const QString &format, const Listing &listing)
{
    const QString trimmed = format.trimmed();
    if (trimmed.isEmpty() || trimmed == QLatin1String("table")) {
        c.out(formatTable(listing.header, listing.rows));
        return {};
    }
    if (trimmed == QLatin1String("json")) {
        for (const QJsonObject &row : listing.data)
            c.line(QString::fromUtf8(QJsonDocument(row).toJson(QJsonDocument::Compact)));
        return {};
    }
    const bool table = trimmed.startsWith(QLatin1String("table "));
    const QString body = table ? trimmed.mid(6).trimmed() : format;
    QList<QStringList> rows;
    for (const QJsonObject &row : listing.data) {
        auto text = renderTemplate(body, row);
        if (!text)
            return std::unexpected(text.error());
        if (table)
            rows.append(text->split(QLatin1Char('\t')));
        else
            c.line(*text);
    }
    if (table)
        c.out(formatTable(templateHeader(body, listing.headings), rows));
    return {};
}

} // namespace porthole
