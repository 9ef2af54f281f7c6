#pragma once
// A bounded byte queue from the network thread to the thread that consumes
// a body (an extracting layer, an import): the network side moves data in
// only while there is room, so a slow reader holds the connection back
// (TCP flow control) instead of filling memory.
#include "base/error.h"
#include "base/progress.h"

#include <QByteArray>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>

namespace porthole {

class BytePipe {
public:
    explicit BytePipe(qint64 capacity) : m_capacity(capacity) {}

    // Writer side (the network thread); never blocks.
    qint64 freeSpace() const;
    void write(QByteArray chunk);
    void finish();
    void failWith(const Error &error, bool transient);
    // Called on the reader's thread when room appears after the writer found
    // the pipe full (the writer posts itself a pump from there).
    void setRoomCallback(std::function<void()> callback);
    void writerFoundItFull();
    bool isAbandoned() const;
    // For a writer on a thread of its own: waits for room (or a cancel, or
    // the reader leaving, both errors).
    Status writeWaiting(QByteArray chunk, const Progress *progress);

    // Reader side: blocks until bytes, the end (0) or an error; polls
    // progress for cancellation.
    Result<qint64> read(char *buffer, qint64 size, const Progress *progress);
    // The next chunk whole (what is left of it after read()); empty: the end.
    Result<QByteArray> readChunk(const Progress *progress);
    bool failedTransiently() const;
    void abandon(); // the reader is gone: the writer stops

private:
    // With the lock held: waits for a chunk, the end or an error.
    Status waitForData(std::unique_lock<std::mutex> &lock, const Progress *progress);
    // With the lock held, after taking bytes: wakes a writer waiting for room.
    std::function<void()> tookBytes(qint64 count);
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QByteArray> m_chunks;
    qsizetype m_frontUsed = 0;
    qint64 m_buffered = 0;
    const qint64 m_capacity;
    bool m_finished = false;
    bool m_failed = false;
    bool m_transient = false;
    bool m_abandoned = false;
    bool m_writerWaiting = false;
    Error m_error;
    std::function<void()> m_roomCallback;
};

} // namespace porthole
