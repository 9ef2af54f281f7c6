#pragma once
// Progress reporting and cancellation for long engine work. Owned by the
// caller (GUI worker or CLI); polled by the engine between blocks.
#include <QtGlobal>
#include <atomic>
#include <functional>

namespace porthole {

class Progress {
public:
    using Callback = std::function<void(qint64 bytes, qint64 entries)>;

    Progress() = default;
    explicit Progress(Callback callback) : m_callback(std::move(callback)) {}

    void cancel() { m_cancelled.store(true); }
    bool isCancelled() const { return m_cancelled.load(); }

    // Adds to the running totals and reports them (at most every 256 KiB or entry batch).
    void advance(qint64 bytes, qint64 entries = 0)
    {
        m_bytes += bytes;
        m_entries += entries;
        if (m_callback && (m_bytes - m_reportedBytes >= (256 << 10) || entries > 0)) {
            m_reportedBytes = m_bytes;
            m_callback(m_bytes, m_entries);
        }
    }
    void finish()
    {
        if (m_callback)
            m_callback(m_bytes, m_entries);
    }
    qint64 bytes() const { return m_bytes; }
    qint64 entries() const { return m_entries; }

private:
    Callback m_callback;
    std::atomic<bool> m_cancelled{false};
    qint64 m_bytes = 0;
    qint64 m_entries = 0;
    qint64 m_reportedBytes = 0;
};

} // namespace porthole
