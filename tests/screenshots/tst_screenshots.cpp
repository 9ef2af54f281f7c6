// Screenshots of the main views in a real X server (Xvfb), saved as PNGs
// for the README: an empty store, a running container, a paused one, and an
// image's layer stack, a container's files and inspect, and run's steps. Each PNG is checked to be a real, non-blank picture.
#include "gui/app/language.h"
#include "gui/app/mainwindow.h"
#include "gui/containers/consolespane.h"
#include "gui/containers/containerlistmodel.h"
#include "gui/containers/newcontainerdialog.h"
#include "gui/containers/runstepsview.h"
#include "gui/lesson/lessonpanel.h"
#include "gui/transfers/dropdialog.h"
#include "testsupport.h"
#include "windowtesting.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QPushButton>
#include <QImage>
#include <QLineEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QScopeGuard>

using namespace testsupport;

namespace {

QString outputDir()
{
    const QString dir = qEnvironmentVariable("PORTHOLE_SCREENSHOTS", QDir::currentPath() + QStringLiteral("/screenshots"));
    QDir().mkpath(dir);
    return dir;
}

// Saves the window and checks the picture has content (more than a few colours).
void shoot(QWidget &window, const QString &name)
{
    QTest::qWait(400); // let the pulse animation settle
    const QImage image = window.grab().toImage();
    QVERIFY(!image.isNull());
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    QVERIFY2(colours.size() > 8, qPrintable(name));
    QVERIFY(image.save(outputDir() + QLatin1Char('/') + name + QStringLiteral(".png")));
}

// Shows the window at the screenshots' size, its list filled.
template <typename Signal>
bool showAtShotSize(MainWindow &window, Signal refreshedSignal)
{
    window.resize(1100, 780);
    return showFilled(window, refreshedSignal) && QTest::qWaitForWindowExposed(&window);
}

} // namespace

class TestScreenshots : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        REQUIRE_ROOT();
        QCOMPARE(QGuiApplication::platformName(), QStringLiteral("xcb"));
    }

    void mainViews()
    {
        TempStore store;
        {
            MainWindow window(store.paths);
            QVERIFY(showAtShotSize(window, &MainWindow::imagesRefreshed));
            shoot(window, QStringLiteral("empty-store"));
        }
        QCOMPARE(runPorthole(store, {QStringLiteral("image"), QStringLiteral("build-busybox")}).exitCode, 0);
        QCOMPARE(runPorthole(store, {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), QStringLiteral("web"),
                                     QStringLiteral("busybox"), QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo hi > /tmp/f; sleep 600")}).exitCode, 0);
        MainWindow window(store.paths);
        QVERIFY(showAtShotSize(window, &MainWindow::containersRefreshed));
        shoot(window, QStringLiteral("running-container"));
        QSignalSpy refreshed(&window, &MainWindow::containersRefreshed);
        QCOMPARE(runPorthole(store, {QStringLiteral("pause"), QStringLiteral("web")}).exitCode, 0);
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() > 0, 5000);
        shoot(window, QStringLiteral("paused-container"));
        auto *details = window.findChild<QTabWidget *>(QStringLiteral("containerDetails"));
        details->setCurrentIndex(1);
        QTest::qWait(500); // the listing arrives from a worker
        shoot(window, QStringLiteral("container-files"));
        details->setCurrentIndex(2);
        QTest::qWait(1500); // the highlighter runs out of process
        shoot(window, QStringLiteral("container-inspect"));
        details->setCurrentIndex(0);
        // A run from the window: the seed's steps light up.
        window.askNewContainer = [](NewContainerDialog &dialog) {
            dialog.findChild<QLineEdit *>(QStringLiteral("newName"))->setText(QStringLiteral("db"));
            dialog.findChild<QLineEdit *>(QStringLiteral("newCommand"))->setText(QStringLiteral("sleep 600"));
            return true;
        };
        window.newContainer();
        QTRY_VERIFY_WITH_TIMEOUT(window.findChild<RunStepsView *>(QStringLiteral("runSteps"))->doneCount() == porthole::kRunStepCount, 8000);
        // The new container is selected once the list shows it (until then
        // the paused web is; an exec console would go to it).
        auto *table = window.findChild<QTableView *>(QStringLiteral("containerTable"));
        const auto selectedName = [table] {
            return table->currentIndex().siblingAtColumn(ContainerListModel::Name).data().toString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(selectedName(), QStringLiteral("db"), 15000);
        shoot(window, QStringLiteral("run-steps"));
        // Presentation mode as a projector shows it (View → Presentation,
        // F11): the running db's diagram at 1920×1080, its steps beside.
        window.findChild<QAction *>(QStringLiteral("presentationAction"))->trigger();
        QWidget *presentation = nullptr;
        QTRY_VERIFY((presentation = window.findChild<QWidget *>(QStringLiteral("presentation"))));
        presentation->resize(1920, 1080);
        shoot(*presentation, QStringLiteral("presentation"));
        window.findChild<QAction *>(QStringLiteral("presentationAction"))->trigger();
        QTRY_VERIFY(!window.findChild<QWidget *>(QStringLiteral("presentation")));
        window.findChild<QTabWidget *>(QStringLiteral("mainTabs"))->setCurrentIndex(1);
        shoot(window, QStringLiteral("image-layers"));
        // A console: exec into the running container, colours and Chinese text.
        window.findChild<QTabWidget *>(QStringLiteral("mainTabs"))->setCurrentIndex(0);
        details->setCurrentIndex(3);
        auto *consoles = window.findChild<ConsolesPane *>(QStringLiteral("consolesPane"));
        ConsoleSession *shell = consoles->open(ConsoleSession::Kind::Exec);
        QString failure;
        connect(shell, &ConsoleSession::failed, this, [&failure](const QString &message) { failure = message; });
        QTRY_VERIFY2_WITH_TIMEOUT(shell->isOpen() || !failure.isEmpty(), "the exec console neither opened nor failed", 15000);
        QVERIFY2(shell->isOpen(), qPrintable(failure));
        shell->type("ls -l --color=always /bin | head -5; printf '\\033[1;32mgreen\\033[0m \\033[48;5;208m orange \\033[0m 中文 容器\\n'\r");
        QTest::qWait(800);
        shoot(window, QStringLiteral("console"));
        // Two consoles side by side: a second exec shell, a process of its own.
        ConsoleSession *second = consoles->open(ConsoleSession::Kind::Exec);
        connect(second, &ConsoleSession::failed, this, [&failure](const QString &message) { failure = message; });
        QTRY_VERIFY2_WITH_TIMEOUT(second->isOpen() || !failure.isEmpty(), "the second exec console neither opened nor failed", 15000);
        QVERIFY2(second->isOpen(), qPrintable(failure));
        second->type("ps\r");
        auto *sideBySide = window.findChild<QCheckBox *>(QStringLiteral("consolesSideBySide"));
        sideBySide->setChecked(true);
        QTest::qWait(800);
        shoot(window, QStringLiteral("consoles-side-by-side"));
        sideBySide->setChecked(false);
        // What a dropped tarball looks like before it is imported.
        QTemporaryDir dir;
        const QString tarball = writeFile(dir.path(), QStringLiteral("rootfs.tar"),
                                          makeTar({{"bin/", 'd'}, {"bin/sh", 'f', QByteArray(900000, 's')}, {"etc/", 'd'},
                                                   {"etc/hostname", 'f', "box\n"}, {"tmp/", 'd'}, {"tmp/test", 'f', ""}}));
        porthole::Progress progress;
        DropDialog preview(QStringLiteral("rootfs.tar"), porthole::probeArchive(tarball, progress).value(), &window);
        preview.show();
        QVERIFY(QTest::qWaitForWindowExposed(&preview));
        shoot(preview, QStringLiteral("drop-preview"));
        // The same window in a dark palette, at twice the scale of a HiDPI screen's fonts.
        window.findChild<QTabWidget *>(QStringLiteral("mainTabs"))->setCurrentIndex(0);
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
        dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
        dark.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        dark.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x70, 0x70, 0x70));
        dark.setColor(QPalette::Disabled, QPalette::Text, QColor(0x70, 0x70, 0x70));
        dark.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x70, 0x70, 0x70));
        const QPalette light = QApplication::palette();
        QApplication::setPalette(dark);
        shoot(window, QStringLiteral("dark-palette"));
        QApplication::setPalette(light);
        QCOMPARE(runPorthole(store, {QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("web"), QStringLiteral("db")}).exitCode, 0);
    }

    // Help -> Lesson, two steps done (their explanations shown), in English
    // and in Chinese.
    void lesson()
    {
        TempStore store;
        QCOMPARE(runPorthole(store, {QStringLiteral("image"), QStringLiteral("build-busybox")}).exitCode, 0);
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
            QTranslator translator;
            QVERIFY(loadTranslation(translator, language));
            QCoreApplication::installTranslator(&translator);
            const auto restore = qScopeGuard([&] { QCoreApplication::removeTranslator(&translator); });
            MainWindow window(store.paths);
            QVERIFY(showAtShotSize(window, &MainWindow::containersRefreshed));
            window.resize(1280, 800);
            window.findChild<QAction *>(QStringLiteral("lessonAction"))->trigger();
            auto *panel = window.findChild<LessonPanel *>(QStringLiteral("lessonPanel"));
            QTRY_VERIFY(panel->progress() && panel->journalOffset() >= 0);
            QSignalSpy finished(&window, &MainWindow::commandFinished);
            for (const char *line : {"docker create -it --name=busybox busybox", "docker ps -a"}) {
                window.runCommandLine(QString::fromLatin1(line));
                QVERIFY(finished.wait(20000));
            }
            QTRY_COMPARE_WITH_TIMEOUT(panel->progress()->current(), 2, 10000);
            shoot(window, language == QLatin1String("en") ? QStringLiteral("lesson") : QStringLiteral("lesson-zh"));
            QCOMPARE(runPorthole(store, {QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("busybox")}).exitCode, 0);
        }
    }

    // In Chinese, the teaching texts made by the engine are Chinese too: the
    // run step's layer count and the kind of a dropped archive.
    void chineseTeachingTexts()
    {
        QTranslator translator;
        QVERIFY(loadTranslation(translator, QStringLiteral("zh_CN")));
        QCoreApplication::installTranslator(&translator);
        QTranslator qtTranslator; // Qt's standard buttons
        QVERIFY(loadQtTranslation(qtTranslator, QStringLiteral("zh_CN")));
        QCoreApplication::installTranslator(&qtTranslator);
        const auto restore = qScopeGuard([&] {
            QCoreApplication::removeTranslator(&qtTranslator);
            QCoreApplication::removeTranslator(&translator);
        });
        TempStore store;
        QCOMPARE(runPorthole(store, {QStringLiteral("image"), QStringLiteral("build-busybox")}).exitCode, 0);
        MainWindow window(store.paths);
        QVERIFY(showAtShotSize(window, &MainWindow::imagesRefreshed));
        window.askNewContainer = [](NewContainerDialog &dialog) {
            dialog.findChild<QLineEdit *>(QStringLiteral("newName"))->setText(QStringLiteral("zh"));
            dialog.findChild<QLineEdit *>(QStringLiteral("newCommand"))->setText(QStringLiteral("sleep 600"));
            return true;
        };
        window.newContainer();
        auto *steps = window.findChild<RunStepsView *>(QStringLiteral("runSteps"));
        QTRY_VERIFY_WITH_TIMEOUT(steps->doneCount() == porthole::kRunStepCount, 8000);
        const QString layers = steps->detailOf(porthole::RunStep::AddWritableLayer);
        QVERIFY2(layers.contains(QStringLiteral("个只读层")), qPrintable(layers));
        auto *table = window.findChild<QTableView *>(QStringLiteral("containerTable"));
        QVERIFY(table);
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() == 1, 5000);
        const auto status = [table] { return table->model()->index(0, ContainerListModel::Status).data().toString(); };
        QTRY_VERIFY2_WITH_TIMEOUT(status().startsWith(QStringLiteral("已运行 ")), qPrintable(status()), 5000); // listed once created, then started
        shoot(window, QStringLiteral("run-steps-zh"));
        QTemporaryDir dir;
        const QString tarball = writeFile(dir.path(), QStringLiteral("rootfs.tar"),
                                          makeTar({{"etc/", 'd'}, {"etc/hostname", 'f', "box\n"}}));
        porthole::Progress progress;
        const porthole::ArchivePreview probed = porthole::probeArchive(tarball, progress).value();
        QCOMPARE(probed.format, QStringLiteral("根文件系统"));
        DropDialog preview(QStringLiteral("rootfs.tar"), probed, &window);
        preview.show();
        QVERIFY(QTest::qWaitForWindowExposed(&preview));
        auto *buttons = preview.findChild<QDialogButtonBox *>();
        QVERIFY(buttons && buttons->button(QDialogButtonBox::Cancel));
        QCOMPARE(buttons->button(QDialogButtonBox::Cancel)->text().remove(QLatin1Char('&')), QStringLiteral("取消"));
        shoot(preview, QStringLiteral("drop-preview-zh"));
        QCOMPARE(runPorthole(store, {QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("zh")}).exitCode, 0);
    }
};

// A private X server for the test, started before the application.
int main(int argc, char **argv)
{
    QProcess xvfb;
    const QString display = QStringLiteral(":%1").arg(90 + (QCoreApplication::applicationPid() % 800));
    xvfb.start(QStringLiteral("Xvfb"), {display, QStringLiteral("-screen"), QStringLiteral("0"), QStringLiteral("1280x900x24"), QStringLiteral("-nolisten"), QStringLiteral("tcp")});
    if (!xvfb.waitForStarted(5000)) {
        fprintf(stderr, "Xvfb is not installed (apt-get install xvfb)\n");
        return 1;
    }
    qputenv("DISPLAY", display.toLatin1());
    qputenv("QT_QPA_PLATFORM", "xcb");
    QThread::msleep(700); // Xvfb opens its socket
    int result;
    {
        QApplication app(argc, argv);
        TestScreenshots test;
        result = QTest::qExec(&test, argc, argv);
    }
    xvfb.terminate();
    xvfb.waitForFinished(3000);
    return result;
}

#include "tst_screenshots.moc"
