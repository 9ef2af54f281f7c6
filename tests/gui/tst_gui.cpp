// The main window on the real engine, offscreen: an empty store offers the
// busybox starter; one click builds it and the image list shows it.
#include "gui/app/language.h"
#include "gui/app/mainwindow.h"
#include "gui/app/settingsfile.h"
#include "gui/containers/containeractions.h"
#include "gui/containers/historystrip.h"
#include "gui/containers/lifecyclediagram.h"
#include "gui/containers/lifecyclepane.h"
#include "gui/containers/newcontainerdialog.h"
#include "gui/containers/runstepsview.h"
#include "gui/images/registryactions.h"
#include "gui/transfers/transferpanel.h"
#include "gui/widgets/highlightedjsonview.h"
#include "gui/widgets/layerfilebrowser.h"
#include "gui/widgets/layerstackview.h"
#include "base/storepaths.h"
#include "testsupport.h"
#include "windowtesting.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QTabWidget>
#include <QAbstractItemModel>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QPushButton>
#include <QScreen>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>
#include <QWheelEvent>
#include <QDialog>
#include <QDir>
#include <QRegularExpression>

using namespace testsupport;

namespace {

// An empty store's window at that size, switched to the containers tab: its
// lifecycle diagram once shown, else null.
LifecycleDiagram *showLifecycle(MainWindow &window, QSize size)
{
    window.resize(size);
    if (!showFilled(window, &MainWindow::imagesRefreshed)) // an empty store opens on the images tab
        return nullptr;
    window.findChild<QTabWidget *>(QStringLiteral("mainTabs"))->setCurrentIndex(0);
    auto *diagram = window.findChild<LifecycleDiagram *>(QStringLiteral("lifecycleDiagram"));
    return diagram && QTest::qWaitFor([diagram] { return diagram->isVisible(); }) ? diagram : nullptr;
}

} // namespace

class TestGui : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        REQUIRE_ROOT();
        QVERIFY(m_config.isValid());
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path())); // the language setting, private
    }

    // One settings file for the window: what an earlier version kept under
    // Qt's "Unknown Organization" moves there, without overwriting.
    void settingsGoToOneFileAndEarlierOnesMove()
    {
        const QString organization = QCoreApplication::organizationName();
        const QString application = QCoreApplication::applicationName();
        const auto restore = qScopeGuard([&] {
            QCoreApplication::setOrganizationName(organization);
            QCoreApplication::setApplicationName(application);
        });
        {
            QSettings earlier(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("Unknown Organization"), QStringLiteral("porthole-gui"));
            earlier.setValue(QStringLiteral("lesson/resume"), QStringLiteral("step 4"));
            earlier.setValue(QStringLiteral("language"), QStringLiteral("zh_CN"));
        }
        setChosenLanguage(QStringLiteral("en"));
        settleSettingsFile();
        QSettings settings;
        QCOMPARE(settings.fileName(), m_config.path() + QStringLiteral("/porthole/porthole-gui.conf"));
        QCOMPARE(settings.value(QStringLiteral("lesson/resume")).toString(), QStringLiteral("step 4"));
        QCOMPARE(chosenLanguage(), QStringLiteral("en")); // kept, not overwritten
        QVERIFY(QSettings(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("Unknown Organization"), QStringLiteral("porthole-gui"))
                    .allKeys()
                    .isEmpty());
        settings.remove(QStringLiteral("lesson"));
        setChosenLanguage(QString());
    }

    // Pull… is in the toolbar, reachable from every tab (a walk found it
    // only on the images tab).
    void toolbarPullOpensThePullDialogFromAnyTab()
    {
        TempStore store;
        MainWindow window(store.paths);
        QVERIFY(showFilled(window, &MainWindow::imagesRefreshed));
        window.findChild<QTabWidget *>(QStringLiteral("mainTabs"))->setCurrentIndex(0);
        auto *pull = window.findChild<QAction *>(QStringLiteral("pullToolbarAction"));
        QVERIFY(pull);
        QString opened;
        QTimer::singleShot(0, &window, [&] {
            if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
                opened = dialog->objectName();
                dialog->reject();
            }
        });
        pull->trigger();
        QCOMPARE(opened, QStringLiteral("pullDialog"));
    }

    void languageIsChosenInTheWindow()
    {
        TempStore store;
        MainWindow window(store.paths);
        QString asked;
        window.askRestart = [&](const QString &name) {
            asked = name;
            return false;
        };
        window.findChild<QAction *>(QStringLiteral("language_zh_CN"))->trigger();
        QCOMPARE(asked, QStringLiteral("简体中文"));
        QCOMPARE(chosenLanguage(), QStringLiteral("zh_CN"));
        QTranslator chinese;
        QVERIFY(loadTranslation(chinese, chosenLanguage()));
        QCOMPARE(chinese.translate("MainWindow", "Containers"), QStringLiteral("容器"));
        QCOMPARE(chinese.translate("LifecycleDiagram", "paused"), QStringLiteral("暂停状态"));
        window.findChild<QAction *>(QStringLiteral("language_system"))->trigger();
        QCOMPARE(chosenLanguage(), QString());
        // The states explain themselves.
        LifecycleDiagram diagram;
        QVERIFY(diagram.nodeToolTip(LifecycleDiagram::Node::Paused).contains(QStringLiteral("freezer")));
        QVERIFY(diagram.nodeToolTip(LifecycleDiagram::Node::Stopped).contains(QStringLiteral("writable layer is kept")));
        diagram.resize(1000, 420);
        QCOMPARE(diagram.nodeAt(QPoint(420, 230)), std::optional(LifecycleDiagram::Node::Running));
    }

    // The diagram at three window sizes, light and dark: no label on another
    // edge's line, on a state or on another label; none clipped; text at
    // WCAG AA contrast (layoutProblems computes the geometry as painted).
    void diagramLabelsStayApartAndReadable_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<bool>("dark");
        for (const QSize size : {QSize(800, 600), QSize(1280, 800), QSize(1920, 1080)}) {
            QTest::addRow("%dx%d light", size.width(), size.height()) << size << false;
            QTest::addRow("%dx%d dark", size.width(), size.height()) << size << true;
        }
    }

    void diagramLabelsStayApartAndReadable()
    {
        QFETCH(QSize, size);
        QFETCH(bool, dark);
        TempStore store;
        MainWindow window(store.paths);
        auto *diagram = showLifecycle(window, size);
        QVERIFY(diagram);
        QCOMPARE(window.size(), size);
        if (dark) {
            QPalette palette;
            palette.setColor(QPalette::Window, QColor(0x23, 0x26, 0x29));
            palette.setColor(QPalette::Base, QColor(0x1b, 0x1e, 0x20));
            palette.setColor(QPalette::Button, QColor(0x31, 0x36, 0x3b));
            for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
                palette.setColor(role, QColor(0xfc, 0xfc, 0xfc));
            palette.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x6e, 0x71, 0x75));
            palette.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
            diagram->setPalette(palette);
        }
        const QStringList problems = diagram->layoutProblems();
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("%1x%2 px: %3").arg(diagram->width()).arg(diagram->height()).arg(problems.join(QStringLiteral("; ")))));
    }

    // At 800×600 the lifecycle gets the height: the list keeps a header and
    // three rows, no empty rows below them; the history is one line, slow
    // motion's controls sit with run's steps, and the stop countdown takes
    // the command line's place instead of a row of its own.
    // 800×600: the list keeps a header and two rows, the output pane two
    // lines, the steps give up width, and the whole lifecycle diagram shows
    // without scrolling. On a screen that low only (ctest's
    // tst_gui_800x600 runs it on one: tests/gui/offscreen-800x600.json);
    // on a larger screen the list keeps its three rows and the diagram may
    // scroll.
    void lowWindowGivesTheDiagramTheHeight()
    {
        TempStore store;
        MainWindow window(store.paths);
        auto *diagram = showLifecycle(window, QSize(800, 600));
        QVERIFY(diagram);
        const bool lowScreen = window.screen()->availableGeometry().height() < 700;
        auto *table = window.findChild<QTableView *>(QStringLiteral("containerTable"));
        QVERIFY(table);
        const int row = table->verticalHeader()->defaultSectionSize();
        // (Two rows where the platform's fonts leave no room for three.)
        QTRY_VERIFY2(table->viewport()->height() >= 2 * row && table->viewport()->height() < (lowScreen ? 3 : 4) * row,
                     qPrintable(QStringLiteral("list %1 px, row %2 px").arg(table->viewport()->height()).arg(row)));
        auto *area = window.findChild<QScrollArea *>(QStringLiteral("diagramArea"));
        qInfo("screen %d px high: list %d px, diagram %dx%d px", window.screen()->availableGeometry().height(),
              table->viewport()->height(), area->viewport()->width(), area->viewport()->height());
        if (lowScreen) {
            const QSize readable = diagram->minimumSizeHint();
            QTRY_VERIFY2(area->viewport()->height() >= readable.height() && area->viewport()->width() >= readable.width(),
                         qPrintable(QStringLiteral("diagram %1x%2 px, needs %3x%4").arg(area->viewport()->width())
                                        .arg(area->viewport()->height()).arg(readable.width()).arg(readable.height())));
            QVERIFY(!area->verticalScrollBar()->isVisible() && !area->horizontalScrollBar()->isVisible());
            // A long history stays one line (no scroll bar taking the
            // diagram's height); the wheel scrolls it back.
            auto *strip = window.findChild<HistoryStrip *>(QStringLiteral("historyStrip"));
            QList<porthole::Event> events;
            for (int i = 0; i < 40; ++i)
                events.append({QDateTime::currentDateTimeUtc(), QStringLiteral("container"), i % 2 ? QStringLiteral("start") : QStringLiteral("stop"),
                               QStringLiteral("abc"), {}});
            strip->setEvents(events);
            QTRY_VERIFY(strip->horizontalScrollBar()->maximum() > 0);
            QVERIFY(strip->height() < 2 * strip->fontMetrics().height() + 8);
            QTRY_VERIFY2(area->viewport()->height() >= readable.height(), qPrintable(QString::number(area->viewport()->height())));
            const int newest = strip->horizontalScrollBar()->value();
            QWheelEvent back(QPointF(10, 10), strip->mapToGlobal(QPointF(10, 10)), {}, QPoint(0, 120), Qt::NoButton, {}, Qt::NoScrollPhase, false);
            QApplication::sendEvent(strip->viewport(), &back);
            QVERIFY2(strip->horizontalScrollBar()->value() < newest, qPrintable(QStringLiteral("%1 -> %2").arg(newest).arg(strip->horizontalScrollBar()->value())));
        } else {
            QVERIFY2(area->viewport()->height() >= 120, qPrintable(QStringLiteral("diagram %1 px").arg(area->viewport()->height())));
        }
        auto *history = window.findChild<HistoryStrip *>(QStringLiteral("historyStrip"));
        QVERIFY(history->height() < 2 * history->fontMetrics().height() + 8);
        auto *countdown = window.findChild<QProgressBar *>(QStringLiteral("stopCountdown"));
        auto *caption = window.findChild<QLabel *>(QStringLiteral("commandLine"));
        bool sameRow = false;
        for (const QHBoxLayout *box : caption->parentWidget()->findChildren<QHBoxLayout *>())
            sameRow = sameRow || (box->indexOf(caption) >= 0 && box->indexOf(countdown) >= 0);
        QVERIFY(sameRow);
    }

    // For a projector: F11 puts the lifecycle alone on the full screen, large
    // and high contrast; Esc brings it back. Ctrl+= / Ctrl+wheel zoom the
    // diagram in normal mode, Ctrl+- and Ctrl+0 bring it back.
    void presentationModeAndZoom()
    {
        TempStore store;
        MainWindow window(store.paths);
        auto *diagram = showLifecycle(window, QSize(1280, 800));
        QVERIFY(diagram);
        QApplication::setActiveWindow(&window);
        const QSize fitted = diagram->size();
        QTest::keyClick(&window, Qt::Key_Equal, Qt::ControlModifier);
        QTest::keyClick(&window, Qt::Key_Equal, Qt::ControlModifier);
        QTRY_VERIFY2(diagram->width() >= fitted.width() * 1.4, qPrintable(QString::number(diagram->width())));
        QWheelEvent wheel(QPointF(20, 20), diagram->mapToGlobal(QPointF(20, 20)), {}, QPoint(0, 120), Qt::NoButton, Qt::ControlModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(diagram, &wheel);
        QTRY_VERIFY(diagram->width() >= fitted.width() * 1.7);
        QTest::keyClick(&window, Qt::Key_Minus, Qt::ControlModifier);
        QTRY_VERIFY(diagram->width() < fitted.width() * 1.7);
        QTest::keyClick(&window, Qt::Key_0, Qt::ControlModifier);
        QTRY_COMPARE(diagram->size(), fitted);

        QTest::keyClick(&window, Qt::Key_F11);
        auto *presentation = window.findChild<QWidget *>(QStringLiteral("presentation"));
        QVERIFY(presentation && presentation->isVisible() && presentation->isWindow());
        // Full screen, window manager or not (the offscreen screen is narrower than its minimum).
        QCOMPARE(presentation->geometry().topLeft(), window.screen()->geometry().topLeft());
        QCOMPARE(presentation->height(), window.screen()->geometry().height());
        QVERIFY(presentation->width() >= window.screen()->geometry().width());
        QVERIFY(presentation->isAncestorOf(diagram));
        QVERIFY(window.findChild<QAction *>(QStringLiteral("presentationAction"))->isChecked());
        QTRY_VERIFY2(diagram->width() > presentation->width() / 2, qPrintable(QStringLiteral("%1 of %2").arg(diagram->width()).arg(presentation->width())));
        QVERIFY2(diagram->layoutProblems().isEmpty(), qPrintable(diagram->layoutProblems().join(u';')));
        QCOMPARE(LifecycleDiagram::contrast(diagram->palette().color(QPalette::Text), diagram->palette().color(QPalette::Base)), 21.0);
        auto *steps = window.findChild<RunStepsView *>(QStringLiteral("runSteps"));
        QVERIFY(steps->font().pointSizeF() >= QApplication::font().pointSizeF() * 2);
        // Slow motion's check boxes grow with their text (the style's are 13 px).
        auto *slowMotion = window.findChild<QCheckBox *>(QStringLiteral("slowMotion"));
        const auto indicator = [](QCheckBox *box) { return box->style()->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, box); };
        QVERIFY2(indicator(slowMotion) >= slowMotion->fontMetrics().height() * 4 / 5, qPrintable(QString::number(indicator(slowMotion))));
        QApplication::setActiveWindow(presentation);
        QTest::keyClick(presentation, Qt::Key_Escape);
        QTRY_VERIFY(!window.findChild<QWidget *>(QStringLiteral("presentation")));
        QCOMPARE(indicator(slowMotion), QApplication::style()->pixelMetric(QStyle::PM_IndicatorWidth, nullptr, slowMotion));
        QVERIFY(!window.findChild<QAction *>(QStringLiteral("presentationAction"))->isChecked());
        QVERIFY(window.isAncestorOf(diagram) && diagram->isVisible());
        QCOMPARE(steps->font().pointSizeF(), QApplication::font().pointSizeF());
        QTRY_COMPARE(diagram->size(), fitted);
    }

    // On a 1920×1080 projector the commands and states read from the back of
    // the room: labels at least 28 px on screen (they were 23 px), the
    // diagram most of the width, and still no label on a line or a label.
    void presentationLabelsAreLargeAt1920x1080()
    {
        LifecyclePane pane;
        porthole::ContainerRecord record;
        record.config.id = QStringLiteral("c0ffee");
        record.config.name = QStringLiteral("demo");
        record.state.state = porthole::ContainerState::Running;
        pane.showContainer(record);
        pane.diagram()->setContainer(record.config.name, record.state.state);
        pane.setPresentation(true);
        pane.resize(1920, 1080);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QApplication::processEvents();
        LifecycleDiagram *diagram = pane.diagram();
        const QString size = QStringLiteral("%1x%2 px, labels %3 px").arg(diagram->width()).arg(diagram->height()).arg(diagram->labelPixels());
        QVERIFY2(diagram->labelPixels() >= 28, qPrintable(size));
        QVERIFY2(diagram->width() >= 1920 * 0.65, qPrintable(size));
        QVERIFY2(diagram->layoutProblems().isEmpty(), qPrintable(diagram->layoutProblems().join(u';')));
        // Back from presentation the labels are the window's size again.
        pane.setPresentation(false);
        pane.resize(1280, 400);
        QApplication::processEvents();
        QVERIFY2(diagram->labelPixels() < 28, qPrintable(QString::number(diagram->labelPixels())));
    }

    // In Chinese, the history strip's words and the diagram's refusals are
    // Chinese too (Docker's own words kept after the translation); in
    // English they stay Docker's.
    void chineseHistoryWordsAndRefusals()
    {
        porthole::Event connect;
        connect.type = QStringLiteral("network");
        connect.action = QStringLiteral("connect");
        connect.attributes.insert(QStringLiteral("address"), QStringLiteral("10.88.0.2"));
        porthole::Event start{QDateTime::currentDateTimeUtc(), QStringLiteral("container"), QStringLiteral("start"), {}, {}};
        LifecycleDiagram diagram;
        diagram.setContainer(QStringLiteral("t1"), porthole::ContainerState::Created);
        int pause = -1;
        for (int i = 0; i < diagram.edges().size(); ++i)
            if (diagram.edges().at(i).action == porthole::LifecycleAction::Pause)
                pause = i;
        QCOMPARE(HistoryStrip::describe(connect), QStringLiteral("network connect 10.88.0.2"));
        QCOMPARE(HistoryStrip::describe(start), QStringLiteral("start"));
        QCOMPARE(diagram.edgeToolTip(pause), QStringLiteral("Container t1 is not running"));
        QTranslator chinese;
        QVERIFY(loadTranslation(chinese, QStringLiteral("zh_CN")));
        QCoreApplication::installTranslator(&chinese);
        const auto restore = qScopeGuard([&] { QCoreApplication::removeTranslator(&chinese); });
        QCOMPARE(HistoryStrip::describe(connect), QStringLiteral("网络 连接 10.88.0.2"));
        QCOMPARE(HistoryStrip::describe(start), QStringLiteral("启动"));
        QCOMPARE(diagram.edgeToolTip(pause), QStringLiteral("容器 t1 没有在运行。\nDocker 原文：Container t1 is not running"));
    }

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

    // The image details and Push… follow the row the user chose, and stay
    // right when the list changes under them (a walk found Push… offering
    // the image's first tag instead of the chosen row, and the details still
    // showing an image removed from the command bar).
    void imageDetailsFollowTheChosenRowThroughChanges()
    {
        TempStore store;
        QCOMPARE(runPorthole(store, {QStringLiteral("image"), QStringLiteral("build-busybox")}).exitCode, 0);
        QCOMPARE(runPorthole(store, {QStringLiteral("tag"), QStringLiteral("busybox"), QStringLiteral("demo/copy:1")}).exitCode, 0);
        QTemporaryDir dir;
        const QString tar = writeFile(dir.path(), QStringLiteral("rootfs.tar"), makeTar({{"etc/", 'd'}, {"etc/x", 'f', "x"}}));
        QCOMPARE(runPorthole(store, {QStringLiteral("import"), tar, QStringLiteral("other:1")}).exitCode, 0);
        MainWindow window(store.paths);
        QVERIFY(showFilled(window, &MainWindow::imagesRefreshed));
        window.findChild<QTabWidget *>(QStringLiteral("mainTabs"))->setCurrentIndex(1);
        auto *table = window.findChild<QTableView *>(QStringLiteral("imageTable"));
        auto *actions = window.findChild<RegistryActions *>();
        QVERIFY(table && actions);
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 3, 5000);
        const auto referenceOf = [&](int row) -> QString {
            return table->model()->index(row, 0).data().toString() + QLatin1Char(':') + table->model()->index(row, 1).data().toString();
        };
        const auto rowOf = [&](const QString &reference) {
            for (int row = 0; row < table->model()->rowCount(); ++row)
                if (referenceOf(row) == reference)
                    return row;
            return -1;
        };
        const auto chosen = [&] {
            const int row = table->currentIndex().row();
            return table->selectionModel()->isRowSelected(row, {}) ? referenceOf(row) : QString();
        };
        table->selectRow(rowOf(QStringLiteral("demo/copy:1")));
        QCOMPARE(actions->selectedNames().value(0), QStringLiteral("demo/copy:1"));
        QCOMPARE(actions->selectedNames().size(), 2);

        // Its tag removed elsewhere: the same image, by its other name.
        QCOMPARE(runPorthole(store, {QStringLiteral("rmi"), QStringLiteral("demo/copy:1")}).exitCode, 0);
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 2, 5000);
        QCOMPARE(chosen(), QStringLiteral("busybox:latest"));
        QCOMPARE(actions->selectedNames(), QStringList{QStringLiteral("busybox:latest")});
        // The image gone: the top row is chosen, marked and shown.
        QCOMPARE(runPorthole(store, {QStringLiteral("rmi"), QStringLiteral("busybox")}).exitCode, 0);
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, 5000);
        QCOMPARE(chosen(), QStringLiteral("other:1"));
        QCOMPARE(actions->selectedNames(), QStringList{QStringLiteral("other:1")});
        const auto stacks = window.findChildren<LayerStackView *>(QStringLiteral("layerStack"));
        QVERIFY(std::any_of(stacks.begin(), stacks.end(), [&](LayerStackView *stack) {
            return stack->caption().contains(store.open().image(QStringLiteral("other:1"))->id.mid(7, 12));
        }));
        // A pulled image becomes the chosen one when the list has it.
        QCOMPARE(runPorthole(store, {QStringLiteral("tag"), QStringLiteral("other:1"), QStringLiteral("pulled:2")}).exitCode, 0);
        table->selectRow(rowOf(QStringLiteral("other:1")));
        emit actions->imagePulled(QStringLiteral("pulled:2"));
        emit actions->imagesChanged(QString());
        QTRY_COMPARE_WITH_TIMEOUT(chosen(), QStringLiteral("pulled:2"), 5000);
    }

    // Marking the chosen row again after a refresh leaves the list where
    // the user scrolled it.
    void imageListRefreshKeepsItsScrollPosition()
    {
        TempStore store;
        QCOMPARE(runPorthole(store, {QStringLiteral("image"), QStringLiteral("build-busybox")}).exitCode, 0);
        for (int i = 0; i < 40; ++i)
            QCOMPARE(runPorthole(store, {QStringLiteral("tag"), QStringLiteral("busybox"), QStringLiteral("many:%1").arg(i)}).exitCode, 0);
        MainWindow window(store.paths);
        window.resize(1000, 600);
        QVERIFY(showFilled(window, &MainWindow::imagesRefreshed));
        window.findChild<QTabWidget *>(QStringLiteral("mainTabs"))->setCurrentIndex(1);
        auto *table = window.findChild<QTableView *>(QStringLiteral("imageTable"));
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 41, 5000);
        table->selectRow(0);
        QScrollBar *scroll = table->verticalScrollBar();
        QTRY_VERIFY(scroll->maximum() > 0);
        scroll->setValue(scroll->maximum());
        const int bottom = scroll->value();
        QCOMPARE(runPorthole(store, {QStringLiteral("tag"), QStringLiteral("busybox"), QStringLiteral("many:40")}).exitCode, 0);
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 42, 5000);
        QTest::qWait(100);
        QVERIFY2(scroll->value() >= bottom, qPrintable(QStringLiteral("scrolled to %1 from %2").arg(scroll->value()).arg(bottom)));
        QCOMPARE(table->currentIndex().row(), 0);
    }

    void containerListFollowsChangesMadeByTheCli()
    {
        TempStore store;
        QCOMPARE(runPorthole(store, {QStringLiteral("image"), QStringLiteral("build-busybox")}).exitCode, 0);
        MainWindow window(store.paths);
        QVERIFY(showFilled(window, &MainWindow::containersRefreshed));
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
                 QStringLiteral("Container busybox is not running"));
        QVERIFY(!diagram->isEdgeEnabled(edgeIndex(QStringLiteral("unpause"), porthole::ContainerState::Created)));

        click(QStringLiteral("start"));
        QTRY_COMPARE_WITH_TIMEOUT(diagram->state(), std::optional(porthole::ContainerState::Running), 5000);
        QVERIFY(status().startsWith(QStringLiteral("Up ")));
        // The transition animates: a marker travels along the start edge.
        QVERIFY(diagram->travellingEdge() >= 0);
        QCOMPARE(diagram->edges().at(diagram->travellingEdge()).label, QStringLiteral("start"));
        QTRY_COMPARE_WITH_TIMEOUT(diagram->travellingEdge(), -1, 2000);
        if (porthole::runningRootless()) { // tst_rootless runs this as a normal user
            // No freezer for a normal user's container (no cgroup of its own): greyed, saying why.
            const int pause = edgeIndex(QStringLiteral("pause"), porthole::ContainerState::Running);
            QVERIFY(!diagram->isEdgeEnabled(pause));
            QVERIFY2(diagram->edgeToolTip(pause).contains(QStringLiteral("freezer")), qPrintable(diagram->edgeToolTip(pause)));
        } else {
            click(QStringLiteral("pause"));
            QTRY_COMPARE_WITH_TIMEOUT(diagram->state(), std::optional(porthole::ContainerState::Paused), 5000);
            QVERIFY(status().endsWith(QStringLiteral("(Paused)")));
            QCOMPARE(diagram->edgeToolTip(edgeIndex(QStringLiteral("pause"), porthole::ContainerState::Paused)),
                     QStringLiteral("Container busybox is already paused"));
            click(QStringLiteral("unpause"));
            QTRY_COMPARE_WITH_TIMEOUT(diagram->state(), std::optional(porthole::ContainerState::Running), 5000);
        }
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
        QSignalSpy finished(&window, &MainWindow::commandFinished);
        QVERIFY(showFilled(window, &MainWindow::containersRefreshed));
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
        QCOMPARE(finished.last().at(0).toInt(), 1);
        QCOMPARE(finished.last().at(1).toString(),
                 QStringLiteral("Error: porthole: 'frobnicate' is not a porthole command.\nSee 'porthole --help'\n"));
        type(QStringLiteral("docker rm -f busybox"));
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 0, 3000);
        QCOMPARE(diagram->state(), std::nullopt);
        QVERIFY(window.findChild<QPlainTextEdit *>(QStringLiteral("commandOutput"))->toPlainText().contains(QStringLiteral("$ docker rm -f busybox")));
    }


    void toolbarShortcutsAndFilterActOnTheSelection()
    {
        TempStore store;
        QCOMPARE(runPorthole(store, {QStringLiteral("image"), QStringLiteral("build-busybox")}).exitCode, 0);
        for (const char *name : {"alpha", "beta", "gamma"})
            QCOMPARE(runPorthole(store, {QStringLiteral("create"), QStringLiteral("--name"), QString::fromLatin1(name), QStringLiteral("busybox"),
                                         QStringLiteral("sleep"), QStringLiteral("60")}).exitCode, 0);
        MainWindow window(store.paths);
        QVERIFY(showFilled(window, &MainWindow::containersRefreshed));
        auto *table = window.findChild<QTableView *>(QStringLiteral("containerTable"));
        auto action = [&](const char *name) { return window.findChild<QAction *>(QString::fromLatin1(name)); };
        auto statuses = [&] {
            QStringList all;
            for (int row = 0; row < table->model()->rowCount(); ++row)
                all.append(table->model()->index(row, 4).data().toString());
            return all;
        };
        auto allStatus = [&](const QString &prefix) {
            const QStringList all = statuses();
            return all.size() == 3 && std::all_of(all.begin(), all.end(), [&](const QString &s) { return s.startsWith(prefix); });
        };
        table->setFocus();
        table->selectAll();
        QVERIFY(action("action_start")->isEnabled());
        QVERIFY(!action("action_pause")->isEnabled()); // none is running
        action("action_start")->trigger();             // bulk: porthole start alpha beta gamma
        QTRY_VERIFY_WITH_TIMEOUT(allStatus(QStringLiteral("Up ")), 10000);
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("commandLine"))->text().startsWith(QStringLiteral("porthole start ")));
        // The IP column shows each container's address on the default network.
        for (int row = 0; row < 3; ++row)
            QVERIFY(QRegularExpression(QStringLiteral("^\\d+\\.\\d+\\.\\d+\\.\\d+$")).match(table->model()->index(row, 5).data().toString()).hasMatch());
        table->selectAll();
        // A normal user's container has no freezer (tst_rootless runs this as one): pause greyed.
        const bool freezer = !porthole::runningRootless();
        if (freezer) {
            QTest::keyClick(table, Qt::Key_P, Qt::ControlModifier); // pause
            auto allPaused = [&] {
                const QStringList all = statuses();
                return all.size() == 3 && std::all_of(all.begin(), all.end(), [](const QString &s) { return s.endsWith(QStringLiteral("(Paused)")); });
            };
            QTRY_VERIFY_WITH_TIMEOUT(allPaused(), 8000);
            QVERIFY(action("action_unpause")->isEnabled());
        } else {
            QVERIFY(!action("action_pause")->isEnabled());
        }
        QVERIFY(!action("action_start")->isEnabled());

        // Filter: text in any column, and a state.
        auto *filter = window.findChild<QLineEdit *>(QStringLiteral("containerFilter"));
        filter->setText(QStringLiteral("bet"));
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("beta"));
        filter->clear();
        auto *states = window.findChild<QComboBox *>(QStringLiteral("stateFilter"));
        states->setCurrentIndex(states->findText(QStringLiteral("running")));
        QCOMPARE(table->model()->rowCount(), freezer ? 0 : 3);
        states->setCurrentIndex(states->findText(QStringLiteral("paused")));
        QCOMPARE(table->model()->rowCount(), freezer ? 3 : 0);
        states->setCurrentIndex(0);

        // Force remove all of them with Shift+Delete.
        table->selectAll();
        QTest::keyClick(table, Qt::Key_Delete, Qt::ShiftModifier);
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 0, 10000);
        QCOMPARE(QString::fromUtf8(runPorthole(store, {QStringLiteral("ps"), QStringLiteral("-aq")}).out).trimmed(), QString());
    }

    void runFromTheDialogLightsTheSeedsSteps()
    {
        TempStore store;
        QCOMPARE(runPorthole(store, {QStringLiteral("image"), QStringLiteral("build-busybox")}).exitCode, 0);
        MainWindow window(store.paths);
        window.askStopTimeout = [](int) { return std::optional<int>(0); };
        QString preview;
        window.askNewContainer = [&](NewContainerDialog &dialog) {
            dialog.findChild<QComboBox *>(QStringLiteral("newImage"))->setCurrentText(QStringLiteral("busybox"));
            dialog.findChild<QLineEdit *>(QStringLiteral("newName"))->setText(QStringLiteral("stepper"));
            dialog.findChild<QLineEdit *>(QStringLiteral("newCommand"))->setText(QStringLiteral("sh -c 'echo hi > /hello; sleep 60'"));
            preview = dialog.findChild<QLabel *>(QStringLiteral("newPreview"))->text();
            return true;
        };
        QVERIFY(showFilled(window, &MainWindow::containersRefreshed));
        QSignalSpy images(&window, &MainWindow::imagesRefreshed);
        if (images.isEmpty())
            QVERIFY(images.wait(5000));
        window.newContainer();
        QCOMPARE(preview, QStringLiteral("porthole run -dit --name stepper busybox sh -c 'echo hi > /hello; sleep 60'"));
        auto *steps = window.findChild<RunStepsView *>(QStringLiteral("runSteps"));
        QTRY_COMPARE_WITH_TIMEOUT(steps->doneCount(), porthole::kRunStepCount, 10000);
        QVERIFY(steps->detailOf(porthole::RunStep::FindImage).startsWith(QStringLiteral("busybox → ")));
        QVERIFY(steps->detailOf(porthole::RunStep::CreateContainer).startsWith(QStringLiteral("stepper (")));
        QVERIFY(steps->detailOf(porthole::RunStep::AddWritableLayer).contains(QStringLiteral("1 read-only + 1 writable")));
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d+\\.\\d+\\.\\d+\\.\\d+ ← porthole$")).match(steps->detailOf(porthole::RunStep::AllocateAddress)).hasMatch(),
                 qPrintable(steps->detailOf(porthole::RunStep::AllocateAddress)));
        QVERIFY(steps->detailOf(porthole::RunStep::StartCommand).startsWith(QStringLiteral("pid ")));
        auto *diagram = window.findChild<LifecycleDiagram *>(QStringLiteral("lifecycleDiagram"));
        QTRY_COMPARE_WITH_TIMEOUT(diagram->state(), std::optional(porthole::ContainerState::Running), 5000);
        QCOMPARE(window.selectedContainerIds().size(), 1);

        // The history strip lists what happened, with times.
        auto *history = window.findChild<HistoryStrip *>(QStringLiteral("historyStrip"));
        QTRY_VERIFY_WITH_TIMEOUT(history->texts().contains(QStringLiteral("start")), 3000);
        QCOMPARE(history->texts().first(), QStringLiteral("create"));
        QVERIFY(history->texts().at(1).startsWith(QStringLiteral("network connect ")));

        // Files: the merged view and the container's changes show /hello.
        auto *details = window.findChild<QTabWidget *>(QStringLiteral("containerDetails"));
        details->setCurrentIndex(1);
        LayerFileBrowser *files = visibleChild<LayerFileBrowser>(window);
        QVERIFY(files);
        QTRY_VERIFY_WITH_TIMEOUT(files->listedPaths().contains(QStringLiteral("/bin/busybox")), 5000);
        QSignalSpy loaded(files, &LayerFileBrowser::loaded);
        auto listing = [&](int source) { // a fresh listing of one source
            loaded.clear();
            files->showSource(source);
            return loaded.wait(5000) ? files->listedPaths() : QStringList();
        };
        QTRY_VERIFY_WITH_TIMEOUT(listing(1).contains(QStringLiteral("/hello")), 5000); // changes, once sh wrote it
        QVERIFY(!files->listedPaths().contains(QStringLiteral("/bin/busybox")));
        const QStringList merged = listing(0);
        QVERIFY(merged.contains(QStringLiteral("/hello")) && merged.contains(QStringLiteral("/bin/busybox")));

        // Inspect, highlighted by the KDE highlighter where it is installed.
        details->setCurrentIndex(2);
        HighlightedJsonView *inspect = nullptr;
        for (auto *view : window.findChildren<HighlightedJsonView *>())
            if (view->isVisible())
                inspect = view;
        QVERIFY(inspect);
        QTRY_VERIFY_WITH_TIMEOUT(inspect->json().contains(QStringLiteral("\"Name\": \"/stepper\"")), 5000);
        if (!HighlightedJsonView::highlighterCommand().isEmpty() || qEnvironmentVariable("CI") == QLatin1String("true"))
            QTRY_VERIFY_WITH_TIMEOUT(inspect->isHighlighted(), 10000);

        // Stop from the toolbar: history gains die; a command typed in the bar lights the steps again.
        window.runOnSelection(porthole::LifecycleAction::Stop);
        QTRY_COMPARE_WITH_TIMEOUT(diagram->state(), std::optional(porthole::ContainerState::Exited), 8000);
        QTRY_VERIFY_WITH_TIMEOUT(history->texts().contains(QStringLiteral("die (exit 137)")), 3000);
        QVERIFY2(history->texts().contains(QStringLiteral("kill TERM")), qPrintable(history->texts().join(u',')));
        QSignalSpy finished(&window, &MainWindow::commandFinished);
        window.runCommandLine(QStringLiteral("docker run -d --name typed busybox sleep 30"));
        QVERIFY(finished.wait(20000));
        // Steps belong to their container: a typed run selects its container, whose steps show; stepper's stay with stepper.
        auto *table = window.findChild<QTableView *>(QStringLiteral("containerTable"));
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 2, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(steps->doneCount(), porthole::kRunStepCount, 3000);
        QVERIFY(steps->detailOf(porthole::RunStep::CreateContainer).startsWith(QStringLiteral("typed (")));
        QVERIFY(steps->detailOf(porthole::RunStep::FindImage).startsWith(QStringLiteral("busybox → "))); // seen, not implied
        for (int row = 0; row < table->model()->rowCount(); ++row)
            if (table->model()->index(row, 0).data().toString() == QLatin1String("stepper"))
                table->setCurrentIndex(table->model()->index(row, 0));
        QTRY_VERIFY(steps->detailOf(porthole::RunStep::CreateContainer).startsWith(QStringLiteral("stepper (")));
    }

    void imageTabShowsFilesAndInspect()
    {
        TempStore store;
        QCOMPARE(runPorthole(store, {QStringLiteral("image"), QStringLiteral("build-busybox")}).exitCode, 0);
        MainWindow window(store.paths);
        QVERIFY(showFilled(window, &MainWindow::imagesRefreshed));
        window.findChild<QTabWidget *>(QStringLiteral("mainTabs"))->setCurrentIndex(1);
        auto *details = window.findChild<QTabWidget *>(QStringLiteral("imageDetails"));
        details->setCurrentIndex(1);
        LayerFileBrowser *files = visibleChild<LayerFileBrowser>(window);
        QVERIFY(files);
        QCOMPARE(files->sourceCount(), 2); // merged and the one layer
        QTRY_VERIFY_WITH_TIMEOUT(files->listedPaths().contains(QStringLiteral("/bin/sh")), 5000);
        auto *inspect = window.findChild<HighlightedJsonView *>(QStringLiteral("imageInspect"));
        QTRY_VERIFY_WITH_TIMEOUT(inspect->json().contains(QStringLiteral("\"busybox:latest\"")), 5000);
        // A new tag shows after the refresh it causes (inspect is made again).
        QCOMPARE(runPorthole(store, {QStringLiteral("tag"), QStringLiteral("busybox"), QStringLiteral("teach:v1")}).exitCode, 0);
        QTRY_VERIFY_WITH_TIMEOUT(inspect->json().contains(QStringLiteral("\"teach:v1\"")), 5000);
    }


    void exportShowsProgressAndCancelLeavesNoFile()
    {
        TempStore store;
        QTemporaryDir out;
        QCOMPARE(runPorthole(store, {QStringLiteral("image"), QStringLiteral("build-busybox")}).exitCode, 0);
        QCOMPARE(runPorthole(store, {QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("box"), QStringLiteral("busybox")}).exitCode, 0);
        // 128 MB in the container's layer: the export cannot finish before
        // the click that cancels it (busybox alone sometimes did).
        const QString big = writeFile(out.path(), QStringLiteral("big.bin"), QByteArray(128 << 20, '\0'));
        QCOMPARE(runPorthole(store, {QStringLiteral("cp"), big, QStringLiteral("box:/big.bin")}).exitCode, 0);
        QVERIFY(QFile::remove(big));
        MainWindow window(store.paths);
        QSignalSpy finished(&window, &MainWindow::operationFinished);
        QVERIFY(showFilled(window, &MainWindow::containersRefreshed));
        const QString id = window.selectedContainerIds().value(0);
        QVERIFY(!id.isEmpty());
        // Cancelled at once: an error, and no file, not even a partial one.
        const QString cancelled = out.path() + QStringLiteral("/cancelled.tar");
        window.exportContainer(id, cancelled);
        auto *panel = window.findChild<QWidget *>(QStringLiteral("transferPanel"));
        QVERIFY(panel->isVisible());
        QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("transferCancel")), Qt::LeftButton);
        QVERIFY(finished.wait(10000));
        QVERIFY(!finished.last().at(0).toBool());
        QVERIFY2(finished.last().at(1).toString().contains(QStringLiteral("cancel")), qPrintable(finished.last().at(1).toString()));
        QCOMPARE(QDir(out.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
        QVERIFY(!panel->isVisible());
        // Through the toolbar action, to the path the dialog gives.
        const QString done = out.path() + QStringLiteral("/box.tar");
        window.askExportPath = [&](const QString &suggested) {
            return suggested == QLatin1String("box.tar") ? done : QString();
        };
        window.findChild<QAction *>(QStringLiteral("exportAction"))->trigger();
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.last().at(0).toBool(), qPrintable(finished.last().at(1).toString()));
        const RunResult listing = runProgram(QStringLiteral("tar"), {QStringLiteral("-tf"), done});
        QVERIFY(listing.out.contains("bin/busybox"));
        QVERIFY(listing.out.contains("big.bin"));
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("commandLine"))->text(), QStringLiteral("porthole export -o %1 box").arg(done));
        QVERIFY(TransferPanel::describe(12'300'000, 200'000'000, 0.5).startsWith(QStringLiteral("12.3MB of 200MB · 24.6MB/s · ")));
        QCOMPARE(TransferPanel::describe(5'000'000, 0, 0), QStringLiteral("5MB"));
    }

    void pureTextsOfTheWindow()
    {
        QCOMPARE(equivalentCommand(porthole::LifecycleAction::Stop, {QStringLiteral("web"), QStringLiteral("db")}, 10),
                 QStringLiteral("porthole stop -t 10 web db"));
        QCOMPARE(equivalentCommand(porthole::LifecycleAction::ForceRemove, {QStringLiteral("web")}, 10), QStringLiteral("porthole rm -f web"));
        QVERIFY(!actionPossibleForAny(porthole::LifecycleAction::Stop, {porthole::ContainerState::Exited}));
        QVERIFY(actionPossibleForAny(porthole::LifecycleAction::Stop, {porthole::ContainerState::Exited, porthole::ContainerState::Paused}));
        QVERIFY(!actionPossibleForAny(porthole::LifecycleAction::Unpause, {porthole::ContainerState::Running}));
        porthole::CreateRequest request;
        request.image = QStringLiteral("busybox");
        request.name = QStringLiteral("web");
        request.tty = request.interactive = true;
        request.network = QStringLiteral("lab");
        request.ports = {porthole::parsePublish(QStringLiteral("127.0.0.1:8080:80")).value()};
        request.command = {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo it's")};
        QCOMPARE(NewContainerDialog::commandLineFor(request, false, false),
                 QStringLiteral("porthole create -it --name web --network lab -p 127.0.0.1:8080:80/tcp busybox sh -c 'echo it'\\''s'"));
        const QString page = QStringLiteral("<html><body style=\"background-color:#ffffff;color:#1f1c1b\"><pre>\n<span style=\"color:#0057ae;\">&quot;a&quot;</span>\n</pre></body></html>");
        QCOMPARE(HighlightedJsonView::preBlockOf(page),
                 QStringLiteral("<pre style=\"background-color:#ffffff;color:#1f1c1b\"><span style=\"color:#0057ae;\">&quot;a&quot;</span>\n</pre>"));
        QCOMPARE(HighlightedJsonView::preBlockOf(QStringLiteral("no html")), QString());
        porthole::Event die{QDateTime::currentDateTimeUtc(), QStringLiteral("container"), QStringLiteral("die"), QString(64, u'a'),
                            {{QLatin1String("exitCode"), QStringLiteral("137")}}};
        QCOMPARE(HistoryStrip::describe(die), QStringLiteral("die (exit 137)"));
        porthole::Event connect{die.time, QStringLiteral("network"), QStringLiteral("connect"), QString(64, u'b'),
                                {{QLatin1String("address"), QStringLiteral("10.89.0.2")}}};
        QCOMPARE(HistoryStrip::describe(connect), QStringLiteral("network connect 10.89.0.2"));
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

private:
    QTemporaryDir m_config;
};

QTEST_MAIN(TestGui)
#include "tst_gui.moc"
