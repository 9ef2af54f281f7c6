#pragma once
// Splits text into words the way a POSIX shell (and a Dockerfile) does for
// quoting: '...' literal, "..." with backslash escapes, backslash outside.
#include "base/error.h"

#include <QStringList>

namespace porthole {

Result<QStringList> splitShellWords(const QString &text);

// One word as a shell reads it back: unchanged when it is made only of
// safe characters, else in single quotes.
QString quoteShellWord(const QString &word);

} // namespace porthole
