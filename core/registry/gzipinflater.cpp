#include "registry/gzipinflater.h"

#ifdef PORTHOLE_HAVE_ISAL
#include <isa-l/igzip_lib.h>
#else
#include <zlib.h>
#endif

namespace porthole {

#ifdef PORTHOLE_HAVE_ISAL

struct GzipInflater::State {
    inflate_state isal;
    bool started = false;
};

GzipInflater::GzipInflater() : m_state(std::make_unique<State>())
{
    isal_inflate_init(&m_state->isal);
    m_state->isal.crc_flag = ISAL_GZIP;
}

GzipInflater::~GzipInflater() = default;

const char *GzipInflater::implementation()
{
    return "isa-l";
}

Result<GzipInflater::Step> GzipInflater::inflate(const char *in, qint64 inSize, char *out, qint64 outSize)
{
    inflate_state &state = m_state->isal;
    if (m_atMemberEnd && inSize > 0) { // another member follows
        isal_inflate_reset(&state);
        state.crc_flag = ISAL_GZIP;
        m_atMemberEnd = false;
    }
    state.next_in = reinterpret_cast<uint8_t *>(const_cast<char *>(in));
    state.avail_in = uint32_t(inSize);
    state.next_out = reinterpret_cast<uint8_t *>(out);
    state.avail_out = uint32_t(outSize);
    const int rc = isal_inflate(&state);
    if (rc < 0)
        return fail(rc == ISAL_INCORRECT_CHECKSUM ? QStringLiteral("gzip: the data's checksum is wrong")
                                                  : QStringLiteral("gzip: invalid compressed data (error %1)").arg(rc));
    m_atMemberEnd = state.block_state == ISAL_BLOCK_FINISH;
    return Step{inSize - qint64(state.avail_in), outSize - qint64(state.avail_out)};
}

#else

struct GzipInflater::State {
    z_stream zlib{};
};

GzipInflater::GzipInflater() : m_state(std::make_unique<State>())
{
    inflateInit2(&m_state->zlib, 16 + MAX_WBITS);
}

GzipInflater::~GzipInflater()
{
    inflateEnd(&m_state->zlib);
}

const char *GzipInflater::implementation()
{
    return "zlib";
}

Result<GzipInflater::Step> GzipInflater::inflate(const char *in, qint64 inSize, char *out, qint64 outSize)
{
    z_stream &stream = m_state->zlib;
    if (m_atMemberEnd && inSize > 0) {
        inflateReset(&stream);
        m_atMemberEnd = false;
    }
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in));
    stream.avail_in = uInt(inSize);
    stream.next_out = reinterpret_cast<Bytef *>(out);
    stream.avail_out = uInt(outSize);
    const int rc = ::inflate(&stream, Z_NO_FLUSH);
    if (rc != Z_OK && rc != Z_STREAM_END && rc != Z_BUF_ERROR)
        return fail(QStringLiteral("gzip: invalid compressed data (%1)").arg(QString::fromLatin1(stream.msg ? stream.msg : "error")));
    m_atMemberEnd = rc == Z_STREAM_END;
    return Step{inSize - qint64(stream.avail_in), outSize - qint64(stream.avail_out)};
}

#endif

} // namespace porthole
