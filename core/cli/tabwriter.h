#pragma once
// Column output as Docker prints tables (Go's tabwriter with minwidth 10,
// padding 3): every column but the last is padded to its widest cell + 3.
#include <QList>
#include <QStringList>

namespace porthole {

QString formatTable(const QStringList &header, const QList<QStringList> &rows);

} // namespace porthole
