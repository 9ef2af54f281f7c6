#pragma once
// How the process's allocator treats the megabyte buffers that stream
// through a pull, an import or a save. Set once, at the start of a front's
// main(), before any thread exists.
namespace porthole {

// By default glibc hands the memory a thread frees back to the kernel once
// 2 MB lie free at the top of its heap, so the next buffer is faulted in
// page by page again; a pull of 200 MB took 13,000 page faults. Here buffers
// up to 8 MB come from the heap (not a mapping of their own), and up to
// 64 MB of freed heap stays mapped for the next ones. Measured
// (tests/bench/registry_pull.sh's pull, interleaved A/B on tmpfs): page
// faults -40 %, wall time -12 %, peak resident memory +7 MB.
void keepStreamingBuffersMapped();

// For the command-line front, where a pull, an import or a save is the whole
// process (includes keepStreamingBuffersMapped()): every thread allocates from the one main heap, and the next
// 48 MB of it are backed by transparent huge pages when the kernel offers
// them (its "madvise" mode, Debian's default). A first touch of a 4 KB page
// costs about 18 us on a paravirtualised machine (64 MB: 300 ms; with huge
// pages: 5 ms), and a pull's buffers touched 7,000 of them. Measured
// (registry_pull.sh's pull, interleaved A/B on tmpfs): page faults
// 8,800 -> 1,500, CPU time -12 %, wall time -12 %. Not for the window: one
// heap serialises the allocations of the UI thread and its workers.
// Without huge pages (kernel setting "never") only the single heap remains.
void backHeapWithHugePages();

} // namespace porthole
