#pragma once
// The offline starter image: busybox:latest built from this machine's static
// busybox (Debian package busybox-static), imported through the ordinary
// import path, so a new user can try the whole lifecycle without a registry.
#include "base/error.h"
#include "images/imagestore.h"
#include "base/progress.h"

namespace porthole {

// Finds a statically linked busybox ($PORTHOLE_BUSYBOX, then the PATH).
Result<QString> findStaticBusybox();

Result<QString> buildStarterImage(ImageStore &store, const QString &reference, Progress &progress);

} // namespace porthole
