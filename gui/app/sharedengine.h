#pragma once
// The window's one handle on the engine, shared by its pages. The store is
// opened once, by the first job that needs it (opening may wait on the
// store's lock, so never on the UI thread), and stays open while any copy of
// this handle lives. Each job takes a porthole::Engine copy of its own, so
// no two threads share one.
#include "containers/engine.h"

#include <memory>

class SharedEngine {
public:
    explicit SharedEngine(const porthole::StorePaths &paths);

    const porthole::StorePaths &paths() const;
    // On a worker thread: this job's copy of the engine, or why the store
    // cannot be opened (tried again by the next job).
    porthole::Result<porthole::Engine> copy() const;

private:
    struct Opened;
    std::shared_ptr<Opened> m_opened;
};
