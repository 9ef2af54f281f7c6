#include "registry/layerstream.h"

#include "registry/gzipinflater.h"

namespace porthole {
namespace {

constexpr qint64 kInflatedPipeCapacity = 8 << 20; // decouples the extractor's bursts of small files from the inflater
constexpr qint64 kInflatedChunk = 1 << 20;

} // namespace

LayerStream::LayerStream(BlobReader &blob, Progress &progress)
    : m_blob(blob), m_progress(progress), m_pipe(kInflatedPipeCapacity), m_thread([this] { pump(); })
{
}

LayerStream::~LayerStream()
{
    m_pipe.abandon();
    if (m_thread.joinable())
        m_thread.join();
}

Result<QByteArray> LayerStream::readBlob()
{
    return m_blob.readChunk(); // as the network thread received it: no copy
}

Status LayerStream::passThrough(QByteArray first)
{
    for (QByteArray chunk = std::move(first); !chunk.isEmpty();) {
        if (auto ok = m_pipe.writeWaiting(std::move(chunk), &m_progress); !ok)
            return ok;
        auto next = readBlob();
        if (!next)
            return std::unexpected(next.error());
        chunk = std::move(*next);
    }
    return {};
}

Status LayerStream::inflateAll(QByteArray first)
{
    GzipInflater inflater;
    QByteArray output(kInflatedChunk, Qt::Uninitialized);
    qint64 filled = 0;
    for (QByteArray input = std::move(first); !input.isEmpty();) {
        for (qint64 used = 0; used < input.size();) {
            auto step = inflater.inflate(input.constData() + used, input.size() - used, output.data() + filled, kInflatedChunk - filled);
            if (!step)
                return std::unexpected(step.error().withContext(m_blob.name()));
            used += step->consumed;
            filled += step->produced;
            if (filled == kInflatedChunk) {
                if (auto ok = m_pipe.writeWaiting(std::exchange(output, QByteArray(kInflatedChunk, Qt::Uninitialized)), &m_progress); !ok)
                    return ok;
                filled = 0;
            }
        }
        auto next = readBlob();
        if (!next)
            return std::unexpected(next.error());
        input = std::move(*next);
    }
    if (!inflater.atMemberEnd())
        return fail(QStringLiteral("%1: the gzip stream ends too early").arg(m_blob.name()));
    output.truncate(filled);
    return m_pipe.writeWaiting(std::move(output), &m_progress);
}

void LayerStream::pump()
{
    auto first = readBlob();
    Status done = first ? (GzipInflater::isGzip(first->constData(), first->size()) ? inflateAll(std::move(*first))
                                                                                    : passThrough(std::move(*first)))
                        : Status(std::unexpected(first.error()));
    // Damaged data is first seen as bad gzip; the digest says what it is.
    if (!done && !m_progress.isCancelled() && !m_pipe.isAbandoned())
        if (auto rest = m_blob.readToEnd(); !rest && m_blob.contentWasWrong())
            done = rest;
    if (done)
        m_pipe.finish();
    else
        m_pipe.failWith(done.error(), false);
}

Result<qint64> LayerStream::read(char *buffer, qint64 size)
{
    return m_pipe.read(buffer, size, &m_progress);
}

Result<QByteArray> LayerStream::readChunk()
{
    return m_pipe.readChunk(&m_progress);
}

Status LayerStream::finish()
{
    QByteArray scratch(1 << 16, Qt::Uninitialized);
    for (;;) {
        auto n = m_pipe.read(scratch.data(), scratch.size(), &m_progress);
        if (!n)
            return std::unexpected(n.error());
        if (*n == 0)
            break;
    }
    m_thread.join();
    return {};
}

} // namespace porthole
