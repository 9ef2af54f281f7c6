#pragma once
// A list as Docker's formatter prints it: the default table, a "table"
// template (its header made from the fields: {{.Name}} -> "VOLUME NAME"),
// "json" (one object a line) or any Go template, a line per row.
#include "cli/commandcontext.h"

#include <QHash>
#include <QJsonObject>

namespace porthole {

struct Listing {
    QStringList header;               // of the default table
    QList<QStringList> rows;          // of the default table
    QList<QJsonObject> data;          // what a template sees of each row
    QHash<QString, QString> headings; // field -> its column's heading ("Name" -> "VOLUME NAME")
};

// format: --format's value ("" or "table": the default table).
Status printListing(const CommandContext &c, const QString &format, const Listing &listing);

} // namespace porthole
