#include "base/crc32.h"

#include <algorithm>
#include <zlib.h>

namespace porthole {

void Crc32::addData(const void *data, size_t size)
{
    auto bytes = static_cast<const Bytef *>(data);
    while (size > 0) { // zlib takes a uInt length
        const uInt chunk = uInt(std::min<size_t>(size, 1u << 30));
        m_crc = uint32_t(crc32(m_crc, bytes, chunk));
        bytes += chunk;
        size -= chunk;
    }
}

} // namespace porthole
