#include "base/processmemory.h"

#include <cstdint>
#include <cstdlib>
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>

namespace porthole {
namespace {

constexpr int kHeapAllocationLimit = 8 << 20;
constexpr int kFreeHeapKept = 64 << 20;
constexpr int kHugePageHeap = 48 << 20; // below kFreeHeapKept: never trimmed
constexpr int kDefaultTopPad = 128 << 10; // glibc's
constexpr uintptr_t kHugePage = 2 << 20;

} // namespace

void keepStreamingBuffersMapped()
{
    mallopt(M_MMAP_THRESHOLD, kHeapAllocationLimit);
    mallopt(M_TRIM_THRESHOLD, kFreeHeapKept);
}

void backHeapWithHugePages()
{
    keepStreamingBuffersMapped(); // the block below comes from the heap, and its memory stays
    mallopt(M_ARENA_MAX, 1);
    malloc_trim(0); // no free top left: the block below makes the heap grow
    // Grow the heap by kHugePageHeap at once, then give the block back: it
    // stays mapped (below the trim threshold) as the heap's free top.
    const uintptr_t before = reinterpret_cast<uintptr_t>(sbrk(0));
    mallopt(M_TOP_PAD, kHugePageHeap);
    void *volatile block = malloc(1 << 20); // volatile: the pair is not optimised away
    const uintptr_t start = reinterpret_cast<uintptr_t>(block);
    free(block);
    mallopt(M_TOP_PAD, kDefaultTopPad);
    const uintptr_t end = reinterpret_cast<uintptr_t>(sbrk(0));
    // Only when the heap grew and the block lies in it (glibc falls back to
    // a mapping of its own when brk cannot grow).
    if (end <= before || start >= end || end - start < uintptr_t(kHugePageHeap))
        return;
    const uintptr_t first = (start + kHugePage - 1) & ~(kHugePage - 1);
    const uintptr_t last = end & ~(kHugePage - 1);
    if (last > first)
        (void)madvise(reinterpret_cast<void *>(first), last - first, MADV_HUGEPAGE); // advice: failing changes nothing
}

} // namespace porthole
