#include "base/error.h"

#include <cstring>

namespace porthole {

QString systemErrorText(int errnum)
{
    char buffer[256];
    // GNU strerror_r returns the message pointer.
    const char *text = strerror_r(errnum, buffer, sizeof buffer);
    return QString::fromLocal8Bit(text);
}

} // namespace porthole
