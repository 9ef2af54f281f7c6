#include "cli/tabwriter.h"

namespace porthole {

QString formatTable(const QStringList &header, const QList<QStringList> &rows)
{
    QList<QStringList> all;
    if (!header.isEmpty())
        all.append(header);
    all += rows;
    QList<qsizetype> widths;
    for (const QStringList &row : std::as_const(all))
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths.append(0);
            widths[i] = std::max(widths[i], row.at(i).size());
        }
    QString out;
    for (const QStringList &row : std::as_const(all)) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (i + 1 == row.size())
                line += row.at(i);
            else
                line += row.at(i).leftJustified(std::max<qsizetype>(10, widths.at(i) + 3));
        }
        out += line + QLatin1Char('\n');
    }
    return out;
}

} // namespace porthole
