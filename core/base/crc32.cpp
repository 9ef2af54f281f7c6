#include "base/crc32.h"

#include <array>
#include <cstring>

namespace porthole {
namespace {

using Tables = std::array<std::array<uint32_t, 256>, 8>;

Tables makeTables()
{
    Tables tables{};
    for (uint32_t i = 0; i < 256; ++i) {
        uint32_t c = i;
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
        tables[0][i] = c;
    }
    for (uint32_t i = 0; i < 256; ++i)
        for (int t = 1; t < 8; ++t)
            tables[t][i] = (tables[t - 1][i] >> 8) ^ tables[0][tables[t - 1][i] & 0xff];
    return tables;
}

const Tables &tables()
{
    static const Tables instance = makeTables();
    return instance;
}

} // namespace

void Crc32::addData(const void *data, size_t size)
{
    const Tables &t = tables();
    auto bytes = static_cast<const uint8_t *>(data);
    uint32_t crc = m_crc;
    while (size >= 8) {
        uint32_t low, high;
        std::memcpy(&low, bytes, 4);
        std::memcpy(&high, bytes + 4, 4);
        low ^= crc; // little-endian machines only (x86_64, arm64)
        crc = t[7][low & 0xff] ^ t[6][(low >> 8) & 0xff] ^ t[5][(low >> 16) & 0xff] ^ t[4][low >> 24]
              ^ t[3][high & 0xff] ^ t[2][(high >> 8) & 0xff] ^ t[1][(high >> 16) & 0xff] ^ t[0][high >> 24];
        bytes += 8;
        size -= 8;
    }
    while (size-- > 0)
        crc = t[0][(crc ^ *bytes++) & 0xff] ^ (crc >> 8);
    m_crc = crc;
}

} // namespace porthole
