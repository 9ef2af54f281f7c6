#pragma once
// Tar-split: a layer is stored extracted, yet `save` must reproduce the exact
// bytes it was imported from (the diff_id is their sha256). While a layer tar
// streams through, TarSplitRecorder keeps every byte that is not file content
// (headers, padding, the trailer) and, for file content, only the path it was
// extracted to. TarSplitAssembler later interleaves the two again.
//
// File format (QDataStream): a magic, then records of
//   (QByteArray metadata, QByteArray payloadPath, qint64 payloadSize),
// the last one with payloadSize -1.
#include "base/bytesource.h"
#include "base/error.h"

#include <QByteArray>
#include <QFile>
#include <deque>

namespace porthole {

class TarSplitRecorder {
public:
    // Opens the record file for writing.
    Status open(const QString &path);

    // Every byte of the uncompressed tar stream, in order. The bytes are
    // borrowed, not copied: they must stay valid until retire().
    void append(const char *data, qint64 size);

    // The caller is about to reuse the buffers appended so far: copies what
    // may still be needed (headers, padding, content of an entry not yet
    // begun). Content of begun entries is never copied.
    void retire();

    // A tar entry starts at headerStart; its content starts at payloadStart
    // and is payloadSize bytes long, stored in the layer at payloadPath.
    // payloadSize 0 keeps the whole entry as metadata.
    Status beginEntry(qint64 headerStart, qint64 payloadStart, qint64 payloadSize,
                      const QByteArray &payloadPath);

    // All bytes have been appended: writes the rest and closes the file.
    Status finish();

    // Bytes currently held in memory (bounded by a few blocks plus headers).
    qint64 retainedBytes() const { return m_retainedBytes; }

private:
    // A retained range of the stream: borrowed bytes of the caller's
    // current buffer, or (after retire()) a view into a shared block, so
    // trimming never copies bytes.
    struct Chunk {
        qint64 offset;      // stream offset of the first byte
        QByteArray block;   // implicitly shared; empty while borrowed
        const char *borrowed; // the caller's bytes, or null
        qsizetype start;    // first byte within block or borrowed
        qsizetype length;
        qint64 end() const { return offset + length; }
        const char *data() const { return (borrowed ? borrowed : block.constData()) + start; }
    };
    Status writeMetadataUpTo(qint64 end);
    Status writeRecord(const QByteArray &metadata, const QByteArray &path, qint64 size);
    void dropPayloadBytes();

    QFile m_file;
    std::deque<Chunk> m_chunks;
    qint64 m_retainedBytes = 0;
    qint64 m_streamLength = 0;
    qint64 m_written = 0; // stream offset up to which records have been written
    qint64 m_payloadStart = 0;
    qint64 m_payloadSize = 0;
    QByteArray m_payloadPath;
    bool m_hasPendingPayload = false;
};

// Reassembles the original tar bytes of a layer from its record file and its
// extracted directory, checking them against the diff_id as they stream.
class TarSplitAssembler {
public:
    static Status assemble(const QString &recordPath, const QString &layerRoot,
                           const QString &expectedHexDigest, const ByteSink &sink);
};

} // namespace porthole
