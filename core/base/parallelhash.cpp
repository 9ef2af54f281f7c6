#include "base/parallelhash.h"

#include <cstring>

namespace porthole {

ParallelSha256::ParallelSha256() : m_threaded(std::thread::hardware_concurrency() > 1)
{
    if (!m_threaded)
        return;
    m_sizes.resize(kBuffers);
    m_buffers.resize(kBuffers); // allocated when first taken: a caller that only submits shared chunks needs none
    for (int i = 0; i < kBuffers; ++i)
        m_free.push_back(i);
    m_worker = std::thread(&ParallelSha256::work, this);
}

ParallelSha256::~ParallelSha256()
{
    if (m_worker.joinable()) {
        {
            std::lock_guard lock(m_mutex);
            m_finishing = true;
        }
        m_workQueued.notify_one();
        m_worker.join();
    }
}

void ParallelSha256::work()
{
    for (;;) {
        Work item;
        {
            std::unique_lock lock(m_mutex);
            m_workerWaiting = true;
            m_workQueued.wait(lock, [this] { return !m_full.empty() || m_finishing; });
            m_workerWaiting = false;
            if (m_full.empty())
                return; // finishing and nothing left
            item = std::move(m_full.front());
            m_full.pop_front();
        }
        if (item.index >= 0)
            m_hash.addData(m_buffers[item.index].get(), m_sizes[item.index]);
        else
            m_hash.addData(item.shared.constData(), size_t(item.shared.size()));
        item.shared = QByteArray(); // freed here, before the producer is told
        bool wake;
        {
            std::lock_guard lock(m_mutex);
            if (item.index >= 0)
                m_free.push_back(item.index);
            else
                --m_sharedQueued;
            wake = m_producerWaiting;
        }
        if (wake) // a wake-up costs a system call: only when someone waits
            m_bufferFreed.notify_one();
    }
}

void ParallelSha256::submitShared(QByteArray chunk)
{
    if (!m_threaded) {
        m_hash.addData(chunk.constData(), size_t(chunk.size()));
        return;
    }
    if (m_current >= 0) // keep the stream in order
        submitCurrent();
    bool wake;
    {
        std::unique_lock lock(m_mutex);
        m_producerWaiting = true;
        m_bufferFreed.wait(lock, [this] { return m_sharedQueued < kBuffers; });
        m_producerWaiting = false;
        ++m_sharedQueued;
        m_full.push_back({-1, std::move(chunk)});
        wake = m_workerWaiting;
    }
    if (wake)
        m_workQueued.notify_one();
}

void ParallelSha256::queueFull(int index, size_t size)
{
    bool wake;
    {
        std::lock_guard lock(m_mutex);
        m_sizes[index] = size;
        m_full.push_back({index, {}});
        wake = m_workerWaiting;
    }
    if (wake)
        m_workQueued.notify_one();
}

void ParallelSha256::submitCurrent()
{
    queueFull(m_current, m_fill);
    m_current = -1;
    m_fill = 0;
}

int ParallelSha256::takeFreeIndex()
{
    std::unique_lock lock(m_mutex);
    m_producerWaiting = true;
    m_bufferFreed.wait(lock, [this] { return !m_free.empty(); });
    m_producerWaiting = false;
    const int index = m_free.front();
    m_free.pop_front();
    if (!m_buffers[index]) // the worker sees it only after it is queued, under the lock
        m_buffers[index] = std::make_unique_for_overwrite<char[]>(kBufferSize);
    return index;
}

char *ParallelSha256::takeBuffer()
{
    if (!m_threaded) {
        if (m_buffers.empty())
            m_buffers.push_back(std::make_unique_for_overwrite<char[]>(kBufferSize));
        return m_buffers[0].get();
    }
    return m_buffers[takeFreeIndex()].get();
}

void ParallelSha256::submitBuffer(char *buffer, size_t size)
{
    if (!m_threaded) {
        m_hash.addData(buffer, size);
        return;
    }
    if (m_current >= 0) // keep the stream in order
        submitCurrent();
    int index = 0;
    while (m_buffers[index].get() != buffer)
        ++index;
    queueFull(index, size);
}

void ParallelSha256::addData(const void *data, size_t size)
{
    if (!m_threaded) {
        m_hash.addData(data, size);
        return;
    }
    auto bytes = static_cast<const char *>(data);
    while (size > 0) {
        if (m_current < 0)
            m_current = takeFreeIndex();
        const size_t take = std::min(size, kBufferSize - m_fill);
        std::memcpy(m_buffers[m_current].get() + m_fill, bytes, take);
        m_fill += take;
        bytes += take;
        size -= take;
        if (m_fill == kBufferSize)
            submitCurrent();
    }
}

QString ParallelSha256::hexResult()
{
    if (m_threaded) {
        if (m_current >= 0)
            submitCurrent();
        {
            std::lock_guard lock(m_mutex);
            m_finishing = true;
        }
        m_workQueued.notify_one();
        m_worker.join();
    }
    return m_hash.hexResult();
}

} // namespace porthole
