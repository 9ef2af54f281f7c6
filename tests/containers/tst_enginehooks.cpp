// What the engine tells a front as it works, on real containers, in this
// process: run's steps with the container they are about, stop's steps
// (and an observer holding the next one back), exec and run writing to the
// descriptors they are given instead of this process's streams (the
// window's output pane), and Docker's events for attach, exec, export and
// import. Needs root.
#include "base/events.h"
#include "cli/commands.h"
#include "containers/engine.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QThread>
#include <thread>
#include <fcntl.h>
#include <unistd.h>

using namespace testsupport;

namespace {

// Reads what is in a pipe now (its write end closed by the caller first).
QByteArray drain(int fd)
{
    QByteArray all;
    char buffer[4096];
    for (ssize_t n; (n = ::read(fd, buffer, sizeof buffer)) > 0;)
        all.append(buffer, n);
    return all;
}

QStringList actionsOf(const TempStore &store)
{
    qint64 offset = 0;
    QStringList actions;
    for (const porthole::Event &event : porthole::readEvents(store.paths.root, offset).value_or(QList<porthole::Event>()))
        actions.append(event.type + QLatin1Char(' ') + event.action);
    return actions;
}

struct Pipe {
    int fds[2] = {-1, -1};
    Pipe() { (void)::pipe2(fds, O_CLOEXEC); }
    ~Pipe()
    {
        for (int fd : fds)
            if (fd >= 0)
                ::close(fd);
    }
    QByteArray readAfterClosingWriteEnd()
    {
        ::close(std::exchange(fds[1], -1));
        return drain(fds[0]);
    }
};

} // namespace

class TestEngineHooks : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { REQUIRE_ROOT(); }

    void runStepsNameTheirContainerAndStopTellsItsSteps()
    {
        TempStore store;
        QCOMPARE(runPorthole(store, {QStringLiteral("image"), QStringLiteral("build-busybox")}).exitCode, 0);
        auto engine = porthole::Engine::open(store.paths);
        REQUIRE_OK(engine);
        porthole::ContainerEngine &containers = engine->containers();
        QList<QPair<porthole::RunStep, QString>> steps;
        containers.setRunStepObserver([&](porthole::RunStep step, const QString &, const QString &id) { steps.append({step, id}); });
        porthole::CreateRequest request;
        request.image = QStringLiteral("busybox");
        request.name = QStringLiteral("hooked");
        request.command = {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("trap '' TERM; while true; do sleep 1; done")};
        auto created = containers.create(request);
        REQUIRE_OK(created);
        const QString id = created->config.id;
        QCOMPARE(steps.size(), 2); // create: find the image, create the container
        QCOMPARE(steps.at(0), qMakePair(porthole::RunStep::FindImage, QString()));
        QCOMPARE(steps.at(1), qMakePair(porthole::RunStep::CreateContainer, id));
        steps.clear();
        REQUIRE_OK(containers.start(id));
        // start: the writable layer mounted, an address taken, the command started, all of this container.
        QCOMPARE(steps, (QList<QPair<porthole::RunStep, QString>>{{porthole::RunStep::AddWritableLayer, id},
                                                                 {porthole::RunStep::AllocateAddress, id},
                                                                 {porthole::RunStep::StartCommand, id}}));

        // stop: SIGTERM sent (ignored here), the wait, SIGKILL next, the exit.
        // An observer holding SIGKILL back delays it: the engine waits for it.
        QList<porthole::StopReport> reports;
        QElapsedTimer clock;
        containers.setStopObserver([&](const porthole::StopReport &report) {
            reports.append(report);
            if (report.phase == porthole::StopPhase::KillNext) {
                clock.start();
                QThread::msleep(700);
            }
        });
        REQUIRE_OK(containers.stop(id, 1));
        QCOMPARE(reports.size(), 3);
        QCOMPARE(reports.at(0).phase, porthole::StopPhase::SignalSent);
        QCOMPARE(reports.at(0).signal, QStringLiteral("TERM"));
        QCOMPARE(reports.at(0).seconds, 1);
        QCOMPARE(reports.at(0).containerId, id);
        QCOMPARE(reports.at(1).phase, porthole::StopPhase::KillNext);
        QCOMPARE(reports.at(2).phase, porthole::StopPhase::Exited);
        QCOMPARE(reports.at(2).exitCode, 137);
        QVERIFY(clock.elapsed() >= 700); // SIGKILL came after the observer let it go
        QCOMPARE(containers.find(id)->state.state, porthole::ContainerState::Exited);
        REQUIRE_OK(containers.remove(id, true));
    }

    void execAndRunWriteToTheDescriptorsTheyAreGiven()
    {
        TempStore store;
        QCOMPARE(runPorthole(store, {QStringLiteral("image"), QStringLiteral("build-busybox")}).exitCode, 0);
        QCOMPARE(runPorthole(store, {QStringLiteral("run"), QStringLiteral("-dit"), QStringLiteral("--name"), QStringLiteral("box"),
                                     QStringLiteral("--network"), QStringLiteral("none"), QStringLiteral("busybox"), QStringLiteral("sh")}).exitCode, 0);
        auto engine = porthole::Engine::open(store.paths);
        REQUIRE_OK(engine);
        Pipe out, err;
        porthole::ExecRequest request;
        request.command = {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo to-out; echo to-err >&2; exit 4")};
        request.outputFd = out.fds[1];
        request.errorFd = err.fds[1];
        auto code = engine->containers().exec(QStringLiteral("box"), request);
        REQUIRE_OK(code);
        QCOMPARE(*code, 4);
        QCOMPARE(out.readAfterClosingWriteEnd(), QByteArray("to-out\n"));
        QCOMPARE(err.readAfterClosingWriteEnd(), QByteArray("to-err\n"));

        // The command layer, as the window's command bar calls it: an attached
        // run's streams go to the descriptors of its CommandIo.
        Pipe runOut, runErr;
        QString text;
        porthole::CommandIo io;
        io.out = io.err = [&text](const QString &more) { text += more; };
        io.outputFd = runOut.fds[1];
        io.errorFd = runErr.fds[1];
        const int exitCode = porthole::runCommand({QStringLiteral("--root"), store.paths.root, QStringLiteral("--runroot"), store.paths.runRoot,
                                                   QStringLiteral("run"), QStringLiteral("--rm"), QStringLiteral("--network"), QStringLiteral("none"),
                                                   QStringLiteral("busybox"), QStringLiteral("sh"), QStringLiteral("-c"),
                                                   QStringLiteral("echo run-out; echo run-err >&2; exit 3")},
                                                  io);
        QCOMPARE(exitCode, 3);
        QCOMPARE(runOut.readAfterClosingWriteEnd(), QByteArray("run-out\n"));
        QCOMPARE(runErr.readAfterClosingWriteEnd(), QByteArray("run-err\n"));
        QCOMPARE(text, QString());
    }

    // The window's Stop: an attached run detaches (the container keeps
    // running), wait gives up; neither blocks the worker for ever.
    void attachedRunAndWaitEndWhenCancelled()
    {
        TempStore store;
        QCOMPARE(runPorthole(store, {QStringLiteral("image"), QStringLiteral("build-busybox")}).exitCode, 0);
        Pipe out, err;
        porthole::Progress progress;
        porthole::CommandIo io;
        io.out = io.err = [](const QString &) {};
        io.outputFd = out.fds[1];
        io.errorFd = err.fds[1];
        io.progress = &progress;
        const QStringList store_{QStringLiteral("--root"), store.paths.root, QStringLiteral("--runroot"), store.paths.runRoot};
        int exitCode = -1;
        std::thread attached([&] {
            exitCode = porthole::runCommand(store_ + QStringList{QStringLiteral("run"), QStringLiteral("--name"), QStringLiteral("long"),
                                                                 QStringLiteral("--network"), QStringLiteral("none"), QStringLiteral("busybox"),
                                                                 QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo up; sleep 600")},
                                            io);
        });
        QTRY_VERIFY_WITH_TIMEOUT(runPorthole(store, {QStringLiteral("ps"), QStringLiteral("-q")}).out.trimmed().size() == 12, waitMs(10000));
        progress.cancel();
        attached.join();
        QCOMPARE(exitCode, 0); // detached, as after ctrl-p ctrl-q
        QCOMPARE(out.readAfterClosingWriteEnd(), QByteArray("up\n"));
        QCOMPARE(QString::fromUtf8(runPorthole(store, {QStringLiteral("inspect"), QStringLiteral("-f"), QStringLiteral("{{.State.Status}}"),
                                                       QStringLiteral("long")}).out).trimmed(), QStringLiteral("running"));
        auto engine = porthole::Engine::open(store.paths);
        REQUIRE_OK(engine);
        porthole::Progress waiting;
        waiting.cancel();
        auto waited = engine->containers().wait(QStringLiteral("long"), &waiting);
        QVERIFY(!waited);
        QCOMPARE(waited.error().message, QStringLiteral("cancelled"));
        QCOMPARE(runPorthole(store, {QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("long")}).exitCode, 0);
    }

    void attachExecExportAndImportAreEvents()
    {
        TempStore store;
        QCOMPARE(runPorthole(store, {QStringLiteral("image"), QStringLiteral("build-busybox")}).exitCode, 0);
        QCOMPARE(runPorthole(store, {QStringLiteral("run"), QStringLiteral("-dit"), QStringLiteral("--name"), QStringLiteral("box"),
                                     QStringLiteral("--network"), QStringLiteral("none"), QStringLiteral("busybox"), QStringLiteral("sh")}).exitCode, 0);
        auto engine = porthole::Engine::open(store.paths);
        REQUIRE_OK(engine);
        {
            auto attached = engine->containers().attachConsole(QStringLiteral("box"));
            REQUIRE_OK(attached);
        }
        QCOMPARE(runPorthole(store, {QStringLiteral("exec"), QStringLiteral("box"), QStringLiteral("touch"), QStringLiteral("/tmp/test")}).exitCode, 0);
        QTemporaryDir dir;
        const QString tar = dir.filePath(QStringLiteral("box.tar"));
        QCOMPARE(runPorthole(store, {QStringLiteral("export"), QStringLiteral("-o"), tar, QStringLiteral("box")}).exitCode, 0);
        QCOMPARE(runPorthole(store, {QStringLiteral("import"), tar, QStringLiteral("busybox:test")}).exitCode, 0);
        const QStringList actions = actionsOf(store);
        const QStringList expected{QStringLiteral("container attach"), QStringLiteral("container exec_create: touch /tmp/test"),
                                   QStringLiteral("container exec_start: touch /tmp/test"), QStringLiteral("container export"),
                                   QStringLiteral("image import")};
        QCOMPARE(actions.mid(actions.indexOf(expected.first())), expected);
        QCOMPARE(runPorthole(store, {QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("box")}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestEngineHooks)
#include "tst_enginehooks.moc"
