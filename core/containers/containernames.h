#pragma once
// Container names as Docker makes and checks them.
#include "base/error.h"

#include <QString>

namespace porthole {

QString generateContainerName();             // "adjective_noun", like Docker's
Status validateContainerName(const QString &name); // ^[a-zA-Z0-9][a-zA-Z0-9_.-]+$

} // namespace porthole
