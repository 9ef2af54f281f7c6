#pragma once
// A program on a new pseudo-terminal, for the window's consoles (exec and
// nsenter): the program gets the terminal as its controlling tty, the
// caller reads and writes the master side. Resizing the master tells the
// program (SIGWINCH), as a terminal emulator does.
#include "base/error.h"

#include <QList>
#include <QStringList>
#include <optional>

namespace porthole {

struct PtyProcess {
    int masterFd = -1; // non-blocking, close-on-exec; the caller closes it
    qint64 pid = 0;
};

// passFds become the program's descriptors 3, 4, ... in that order.
Result<PtyProcess> spawnOnPty(const QStringList &argv, int rows, int columns, const QList<int> &passFds = {});
Status resizePty(int masterFd, int rows, int columns);
// Copies what the program writes to its terminal into outputFd until it
// ends (the master reads EOF or EIO), then closes the master.
void copyPtyOutput(int masterFd, int outputFd);
// The exit code once the program has ended (128+N for a signal), without
// waiting; nullopt while it runs.
std::optional<int> reapPtyProcess(qint64 pid);

} // namespace porthole
