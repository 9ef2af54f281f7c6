#pragma once
// Tars as `cp` streams them (`cp CONTAINER:PATH -` and `cp - CONTAINER:DIR`):
// entries written to a descriptor as a pax tar, and a tar (plain or
// compressed) read from a descriptor into entries, its names normalised.
#include "base/progress.h"
#include "files/fileentry.h"

#include <memory>

namespace porthole {

// A sink writing a pax tar to fd (not owned).
std::unique_ptr<EntrySink> tarSink(int fd);

// Reads the tar at fd into sink, then closes the sink.
Status readTar(int fd, EntrySink &sink, Progress &progress);

} // namespace porthole
