#include "containers/engine.h"

namespace porthole {

Engine::Engine(ImageStore images, QString runtime)
    : m_images(std::move(images)), m_runtime(std::move(runtime)), m_containers(m_images, m_runtime)
{
}

Engine::Engine(const Engine &other) : Engine(other.m_images, other.m_runtime)
{
}

Result<Engine> Engine::open(const StorePaths &paths, const QString &runtime)
{
    auto images = ImageStore::open(paths);
    if (!images)
        return std::unexpected(images.error());
    return Engine(std::move(*images), runtime);
}

} // namespace porthole
