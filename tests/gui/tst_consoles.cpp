// Consoles on real containers, offscreen: two attach consoles mirror what
// one types; two exec consoles stay independent; resizing the widget
// resizes the container's tty; exits show their codes; nsenter enters the
// container's namespaces.
#include "gui/app/mainwindow.h"
#include "gui/containers/consolespane.h"
#include "gui/containers/lifecyclediagram.h"
#include "gui/containers/logsview.h"
#include "gui/terminal/terminalmodel.h"
#include "gui/terminal/terminalview.h"
#include "testsupport.h"
#include "windowtesting.h"

#include <QCheckBox>
#include <QSignalSpy>
#include <QTabWidget>

using namespace testsupport;

namespace {

QString screenText(const TerminalModel *model)
{
    QStringList lines;
    for (int line = -model->scrollbackLines(); line < model->rows(); ++line)
        lines.append(model->lineText(line));
    return lines.join(u'\n');
}

} // namespace

class TestConsoles : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { REQUIRE_ROOT(); }

    void attachMirrorsExecIsolatesResizeAndExit()
    {
        TempStore store;
        QCOMPARE(runPorthole(store, {QStringLiteral("image"), QStringLiteral("build-busybox")}).exitCode, 0);
        QCOMPARE(runPorthole(store, {QStringLiteral("run"), QStringLiteral("-dit"), QStringLiteral("--name"), QStringLiteral("shell"),
                                     QStringLiteral("--network"), QStringLiteral("none"), QStringLiteral("busybox"), QStringLiteral("sh")}).exitCode, 0);
        MainWindow window(store.paths);
        window.resize(1100, 800);
        QVERIFY(showFilled(window, &MainWindow::containersRefreshed));
        window.findChild<QTabWidget *>(QStringLiteral("containerDetails"))->setCurrentIndex(3);
        auto *pane = window.findChild<ConsolesPane *>(QStringLiteral("consolesPane"));
        QVERIFY(pane);

        // Two attached consoles: what one types shows in both.
        ConsoleSession *first = pane->open(ConsoleSession::Kind::Attach);
        ConsoleSession *second = pane->open(ConsoleSession::Kind::Attach);
        QTRY_VERIFY_WITH_TIMEOUT(first->isOpen() && second->isOpen(), 5000);
        first->type("echo mirrored-$((6*7))\r");
        QTRY_VERIFY_WITH_TIMEOUT(screenText(first->model()).contains(QStringLiteral("mirrored-42")), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(screenText(second->model()).contains(QStringLiteral("mirrored-42")), 5000);

        // Two exec consoles: independent shells.
        ConsoleSession *a = pane->open(ConsoleSession::Kind::Exec);
        ConsoleSession *b = pane->open(ConsoleSession::Kind::Exec);
        QTRY_VERIFY_WITH_TIMEOUT(a->isOpen() && b->isOpen(), 5000);
        a->type("export MARK=one; echo a-$MARK\r");
        QTRY_VERIFY_WITH_TIMEOUT(screenText(a->model()).contains(QStringLiteral("a-one")), 5000);
        b->type("echo b-${MARK:-unset}\r");
        QTRY_VERIFY_WITH_TIMEOUT(screenText(b->model()).contains(QStringLiteral("b-unset")), 5000);
        QVERIFY(!screenText(a->model()).contains(QStringLiteral("b-unset")));
        QVERIFY(!screenText(first->model()).contains(QStringLiteral("a-one")));

        // Resizing the widget resizes the tty: stty size inside agrees.
        const int columnsBefore = b->model()->columns();
        window.resize(820, 760);
        QTRY_VERIFY_WITH_TIMEOUT(b->model()->columns() < columnsBefore, 2000);
        QTest::qWait(200); // the resize reaches the terminal
        const QString expected = QStringLiteral("%1 %2").arg(b->model()->rows()).arg(b->model()->columns());
        b->type("stty size\r");
        QTRY_VERIFY_WITH_TIMEOUT(screenText(b->model()).contains(expected), 5000);

        // An exec console's exit shows its code.
        QSignalSpy aFinished(a, &ConsoleSession::finished);
        a->type("exit 3\r");
        QVERIFY(aFinished.wait(5000));
        QCOMPARE(aFinished.first().first().toInt(), 3);
        QVERIFY(screenText(a->model()).contains(QStringLiteral("exited with code 3")));

        // nsenter: the container's namespaces (its hostname is its short id).
        const QString shortId = QString::fromUtf8(runPorthole(store, {QStringLiteral("ps"), QStringLiteral("-q")}).out).trimmed();
        ConsoleSession *enter = pane->open(ConsoleSession::Kind::Nsenter);
        QTRY_VERIFY_WITH_TIMEOUT(enter->isOpen(), 5000);
        enter->type("hostname; ls /bin/busybox\r");
        QTRY_VERIFY_WITH_TIMEOUT(screenText(enter->model()).contains(shortId), 5000);
        QVERIFY(screenText(enter->model()).contains(QStringLiteral("/bin/busybox")));
        // Its root is the container's file system, not the host's.
        enter->type("ls -1a / | tr '\\n' ,; echo \" $((40+2))-listed\"\r");
        QTRY_VERIFY_WITH_TIMEOUT(screenText(enter->model()).contains(QStringLiteral(" 42-listed")), 5000);
        QVERIFY2(screenText(enter->model()).contains(QStringLiteral("linuxrc,")), qPrintable(screenText(enter->model())));
        QVERIFY(!screenText(enter->model()).contains(QStringLiteral(",work,")));
        QVERIFY(!screenText(enter->model()).contains(QStringLiteral(",lost+found,")));

        // The detach keys leave the container running.
        ConsoleSession *third = pane->open(ConsoleSession::Kind::Attach);
        QTRY_VERIFY_WITH_TIMEOUT(third->isOpen(), 5000);
        QSignalSpy detached(third, &ConsoleSession::detached);
        third->type("\x10");
        third->type("\x11");
        QCOMPARE(detached.size(), 1);
        QVERIFY(!third->isOpen());
        QVERIFY(screenText(third->model()).contains(QStringLiteral("detached")));
        QCOMPARE(QString::fromUtf8(runPorthole(store, {QStringLiteral("inspect"), QStringLiteral("-f"), QStringLiteral("{{.State.Status}}"),
                                                       QStringLiteral("shell")}).out).trimmed(), QStringLiteral("running"));

        // The logs: what the main process printed, as its terminal showed it
        // (a tty's log has no timestamps to show); search.
        window.findChild<QTabWidget *>(QStringLiteral("containerDetails"))->setCurrentIndex(4);
        auto *logs = window.findChild<LogsView *>(QStringLiteral("logsView"));
        QTRY_VERIFY_WITH_TIMEOUT(logs->text().contains(QStringLiteral("mirrored-42")), 5000);
        QVERIFY(!window.findChild<QCheckBox *>(QStringLiteral("logsTimestamps"))->isEnabled());
        QVERIFY(logs->find(QStringLiteral("mirrored-42")));
        QVERIFY(!logs->find(QStringLiteral("never printed")));

        // The main process exits through an attach console: both say so, with the code.
        QSignalSpy firstFinished(first, &ConsoleSession::finished);
        QSignalSpy secondFinished(second, &ConsoleSession::finished);
        second->type("exit 5\r");
        QVERIFY(firstFinished.wait(10000));
        QTRY_COMPARE_WITH_TIMEOUT(secondFinished.size(), 1, 5000);
        QCOMPARE(firstFinished.first().first().toInt(), 5);
        QVERIFY(screenText(first->model()).contains(QStringLiteral("container exited with code 5")));
        auto *diagram = window.findChild<LifecycleDiagram *>(QStringLiteral("lifecycleDiagram"));
        QTRY_COMPARE_WITH_TIMEOUT(diagram->state(), std::optional(porthole::ContainerState::Exited), 5000);
    }
};

QTEST_MAIN(TestConsoles)
#include "tst_consoles.moc"
