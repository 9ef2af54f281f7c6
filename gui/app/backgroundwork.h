#pragma once
// The one way the window runs work off the UI thread: the work runs on Qt's
// thread pool and its result comes back to the UI thread, handed to a
// function that runs in the context object's thread while that object
// lives. The UI thread never waits on the engine, a file or a child process.
#include <QFutureWatcher>
#include <QtConcurrent>

// What most jobs hand back: success, and a message (an id, a path, an error).
struct JobOutcome {
    bool ok = false;
    QString message;
};

// Returns the work's future for whoever else waits on it (a drag's data);
// done has already been queued to the UI thread by then.
template <typename Work, typename Done>
QFuture<std::invoke_result_t<Work>> runInBackground(QObject *context, Work work, Done done)
{
    using Result = std::invoke_result_t<Work>;
    auto *watcher = new QFutureWatcher<Result>(context);
    QObject::connect(watcher, &QFutureWatcher<Result>::finished, context, [watcher, done = std::move(done)]() mutable {
        done(watcher->result());
        watcher->deleteLater();
    });
    const QFuture<Result> future = QtConcurrent::run(std::move(work));
    watcher->setFuture(future);
    return future;
}
