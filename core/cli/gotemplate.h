#pragma once
// The subset of Go templates Docker users type in --format / -f:
// "{{.State.Pid}}", "{{json .Config}}", "{{index .Config.Labels \"k\"}}",
// "{{upper .Name}}", "{{lower .Name}}", with literal text, \t and \n.
#include "base/error.h"

#include <QJsonValue>
#include <QString>

namespace porthole {

Result<QString> renderTemplate(const QString &templateText, const QJsonValue &data);

// How Go's fmt prints a decoded JSON value: maps as map[k:v], lists as [a b].
QString goFormat(const QJsonValue &value);

} // namespace porthole
