// Help -> Lesson (issue 14): a lesson is data (one JSON file per language),
// and its steps tick only when the engine shows they happened. The English
// and Chinese lessons are the same steps; the progress ignores other
// containers, other actions and failed commands; and the whole lesson is
// run end to end on real containers through the window, a wrong action
// before most steps leaving that step unticked.
#include "gui/app/mainwindow.h"
#include "gui/containers/containerlistmodel.h"
#include "gui/lesson/lessonpanel.h"
#include "lessons/lessonprogress.h"
#include "testsupport.h"
#include "windowtesting.h"

#include <QAction>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>

using namespace testsupport;

namespace {

porthole::Lesson builtIn(const QString &language)
{
    QFile file(QStringLiteral(":/lessons/container-lifecycle.%1.json").arg(language));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return porthole::Lesson::fromJson(file.readAll()).value_or(porthole::Lesson{});
}

porthole::Event engineEvent(const QString &action, const QString &id, const QString &name, const QString &image = QStringLiteral("busybox"))
{
    return {QDateTime::currentDateTimeUtc(), QStringLiteral("container"), action, id,
            QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("image"), image}}};
}

} // namespace

class TestLesson : public QObject {
    Q_OBJECT
private slots:
    void bothLanguagesAreTheSameLesson()
    {
        const porthole::Lesson english = builtIn(QStringLiteral("en"));
        const porthole::Lesson chinese = builtIn(QStringLiteral("zh_CN"));
        QCOMPARE(english.stepCount(), 16);
        QCOMPARE(chinese.stepCount(), english.stepCount());
        QCOMPARE(chinese.sections.size(), 9); // the seed's sections
        static const QRegularExpression han(QStringLiteral("\\p{Han}"));
        for (qsizetype i = 0; i < english.stepCount(); ++i) {
            const porthole::LessonStep &en = english.step(i);
            const porthole::LessonStep &zh = chinese.step(i);
            QCOMPARE(zh.id, en.id);
            QCOMPARE(zh.expect.size(), en.expect.size());
            for (qsizetype e = 0; e < en.expect.size(); ++e) {
                QCOMPARE(zh.expect.at(e).action, en.expect.at(e).action);
                QCOMPARE(zh.expect.at(e).attributes, en.expect.at(e).attributes);
                QCOMPARE(zh.expect.at(e).command, en.expect.at(e).command);
            }
            QVERIFY2(zh.task.contains(han) && zh.explanation.contains(han), qPrintable(zh.id));
            QVERIFY2(!en.explanation.isEmpty() && !en.task.contains(han), qPrintable(en.id));
        }
        QVERIFY(!porthole::Lesson::fromJson("{\"title\": \"x\", \"sections\": [{\"steps\": [{\"id\": \"a\", \"task\": \"t\"}]}]}"));
    }

    // Ticks only on the expected events, in order, about one container.
    void progressTicksOnlyOnItsEvents()
    {
        porthole::LessonProgress progress(builtIn(QStringLiteral("en")));
        QVERIFY(!progress.observe(engineEvent(QStringLiteral("create"), QStringLiteral("a1"), QStringLiteral("other"))));
        QVERIFY(!progress.observe(engineEvent(QStringLiteral("start"), QStringLiteral("b1"), QStringLiteral("busybox"))));
        QVERIFY(progress.observe(engineEvent(QStringLiteral("create"), QStringLiteral("b1"), QStringLiteral("busybox"))));
        QCOMPARE(progress.current(), 1);
        QVERIFY(progress.explanation(0).contains(QStringLiteral("b1")));
        QVERIFY(!progress.observeCommand(QStringLiteral("container ls"), {QStringLiteral("ps")}, 0));                  // no -a
        QVERIFY(!progress.observeCommand(QStringLiteral("container ls"), {QStringLiteral("ps"), QStringLiteral("-a")}, 1)); // failed
        QVERIFY(progress.observeCommand(QStringLiteral("container ls"), {QStringLiteral("ps"), QStringLiteral("--all")}, 0));
        QVERIFY(progress.observe(engineEvent(QStringLiteral("start"), QStringLiteral("b1"), QStringLiteral("busybox"))));
        // run: create then start of one container; another's start does not complete it.
        QVERIFY(!progress.observe(engineEvent(QStringLiteral("start"), QStringLiteral("c1"), QStringLiteral("busybox2"))));
        QVERIFY(!progress.observe(engineEvent(QStringLiteral("create"), QStringLiteral("c1"), QStringLiteral("busybox2"))));
        QVERIFY(!progress.observe(engineEvent(QStringLiteral("start"), QStringLiteral("c2"), QStringLiteral("busybox2"))));
        QVERIFY(progress.observe(engineEvent(QStringLiteral("start"), QStringLiteral("c1"), QStringLiteral("busybox2"))));
        // stop: kill alone (no stop event) does not tick it.
        QVERIFY(!progress.observe(engineEvent(QStringLiteral("kill"), QStringLiteral("b1"), QStringLiteral("busybox"))));
        porthole::Event died = engineEvent(QStringLiteral("die"), QStringLiteral("b1"), QStringLiteral("busybox"));
        died.attributes.insert(QStringLiteral("exitCode"), QStringLiteral("137"));
        QVERIFY(!progress.observe(died));
        QVERIFY(progress.observe(engineEvent(QStringLiteral("stop"), QStringLiteral("b1"), QStringLiteral("busybox"))));
        QVERIFY(progress.explanation(4).contains(QStringLiteral("exit code 137")));
        QCOMPARE(progress.current(), 5);
    }

    void lessonRunEndToEnd()
    {
        REQUIRE_ROOT();
        TempStore store;
        QCOMPARE(runPorthole(store, {QStringLiteral("image"), QStringLiteral("build-busybox")}).exitCode, 0);
        MainWindow window(store.paths);
        QVERIFY(showFilled(window, &MainWindow::containersRefreshed));
        auto *panel = window.findChild<LessonPanel *>(QStringLiteral("lessonPanel"));
        QVERIFY(panel && !panel->isVisible());
        window.findChild<QAction *>(QStringLiteral("lessonAction"))->trigger();
        QTRY_VERIFY(panel->isVisible() && panel->progress() && panel->journalOffset() >= 0);
        QVERIFY(panel->text().contains(QStringLiteral("docker create -it --name=busybox busybox")));
        const QString journal = porthole::eventsJournalPath(store.paths.root);
        const auto type = [&](const QString &line) {
            QSignalSpy finished(&window, &MainWindow::commandFinished);
            window.runCommandLine(line);
            QVERIFY2(!finished.isEmpty() || finished.wait(30000), qPrintable(line)); // a console's command ends at once
        };
        // A wrong action: once its events are read, the step is still the current one.
        const auto leavesStep = [&](const QString &line, qsizetype step) {
            type(line);
            QTRY_COMPARE_WITH_TIMEOUT(panel->journalOffset(), QFileInfo(journal).size(), 10000);
            QCOMPARE(panel->progress()->current(), step);
        };
        const auto ticks = [&](const QString &line, qsizetype step) {
            type(line);
            QTRY_COMPARE_WITH_TIMEOUT(panel->progress()->current(), step + 1, 30000);
        };
        leavesStep(QStringLiteral("docker create --name=other busybox"), 0);
        // ps -a typed at once after create is seen after create's event.
        type(QStringLiteral("docker create -it --name=busybox busybox"));
        ticks(QStringLiteral("docker ps -a"), 1);
        leavesStep(QStringLiteral("docker start other"), 2);
        ticks(QStringLiteral("docker start busybox"), 2);
        ticks(QStringLiteral("docker run -it --name=busybox2 busybox"), 3); // its console attaches, then starts it
        leavesStep(QStringLiteral("docker kill other"), 4);
        ticks(QStringLiteral("docker stop -t 1 busybox"), 4);
        QVERIFY2(panel->text().contains(QStringLiteral("exit code 137")), qPrintable(panel->text()));
        ticks(QStringLiteral("docker ps -a"), 5);
        ticks(QStringLiteral("docker restart -t 1 busybox"), 6);
        type(QStringLiteral("docker attach busybox"));
        QTest::qWait(500);
        QCOMPARE(panel->progress()->current(), 7); // one attach is not two
        ticks(QStringLiteral("docker attach busybox"), 7);
        leavesStep(QStringLiteral("docker exec busybox2 true"), 8);
        ticks(QStringLiteral("docker exec -it busybox sh"), 8);
        auto *table = window.findChild<QTableView *>(QStringLiteral("containerTable"));
        for (int row = 0; row < table->model()->rowCount(); ++row)
            if (table->model()->index(row, ContainerListModel::Name).data().toString() == QLatin1String("busybox"))
                table->setCurrentIndex(table->model()->index(row, 0));
        auto *nsenter = window.findChild<QPushButton *>(QStringLiteral("consoleNsenter"));
        QTRY_VERIFY(nsenter->isEnabled());
        nsenter->click();
        QTRY_COMPARE_WITH_TIMEOUT(panel->progress()->current(), 10, 15000);
        leavesStep(QStringLiteral("docker rm -f other"), 10);
        ticks(QStringLiteral("docker rm -f busybox"), 10);
        ticks(QStringLiteral("docker run -dit --name=busybox busybox"), 11);
        ticks(QStringLiteral("docker exec busybox touch /tmp/test"), 12);
        const QString tar = store.dir() + QStringLiteral("/busybox.tar");
        ticks(QStringLiteral("docker export -o %1 busybox").arg(tar), 13);
        leavesStep(QStringLiteral("docker import %1 busybox:other").arg(tar), 14);
        ticks(QStringLiteral("docker import %1 busybox:test").arg(tar), 14);
        ticks(QStringLiteral("docker run -it busybox:test sh"), 15);
        QVERIFY(panel->progress()->finished());
        QVERIFY2(panel->text().contains(QStringLiteral("16 of 16")), qPrintable(panel->text()));
        // A command in a task goes to the command bar, not run.
        emit panel->commandSuggested(QStringLiteral("docker ps -a"));
        QCOMPARE(window.findChild<QLineEdit *>(QStringLiteral("commandBar"))->text(), QStringLiteral("docker ps -a"));
    }
};

QTEST_MAIN(TestLesson)
#include "tst_lesson.moc"
