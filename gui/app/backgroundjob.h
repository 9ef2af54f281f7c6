#pragma once
// Runs work on the thread pool and hands its result back to the UI thread:
// the UI thread never waits on the engine, a file or a child process.
#include <QFutureWatcher>
#include <QtConcurrent>

// What most jobs hand back: success, and a message (an id, a path, an error).
struct JobOutcome {
    bool ok = false;
    QString message;
};

template <typename Work, typename Done>
void runInBackground(QObject *context, Work work, Done done)
{
    using Result = std::invoke_result_t<Work>;
    auto *watcher = new QFutureWatcher<Result>(context);
    QObject::connect(watcher, &QFutureWatcher<Result>::finished, context, [watcher, done = std::move(done)]() mutable {
        done(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}
