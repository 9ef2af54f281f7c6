#include "base/sha256.h"

#include <cpuid.h>
#include <cstring>
#include <immintrin.h>

namespace porthole {
namespace {

alignas(16) const uint32_t kRoundConstants[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

const uint32_t kInitialState[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                   0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};

bool detectShaExtensions()
{
    unsigned eax = 0, ebx = 0, ecx = 0, edx = 0;
    if (!__get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx))
        return false;
    const bool sha = ebx & (1u << 29);
    if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx))
        return false;
    const bool sse41 = ecx & (1u << 19);
    const bool ssse3 = ecx & (1u << 9);
    return sha && sse41 && ssse3 && qEnvironmentVariableIsEmpty("PORTHOLE_NO_SHA_NI");
}

// Four rounds on `current` (W[4g..4g+3]), then replaces it with the words
// four groups ahead: W[t] from W[t-16], W[t-15], W[t-7] and W[t-2].
__attribute__((target("sha,sse4.1,ssse3"), always_inline)) inline void
fourRounds(__m128i &abef, __m128i &cdgh, __m128i &current, const __m128i &next1, const __m128i &next2,
           const __m128i &next3, int group)
{
    __m128i words = _mm_add_epi32(current, _mm_load_si128(reinterpret_cast<const __m128i *>(&kRoundConstants[4 * group])));
    cdgh = _mm_sha256rnds2_epu32(cdgh, abef, words);
    words = _mm_shuffle_epi32(words, 0x0E);
    abef = _mm_sha256rnds2_epu32(abef, cdgh, words);
    if (group < 12) {
        const __m128i partial = _mm_add_epi32(_mm_sha256msg1_epu32(current, next1), _mm_alignr_epi8(next3, next2, 4));
        current = _mm_sha256msg2_epu32(partial, next3);
    }
}

// Processes whole 64-byte blocks with the SHA-NI instructions. The state is
// kept as the two registers the instructions expect: ABEF and CDGH.
__attribute__((target("sha,sse4.1,ssse3"))) void compressWithShaNi(uint32_t state[8],
                                                                   const uint8_t *data,
                                                                   size_t blocks)
{
    const __m128i byteSwap = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
    __m128i dcba = _mm_loadu_si128(reinterpret_cast<const __m128i *>(&state[0]));
    __m128i hgfe = _mm_loadu_si128(reinterpret_cast<const __m128i *>(&state[4]));
    __m128i cdab = _mm_shuffle_epi32(dcba, 0xB1);
    __m128i efgh = _mm_shuffle_epi32(hgfe, 0x1B);
    __m128i abef = _mm_alignr_epi8(cdab, efgh, 8);
    __m128i cdgh = _mm_blend_epi16(efgh, cdab, 0xF0);

    for (; blocks > 0; --blocks, data += 64) {
        const __m128i savedAbef = abef;
        const __m128i savedCdgh = cdgh;
        __m128i w0 = _mm_shuffle_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i *>(data)), byteSwap);
        __m128i w1 = _mm_shuffle_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i *>(data + 16)), byteSwap);
        __m128i w2 = _mm_shuffle_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i *>(data + 32)), byteSwap);
        __m128i w3 = _mm_shuffle_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i *>(data + 48)), byteSwap);
        for (int group = 0; group < 16; group += 4) {
            fourRounds(abef, cdgh, w0, w1, w2, w3, group);
            fourRounds(abef, cdgh, w1, w2, w3, w0, group + 1);
            fourRounds(abef, cdgh, w2, w3, w0, w1, group + 2);
            fourRounds(abef, cdgh, w3, w0, w1, w2, group + 3);
        }
        abef = _mm_add_epi32(abef, savedAbef);
        cdgh = _mm_add_epi32(cdgh, savedCdgh);
    }

    const __m128i feba = _mm_shuffle_epi32(abef, 0x1B);
    const __m128i dchg = _mm_shuffle_epi32(cdgh, 0xB1);
    dcba = _mm_blend_epi16(feba, dchg, 0xF0);
    hgfe = _mm_alignr_epi8(dchg, feba, 8);
    _mm_storeu_si128(reinterpret_cast<__m128i *>(&state[0]), dcba);
    _mm_storeu_si128(reinterpret_cast<__m128i *>(&state[4]), hgfe);
}

} // namespace

bool Sha256::hasHardwareSupport()
{
    static const bool supported = detectShaExtensions();
    return supported;
}

Sha256::Sha256()
{
    if (!hasHardwareSupport())
        m_fallback.emplace(QCryptographicHash::Sha256);
    std::memcpy(m_state, kInitialState, sizeof m_state);
}

void Sha256::compressBlocks(const uint8_t *data, size_t blocks)
{
    compressWithShaNi(m_state, data, blocks);
}

void Sha256::addData(const void *data, size_t size)
{
    if (m_fallback) {
        m_fallback->addData(QByteArrayView(static_cast<const char *>(data), qsizetype(size)));
        return;
    }
    auto bytes = static_cast<const uint8_t *>(data);
    m_length += size;
    if (m_buffered > 0) {
        const size_t take = std::min(size, 64 - m_buffered);
        std::memcpy(m_buffer + m_buffered, bytes, take);
        m_buffered += take;
        bytes += take;
        size -= take;
        if (m_buffered < 64)
            return;
        compressBlocks(m_buffer, 1);
        m_buffered = 0;
    }
    if (size >= 64) {
        compressBlocks(bytes, size / 64);
        bytes += size & ~size_t(63);
        size &= 63;
    }
    std::memcpy(m_buffer, bytes, size);
    m_buffered = size;
}

QByteArray Sha256::result()
{
    if (m_fallback)
        return m_fallback->result();
    const uint64_t bitLength = m_length * 8;
    uint8_t padding[128] = {0x80};
    const size_t padLength = (m_buffered < 56 ? 56 : 120) - m_buffered;
    for (int i = 0; i < 8; ++i)
        padding[padLength + i] = uint8_t(bitLength >> (56 - 8 * i));
    addData(padding, padLength + 8);
    QByteArray digest(32, Qt::Uninitialized);
    for (int i = 0; i < 8; ++i)
        for (int j = 0; j < 4; ++j)
            digest[4 * i + j] = char(m_state[i] >> (24 - 8 * j));
    return digest;
}

QString Sha256::hexOf(const QByteArray &data)
{
    Sha256 hash;
    hash.addData(data);
    return hash.hexResult();
}

} // namespace porthole
