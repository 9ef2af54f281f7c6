#include "registry/layercompressor.h"

#include "registry/gzipdeflater.h"

namespace porthole {
namespace {

constexpr qint64 kTarPipeCapacity = 4 << 20;

} // namespace

LayerCompressor::LayerCompressor(const LayerStore &layers, QString diffIdHex, Progress &progress)
    : m_layers(layers), m_diffIdHex(std::move(diffIdHex)), m_progress(progress), m_pipe(kTarPipeCapacity),
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
    GzipDeflater gzip([this](QByteArray chunk) { return m_pipe.writeWaiting(std::move(chunk), &m_progress); });
    Status done = m_layers.streamTar(m_diffIdHex, [&](const char *data, qint64 size) -> Status {
        m_tarBytes += size;
        return gzip.write(data, size);
    });
    if (done)
        done = gzip.finish();
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
