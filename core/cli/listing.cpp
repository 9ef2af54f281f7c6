#include "cli/listing.h"

#include "cli/commandcontext.h"
#include "cli/gotemplate.h"
#include "cli/tabwriter.h"

#include <QJsonDocument>

namespace porthole {

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
        c.out(formatTable(templateTableHeader(body, listing.headings), rows));
    return {};
}

} // namespace porthole
