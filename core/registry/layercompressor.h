#pragma once
// A stored layer as the gzip blob a push uploads: its original tar
// (LayerStore::streamTar, verified against the diff_id as it streams),
// compressed on a thread of its own into a bounded pipe (GzipDeflater);
// the blob's digest is computed from what is actually sent.
#include "base/bytesource.h"
#include "base/progress.h"
#include "layers/layerstore.h"
#include "registry/bytepipe.h"

#include <atomic>
#include <thread>

namespace porthole {

class LayerCompressor : public ByteSource {
public:
    LayerCompressor(const LayerStore &layers, QString diffIdHex, Progress &progress);
    ~LayerCompressor() override;
    Result<qint64> read(char *buffer, qint64 size) override;
    QString name() const override { return QStringLiteral("sha256:") + m_diffIdHex; }
    qint64 tarBytesRead() const { return m_tarBytes.load(); } // progress: bytes of the tar compressed so far

private:
    void produce();

    const LayerStore &m_layers;
    QString m_diffIdHex;
    Progress &m_progress;
    BytePipe m_pipe;
    std::atomic<qint64> m_tarBytes{0};
    std::thread m_thread;
};

} // namespace porthole
