#pragma once
// Dockerfile instructions accepted by `import --change` and `commit --change`:
// CMD, ENTRYPOINT, ENV, EXPOSE, LABEL, STOPSIGNAL, USER, VOLUME, WORKDIR.
#include "base/error.h"

#include <QJsonObject>
#include <QStringList>

namespace porthole {

// Applies one instruction to an image's "config" object (Cmd, Env, ...).
Status applyChange(QJsonObject &config, const QString &instruction);

// Applies them all, or none: on error config is unchanged.
Status applyChanges(QJsonObject &config, const QStringList &instructions);

} // namespace porthole
