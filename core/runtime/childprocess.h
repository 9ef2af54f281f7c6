#pragma once
// Child processes the engine starts with the caller's standard streams
// (exec without a console), and whether a process is still there.
#include "base/error.h"

#include <QList>
#include <QStringList>
#include <sys/types.h>

namespace porthole {

// Starts program with this process's standard streams (stdin only when
// asked); passFds become its descriptors 3, 4, ... in that order;
// outputFd and errorFd, when not -1, become its stdout and stderr.
Result<pid_t> spawnInheritingStdio(const QString &program, const QStringList &args, bool withStdin,
                                   const QList<int> &passFds = {}, int outputFd = -1, int errorFd = -1);

// Starts program in a session of its own, its streams /dev/null, to outlive
// this process; passFds as spawnInheritingStdio's.
Result<pid_t> spawnInBackground(const QString &program, const QStringList &args, const QList<int> &passFds = {});

// Waits for a child and returns its exit status (128+N for signal N).
int waitForChild(pid_t pid);

// True while a process with this id exists (even one we may not signal).
bool processAlive(qint64 pid);

} // namespace porthole
