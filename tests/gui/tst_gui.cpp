// The main window on the real engine, offscreen: an empty store offers the
// busybox starter; one click builds it and the image list shows it.
#include "mainwindow.h"
#include "testsupport.h"

#include <QAbstractItemModel>
#include <QApplication>
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
        QCOMPARE(runPorthole(store, {QStringLiteral("rm"), QStringLiteral("live")}).exitCode, 0);
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 0, 2000);
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
