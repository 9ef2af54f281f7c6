#include "base/processmemory.h"

#include <malloc.h>

namespace porthole {

void keepStreamingBuffersMapped()
{
    constexpr int kHeapAllocationLimit = 8 << 20;
    constexpr int kFreeHeapKept = 64 << 20;
    mallopt(M_MMAP_THRESHOLD, kHeapAllocationLimit);
    mallopt(M_TRIM_THRESHOLD, kFreeHeapKept);
}

} // namespace porthole
