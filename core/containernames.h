#pragma once
// Container ids and names as Docker makes and checks them.
#include "error.h"

#include <QString>

namespace porthole {

QString newContainerId();                    // 64 hex digits
QString generateContainerName();             // "adjective_noun", like Docker's
Status validateContainerName(const QString &name); // ^[a-zA-Z0-9][a-zA-Z0-9_.-]+$

} // namespace porthole
