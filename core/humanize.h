#pragma once
// Docker's human-readable sizes ("4.26MB") and durations ("3 months").
#include <QString>

namespace porthole {

QString humanSize(qint64 bytes);           // decimal units, 3 significant digits
QString humanDuration(qint64 milliseconds); // "Less than a second", "About an hour", "2 weeks"

} // namespace porthole
