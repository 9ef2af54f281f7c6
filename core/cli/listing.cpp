#include "cli/listing.h"

#include "cli/commandcontext.h"
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
    // A Go template, or "table " and one: what printTemplated does for inspect.
    return printTemplated(c, trimmed.startsWith(QLatin1String("table")) ? trimmed : format, listing.data, listing.headings);
}

} // namespace porthole
