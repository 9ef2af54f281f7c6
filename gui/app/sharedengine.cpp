#include "gui/app/sharedengine.h"

#include <mutex>
#include <optional>

struct SharedEngine::Opened {
    porthole::StorePaths paths;
    std::mutex mutex;
    std::optional<porthole::Engine> engine;
};

SharedEngine::SharedEngine(const porthole::StorePaths &paths) : m_opened(std::make_shared<Opened>())
{
    m_opened->paths = paths;
}

const porthole::StorePaths &SharedEngine::paths() const
{
    return m_opened->paths;
}

porthole::Result<porthole::Engine> SharedEngine::copy() const
{
    const std::lock_guard lock(m_opened->mutex);
    if (!m_opened->engine) {
        auto opened = porthole::Engine::open(m_opened->paths);
        if (!opened)
            return std::unexpected(opened.error());
        m_opened->engine.emplace(*opened);
    }
    return *m_opened->engine;
}
