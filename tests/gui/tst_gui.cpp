// The main window on the real engine, offscreen: an empty store offers the
// busybox starter; one click builds it and the image list shows it.
#include "layerstackview.h"
#include "lifecyclediagram.h"
#include "mainwindow.h"
#include "testsupport.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>

using namespace testsupport;

class TestGui : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { REQUIRE_ROOT(); }

    void emptyStoreOffersStarterImageAndOneClickBuildsIt()
    {
        TempStore store;
        MainWindow window(store.paths);
        QSignalSpy refreshed(&window, &MainWindow::imagesRefreshed);
        window.show();
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(refreshed.last().first().toInt(), 0);
        auto *button = window.findChild<QPushButton *>(QStringLiteral("starterButton"));
        QVERIFY(button);
        QVERIFY(button->isVisible());
        auto *table = window.findChild<QTableView *>(QStringLiteral("imageTable"));
        QVERIFY(!table->isVisible());

        QSignalSpy finished(&window, &MainWindow::operationFinished);
        button->click();
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.last().first().toBool(), qPrintable(finished.last().at(1).toString()));
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, 5000);
        QVERIFY(table->isVisible());
        QVERIFY(!button->isVisible());
        QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("busybox"));
        QCOMPARE(table->model()->index(0, 1).data().toString(), QStringLiteral("latest"));
    }

    void containerListFollowsChangesMadeByTheCli()
    {
        TempStore store;
        QCOMPARE(runPorthole(store, {QStringLiteral("image"), QStringLiteral("build-busybox")}).exitCode, 0);
        MainWindow window(store.paths);
        QSignalSpy refreshed(&window, &MainWindow::containersRefreshed);
        window.show();
        QVERIFY(refreshed.wait(5000));
        auto *table = window.findChild<QTableView *>(QStringLiteral("containerTable"));
        QVERIFY(table);
        QCOMPARE(table->model()->rowCount(), 0);
        auto status = [&] { return table->model()->rowCount() == 1 ? table->model()->index(0, 4).data().toString() : QString(); };

        // Another process changes the store; the window follows the events journal.
        QCOMPARE(runPorthole(store, {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), QStringLiteral("live"),
                                     QStringLiteral("busybox"), QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("sleep 1; exit 4")}).exitCode, 0);
        QTRY_VERIFY_WITH_TIMEOUT(status().startsWith(QStringLiteral("Up ")), 2000);
        QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("live"));
        // And the container exiting on its own.
        QTRY_VERIFY_WITH_TIMEOUT(status().startsWith(QStringLiteral("Exited (4)")), 5000);
        // The seed's picture: the container's writable layer over the image's read-only one.
        const auto stacks = window.findChildren<LayerStackView *>(QStringLiteral("layerStack"));
        QCOMPARE(stacks.size(), 2);
        LayerStackView *containerStack = nullptr;
        for (auto *stack : stacks)
            if (!stack->layers().isEmpty() && stack->layers().first().writable)
                containerStack = stack;
        QVERIFY(containerStack);
        QCOMPARE(containerStack->layers().size(), 2);
        QVERIFY(!containerStack->layers().at(1).writable);
        QVERIFY(containerStack->layers().at(1).title.startsWith(QStringLiteral("sha256:")));
        QVERIFY(containerStack->layers().at(1).detail.contains(QStringLiteral("Built by porthole")));
        QCOMPARE(runPorthole(store, {QStringLiteral("rm"), QStringLiteral("live")}).exitCode, 0);
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 0, 2000);
    }

    void lifecycleDiagramDrivesARealContainer()
    {
        TempStore store;
        QCOMPARE(runPorthole(store, {QStringLiteral("image"), QStringLiteral("build-busybox")}).exitCode, 0);
        QCOMPARE(runPorthole(store, {QStringLiteral("create"), QStringLiteral("-it"), QStringLiteral("--name=busybox"), QStringLiteral("busybox")}).exitCode, 0);
        MainWindow window(store.paths);
        window.askStopTimeout = [](int) { return std::optional<int>(1); };
        QSignalSpy refreshed(&window, &MainWindow::containersRefreshed);
        window.resize(1000, 700);
        window.show();
        QVERIFY(refreshed.wait(5000));
        auto *table = window.findChild<QTableView *>(QStringLiteral("containerTable"));
        auto *diagram = window.findChild<LifecycleDiagram *>(QStringLiteral("lifecycleDiagram"));
        QVERIFY(table && diagram);
        table->selectRow(0);
        table->setCurrentIndex(table->model()->index(0, 0));
        QCOMPARE(diagram->state(), std::optional(porthole::ContainerState::Created));

        auto edgeIndex = [&](const QString &label, porthole::ContainerState from) {
            Q_UNUSED(from);
            for (int i = 0; i < diagram->edges().size(); ++i)
                if (diagram->edges().at(i).label == label && diagram->isEdgeEnabled(i))
                    return i;
            for (int i = 0; i < diagram->edges().size(); ++i)
                if (diagram->edges().at(i).label == label)
                    return i;
            return -1;
        };
        auto click = [&](const QString &label) {
            const int edge = edgeIndex(label, *diagram->state());
            QVERIFY2(diagram->isEdgeEnabled(edge), qPrintable(label));
            QTest::mouseClick(diagram, Qt::LeftButton, {}, diagram->edgeLabelCenter(edge));
        };
        auto status = [&] { return table->model()->rowCount() ? table->model()->index(0, 4).data().toString() : QString(); };
        // Greyed edges say why, in Docker's words.
        QCOMPARE(diagram->edgeToolTip(edgeIndex(QStringLiteral("pause"), porthole::ContainerState::Created)),
                 QStringLiteral("container busybox is not running"));
        QVERIFY(!diagram->isEdgeEnabled(edgeIndex(QStringLiteral("unpause"), porthole::ContainerState::Created)));

        click(QStringLiteral("start"));
        QTRY_COMPARE_WITH_TIMEOUT(diagram->state(), std::optional(porthole::ContainerState::Running), 5000);
        QVERIFY(status().startsWith(QStringLiteral("Up ")));
        click(QStringLiteral("pause"));
        QTRY_COMPARE_WITH_TIMEOUT(diagram->state(), std::optional(porthole::ContainerState::Paused), 5000);
        QVERIFY(status().endsWith(QStringLiteral("(Paused)")));
        QCOMPARE(diagram->edgeToolTip(edgeIndex(QStringLiteral("pause"), porthole::ContainerState::Paused)),
                 QStringLiteral("container busybox is already paused"));
        click(QStringLiteral("unpause"));
        QTRY_COMPARE_WITH_TIMEOUT(diagram->state(), std::optional(porthole::ContainerState::Running), 5000);
        click(QStringLiteral("stop"));
        // sh as pid 1 ignores SIGTERM: the countdown runs, then SIGKILL.
        auto *countdown = window.findChild<QProgressBar *>(QStringLiteral("stopCountdown"));
        QVERIFY(countdown->isVisible());
        QVERIFY(countdown->format().startsWith(QStringLiteral("SIGTERM sent")));
        QTRY_COMPARE_WITH_TIMEOUT(diagram->state(), std::optional(porthole::ContainerState::Exited), 8000);
        QVERIFY(status().startsWith(QStringLiteral("Exited (137)")));
        QTRY_VERIFY(!countdown->isVisible());
        const QString said = window.findChild<QLabel *>(QStringLiteral("commandLine"))->text();
        QVERIFY2(said.startsWith(QStringLiteral("porthole stop -t 1 busybox")) && said.contains(QStringLiteral("SIGKILL ended it")), qPrintable(said));
        click(QStringLiteral("start"));
        QTRY_VERIFY2_WITH_TIMEOUT(diagram->state() == std::optional(porthole::ContainerState::Running),
                                  qPrintable(window.statusBar()->findChildren<QLabel *>().value(0)->text()), 5000);
        click(QStringLiteral("kill"));
        QTRY_COMPARE_WITH_TIMEOUT(diagram->state(), std::optional(porthole::ContainerState::Exited), 5000);
        click(QStringLiteral("restart"));
        QTRY_COMPARE_WITH_TIMEOUT(diagram->state(), std::optional(porthole::ContainerState::Running), 8000);
        click(QStringLiteral("rm -f"));
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 0, 8000);
        QCOMPARE(diagram->state(), std::nullopt); // deleted
        // A command typed elsewhere moves the picture too (the events journal).
        QCOMPARE(runPorthole(store, {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), QStringLiteral("other"),
                                     QStringLiteral("busybox"), QStringLiteral("sleep"), QStringLiteral("60")}).exitCode, 0);
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, 3000);
        QCOMPARE(runPorthole(store, {QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("other")}).exitCode, 0);
    }

    void commandBarRunsTheTutorialsCommands()
    {
        TempStore store;
        QCOMPARE(runPorthole(store, {QStringLiteral("image"), QStringLiteral("build-busybox")}).exitCode, 0);
        MainWindow window(store.paths);
        QSignalSpy refreshed(&window, &MainWindow::containersRefreshed);
        QSignalSpy finished(&window, &MainWindow::commandFinished);
        window.show();
        QVERIFY(refreshed.wait(5000));
        auto *bar = window.findChild<QLineEdit *>(QStringLiteral("commandBar"));
        auto *diagram = window.findChild<LifecycleDiagram *>(QStringLiteral("lifecycleDiagram"));
        auto *table = window.findChild<QTableView *>(QStringLiteral("containerTable"));
        auto type = [&](const QString &line) {
            bar->setText(line);
            QTest::keyClick(bar, Qt::Key_Return);
            QVERIFY(finished.wait(20000));
        };
        type(QStringLiteral("docker create -it --name=busybox busybox"));
        QCOMPARE(finished.last().at(0).toInt(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, 3000);
        QTRY_COMPARE_WITH_TIMEOUT(diagram->state(), std::optional(porthole::ContainerState::Created), 3000);
        type(QStringLiteral("porthole start busybox"));
        QTRY_COMPARE_WITH_TIMEOUT(diagram->state(), std::optional(porthole::ContainerState::Running), 3000);
        type(QStringLiteral("docker ps -a"));
        QVERIFY(finished.last().at(1).toString().contains(QStringLiteral("busybox")));
        type(QStringLiteral("docker frobnicate"));
        QCOMPARE(finished.last().at(0).toInt(), 125);
        QCOMPARE(finished.last().at(1).toString(),
                 QStringLiteral("Error: porthole: 'frobnicate' is not a porthole command (see 'porthole --help')\n"));
        type(QStringLiteral("docker rm -f busybox"));
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 0, 3000);
        QCOMPARE(diagram->state(), std::nullopt);
        QVERIFY(window.findChild<QPlainTextEdit *>(QStringLiteral("commandOutput"))->toPlainText().contains(QStringLiteral("$ docker rm -f busybox")));
    }

    void importedFileAppearsAndBadFileReportsError()
    {
        TempStore store;
        QTemporaryDir dir;
        MainWindow window(store.paths);
        QSignalSpy refreshed(&window, &MainWindow::imagesRefreshed);
        QVERIFY(refreshed.wait(5000));
        QSignalSpy finished(&window, &MainWindow::operationFinished);
        window.importFile(writeFile(dir.path(), QStringLiteral("garbage.tar"), QByteArray(4000, 'x')));
        QVERIFY(finished.wait(10000));
        QVERIFY(!finished.last().first().toBool());
        QVERIFY(finished.last().at(1).toString().contains(QStringLiteral("not a tar archive")));
        window.importFile(writeFile(dir.path(), QStringLiteral("rootfs.tar"), makeTar({{"etc/", 'd'}, {"etc/x", 'f', "x"}})));
        QVERIFY(finished.wait(10000));
        QVERIFY(finished.last().first().toBool());
        auto *table = window.findChild<QTableView *>(QStringLiteral("imageTable"));
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, 5000);
        QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("<none>"));
    }
};

QTEST_MAIN(TestGui)
#include "tst_gui.moc"
