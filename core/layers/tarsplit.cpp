#include "layers/tarsplit.h"

#include "base/parallelhash.h"

#include <QDataStream>
#include <algorithm>
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace porthole {
namespace {
const quint32 kMagic = 0x50545331; // "PTS1"
}

Status TarSplitRecorder::open(const QString &path)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return fail(QStringLiteral("cannot create %1: %2").arg(path, m_file.errorString()));
    QDataStream stream(&m_file);
    stream << kMagic;
    return {};
}

void TarSplitRecorder::append(const char *data, qint64 size)
{
    if (size <= 0)
        return;
    const qint64 begin = m_streamLength;
    const qint64 end = begin + size;
    m_streamLength = end;
    // Content bytes of the pending entry are in the extracted file: skip them.
    qint64 dropBegin = end, dropEnd = end;
    if (m_hasPendingPayload) {
        dropBegin = std::clamp(m_payloadStart, begin, end);
        dropEnd = std::clamp(m_payloadStart + m_payloadSize, begin, end);
    }
    if (dropBegin == begin && dropEnd == end)
        return;
    auto keep = [&](qint64 from, qint64 to) {
        if (from < to) {
            m_chunks.push_back({from, {}, data + (from - begin), 0, qsizetype(to - from)});
            m_retainedBytes += to - from;
        }
    };
    keep(begin, dropBegin);
    keep(dropEnd, end);
}

void TarSplitRecorder::retire()
{
    for (Chunk &chunk : m_chunks) {
        if (!chunk.borrowed)
            continue;
        chunk.block = QByteArray(chunk.data(), chunk.length);
        chunk.borrowed = nullptr;
        chunk.start = 0;
    }
}

// Forgets retained bytes that belong to the pending entry's content (they
// were appended before the entry's header had been parsed).
void TarSplitRecorder::dropPayloadBytes()
{
    const qint64 dropBegin = m_payloadStart;
    const qint64 dropEnd = m_payloadStart + m_payloadSize;
    std::deque<Chunk> kept;
    for (const Chunk &chunk : m_chunks) {
        if (chunk.end() <= dropBegin || chunk.offset >= dropEnd) {
            kept.push_back(chunk);
            continue;
        }
        if (chunk.offset < dropBegin)
            kept.push_back({chunk.offset, chunk.block, chunk.borrowed, chunk.start, qsizetype(dropBegin - chunk.offset)});
        if (chunk.end() > dropEnd)
            kept.push_back({dropEnd, chunk.block, chunk.borrowed, qsizetype(chunk.start + (dropEnd - chunk.offset)),
                            qsizetype(chunk.end() - dropEnd)});
    }
    m_retainedBytes = 0;
    for (const Chunk &chunk : kept)
        m_retainedBytes += chunk.length;
    m_chunks = std::move(kept);
}

// Collects the retained bytes in [m_written, end) that are not the pending
// entry's content and writes them as records.
Status TarSplitRecorder::writeMetadataUpTo(qint64 end)
{
    QByteArray metadata;
    auto takeRange = [&](qint64 from, qint64 to) -> Status {
        for (const Chunk &chunk : m_chunks) {
            const qint64 begin = std::max(from, chunk.offset);
            const qint64 stop = std::min(to, chunk.end());
            if (begin < stop)
                metadata.append(chunk.data() + (begin - chunk.offset), stop - begin);
        }
        if (qint64(metadata.size()) != to - from)
            return fail(QStringLiteral("internal error: tar metadata bytes %1-%2 were not retained").arg(from).arg(to));
        return {};
    };
    if (m_hasPendingPayload) {
        if (auto ok = takeRange(m_written, m_payloadStart); !ok)
            return ok;
        if (auto ok = writeRecord(metadata, m_payloadPath, m_payloadSize); !ok)
            return ok;
        metadata.clear();
        m_written = m_payloadStart + m_payloadSize;
        m_hasPendingPayload = false;
    }
    if (end > m_written) {
        if (auto ok = takeRange(m_written, end); !ok)
            return ok;
        if (auto ok = writeRecord(metadata, {}, 0); !ok)
            return ok;
        m_written = end;
    }
    while (!m_chunks.empty() && m_chunks.front().end() <= m_written) {
        m_retainedBytes -= m_chunks.front().length;
        m_chunks.pop_front();
    }
    return {};
}

Status TarSplitRecorder::writeRecord(const QByteArray &metadata, const QByteArray &path, qint64 size)
{
    QDataStream stream(&m_file);
    stream << metadata << path << size;
    if (stream.status() != QDataStream::Ok)
        return fail(QStringLiteral("cannot write %1: %2").arg(m_file.fileName(), m_file.errorString()));
    return {};
}

Status TarSplitRecorder::beginEntry(qint64 headerStart, qint64 payloadStart, qint64 payloadSize,
                                    const QByteArray &payloadPath)
{
    if (headerStart < m_written || (m_hasPendingPayload && headerStart < m_payloadStart + m_payloadSize))
        return fail(QStringLiteral("tar entry at offset %1 overlaps the previous one").arg(headerStart));
    if (auto ok = writeMetadataUpTo(headerStart); !ok)
        return ok;
    if (payloadSize > 0) {
        m_payloadStart = payloadStart;
        m_payloadSize = payloadSize;
        m_payloadPath = payloadPath;
        m_hasPendingPayload = true;
        dropPayloadBytes();
    }
    return {};
}

Status TarSplitRecorder::finish()
{
    if (auto ok = writeMetadataUpTo(m_streamLength); !ok)
        return ok;
    if (auto ok = writeRecord({}, {}, -1); !ok)
        return ok;
    if (!m_file.flush())
        return fail(QStringLiteral("cannot write %1: %2").arg(m_file.fileName(), m_file.errorString()));
    m_file.close();
    return {};
}

namespace {

Status streamPayload(const QString &layerRoot, const QByteArray &path, qint64 size,
                     ParallelSha256 &hash, const ByteSink &sink)
{
    const QByteArray full = QFile::encodeName(layerRoot) + '/' + path;
    const int fd = ::open(full.constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return fail(QStringLiteral("layer file %1 is missing: %2").arg(QString::fromLocal8Bit(path), systemErrorText(errno)));
    struct stat info;
    if (::fstat(fd, &info) < 0 || info.st_size != size) {
        ::close(fd);
        return fail(QStringLiteral("layer file %1 changed size since it was stored").arg(QString::fromLocal8Bit(path)));
    }
    // Large files are read straight into the hasher's buffers (no copy for
    // the hash); small ones are copied into its current buffer, so many of
    // them share one hand-over.
    const bool large = size >= qint64(ParallelSha256::kBufferSize / 4);
    static thread_local QByteArray smallBuffer(int(ParallelSha256::kBufferSize / 4), Qt::Uninitialized);
    qint64 remaining = size;
    while (remaining > 0) {
        char *buffer = large ? hash.takeBuffer() : smallBuffer.data();
        const size_t capacity = large ? ParallelSha256::kBufferSize : size_t(smallBuffer.size());
        ssize_t n;
        do
            n = ::read(fd, buffer, size_t(std::min<qint64>(remaining, qint64(capacity))));
        while (n < 0 && errno == EINTR);
        if (n <= 0) {
            const int saved = errno;
            if (large)
                hash.submitBuffer(buffer, 0);
            ::close(fd);
            return fail(QStringLiteral("read layer file %1: %2").arg(QString::fromLocal8Bit(path), n < 0 ? systemErrorText(saved) : QStringLiteral("unexpected end")));
        }
        const Status written = sink(buffer, n);
        if (large)
            hash.submitBuffer(buffer, size_t(n));
        else
            hash.addData(buffer, size_t(n));
        if (!written) {
            ::close(fd);
            return written;
        }
        remaining -= n;
    }
    ::close(fd);
    return {};
}

} // namespace

Status TarSplitAssembler::assemble(const QString &recordPath, const QString &layerRoot,
                                   const QString &expectedHexDigest, const ByteSink &sink)
{
    QFile file(recordPath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read layer record %1: %2").arg(recordPath, file.errorString()));
    QDataStream stream(&file);
    quint32 magic = 0;
    stream >> magic;
    if (magic != kMagic)
        return fail(QStringLiteral("layer record %1 is damaged").arg(recordPath));
    ParallelSha256 hash;
    for (;;) {
        QByteArray metadata, path;
        qint64 size = 0;
        stream >> metadata >> path >> size;
        if (stream.status() != QDataStream::Ok)
            return fail(QStringLiteral("layer record %1 is damaged").arg(recordPath));
        if (size < 0)
            break;
        hash.addData(metadata.constData(), size_t(metadata.size()));
        if (auto ok = sink(metadata.constData(), metadata.size()); !ok)
            return ok;
        if (size > 0)
            if (auto ok = streamPayload(layerRoot, path, size, hash, sink); !ok)
                return ok;
    }
    const QString actual = hash.hexResult();
    if (actual != expectedHexDigest)
        return fail(QStringLiteral("layer sha256:%1 is corrupt: its files changed since it was stored (now sha256:%2)")
                        .arg(expectedHexDigest, actual));
    return {};
}

} // namespace porthole
