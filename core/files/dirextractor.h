#pragma once
// Entries created under a directory of a root (files/rootdir.h): every path
// is resolved inside the root, so a symlink met on the way, even one the
// stream itself made, cannot lead out of it. Each file appears whole: its
// bytes go to an unnamed file (O_TMPFILE) linked into place when complete,
// or a hidden temporary renamed over the name; a kill never leaves half a
// file. Directories merge; a directory is never replaced by a file nor a
// file by a directory (Docker's cp refuses both).
#include "files/fileentry.h"
#include "files/rootdir.h"

#include <memory>

namespace porthole {

struct ExtractOptions {
    bool keepOwners = true; // false: every entry gets uid:gid below
    uid_t uid = 0;
    gid_t gid = 0;
};

// target: a directory inside root that exists. root must outlive the sink.
std::unique_ptr<EntrySink> directoryExtractor(const RootDir &root, const QString &target, const ExtractOptions &options = {});

} // namespace porthole
