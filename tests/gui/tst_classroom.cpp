// What broke when the tour was followed as a new user would (issue 14),
// on real containers, offscreen: a tty's log rendered as a terminal, the
// merged view following the container, read-only file trees with a file
// viewer, relative times moving on by themselves, save and import dialogs,
// the images tab's actions, the Ports column and the empty table's hint.
#include "gui/app/mainwindow.h"
#include "gui/containers/containerlistmodel.h"
#include "gui/containers/lifecyclediagram.h"
#include "gui/containers/logsview.h"
#include "gui/containers/newcontainerdialog.h"
#include "gui/containers/runstepsview.h"
#include "gui/images/imageactions.h"
#include "gui/transfers/dropdialog.h"
#include "gui/transfers/transfercontroller.h"
#include "gui/widgets/fileviewer.h"
#include "gui/widgets/layerfilebrowser.h"
#include "testsupport.h"
#include "windowtesting.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QElapsedTimer>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QTreeWidget>

using namespace testsupport;

namespace {

QString run(const TempStore &store, const QStringList &args)
{
    const RunResult result = runPorthole(store, args);
    if (result.exitCode != 0)
        qWarning("porthole %s: %s", qPrintable(args.join(u' ')), result.err.constData());
    return QString::fromUtf8(result.out).trimmed();
}

QStringList words(const char *line)
{
    return QString::fromLatin1(line).split(u' ');
}

// Selects the container of that name in the table.
void selectContainer(MainWindow &window, const QString &name)
{
    auto *table = window.findChild<QTableView *>(QStringLiteral("containerTable"));
    for (int row = 0; row < table->model()->rowCount(); ++row)
        if (table->model()->index(row, ContainerListModel::Name).data().toString() == name)
            table->setCurrentIndex(table->model()->index(row, 0));
}

} // namespace

class TestClassroom : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        REQUIRE_ROOT();
        QCOMPARE(runPorthole(m_store, {QStringLiteral("image"), QStringLiteral("build-busybox")}).exitCode, 0);
    }

    void cleanup()
    {
        const QString ids = run(m_store, words("ps -aq"));
        if (!ids.isEmpty())
            runPorthole(m_store, QStringList{QStringLiteral("rm"), QStringLiteral("-f")} + ids.split(u'\n'));
    }

    // Item 3: a tty's log is terminal output: no escape bytes, no character
    // per line; and a log written after the container was shown appears.
    void ttyLogRendersAsATerminal()
    {
        run(m_store, {QStringLiteral("run"), QStringLiteral("-dt"), QStringLiteral("--name"), QStringLiteral("ttylog"), QStringLiteral("--network"),
                      QStringLiteral("none"), QStringLiteral("busybox"), QStringLiteral("sh"), QStringLiteral("-c"),
                      QStringLiteral("printf '\\033[1mbold\\033[0m text\\n'; printf 'a'; printf 'b'; printf 'c\\n'; printf '\\033[6n\\033[J'; "
                                     "echo last-line; sleep 60")});
        run(m_store, {QStringLiteral("create"), QStringLiteral("-t"), QStringLiteral("--name"), QStringLiteral("later"), QStringLiteral("--network"),
                      QStringLiteral("none"), QStringLiteral("busybox"), QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo later-line; sleep 60")});
        MainWindow window(m_store.paths);
        QVERIFY(showFilled(window, &MainWindow::containersRefreshed));
        selectContainer(window, QStringLiteral("ttylog"));
        window.findChild<QTabWidget *>(QStringLiteral("containerDetails"))->setCurrentIndex(4);
        auto *logs = window.findChild<LogsView *>(QStringLiteral("logsView"));
        QTRY_VERIFY_WITH_TIMEOUT(logs->text().contains(QStringLiteral("last-line")), 5000);
        const QString text = logs->text();
        QVERIFY2(text.contains(QStringLiteral("bold text\nabc\n")), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1Char('\x1b')) && !text.contains(QStringLiteral("[6n")), qPrintable(text));
        QVERIFY(!window.findChild<QCheckBox *>(QStringLiteral("logsTimestamps"))->isEnabled());
        // A container without a tty: lines of text, timestamps on demand.
        run(m_store, {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), QStringLiteral("plain"), QStringLiteral("--network"),
                      QStringLiteral("none"), QStringLiteral("busybox"), QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo plain-line; sleep 60")});
        QTRY_VERIFY_WITH_TIMEOUT(window.findChild<QTableView *>(QStringLiteral("containerTable"))->model()->rowCount() == 3, 5000);
        selectContainer(window, QStringLiteral("plain"));
        QTRY_COMPARE_WITH_TIMEOUT(logs->text(), QStringLiteral("plain-line"), 5000);
        auto *timestamps = window.findChild<QCheckBox *>(QStringLiteral("logsTimestamps"));
        QVERIFY(timestamps->isEnabled());
        timestamps->setChecked(true);
        QVERIFY2(logs->text().startsWith(QStringLiteral("20")) && logs->text().endsWith(QStringLiteral(" plain-line")), qPrintable(logs->text()));
        timestamps->setChecked(false);
        // Shown while created (no log yet), started afterwards: its log comes.
        selectContainer(window, QStringLiteral("later"));
        QTRY_COMPARE(logs->text(), QString());
        run(m_store, words("start later"));
        QTRY_VERIFY_WITH_TIMEOUT(logs->text().contains(QStringLiteral("later-line")), 5000);
    }

    // Item 4: the merged view follows the container.
    void mergedViewFollowsTheContainer()
    {
        run(m_store, words("run -dit --name files --network none busybox sh"));
        MainWindow window(m_store.paths);
        QVERIFY(showFilled(window, &MainWindow::containersRefreshed));
        selectContainer(window, QStringLiteral("files"));
        window.findChild<QTabWidget *>(QStringLiteral("containerDetails"))->setCurrentIndex(1);
        LayerFileBrowser *files = visibleChild<LayerFileBrowser>(window);
        QVERIFY(files);
        QTRY_VERIFY_WITH_TIMEOUT(files->listedPaths().contains(QStringLiteral("/tmp")), 5000);
        QVERIFY(!files->listedPaths().contains(QStringLiteral("/tmp/test")));
        run(m_store, words("exec files touch /tmp/test"));
        QTRY_VERIFY_WITH_TIMEOUT(files->listedPaths().contains(QStringLiteral("/tmp/test")), 5000);
        // And when shown again.
        window.findChild<QTabWidget *>(QStringLiteral("containerDetails"))->setCurrentIndex(0);
        run(m_store, {QStringLiteral("exec"), QStringLiteral("files"), QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo x > /tmp/more")});
        window.findChild<QTabWidget *>(QStringLiteral("containerDetails"))->setCurrentIndex(1);
        QTRY_VERIFY_WITH_TIMEOUT(files->listedPaths().contains(QStringLiteral("/tmp/more")), 5000);
    }

    // Item 5: names in the trees cannot be edited; a double-click reads the file.
    void fileTreesAreReadOnlyAndOpenAViewer()
    {
        run(m_store, words("create --name reader --network none busybox"));
        MainWindow window(m_store.paths);
        QVERIFY(showFilled(window, &MainWindow::containersRefreshed));
        selectContainer(window, QStringLiteral("reader"));
        window.findChild<QTabWidget *>(QStringLiteral("containerDetails"))->setCurrentIndex(1);
        LayerFileBrowser *files = visibleChild<LayerFileBrowser>(window);
        QTRY_VERIFY_WITH_TIMEOUT(files->listedPaths().contains(QStringLiteral("/etc/passwd")), 5000);
        auto *tree = files->findChild<QTreeView *>(QStringLiteral("fileTree"));
        QCOMPARE(tree->editTriggers(), QAbstractItemView::NoEditTriggers);
        const QModelIndex etc = tree->model()->match(tree->model()->index(0, 0), Qt::DisplayRole, QStringLiteral("etc"), 1, Qt::MatchExactly).value(0);
        QVERIFY(etc.isValid());
        QVERIFY(!(tree->model()->flags(etc) & Qt::ItemIsEditable));
        tree->setCurrentIndex(etc);
        QTest::keyClick(tree, Qt::Key_F2); // the edit key
        const QList<QLineEdit *> editors = tree->viewport()->findChildren<QLineEdit *>();
        QVERIFY(std::none_of(editors.begin(), editors.end(), [](QLineEdit *editor) { return editor->isVisible(); }));
        QVERIFY(files->openFile(QStringLiteral("/etc/passwd")));
        auto *viewer = files->findChild<FileViewer *>(QStringLiteral("fileViewer"));
        QVERIFY(viewer);
        QTRY_VERIFY_WITH_TIMEOUT(viewer->text().contains(QStringLiteral("root:x:0:0")), 5000);
        QVERIFY(!viewer->isBinary());
        viewer->close();
        QVERIFY(files->openFile(QStringLiteral("/bin/busybox")));
        QTRY_VERIFY_WITH_TIMEOUT(!files->findChildren<FileViewer *>().isEmpty() && files->findChildren<FileViewer *>().last()->isBinary(), 5000);
        QVERIFY(files->findChildren<FileViewer *>().last()->text().startsWith(QStringLiteral("00000000  7f 45 4c 46")));
    }

    // Item 6: "Up Less than a second" moves on without the list being loaded again.
    void relativeTimesMoveOn()
    {
        MainWindow window(m_store.paths);
        QVERIFY(showFilled(window, &MainWindow::containersRefreshed));
        QSignalSpy refreshed(&window, &MainWindow::containersRefreshed);
        run(m_store, words("run -d --name ticking --network none busybox sleep 60"));
        auto *table = window.findChild<QTableView *>(QStringLiteral("containerTable"));
        auto status = [&] { return table->model()->rowCount() ? table->model()->index(0, ContainerListModel::Status).data().toString() : QString(); };
        QTRY_VERIFY_WITH_TIMEOUT(status().startsWith(QStringLiteral("Up ")), 5000);
        QTest::qWait(100);
        const int refreshes = int(refreshed.size());
        const QString before = status();
        QTRY_VERIFY_WITH_TIMEOUT(status() != before, 3000);
        QVERIFY2(status().startsWith(QStringLiteral("Up ")) && (status().endsWith(QStringLiteral("second")) || status().endsWith(QStringLiteral("seconds"))),
                 qPrintable(status()));
        QCOMPARE(int(refreshed.size()), refreshes); // no refresh: the model told its cells
    }

    // Item 7: steps and caption belong to the selected container. A created
    // container shows create's two steps; start from the window lights
    // start's three beside it; a run typed in the bar while it is selected
    // keeps its steps to itself, shown once it is selected.
    void runStepsFollowTheSelection()
    {
        run(m_store, words("create --name first --network none busybox sleep 60"));
        MainWindow window(m_store.paths);
        QVERIFY(showFilled(window, &MainWindow::containersRefreshed));
        selectContainer(window, QStringLiteral("first"));
        auto *steps = window.findChild<RunStepsView *>(QStringLiteral("runSteps"));
        auto *caption = window.findChild<QLabel *>(QStringLiteral("commandLine"));
        QTRY_COMPARE(steps->doneCount(), 2);
        QVERIFY(!caption->text().startsWith(QStringLiteral("Select a container")));
        window.runOnSelection(porthole::LifecycleAction::Start);
        QTRY_COMPARE_WITH_TIMEOUT(steps->doneCount(), porthole::kRunStepCount, 8000);
        QVERIFY2(steps->detailOf(porthole::RunStep::AddWritableLayer).contains(QStringLiteral("read-only + 1 writable")),
                 qPrintable(steps->detailOf(porthole::RunStep::AddWritableLayer)));
        QVERIFY(caption->text().startsWith(QStringLiteral("porthole start first")));
        QSignalSpy finished(&window, &MainWindow::commandFinished);
        window.runCommandLine(QStringLiteral("docker run -d --name t1 --network none busybox sleep 60"));
        QVERIFY(finished.wait(20000));
        auto *table = window.findChild<QTableView *>(QStringLiteral("containerTable"));
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 2, 5000);
        // A typed run selects its container (its steps beside it); first's stay with first.
        QTRY_COMPARE_WITH_TIMEOUT(window.selectedContainerIds(), QStringList{run(m_store, words("inspect -f {{.Id}} t1"))}, 5000);
        QTRY_VERIFY(steps->detailOf(porthole::RunStep::CreateContainer).startsWith(QStringLiteral("t1 (")));
        selectContainer(window, QStringLiteral("first"));
        QTRY_VERIFY(steps->detailOf(porthole::RunStep::CreateContainer).startsWith(QStringLiteral("first (")));
        QVERIFY(caption->text().startsWith(QStringLiteral("porthole start first")));
        selectContainer(window, QStringLiteral("t1"));
        QTRY_VERIFY(steps->detailOf(porthole::RunStep::CreateContainer).startsWith(QStringLiteral("t1 (")));
        QCOMPARE(steps->doneCount(), porthole::kRunStepCount);
        QVERIFY(steps->detailOf(porthole::RunStep::FindImage).startsWith(QStringLiteral("busybox → ")));
        QVERIFY(!caption->text().contains(QStringLiteral("porthole start first")));
        selectContainer(window, QStringLiteral("first"));
        QTRY_VERIFY(steps->detailOf(porthole::RunStep::CreateContainer).startsWith(QStringLiteral("first (")));
        QVERIFY(steps->detailOf(porthole::RunStep::AddWritableLayer).contains(QStringLiteral("read-only + 1 writable")));
    }

    // A container that ran and ended shows start's three steps done in a
    // window that did not watch its run too, as in the window that did;
    // one only created shows create's two.
    void endedRunShowsItsStepsInANewWindow()
    {
        run(m_store, words("run --name ended --network none busybox sh -c") << QStringLiteral("exit 3"));
        run(m_store, words("create --name fresh --network none busybox true"));
        QCOMPARE(run(m_store, words("inspect -f {{.State.Status}} ended")), QStringLiteral("exited"));
        MainWindow window(m_store.paths);
        QVERIFY(showFilled(window, &MainWindow::containersRefreshed));
        auto *steps = window.findChild<RunStepsView *>(QStringLiteral("runSteps"));
        selectContainer(window, QStringLiteral("ended"));
        QTRY_COMPARE(steps->doneCount(), porthole::kRunStepCount);
        QCOMPARE(steps->detailOf(porthole::RunStep::StartCommand), QStringLiteral("exited with code 3"));
        selectContainer(window, QStringLiteral("fresh"));
        QTRY_COMPARE(steps->doneCount(), 2);
    }

    // Stop asks nothing: it waits the container's own 10 s by default, and
    // the seconds beside the diagram change it (stop -t).
    void stopSecondsBesideTheDiagram()
    {
        run(m_store, words("run -d --name stubborn --network none busybox sleep 600")); // pid 1 ignores SIGTERM
        MainWindow window(m_store.paths);
        QVERIFY(showFilled(window, &MainWindow::containersRefreshed));
        selectContainer(window, QStringLiteral("stubborn"));
        auto *seconds = window.findChild<QSpinBox *>(QStringLiteral("stopSeconds"));
        QTRY_COMPARE(seconds->value(), 10);
        seconds->setValue(1);
        QElapsedTimer clock;
        clock.start();
        window.runOnSelection(porthole::LifecycleAction::Stop); // a dialog here would block the test
        auto *caption = window.findChild<QLabel *>(QStringLiteral("commandLine"));
        QVERIFY(caption->text().startsWith(QStringLiteral("porthole stop -t 1 stubborn")));
        QTRY_COMPARE_WITH_TIMEOUT(run(m_store, words("inspect -f {{.State.Status}} stubborn")), QStringLiteral("exited"), 8000);
        QVERIFY(clock.elapsed() < 8000);
        QTRY_VERIFY_WITH_TIMEOUT(caption->text().contains(QStringLiteral("SIGKILL ended it")), 5000);
    }

    // Slow motion: run's steps and stop's SIGTERM -> wait -> SIGKILL go on
    // only on Next; the engine really waits (the CLI sees the state held).
    void slowMotionHoldsTheEngine()
    {
        MainWindow window(m_store.paths);
        QVERIFY(showFilled(window, &MainWindow::imagesRefreshed)); // the dialog offers the images
        window.askNewContainer = [](NewContainerDialog &dialog) {
            dialog.setImage(QStringLiteral("busybox"));
            dialog.findChild<QLineEdit *>(QStringLiteral("newName"))->setText(QStringLiteral("slow"));
            dialog.findChild<QLineEdit *>(QStringLiteral("newCommand"))->setText(QStringLiteral("sleep 600"));
            return true;
        };
        window.findChild<QCheckBox *>(QStringLiteral("slowMotion"))->setChecked(true);
        auto *steps = window.findChild<RunStepsView *>(QStringLiteral("runSteps"));
        auto *next = window.findChild<QPushButton *>(QStringLiteral("nextStep"));
        auto *held = window.findChild<QLabel *>(QStringLiteral("heldStep"));
        window.newContainer();
        QTRY_VERIFY2_WITH_TIMEOUT(next->isEnabled(), qPrintable(QStringLiteral("%1 %2 [%3]").arg(held->text()).arg(steps->doneCount()).arg(run(m_store, words("ps -a")))), 5000);
        QCOMPARE(held->text(), QStringLiteral("Next: Create the container"));
        QTest::qWait(600);
        QCOMPARE(steps->doneCount(), 1);
        QCOMPARE(run(m_store, words("ps -aq")), QString()); // held before create
        next->click();
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled() && held->text().contains(QStringLiteral("writable layer")), 5000);
        QCOMPARE(run(m_store, words("inspect -f {{.State.Status}} slow")), QStringLiteral("created"));
        next->click();
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled() && held->text().contains(QStringLiteral("IP")), 5000);
        next->click();
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled() && held->text().contains(QStringLiteral("Start the command")), 5000);
        QCOMPARE(run(m_store, words("inspect -f {{.State.Status}} slow")), QStringLiteral("created"));
        next->click();
        QTRY_COMPARE_WITH_TIMEOUT(run(m_store, words("inspect -f {{.State.Status}} slow")), QStringLiteral("running"), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(steps->doneCount(), porthole::kRunStepCount, 5000);
        QVERIFY(!next->isEnabled());

        // Stop: SIGTERM sent, held; the wait; held before SIGKILL.
        selectContainer(window, QStringLiteral("slow"));
        auto *diagram = window.findChild<LifecycleDiagram *>(QStringLiteral("lifecycleDiagram"));
        QTRY_COMPARE_WITH_TIMEOUT(diagram->state(), std::optional(porthole::ContainerState::Running), 5000);
        window.findChild<QSpinBox *>(QStringLiteral("stopSeconds"))->setValue(1);
        window.runOnSelection(porthole::LifecycleAction::Stop);
        QTRY_VERIFY2_WITH_TIMEOUT(next->isEnabled() && held->text().startsWith(QStringLiteral("SIGTERM sent")), qPrintable(held->text()), 5000);
        QTest::qWait(1500);
        QCOMPARE(run(m_store, words("inspect -f {{.State.Status}} slow")), QStringLiteral("running"));
        QVERIFY(held->text().startsWith(QStringLiteral("SIGTERM sent"))); // the wait has not begun
        next->click();
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled() && held->text().contains(QStringLiteral("Next: SIGKILL")), 5000);
        QTest::qWait(1000);
        QCOMPARE(run(m_store, words("inspect -f {{.State.Status}} slow")), QStringLiteral("running")); // SIGKILL held
        next->click();
        QTRY_COMPARE_WITH_TIMEOUT(run(m_store, words("inspect -f {{.State.Status}} slow")), QStringLiteral("exited"), 5000);
        QCOMPARE(run(m_store, words("inspect -f {{.State.ExitCode}} slow")), QStringLiteral("137"));
        window.findChild<QCheckBox *>(QStringLiteral("slowMotion"))->setChecked(false);
    }

    // Ports as `ps` shows them; widths do not jump when a status changes;
    // an empty table and a filter matching nothing say so.
    void portsColumnStableWidthsAndHints()
    {
        MainWindow window(m_store.paths);
        window.resize(1200, 800);
        QVERIFY(showFilled(window, &MainWindow::containersRefreshed));
        auto *hint = window.findChild<QLabel *>(QStringLiteral("containerTableHint"));
        QVERIFY(hint->isVisible());
        QVERIFY(hint->text().contains(QStringLiteral("No containers yet")));
        run(m_store, words("create --name web -p 127.0.0.1:18080:80 busybox sleep 60"));
        auto *table = window.findChild<QTableView *>(QStringLiteral("containerTable"));
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, 5000);
        QVERIFY(!hint->isVisible());
        QHeaderView *header = table->horizontalHeader();
        QList<int> widths;
        for (int column = 0; column < ContainerListModel::ColumnCount; ++column)
            widths.append(header->sectionSize(column));
        run(m_store, words("start web"));
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->index(0, ContainerListModel::Ports).data().toString(), QStringLiteral("127.0.0.1:18080->80/tcp"), 5000);
        QVERIFY(table->model()->index(0, ContainerListModel::Status).data().toString().startsWith(QStringLiteral("Up ")));
        for (int column = 0; column < ContainerListModel::ColumnCount; ++column)
            QCOMPARE(header->sectionSize(column), widths.at(column));
        QCOMPARE(header->visualIndex(ContainerListModel::Ports), header->visualIndex(ContainerListModel::Status) + 1);
        const QString address = table->model()->index(0, ContainerListModel::Ip).data().toString();
        // As wide as the widest address (it does not jump when one comes), not stretched to the window.
        const int widest = table->fontMetrics().horizontalAdvance(QStringLiteral("255.255.255.255"));
        QVERIFY2(!address.isEmpty() && header->sectionSize(ContainerListModel::Ip) <= widest + 24,
                 qPrintable(QStringLiteral("%1: %2 px").arg(address).arg(header->sectionSize(ContainerListModel::Ip))));
        window.findChild<QLineEdit *>(QStringLiteral("containerFilter"))->setText(QStringLiteral("nothing-matches"));
        QTRY_VERIFY(hint->isVisible());
        QVERIFY(hint->text().contains(QStringLiteral("matches the filter")));
    }

    // Item 8: Save image… says save and proposes REPO_TAG.tar.
    void saveImageProposesItsName()
    {
        MainWindow window(m_store.paths);
        QVERIFY(showFilled(window, &MainWindow::imagesRefreshed));
        QString suggested;
        window.askExportPath = [&](const QString &name) {
            suggested = name;
            return QString();
        };
        window.findChild<QTabWidget *>(QStringLiteral("mainTabs"))->setCurrentIndex(1);
        window.findChild<QAction *>(QStringLiteral("saveImageAction"))->trigger();
        QCOMPARE(suggested, QStringLiteral("busybox_latest.tar"));
        const TransferRequest save{TransferRequest::Kind::SaveImage, QStringLiteral("sha256:0123456789abcdef"), QStringLiteral("library/busybox:1.36")};
        QCOMPARE(save.fileName(), QStringLiteral("library_busybox_1.36.tar"));
        QCOMPARE(save.dialogTitle(), QStringLiteral("Save the image library/busybox:1.36"));
        QCOMPARE((TransferRequest{TransferRequest::Kind::SaveImage, QStringLiteral("sha256:0123456789abcdef")}.fileName()),
                 QStringLiteral("image-0123456789ab.tar"));
    }

    // Item 9: Import… previews and names the file as a drop does.
    void importGoesThroughThePreview()
    {
        QTemporaryDir dir;
        const QString tar = writeFile(dir.path(), QStringLiteral("rootfs.tar"), makeTar({{"etc/", 'd'}, {"etc/hostname", 'f', "box\n"}}));
        MainWindow window(m_store.paths);
        QVERIFY(showFilled(window, &MainWindow::imagesRefreshed));
        auto *transfers = window.findChild<TransferController *>();
        transfers->askImportFile = [&] { return tar; };
        bool previewed = false;
        window.askDropAction = [&](DropDialog &dialog) {
            previewed = dialog.isImport();
            dialog.findChild<QLineEdit *>(QStringLiteral("dropReference"))->setText(QStringLiteral("imported:named"));
            return true;
        };
        QSignalSpy finished(&window, &MainWindow::operationFinished);
        window.findChild<QAction *>(QStringLiteral("importAction"))->trigger();
        QVERIFY(finished.wait(10000));
        QVERIFY(previewed);
        QVERIFY2(finished.last().at(0).toBool(), qPrintable(finished.last().at(1).toString()));
        QVERIFY(run(m_store, words("images")).contains(QStringLiteral("imported ")));
        QVERIFY(run(m_store, words("images")).contains(QStringLiteral("named")));
        run(m_store, words("rmi imported:named"));
    }

    // The images tab's actions: run, tag, remove refused then forced, used by, history.
    void imageActions()
    {
        MainWindow window(m_store.paths);
        QVERIFY(showFilled(window, &MainWindow::imagesRefreshed));
        window.findChild<QTabWidget *>(QStringLiteral("mainTabs"))->setCurrentIndex(1);
        auto *table = window.findChild<QTableView *>(QStringLiteral("imageTable"));
        QTRY_VERIFY(table->model()->rowCount() >= 1);
        table->setCurrentIndex(table->model()->index(0, 0));
        auto *actions = window.findChild<ImageActions *>();
        QSignalSpy finished(&window, &MainWindow::operationFinished);
        // Tag…
        actions->askTag = [](const QString &image) { return image == QLatin1String("busybox:latest") ? QStringLiteral("teach:v1") : QString(); };
        window.findChild<QAction *>(QStringLiteral("imageTag"))->trigger();
        QVERIFY(finished.wait(10000));
        QVERIFY2(finished.last().at(0).toBool(), qPrintable(finished.last().at(1).toString()));
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() == 2, 5000);
        // Run…: the new-container dialog with the image filled in.
        QString dialogImage;
        window.askNewContainer = [&](NewContainerDialog &dialog) {
            dialogImage = dialog.image();
            dialog.findChild<QLineEdit *>(QStringLiteral("newName"))->setText(QStringLiteral("fromimage"));
            dialog.findChild<QLineEdit *>(QStringLiteral("newCommand"))->setText(QStringLiteral("true"));
            dialog.findChild<QCheckBox *>(QStringLiteral("newStart"))->setChecked(false);
            return true;
        };
        for (int row = 0; row < table->model()->rowCount(); ++row)
            if (table->model()->index(row, 1).data().toString() == QLatin1String("v1"))
                table->setCurrentIndex(table->model()->index(row, 0));
        window.findChild<QAction *>(QStringLiteral("imageRun"))->trigger();
        QCOMPARE(dialogImage, QStringLiteral("teach:v1"));
        QVERIFY(finished.wait(10000));
        QCOMPARE(window.findChild<QTabWidget *>(QStringLiteral("mainTabs"))->currentIndex(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(run(m_store, {QStringLiteral("inspect"), QStringLiteral("-f"), QStringLiteral("{{.Config.Image}}"),
                                                QStringLiteral("fromimage")}), QStringLiteral("teach:v1"), 5000);
        // Used by lists it; History shows how the layer was made.
        window.findChild<QTabWidget *>(QStringLiteral("mainTabs"))->setCurrentIndex(1);
        window.findChild<QAction *>(QStringLiteral("imageUsedBy"))->trigger();
        auto *usedBy = window.findChild<QListWidget *>(QStringLiteral("imageUsedByList"));
        QTRY_VERIFY_WITH_TIMEOUT(usedBy->count() == 1 && usedBy->item(0)->text().startsWith(QStringLiteral("fromimage")), 5000);
        window.findChild<QAction *>(QStringLiteral("imageHistory"))->trigger();
        auto *history = window.findChild<QTreeWidget *>(QStringLiteral("imageHistoryView"));
        QVERIFY(history->isVisible());
        QVERIFY(history->topLevelItemCount() >= 1);
        // Remove: refused in Docker's words while a container uses it, then forced.
        QTemporaryDir dir;
        run(m_store, {QStringLiteral("import"), writeFile(dir.path(), QStringLiteral("solo.tar"), makeTar({{"etc/", 'd'}})), QStringLiteral("solo:one")});
        run(m_store, words("create --name onsolo --network none solo:one true"));
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() == 3, 5000);
        for (int row = 0; row < table->model()->rowCount(); ++row)
            if (table->model()->index(row, 0).data().toString() == QLatin1String("solo"))
                table->setCurrentIndex(table->model()->index(row, 0));
        QString reason;
        actions->askForceRemove = [&](const QString &why) {
            reason = why;
            return false;
        };
        window.findChild<QAction *>(QStringLiteral("imageRemove"))->trigger();
        QVERIFY(finished.wait(10000));
        QVERIFY(!finished.last().at(0).toBool());
        QVERIFY2(reason.startsWith(QStringLiteral("conflict: unable to remove repository reference \"solo:one\" (must force)")), qPrintable(reason));
        QVERIFY(run(m_store, words("images")).contains(QStringLiteral("solo ")));
        actions->askForceRemove = [](const QString &) { return true; };
        window.findChild<QAction *>(QStringLiteral("imageRemove"))->trigger();
        QVERIFY(finished.wait(10000));
        QVERIFY2(finished.last().at(0).toBool(), qPrintable(finished.last().at(1).toString()));
        QVERIFY(!run(m_store, words("images")).contains(QStringLiteral("solo ")));
        QVERIFY(run(m_store, words("images")).contains(QStringLiteral("teach ")));
    }

private:
    TempStore m_store;
};

QTEST_MAIN(TestClassroom)
#include "tst_classroom.moc"
