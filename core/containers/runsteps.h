#pragma once
// The steps of `run` as the seed tells them: look for the image locally,
// create the container, add a writable layer over the read-only image
// layers, take an IP from the pool, start the command. The engine reports
// each as it happens (with a detail such as the address, and the container
// it is about), for the GUI to light them up beside that container. create
// reports the first two, start the last three.
#include <QString>
#include <functional>

namespace porthole {

enum class RunStep { FindImage, CreateContainer, AddWritableLayer, AllocateAddress, StartCommand };
inline constexpr int kRunStepCount = 5;

// containerId is "" for FindImage (no container exists yet). Called on the
// engine's thread, which waits for it before its next step: an observer may
// hold the next step back (the window's slow motion does).
using RunStepObserver = std::function<void(RunStep step, const QString &detail, const QString &containerId)>;

// The steps of the seed's stop: the stop signal (SIGTERM) sent, then up to
// `seconds` of waiting; when the process is still there, SIGKILL is next;
// then the process is gone, with its exit code. Reported on the engine's
// thread, which waits for the observer: SignalSent holds the wait back,
// KillNext holds SIGKILL back (the window's slow motion does both).
enum class StopPhase { SignalSent, KillNext, Exited };

struct StopReport {
    StopPhase phase;
    QString containerId;
    QString signal;   // SignalSent: "TERM" (or the container's stop signal)
    int seconds = 0;  // SignalSent: how long stop waits before SIGKILL
    int exitCode = 0; // Exited
};

using StopObserver = std::function<void(const StopReport &report)>;

} // namespace porthole
