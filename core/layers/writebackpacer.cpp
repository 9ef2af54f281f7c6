#include "layers/writebackpacer.h"

#include <fcntl.h>
#include <unistd.h>

namespace porthole {
namespace {

constexpr qint64 kBytesBetweenSyncs = 32 << 20;

} // namespace

WritebackPacer::WritebackPacer(const QByteArray &dir)
    : m_dirFd(::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC))
{
}

WritebackPacer::~WritebackPacer()
{
    if (m_thread.joinable()) {
        {
            std::lock_guard guard(m_mutex);
            m_stopping = true;
        }
        m_asked.notify_one();
        m_thread.join();
    }
    if (m_dirFd >= 0)
        ::close(m_dirFd);
}

void WritebackPacer::wrote(qint64 bytes)
{
    m_sinceLast += bytes;
    if (m_sinceLast < kBytesBetweenSyncs || m_dirFd < 0)
        return;
    m_sinceLast = 0;
    if (!m_thread.joinable())
        m_thread = std::thread(&WritebackPacer::syncWhenAsked, this);
    {
        std::lock_guard guard(m_mutex);
        m_syncWanted = true;
    }
    m_asked.notify_one();
}

void WritebackPacer::syncWhenAsked()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_asked.wait(lock, [this] { return m_syncWanted || m_stopping; });
        if (m_stopping)
            return;
        m_syncWanted = false;
        lock.unlock();
        (void)::syncfs(m_dirFd);
        lock.lock();
    }
}

} // namespace porthole
