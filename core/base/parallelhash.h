#pragma once
// SHA-256 on a second core: the caller's thread copies blocks into a small
// pool of buffers and goes on extracting or writing, a worker hashes them.
// Hashing a layer costs about as much as extracting it, so this keeps import
// and save close to plain tar on a machine with two cores.
#include "base/sha256.h"

#include <QByteArray>

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace porthole {

class ParallelSha256 {
public:
    ParallelSha256();
    ~ParallelSha256();
    ParallelSha256(const ParallelSha256 &) = delete;
    ParallelSha256 &operator=(const ParallelSha256 &) = delete;

    void addData(const void *data, size_t size);

    // Zero-copy use: fill a buffer from the pool yourself, then hand it over.
    // The caller may hold one buffer at a time besides what addData uses.
    static constexpr size_t kBufferSize = 1 << 20;
    char *takeBuffer();
    void submitBuffer(char *buffer, size_t size);
    // Zero-copy for data that already sits in a QByteArray: kept (shared)
    // until hashed; waits while kBuffers of them are queued.
    void submitShared(QByteArray chunk);
    QString hexResult(); // waits for the worker; the object is finished afterwards

private:
    static constexpr int kBuffers = 8;
    int takeFreeIndex();
    void work();
    void submitCurrent();
    void queueFull(int index, size_t size);

    Sha256 m_hash; // touched only by the worker (or by the caller when single-core)
    bool m_threaded;
    std::vector<std::unique_ptr<char[]>> m_buffers; // kBufferSize each, not zero-filled; allocated when first taken
    std::vector<size_t> m_sizes;
    std::deque<int> m_free;
    struct Work {
        int index = -1; // a pool buffer, or -1 for shared
        QByteArray shared;
    };
    std::deque<Work> m_full;
    int m_sharedQueued = 0;
    int m_current = -1;
    size_t m_fill = 0;
    bool m_finishing = false;
    bool m_workerWaiting = false;
    bool m_producerWaiting = false;
    std::mutex m_mutex;
    std::condition_variable m_workQueued;  // the worker waits on it
    std::condition_variable m_bufferFreed; // the caller waits on it
    std::thread m_worker;
};

} // namespace porthole
