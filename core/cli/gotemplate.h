#pragma once
// Go templates as Docker users type them in --format / -f: fields
// ("{{.State.Pid}}"), pipelines ("{{.Names | upper}}"), functions with
// arguments (json, join, split, lower, upper, title, pad, truncate, print,
// println, printf, len, index, slice, eq, ne, lt, le, gt, ge, and, or, not),
// methods (".Label \"k\""), if/else/range/with/end, {{- -}} trimming, \t
// and \n; "json" alone is {{json .}} (Docker 24's --format json).
#include "base/error.h"

#include <QJsonValue>
#include <QString>

namespace porthole {

Result<QString> renderTemplate(const QString &templateText, const QJsonValue &data);

// How Go's fmt prints a decoded JSON value: maps as map[k:v], lists as [a b].
QString goFormat(const QJsonValue &value);

} // namespace porthole
