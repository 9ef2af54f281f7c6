// The command bar as the tour uses it, on real containers, offscreen: a
// non-interactive run, exec, logs and wait print in the output pane as they
// come; run -it and exec -it open a console (the run's attached before it
// starts: nothing is missed); lines that are not container commands say
// what the bar takes; errors name the program as typed; the pane follows
// new output unless scrolled up. And in an attach console, Ctrl+P Ctrl+Q
// detaches: the window's Pause shortcut does not fire.
#include "gui/app/mainwindow.h"
#include "gui/containers/consolespane.h"
#include "gui/terminal/terminalmodel.h"
#include "gui/terminal/terminalview.h"
#include "testsupport.h"
#include "windowtesting.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTabWidget>
#include <QToolButton>

using namespace testsupport;

namespace {

QString screenText(const TerminalModel *model)
{
    QStringList lines;
    for (int line = -model->scrollbackLines(); line < model->rows(); ++line)
        lines.append(model->lineText(line));
    return lines.join(u'\n');
}

QString inspect(const TempStore &store, const QString &format, const QString &name)
{
    return QString::fromUtf8(runPorthole(store, {QStringLiteral("inspect"), QStringLiteral("-f"), format, name}).out).trimmed();
}

} // namespace

class TestCommandBar : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        REQUIRE_ROOT();
        QCOMPARE(runPorthole(m_store, {QStringLiteral("image"), QStringLiteral("build-busybox")}).exitCode, 0);
        QCOMPARE(runPorthole(m_store, {QStringLiteral("run"), QStringLiteral("-dit"), QStringLiteral("--name"), QStringLiteral("demo"),
                                       QStringLiteral("--network"), QStringLiteral("none"), QStringLiteral("busybox"), QStringLiteral("sh")}).exitCode, 0);
        QCOMPARE(runPorthole(m_store, {QStringLiteral("exec"), QStringLiteral("demo"), QStringLiteral("touch"), QStringLiteral("/tmp/test")}).exitCode, 0);
    }

    void nonInteractiveCommandsPrintInThePaneAsTheyCome()
    {
        MainWindow window(m_store.paths);
        QVERIFY(showFilled(window, &MainWindow::containersRefreshed));
        QSignalSpy finished(&window, &MainWindow::commandFinished);
        auto *pane = window.findChild<QPlainTextEdit *>(QStringLiteral("commandOutput"));
        auto *line = window.findChild<QLineEdit *>(QStringLiteral("commandBar"));
        auto type = [&](const QString &text) {
            line->setText(text);
            QTest::keyClick(line, Qt::Key_Return);
        };
        // The tour's step 7 without -it: the container's output, here.
        type(QStringLiteral("docker run --network none busybox ls /bin"));
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.last().at(0).toInt(), 0);
        QVERIFY2(pane->toPlainText().contains(QStringLiteral("\nbusybox\n")), qPrintable(pane->toPlainText()));
        // As it comes: the first line is there while the command still runs.
        type(QStringLiteral("docker run --network none busybox sh -c 'echo first-$((0+1)); sleep 2; echo second-$((1+1))'"));
        QTRY_VERIFY_WITH_TIMEOUT(pane->toPlainText().contains(QStringLiteral("first-1")), 10000);
        QVERIFY(!pane->toPlainText().contains(QStringLiteral("second-2")));
        QCOMPARE(finished.size(), 1);
        QVERIFY(finished.wait(10000));
        QVERIFY(pane->toPlainText().contains(QStringLiteral("second-2")));
        // Its standard error and exit code.
        type(QStringLiteral("docker run --rm --network none busybox sh -c 'echo oops >&2; exit 3'"));
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.last().at(0).toInt(), 3);
        QVERIFY(pane->toPlainText().contains(QStringLiteral("oops")));
        // exec without a terminal, logs and wait.
        type(QStringLiteral("docker exec demo ls /tmp"));
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.last().at(0).toInt(), 0);
        QVERIFY2(pane->toPlainText().endsWith(QStringLiteral("$ docker exec demo ls /tmp\ntest\n")), qPrintable(pane->toPlainText()));
        QCOMPARE(runPorthole(m_store, {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), QStringLiteral("short"),
                                       QStringLiteral("--network"), QStringLiteral("none"), QStringLiteral("busybox"), QStringLiteral("sh"),
                                       QStringLiteral("-c"), QStringLiteral("echo logged-line; sleep 1; exit 6")}).exitCode, 0);
        type(QStringLiteral("docker wait short"));
        QVERIFY(finished.wait(20000));
        QVERIFY2(pane->toPlainText().endsWith(QStringLiteral("$ docker wait short\n6\n")), qPrintable(pane->toPlainText()));
        type(QStringLiteral("docker logs short"));
        QVERIFY(finished.wait(20000));
        QVERIFY(pane->toPlainText().endsWith(QStringLiteral("$ docker logs short\nlogged-line\n")));
        // logs -f follows until Stop.
        type(QStringLiteral("docker logs -f demo"));
        auto *stop = window.findChild<QToolButton *>(QStringLiteral("commandStop"));
        QTRY_VERIFY(stop->isEnabled());
        QVERIFY(!line->isEnabled());
        stop->click();
        QVERIFY(line->isEnabled());
        QVERIFY(finished.wait(5000));
    }

    // Walked at 1280×800: `docker exec demo ls /tmp` on an empty /tmp left
    // only the typed line, and a failing one only its message, so a new user
    // could not tell it had ended, or how: the pane says so.
    void quietAndFailingCommandsSayHowTheyEnded()
    {
        MainWindow window(m_store.paths);
        QVERIFY(showFilled(window, &MainWindow::containersRefreshed));
        QSignalSpy finished(&window, &MainWindow::commandFinished);
        auto *pane = window.findChild<QPlainTextEdit *>(QStringLiteral("commandOutput"));
        window.runCommandLine(QStringLiteral("docker exec demo mkdir -p /tmp/quiet"));
        QVERIFY(finished.wait(20000));
        QVERIFY2(pane->toPlainText().endsWith(QStringLiteral("$ docker exec demo mkdir -p /tmp/quiet\n(no output)\n")), qPrintable(pane->toPlainText()));
        window.runCommandLine(QStringLiteral("docker exec demo ls /nonexistent"));
        QVERIFY(finished.wait(20000));
        QVERIFY2(pane->toPlainText().endsWith(QStringLiteral("No such file or directory\n(exit code 1)\n")), qPrintable(pane->toPlainText()));
        // A command that printed and succeeded gets no such line.
        window.runCommandLine(QStringLiteral("docker exec demo echo said"));
        QVERIFY(finished.wait(20000));
        QVERIFY2(pane->toPlainText().endsWith(QStringLiteral("$ docker exec demo echo said\nsaid\n")), qPrintable(pane->toPlainText()));
    }

    void linesTheBarDoesNotTakeSayWhatItTakes()
    {
        MainWindow window(m_store.paths);
        QVERIFY(showFilled(window, &MainWindow::containersRefreshed));
        QSignalSpy finished(&window, &MainWindow::commandFinished);
        auto *pane = window.findChild<QPlainTextEdit *>(QStringLiteral("commandOutput"));
        window.runCommandLine(QStringLiteral("ls -la"));
        QCOMPARE(finished.size(), 1);
        QVERIFY2(pane->toPlainText().contains(QStringLiteral("takes docker or porthole commands")), qPrintable(pane->toPlainText()));
        QVERIFY(pane->toPlainText().contains(QStringLiteral("docker exec CONTAINER ls -la")));
        // Docker's error, naming the program as it was typed, and its exit code.
        window.runCommandLine(QStringLiteral("docker frobnicate"));
        QVERIFY(finished.wait(10000));
        QVERIFY2(pane->toPlainText().endsWith(QStringLiteral("Error: docker: 'frobnicate' is not a docker command.\nSee 'docker --help'\n(exit code 1)\n")),
                 qPrintable(pane->toPlainText()));
        window.runCommandLine(QStringLiteral("porthole frobnicate"));
        QVERIFY(finished.wait(10000));
        QVERIFY2(pane->toPlainText().endsWith(QStringLiteral("Error: porthole: 'frobnicate' is not a porthole command.\nSee 'porthole --help'\n(exit code 1)\n")),
                 qPrintable(pane->toPlainText()));
        window.runCommandLine(QStringLiteral("docker run"));
        QVERIFY(finished.wait(10000));
        QVERIFY2(pane->toPlainText().contains(QStringLiteral("\"docker run\" requires at least 1 argument")), qPrintable(pane->toPlainText()));
    }

    void paneFollowsNewOutputUnlessScrolledUp()
    {
        MainWindow window(m_store.paths);
        window.resize(900, 700);
        QVERIFY(showFilled(window, &MainWindow::containersRefreshed));
        QSignalSpy finished(&window, &MainWindow::commandFinished);
        auto *pane = window.findChild<QPlainTextEdit *>(QStringLiteral("commandOutput"));
        QScrollBar *bar = pane->verticalScrollBar();
        window.runCommandLine(QStringLiteral("docker run --rm --network none busybox seq 1 300"));
        QVERIFY(finished.wait(20000));
        QVERIFY(bar->maximum() > 0);
        QCOMPARE(bar->value(), bar->maximum()); // followed
        bar->setValue(bar->maximum() / 2);      // the user reads further up
        const int kept = bar->value();
        window.runCommandLine(QStringLiteral("docker run --rm --network none busybox seq 1 50"));
        QVERIFY(finished.wait(20000));
        QCOMPARE(bar->value(), kept);
        QVERIFY(bar->value() < bar->maximum());
    }

    void interactiveRunAndExecOpenConsoles()
    {
        MainWindow window(m_store.paths);
        window.resize(1100, 800);
        QVERIFY(showFilled(window, &MainWindow::containersRefreshed));
        QSignalSpy finished(&window, &MainWindow::commandFinished);
        auto *consoles = window.findChild<ConsolesPane *>(QStringLiteral("consolesPane"));
        auto *pane = window.findChild<QPlainTextEdit *>(QStringLiteral("commandOutput"));
        // run -it: created, then attached before it starts: its first line is in the console.
        window.runCommandLine(QStringLiteral("docker run -it --name early --network none busybox sh -c 'echo from-the-start; sleep 30'"));
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.last().at(0).toInt(), 0);
        const QString early = inspect(m_store, QStringLiteral("{{.Id}}"), QStringLiteral("early"));
        QTRY_COMPARE_WITH_TIMEOUT(consoles->sessions(early).size(), 1, 5000);
        ConsoleSession *attached = consoles->sessions(early).first();
        QCOMPARE(attached->kind(), ConsoleSession::Kind::Attach);
        QTRY_VERIFY_WITH_TIMEOUT(screenText(attached->model()).contains(QStringLiteral("from-the-start")), 10000);
        QCOMPARE(inspect(m_store, QStringLiteral("{{.State.Status}}"), QStringLiteral("early")), QStringLiteral("running"));
        QVERIFY(pane->toPlainText().contains(QStringLiteral("run -it is create + start: porthole create -it --name early --network none busybox")));
        QCOMPARE(window.findChild<QTabWidget *>(QStringLiteral("containerDetails"))->currentWidget(), consoles);
        // An interactive shell typed in it.
        window.runCommandLine(QStringLiteral("docker run -it --name typed --network none busybox sh"));
        QVERIFY(finished.wait(20000));
        const QString typed = inspect(m_store, QStringLiteral("{{.Id}}"), QStringLiteral("typed"));
        QTRY_COMPARE_WITH_TIMEOUT(consoles->sessions(typed).size(), 1, 5000);
        ConsoleSession *shell = consoles->sessions(typed).first();
        QTRY_VERIFY_WITH_TIMEOUT(shell->isOpen(), 10000);
        shell->type("echo sum-$((20+22))\r");
        QTRY_VERIFY_WITH_TIMEOUT(screenText(shell->model()).contains(QStringLiteral("sum-42")), 5000);
        // exec -it: an exec console running that command, with its -e.
        const QString demo = inspect(m_store, QStringLiteral("{{.Id}}"), QStringLiteral("demo"));
        window.runCommandLine(QStringLiteral("docker exec -it -e WHO=teacher demo sh -c 'echo hello-$WHO; sleep 30'"));
        QTRY_COMPARE_WITH_TIMEOUT(consoles->sessions(demo).size(), 1, 5000);
        ConsoleSession *exec = consoles->sessions(demo).first();
        QCOMPARE(exec->kind(), ConsoleSession::Kind::Exec);
        QTRY_VERIFY_WITH_TIMEOUT(screenText(exec->model()).contains(QStringLiteral("hello-teacher")), 10000);
        QVERIFY(pane->toPlainText().contains(QStringLiteral("an exec console opens")));
        for (const char *name : {"early", "typed"})
            QCOMPARE(runPorthole(m_store, {QStringLiteral("rm"), QStringLiteral("-f"), QString::fromLatin1(name)}).exitCode, 0);
    }

    // Ctrl+P Ctrl+Q typed into a focused attach console detaches it: the
    // window's Pause (Ctrl+P) does not fire, the container keeps running.
    void detachKeysInAnAttachConsoleDoNotPause()
    {
        MainWindow window(m_store.paths);
        window.resize(1100, 800);
        QVERIFY(showFilled(window, &MainWindow::containersRefreshed));
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.runCommandLine(QStringLiteral("docker attach demo"));
        auto *consoles = window.findChild<ConsolesPane *>(QStringLiteral("consolesPane"));
        const QString demo = inspect(m_store, QStringLiteral("{{.Id}}"), QStringLiteral("demo"));
        QTRY_VERIFY_WITH_TIMEOUT(!consoles->sessions(demo).isEmpty() && consoles->sessions(demo).last()->isOpen(), 10000);
        ConsoleSession *session = consoles->sessions(demo).last();
        QCOMPARE(session->kind(), ConsoleSession::Kind::Attach);
        QSignalSpy detached(session, &ConsoleSession::detached);
        session->view()->setFocus();
        QTRY_VERIFY(session->view()->hasFocus());
        QTest::keyClick(session->view(), Qt::Key_P, Qt::ControlModifier);
        QTest::keyClick(session->view(), Qt::Key_Q, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(detached.size(), 1, 3000);
        QTest::qWait(300); // a pause would have reached the engine by now
        QCOMPARE(inspect(m_store, QStringLiteral("{{.State.Status}} {{.State.Paused}}"), QStringLiteral("demo")), QStringLiteral("running false"));
    }

    // A second attach console shows the current screen at once (item 3): it
    // resizes the tty as docker attach does, so the shell draws its prompt
    // again; nothing is typed into it.
    void secondAttachShowsTheScreenAtOnce()
    {
        QCOMPARE(runPorthole(m_store, {QStringLiteral("run"), QStringLiteral("-dit"), QStringLiteral("--name"), QStringLiteral("screen"),
                                       QStringLiteral("--network"), QStringLiteral("none"), QStringLiteral("busybox"), QStringLiteral("sh")})
                     .exitCode,
                 0);
        const auto remove = qScopeGuard([&] { runPorthole(m_store, {QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("screen")}); });
        MainWindow window(m_store.paths);
        window.resize(1100, 800);
        QVERIFY(showFilled(window, &MainWindow::containersRefreshed));
        auto *consoles = window.findChild<ConsolesPane *>(QStringLiteral("consolesPane"));
        const QString id = inspect(m_store, QStringLiteral("{{.Id}}"), QStringLiteral("screen"));
        window.runCommandLine(QStringLiteral("docker attach screen"));
        QTRY_VERIFY_WITH_TIMEOUT(!consoles->sessions(id).isEmpty() && consoles->sessions(id).first()->isOpen(), 10000);
        ConsoleSession *first = consoles->sessions(id).first();
        first->type("echo first-$((1+1))\r");
        QTRY_VERIFY_WITH_TIMEOUT(screenText(first->model()).contains(QStringLiteral("first-2")), 5000);
        window.runCommandLine(QStringLiteral("docker attach screen"));
        QTRY_COMPARE_WITH_TIMEOUT(consoles->sessions(id).size(), 2, 10000);
        ConsoleSession *second = consoles->sessions(id).last();
        QTRY_VERIFY_WITH_TIMEOUT(second->isOpen(), 10000);
        QTRY_VERIFY2_WITH_TIMEOUT(screenText(second->model()).contains(QStringLiteral("/ #")), qPrintable(screenText(second->model())), 5000);
    }

private:
    TempStore m_store;
};

QTEST_MAIN(TestCommandBar)
#include "tst_commandbar.moc"
