#include "base/ids.h"

#include <QRandomGenerator>

namespace porthole {

QString randomHex(int length)
{
    QString text;
    text.reserve(length);
    auto *generator = QRandomGenerator::system();
    for (int i = 0; i < length; ++i)
        text += QLatin1Char("0123456789abcdef"[generator->bounded(16)]);
    return text;
}

QString newContainerId()
{
    // Docker avoids ids whose short form is all digits (they look like numbers).
    for (;;) {
        const QString id = randomHex(64);
        bool allDigits = true;
        for (QChar c : id.left(12))
            allDigits = allDigits && c.isDigit();
        if (!allDigits)
            return id;
    }
}

} // namespace porthole
