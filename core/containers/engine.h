#pragma once
// One handle on the engine: the image store and the container engine over
// it. The window opens it once and keeps it for its lifetime; each worker
// takes a copy (cheap: no store opening, no recovery), so no two threads
// share a ContainerEngine.
#include "containers/containerengine.h"
#include "images/imagestore.h"

namespace porthole {

class Engine {
public:
    // Opens (creating if needed) the store; tidies leftovers of interrupted work.
    static Result<Engine> open(const StorePaths &paths, const QString &runtime = QStringLiteral("runc"));

    Engine(const Engine &other);
    Engine &operator=(const Engine &) = delete;

    ImageStore &images() { return m_images; }
    const ImageStore &images() const { return m_images; }
    ContainerEngine &containers() { return m_containers; }
    const StorePaths &paths() const { return m_images.paths(); }
    const QString &runtime() const { return m_runtime; }

private:
    Engine(ImageStore images, QString runtime);
    ImageStore m_images;
    QString m_runtime;
    ContainerEngine m_containers; // over m_images: declared after it
};

} // namespace porthole
