#pragma once
// `image inspect` output, shaped like Docker's.
#include "images/imagestore.h"

#include <QJsonObject>

namespace porthole {

QJsonObject inspectImage(const ImageStore &store, const ImageInfo &image);

} // namespace porthole
