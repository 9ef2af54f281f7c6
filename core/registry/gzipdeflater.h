#pragma once
// Streaming gzip compression for the layers a push uploads: ISA-L's level 1
// when the build found it (several times zlib's speed), else zlib at its
// fastest level. Any gzip reader takes either; the blob's digest is taken
// from what is sent.
#include "base/error.h"

#include <QByteArray>
#include <functional>
#include <memory>

namespace porthole {

class GzipDeflater {
public:
    // sink receives full output chunks (and the last, shorter one).
    explicit GzipDeflater(std::function<Status(QByteArray)> sink);
    ~GzipDeflater();
    GzipDeflater(const GzipDeflater &) = delete;
    GzipDeflater &operator=(const GzipDeflater &) = delete;

    Status write(const char *data, qint64 size);
    Status finish();

private:
    struct State;
    Status run(const char *data, qint64 size, bool last);
    Status flush();

    std::unique_ptr<State> m_state;
    std::function<Status(QByteArray)> m_sink;
    QByteArray m_out;
    qint64 m_filled = 0;
};

} // namespace porthole
