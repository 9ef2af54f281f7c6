#pragma once
// The store holds a user's image and container files: it is kept 0700
// when it is ours (a user's home is often 0755, and so is /var/lib), so no
// other user reads them. Defined in storepaths.cpp.
#include <QString>

namespace porthole {

void keepStorePrivate(const QString &root);

} // namespace porthole
