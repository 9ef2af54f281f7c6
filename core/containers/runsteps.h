#pragma once
// The steps of `run` as the seed tells them: look for the image locally,
// create the container, add a writable layer over the read-only image
// layers, take an IP from the pool, start the command. The engine reports
// each as it happens (with a detail such as the address), for the GUI to
// light them up.
#include <QString>
#include <functional>

namespace porthole {

enum class RunStep { FindImage, CreateContainer, AddWritableLayer, AllocateAddress, StartCommand };
inline constexpr int kRunStepCount = 5;

using RunStepObserver = std::function<void(RunStep step, const QString &detail)>;

} // namespace porthole
