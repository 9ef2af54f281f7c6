#pragma once
// A tree read from disk into a stream of entries (files/fileentry.h): the
// entry at an already opened descriptor, then everything below it, never
// following a symlink below the top; hard links within the tree are sent
// once, then as links. The pseudo file systems of a running container
// (/proc, /sys, ...) are listed as empty directories.
#include "base/progress.h"
#include "files/fileentry.h"

#include <sys/stat.h>

namespace porthole {

// top: the entry (opened with O_PATH), info its stat. topName: the name it
// gets in the stream ("" for a directory: only its contents, at the top).
Status exportTree(int top, const struct stat &info, const QByteArray &topName, EntrySink &sink, Progress &progress);

// Bytes of regular file content below top (for progress), counted as exportTree sends them.
qint64 treeContentSize(int top, const struct stat &info);

} // namespace porthole
