#pragma once
// CRC-32 (the gzip/zlib polynomial) from zlib. libarchive does not check a
// gzip member's trailer, so the extractor does.
#include <cstddef>
#include <cstdint>

namespace porthole {

class Crc32 {
public:
    void addData(const void *data, size_t size);
    uint32_t value() const { return m_crc; }

private:
    uint32_t m_crc = 0;
};

} // namespace porthole
