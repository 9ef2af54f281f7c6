#include "registry/httpheaders.h"

#include <QList>
#include <QRegularExpression>

namespace porthole {

std::optional<ContentRange> parseContentRange(const QByteArray &value)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*bytes\\s+(\\d+)-(\\d+)/(\\d+|\\*)\\s*$"));
    const auto match = pattern.match(QString::fromLatin1(value));
    if (!match.hasMatch())
        return std::nullopt;
    ContentRange range;
    range.start = match.captured(1).toLongLong();
    range.end = match.captured(2).toLongLong();
    range.total = match.captured(3) == QLatin1String("*") ? -1 : match.captured(3).toLongLong();
    if (range.end < range.start || (range.total >= 0 && range.end >= range.total))
        return std::nullopt;
    return range;
}

QByteArray rangeFrom(qint64 offset)
{
    return "bytes=" + QByteArray::number(offset) + '-';
}

std::optional<qint64> parseUploadRange(const QByteArray &value)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(?:bytes=)?(\\d+)-(\\d+)\\s*$"));
    const auto match = pattern.match(QString::fromLatin1(value));
    if (!match.hasMatch() || match.captured(1).toLongLong() != 0)
        return std::nullopt;
    return match.captured(2).toLongLong() + 1;
}

QString nextLink(const QByteArray &linkHeader)
{
    for (const QByteArray &part : linkHeader.split(',')) {
        const qsizetype open = part.indexOf('<');
        const qsizetype close = part.indexOf('>', open + 1);
        if (open < 0 || close < 0)
            continue;
        static const QRegularExpression relNext(QStringLiteral(";\\s*rel\\s*=\\s*\"?next\"?"));
        if (relNext.match(QString::fromLatin1(part.mid(close + 1))).hasMatch())
            return QString::fromLatin1(part.mid(open + 1, close - open - 1).trimmed());
    }
    return {};
}

} // namespace porthole
