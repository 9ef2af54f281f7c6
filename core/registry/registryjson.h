#pragma once
// A registry's JSON replies (manifests, indexes, tag lists, catalogs, search
// results) are one object each; anything else is one line naming what came
// damaged.
#include "base/error.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace porthole {

// what: the reply as a user would name it ("tag list", "image manifest").
Result<QJsonObject> parseRegistryObject(const QByteArray &body, const QString &what);

} // namespace porthole
