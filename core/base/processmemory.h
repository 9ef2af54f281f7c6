#pragma once
// How the process's allocator treats the megabyte buffers that stream
// through a pull, an import or a save. By default glibc hands the memory a
// thread frees back to the kernel once 2 MB lie free at the top of its
// heap, so the next buffer is faulted in page by page again; a pull of
// 200 MB took 13,000 page faults. Set once, at the start of a front's
// main(), before any thread exists.
namespace porthole {

// Buffers up to 8 MB come from the heap (not a mapping of their own), and
// up to 64 MB of freed heap stays mapped for the next ones. Measured
// (tests/bench/registry_pull.sh's pull, interleaved A/B on tmpfs): page
// faults -40 %, wall time -12 %, peak resident memory +7 MB.
void keepStreamingBuffersMapped();

} // namespace porthole
