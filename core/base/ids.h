#pragma once
// Random identifiers: the 64-hex-digit ids of containers and networks, as
// Docker makes them, and shorter random names for temporary files.
#include <QString>

namespace porthole {

// A random hex string of the given length.
QString randomHex(int length);

// 64 hex digits whose 12-digit short form is never all digits.
QString newContainerId();

} // namespace porthole
