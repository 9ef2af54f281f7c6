#include "registry/gzipdeflater.h"

#ifdef PORTHOLE_HAVE_ISAL
#include <isa-l/igzip_lib.h>
#else
#include <zlib.h>
#endif

namespace porthole {
namespace {

constexpr qint64 kChunk = 1 << 20;

} // namespace

#ifdef PORTHOLE_HAVE_ISAL

struct GzipDeflater::State {
    isal_zstream stream;
    QByteArray levelBuffer = QByteArray(ISAL_DEF_LVL1_DEFAULT, Qt::Uninitialized);
};

GzipDeflater::GzipDeflater(std::function<Status(QByteArray)> sink)
    : m_state(std::make_unique<State>()), m_sink(std::move(sink)), m_out(kChunk, Qt::Uninitialized)
{
    isal_zstream &stream = m_state->stream;
    isal_deflate_init(&stream);
    stream.gzip_flag = IGZIP_GZIP;
    stream.level = 1;
    stream.level_buf = reinterpret_cast<uint8_t *>(m_state->levelBuffer.data());
    stream.level_buf_size = uint32_t(m_state->levelBuffer.size());
    stream.flush = NO_FLUSH;
}

GzipDeflater::~GzipDeflater() = default;

Status GzipDeflater::run(const char *data, qint64 size, bool last)
{
    isal_zstream &stream = m_state->stream;
    stream.next_in = reinterpret_cast<uint8_t *>(const_cast<char *>(data));
    stream.avail_in = uint32_t(size);
    stream.end_of_stream = last ? 1 : 0;
    do {
        stream.next_out = reinterpret_cast<uint8_t *>(m_out.data() + m_filled);
        stream.avail_out = uint32_t(kChunk - m_filled);
        if (isal_deflate(&stream) != COMP_OK)
            return fail(QStringLiteral("gzip: compression failed"));
        m_filled = kChunk - qint64(stream.avail_out);
        const bool ended = stream.internal_state.state == ZSTATE_END;
        if (m_filled == kChunk || (last && ended))
            if (auto ok = flush(); !ok)
                return ok;
        if (last && ended)
            return {};
    } while (stream.avail_in > 0 || last);
    return {};
}

#else

struct GzipDeflater::State {
    z_stream stream{};
};

GzipDeflater::GzipDeflater(std::function<Status(QByteArray)> sink)
    : m_state(std::make_unique<State>()), m_sink(std::move(sink)), m_out(kChunk, Qt::Uninitialized)
{
    deflateInit2(&m_state->stream, Z_BEST_SPEED, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
}

GzipDeflater::~GzipDeflater()
{
    deflateEnd(&m_state->stream);
}

Status GzipDeflater::run(const char *data, qint64 size, bool last)
{
    z_stream &stream = m_state->stream;
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data));
    stream.avail_in = uInt(size);
    int rc = Z_OK;
    do {
        stream.next_out = reinterpret_cast<Bytef *>(m_out.data() + m_filled);
        stream.avail_out = uInt(kChunk - m_filled);
        rc = deflate(&stream, last ? Z_FINISH : Z_NO_FLUSH);
        m_filled = kChunk - qint64(stream.avail_out);
        if (m_filled == kChunk || (last && rc == Z_STREAM_END))
            if (auto ok = flush(); !ok)
                return ok;
    } while (stream.avail_in > 0 || (last && rc != Z_STREAM_END));
    return {};
}

#endif

Status GzipDeflater::write(const char *data, qint64 size)
{
    return run(data, size, false);
}

Status GzipDeflater::finish()
{
    return run(nullptr, 0, true);
}

Status GzipDeflater::flush()
{
    m_out.truncate(m_filled);
    auto ok = m_sink(std::exchange(m_out, QByteArray(kChunk, Qt::Uninitialized)));
    m_filled = 0;
    return ok;
}

} // namespace porthole
