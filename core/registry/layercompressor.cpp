#include "registry/layercompressor.h"

#include <zlib.h>

namespace porthole {
namespace {

constexpr qint64 kPipeCapacity = 4 << 20;
constexpr qint64 kChunk = 1 << 20;

// gzip through zlib, handing full output chunks to a sink.
class GzipWriter {
public:
    explicit GzipWriter(std::function<Status(QByteArray)> sink) : m_sink(std::move(sink))
    {
        deflateInit2(&m_stream, Z_BEST_SPEED, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
        m_out = QByteArray(kChunk, Qt::Uninitialized);
    }
    ~GzipWriter() { deflateEnd(&m_stream); }

    Status write(const char *data, qint64 size, bool last)
    {
        m_stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data));
        m_stream.avail_in = uInt(size);
        int rc = Z_OK;
        do {
            m_stream.next_out = reinterpret_cast<Bytef *>(m_out.data() + m_filled);
            m_stream.avail_out = uInt(kChunk - m_filled);
            rc = deflate(&m_stream, last ? Z_FINISH : Z_NO_FLUSH);
            m_filled = kChunk - qint64(m_stream.avail_out);
            if (m_filled == kChunk || (last && rc == Z_STREAM_END))
                if (auto ok = flush(); !ok)
                    return ok;
        } while (m_stream.avail_in > 0 || (last && rc != Z_STREAM_END));
        return {};
    }

private:
    Status flush()
    {
        m_out.truncate(m_filled);
        auto ok = m_sink(std::exchange(m_out, QByteArray(kChunk, Qt::Uninitialized)));
        m_filled = 0;
        return ok;
    }

    std::function<Status(QByteArray)> m_sink;
    z_stream m_stream{};
    QByteArray m_out;
    qint64 m_filled = 0;
};

} // namespace

LayerCompressor::LayerCompressor(const LayerStore &layers, QString diffIdHex, Progress &progress)
    : m_layers(layers), m_diffIdHex(std::move(diffIdHex)), m_progress(progress), m_pipe(kPipeCapacity),
      m_thread([this] { produce(); })
{
}

LayerCompressor::~LayerCompressor()
{
    m_pipe.abandon();
    if (m_thread.joinable())
        m_thread.join();
}

void LayerCompressor::produce()
{
    GzipWriter gzip([this](QByteArray chunk) { return m_pipe.writeWaiting(std::move(chunk), &m_progress); });
    Status done = m_layers.streamTar(m_diffIdHex, [&](const char *data, qint64 size) -> Status {
        m_tarBytes += size;
        return gzip.write(data, size, false);
    });
    if (done)
        done = gzip.write(nullptr, 0, true);
    if (done)
        m_pipe.finish();
    else
        m_pipe.failWith(done.error(), false);
}

Result<qint64> LayerCompressor::read(char *buffer, qint64 size)
{
    return m_pipe.read(buffer, size, &m_progress);
}

} // namespace porthole
