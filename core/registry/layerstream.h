#pragma once
// The tar inside a layer blob, for the extractor. A thread of its own reads
// the blob (hashed and resumed by BlobReader) and inflates gzip into a
// bounded pipe, so inflating and extracting run on both cores. zstd and
// plain tars pass through: the extractor reads zstd itself.
#include "base/bytesource.h"
#include "base/progress.h"
#include "registry/blobreader.h"
#include "registry/bytepipe.h"

#include <thread>

namespace porthole {

class LayerStream : public ByteSource {
public:
    LayerStream(BlobReader &blob, Progress &progress);
    ~LayerStream() override; // stops the thread
    Result<qint64> read(char *buffer, qint64 size) override;
    QString name() const override { return m_blob.name(); }
    bool handsOutChunks() const override { return true; }
    Result<QByteArray> readChunk() override;

    // After the extractor: reads what it left and waits for the blob's
    // verification.
    Status finish();

private:
    void pump();
    Status inflateAll(QByteArray first);
    Status passThrough(QByteArray first);
    Result<QByteArray> readBlob();

    BlobReader &m_blob;
    Progress &m_progress;
    BytePipe m_pipe;
    std::thread m_thread;
};

} // namespace porthole
