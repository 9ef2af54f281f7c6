#pragma once
// Streaming SHA-256. Uses the CPU's SHA extensions when present (about ten
// times QCryptographicHash's speed, which matters for hashing whole layers),
// else falls back to QCryptographicHash.
#include <QByteArray>
#include <QCryptographicHash>
#include <QString>
#include <cstdint>
#include <optional>

namespace porthole {

class Sha256 {
public:
    Sha256();
    void addData(const void *data, size_t size);
    void addData(const QByteArray &data) { addData(data.constData(), size_t(data.size())); }
    QByteArray result(); // 32 raw bytes; the object is finished afterwards
    QString hexResult() { return QString::fromLatin1(result().toHex()); }

    static QString hexOf(const QByteArray &data);
    static bool hasHardwareSupport();

private:
    void compressBlocks(const uint8_t *data, size_t blocks);

    std::optional<QCryptographicHash> m_fallback;
    uint32_t m_state[8];
    uint8_t m_buffer[64];
    size_t m_buffered = 0;
    uint64_t m_length = 0;
};

} // namespace porthole
