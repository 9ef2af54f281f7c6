#include "registry/bytepipe.h"

#include <chrono>
#include <cstring>

namespace porthole {

qint64 BytePipe::freeSpace() const
{
    std::lock_guard guard(m_mutex);
    return m_capacity - m_buffered;
}

void BytePipe::write(QByteArray chunk)
{
    if (chunk.isEmpty())
        return;
    std::lock_guard guard(m_mutex);
    m_buffered += chunk.size();
    m_chunks.push_back(std::move(chunk));
    m_changed.notify_all();
}

Status BytePipe::writeWaiting(QByteArray chunk, const Progress *progress)
{
    if (chunk.isEmpty())
        return {};
    std::unique_lock lock(m_mutex);
    while (!m_abandoned && m_buffered > 0 && m_buffered + chunk.size() > m_capacity) {
        if (progress && progress->isCancelled())
            return fail(QStringLiteral("cancelled"));
        m_changed.wait_for(lock, std::chrono::milliseconds(100));
    }
    if (m_abandoned)
        return fail(QStringLiteral("the reader stopped"));
    m_buffered += chunk.size();
    m_chunks.push_back(std::move(chunk));
    m_changed.notify_all();
    return {};
}

void BytePipe::finish()
{
    std::lock_guard guard(m_mutex);
    m_finished = true;
    m_changed.notify_all();
}

void BytePipe::failWith(const Error &error, bool transient)
{
    std::lock_guard guard(m_mutex);
    if (m_finished || m_failed)
        return;
    m_failed = true;
    m_transient = transient;
    m_error = error;
    m_changed.notify_all();
}

void BytePipe::setRoomCallback(std::function<void()> callback)
{
    std::lock_guard guard(m_mutex);
    m_roomCallback = std::move(callback);
}

void BytePipe::writerFoundItFull()
{
    std::lock_guard guard(m_mutex);
    m_writerWaiting = true;
}

bool BytePipe::isAbandoned() const
{
    std::lock_guard guard(m_mutex);
    return m_abandoned;
}

bool BytePipe::failedTransiently() const
{
    std::lock_guard guard(m_mutex);
    return m_failed && m_transient;
}

void BytePipe::abandon()
{
    std::lock_guard guard(m_mutex);
    m_abandoned = true;
    m_chunks.clear();
    m_buffered = 0;
    m_changed.notify_all();
}

Status BytePipe::waitForData(std::unique_lock<std::mutex> &lock, const Progress *progress)
{
    while (m_chunks.empty() && !m_finished && !m_failed) {
        if (progress && progress->isCancelled())
            return fail(QStringLiteral("cancelled"));
        m_changed.wait_for(lock, std::chrono::milliseconds(100));
    }
    if (m_chunks.empty() && m_failed)
        return std::unexpected(m_error);
    return {};
}

std::function<void()> BytePipe::tookBytes(qint64 count)
{
    m_buffered -= count;
    m_changed.notify_all(); // a waiting writer
    if (m_writerWaiting && m_buffered <= m_capacity / 2) {
        m_writerWaiting = false;
        return m_roomCallback;
    }
    return {};
}

Result<qint64> BytePipe::read(char *buffer, qint64 size, const Progress *progress)
{
    std::unique_lock lock(m_mutex);
    if (auto ok = waitForData(lock, progress); !ok)
        return std::unexpected(ok.error());
    qint64 copied = 0;
    while (copied < size && !m_chunks.empty()) {
        const QByteArray &front = m_chunks.front();
        const qint64 n = std::min<qint64>(size - copied, front.size() - m_frontUsed);
        std::memcpy(buffer + copied, front.constData() + m_frontUsed, size_t(n));
        copied += n;
        m_frontUsed += n;
        if (m_frontUsed == front.size()) {
            m_chunks.pop_front();
            m_frontUsed = 0;
        }
    }
    const std::function<void()> wakeWriter = tookBytes(copied);
    lock.unlock();
    if (wakeWriter)
        wakeWriter();
    return copied;
}

Result<QByteArray> BytePipe::readChunk(const Progress *progress)
{
    std::unique_lock lock(m_mutex);
    if (auto ok = waitForData(lock, progress); !ok)
        return std::unexpected(ok.error());
    if (m_chunks.empty())
        return QByteArray();
    QByteArray chunk = std::move(m_chunks.front());
    m_chunks.pop_front();
    if (m_frontUsed > 0)
        chunk = chunk.mid(std::exchange(m_frontUsed, 0));
    const std::function<void()> wakeWriter = tookBytes(chunk.size());
    lock.unlock();
    if (wakeWriter)
        wakeWriter();
    return chunk;
}

} // namespace porthole
