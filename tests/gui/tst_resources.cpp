// The window's resource pages, offscreen, on a real engine: the volumes
// page (list with sizes and users, the files of a volume, create, remove
// refused while used, a prune that lists first and removes only what it
// listed), the disk usage page against the engine's system df and its
// prunes, live stats (the sampler's figures move for a busy loop and an
// allocation, the -m limit, the table's CPU and memory columns, graphs
// repainted once a frame, a history that does not grow) and cp by dropping
// files on a container's file tree and dragging one out.
#include "containers/engine.h"
#include "gui/app/mainwindow.h"
#include "gui/containers/containerdetails.h"
#include "gui/containers/containerspage.h"
#include "gui/disk/diskpage.h"
#include "gui/disk/diskusagechart.h"
#include "gui/stats/statsgraphs.h"
#include "gui/stats/statshistory.h"
#include "gui/transfers/containercopies.h"
#include "gui/transfers/transferpanel.h"
#include "gui/volumes/volumespage.h"
#include "gui/widgets/layerfilebrowser.h"
#include "gui/widgets/prunedialog.h"
#include "testsupport.h"
#include "windowtesting.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDropEvent>
#include <QMimeData>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSet>
#include <QSettings>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>
#include <QUrl>

using namespace testsupport;

namespace {

QString text(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes).trimmed();
}

RunResult cli(const TempStore &store, const QString &line)
{
    return runPorthole(store, line.split(u' ', Qt::SkipEmptyParts));
}

QString idOf(const TempStore &store, const QString &name)
{
    return text(runPorthole(store, {QStringLiteral("inspect"), QStringLiteral("-f"), QStringLiteral("{{.Id}}"), name}).out);
}

QStringList lines(const RunResult &result)
{
    QStringList all = text(result.out).split(u'\n', Qt::SkipEmptyParts);
    all.sort();
    return all;
}

void showTab(MainWindow &window, QWidget *page)
{
    window.findChild<QTabWidget *>(QStringLiteral("mainTabs"))->setCurrentWidget(page);
}

// The row of a table whose first column reads name (-1 when none).
int rowNamed(const QAbstractItemModel *model, const QString &name)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, 0).data().toString() == name)
            return row;
    return -1;
}

int columnHeaded(const QAbstractItemModel *model, const QString &header)
{
    for (int column = 0; column < model->columnCount(); ++column)
        if (model->headerData(column, Qt::Horizontal).toString() == header)
            return column;
    return -1;
}

bool waitListed(LayerFileBrowser *files, const QString &path)
{
    return QTest::qWaitFor([&] { return files->listedPaths().contains(path); }, 10000);
}

// Drops local files on a widget at pos, as a file manager would.
bool dropFiles(QWidget *target, const QPoint &pos, const QStringList &paths)
{
    QMimeData data;
    QList<QUrl> urls;
    for (const QString &path : paths)
        urls.append(QUrl::fromLocalFile(path));
    data.setUrls(urls);
    QDragEnterEvent enter(pos, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QDropEvent drop(pos, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    return enter.isAccepted() && drop.isAccepted();
}

QModelIndex rowOfPath(const QAbstractItemModel *model, const QString &path, const QModelIndex &parent = {})
{
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (index.data(Qt::UserRole).toString() == path)
            return index;
        if (const QModelIndex inside = rowOfPath(model, path, index); inside.isValid())
            return inside;
    }
    return {};
}

} // namespace

class TestResources : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        REQUIRE_ROOT();
        QVERIFY(m_cache.isValid());
        qputenv("XDG_CACHE_HOME", QFile::encodeName(m_cache.path())); // dragged-out files are staged there
        QSettings().setValue(QStringLiteral("containers/statsColumns"), true);
    }

    void volumesPageListsCreatesRefusesAndPrunes()
    {
        TempStore store;
        QCOMPARE(cli(store, QStringLiteral("image build-busybox")).exitCode, 0);
        QCOMPARE(cli(store, QStringLiteral("run -d --name user -v shared:/data busybox sleep 600")).exitCode, 0);
        QCOMPARE(cli(store, QStringLiteral("exec user dd if=/dev/zero of=/data/blob bs=1000 count=300")).exitCode, 0);
        MainWindow window(store.paths);
        QSignalSpy finished(&window, &MainWindow::operationFinished);
        QVERIFY(showFilled(window, &MainWindow::containersRefreshed));
        auto *page = window.findChild<VolumesPage *>();
        QSignalSpy refreshed(page, &VolumesPage::refreshed);
        showTab(window, page);
        QVERIFY(refreshed.wait(10000));
        const QAbstractItemModel *model = window.findChild<QTableView *>(QStringLiteral("volumeTable"))->model();
        const int row = rowNamed(model, QStringLiteral("shared"));
        QVERIFY(row >= 0);
        QCOMPARE(model->index(row, 1).data().toString(), QStringLiteral("300kB")); // its size
        QCOMPARE(model->index(row, 2).data().toString(), QStringLiteral("user"));  // used by

        // Its files, in the layers' read-only browser.
        page->selectVolume(QStringLiteral("shared"));
        QVERIFY(waitListed(page->findChild<LayerFileBrowser *>(), QStringLiteral("/blob")));

        page->askVolumeName = [] { return QStringLiteral("fresh"); };
        page->createVolume();
        QVERIFY(finished.wait(10000));
        QVERIFY2(finished.last().at(0).toBool(), qPrintable(finished.last().at(1).toString()));
        QVERIFY(QTest::qWaitFor([&] { return rowNamed(model, QStringLiteral("fresh")) >= 0; }, 10000));
        QCOMPARE(model->index(rowNamed(model, QStringLiteral("fresh")), 2).data().toString(), QStringLiteral("unused"));

        // A used volume is not removed, in Docker's words.
        page->selectVolume(QStringLiteral("shared"));
        finished.clear();
        page->removeSelected();
        QVERIFY(finished.wait(10000));
        QVERIFY(!finished.last().at(0).toBool());
        QVERIFY2(finished.last().at(1).toString().contains(QStringLiteral("remove shared: volume is in use")), qPrintable(finished.last().at(1).toString()));
        QCOMPARE(lines(cli(store, QStringLiteral("volume ls -q"))), (QStringList{QStringLiteral("fresh"), QStringLiteral("shared")}));

        // Prune lists first; a volume made after the list stays.
        QStringList listed;
        page->pruner()->askConfirm = [&](PruneDialog &dialog) {
            listed = dialog.listedLabels();
            return cli(store, QStringLiteral("volume create late")).exitCode == 0;
        };
        finished.clear();
        page->prune();
        QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty() && finished.last().at(1).toString().startsWith(QStringLiteral("Done")); }, 20000));
        QCOMPARE(listed, QStringList{QStringLiteral("fresh")});
        QCOMPARE(lines(cli(store, QStringLiteral("volume ls -q"))), (QStringList{QStringLiteral("late"), QStringLiteral("shared")}));
        QVERIFY(QTest::qWaitFor([&] { return rowNamed(model, QStringLiteral("fresh")) < 0 && rowNamed(model, QStringLiteral("late")) >= 0; }, 10000));

        // A declined prune removes nothing.
        page->pruner()->askConfirm = [&](PruneDialog &dialog) {
            listed = dialog.listedLabels();
            return false;
        };
        finished.clear();
        page->prune();
        QVERIFY(finished.wait(10000));
        QCOMPARE(listed, QStringList{QStringLiteral("late")});
        QCOMPARE(lines(cli(store, QStringLiteral("volume ls -q"))), (QStringList{QStringLiteral("late"), QStringLiteral("shared")}));
        QCOMPARE(cli(store, QStringLiteral("rm -f user")).exitCode, 0);
    }

    void diskPageShowsSystemDfAndPrunesWhatItListed()
    {
        TempStore store;
        QCOMPARE(cli(store, QStringLiteral("image build-busybox")).exitCode, 0);
        QCOMPARE(cli(store, QStringLiteral("run --name done busybox dd if=/dev/zero of=/written bs=1024 count=512")).exitCode, 0);
        QCOMPARE(cli(store, QStringLiteral("run -d --name live -v kept:/data busybox sleep 600")).exitCode, 0);
        QCOMPARE(cli(store, QStringLiteral("exec live dd if=/dev/zero of=/data/blob bs=1024 count=256")).exitCode, 0);
        porthole::DiskUsage expected;
        {
            auto engine = porthole::Engine::open(store.paths);
            QVERIFY2(engine.has_value(), qPrintable(engine ? QString() : engine.error().message));
            auto usage = engine->containers().diskUsage();
            QVERIFY(usage.has_value());
            expected = *usage;
        }
        MainWindow window(store.paths);
        QSignalSpy finished(&window, &MainWindow::operationFinished);
        QVERIFY(showFilled(window, &MainWindow::containersRefreshed));
        auto *page = window.findChild<DiskPage *>();
        QSignalSpy refreshed(page, &DiskPage::refreshed);
        showTab(window, page);
        QVERIFY(refreshed.wait(10000));
        const DiskUsageChart::Totals totals = page->chart()->totals();
        QCOMPARE(totals.images, expected.layersSize);
        QVERIFY(totals.images > 1000000); // busybox's layer
        qint64 containers = 0;
        for (const auto &container : expected.containers)
            containers += container.size;
        QCOMPARE(totals.containers, containers);
        QVERIFY(totals.reclaimableContainers >= 512 * 1024); // done's /written, in a stopped container
        QVERIFY(totals.volumes >= 256 * 1024 && totals.reclaimableVolumes == 0); // kept is in use
        QCOMPARE(totals.total(), totals.images + totals.containers + totals.volumes);

        // Remove stopped containers: listed by name first, then exactly those.
        QStringList listed;
        page->pruner()->askConfirm = [&](PruneDialog &dialog) {
            listed = dialog.listedLabels();
            return cli(store, QStringLiteral("create --name later busybox")).exitCode == 0;
        };
        refreshed.clear();
        page->findChild<QPushButton *>(QStringLiteral("pruneContainers"))->click();
        QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty() && finished.last().at(1).toString().startsWith(QStringLiteral("Done")); }, 20000));
        QCOMPARE(listed.size(), 1);
        QVERIFY2(listed.first().startsWith(QStringLiteral("done (")), qPrintable(listed.first()));
        QCOMPARE(lines(cli(store, QStringLiteral("ps -a --format {{.Names}}"))), (QStringList{QStringLiteral("later"), QStringLiteral("live")}));
        QVERIFY(refreshed.wait(10000) || !refreshed.isEmpty()); // measured again
        QVERIFY(QTest::qWaitFor([&] { return page->chart()->totals().reclaimableContainers < 512 * 1024; }, 10000));
        QCOMPARE(cli(store, QStringLiteral("rm -f live later")).exitCode, 0);
    }

    void statsFollowABusyLoopAndAnAllocation()
    {
        TempStore store;
        QCOMPARE(cli(store, QStringLiteral("image build-busybox")).exitCode, 0);
        QCOMPARE(runPorthole(store, {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), QStringLiteral("burner"), QStringLiteral("-m"),
                                     QStringLiteral("64m"), QStringLiteral("busybox"), QStringLiteral("sh"), QStringLiteral("-c"),
                                     QStringLiteral("while :; do :; done")}).exitCode, 0);
        QCOMPARE(runPorthole(store, {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), QStringLiteral("filler"), QStringLiteral("-m"),
                                     QStringLiteral("128m"), QStringLiteral("busybox"), QStringLiteral("sh"), QStringLiteral("-c"),
                                     QStringLiteral("dd if=/dev/zero of=/dev/shm/fill bs=1M count=48; sleep 600")}).exitCode, 0);
        QCOMPARE(cli(store, QStringLiteral("run -d --name idler busybox sleep 600")).exitCode, 0);
        const QString burner = idOf(store, QStringLiteral("burner")), filler = idOf(store, QStringLiteral("filler")), idler = idOf(store, QStringLiteral("idler"));
        MainWindow window(store.paths);
        QVERIFY(showFilled(window, &MainWindow::containersRefreshed));
        auto *page = window.findChild<ContainersPage *>();
        StatsHistory *history = page->statsHistory();
        QVERIFY(QTest::qWaitFor([&] {
            const StatsFrameEntry *busy = history->latest(burner), *fill = history->latest(filler);
            return busy && fill && busy->figures.cpuPercent > 20 && fill->figures.memoryUsage > 48ll << 20;
        }, 15000));
        QVERIFY(history->latest(idler) && history->latest(idler)->figures.cpuPercent < 5);
        QVERIFY(history->latest(burner)->memoryLimited);
        QCOMPARE(history->latest(burner)->figures.memoryLimit, 64ll << 20);
        QVERIFY(!history->latest(idler)->memoryLimited && history->latest(idler)->figures.memoryLimit > 128ll << 20); // the host's

        // The table's CPU and memory columns.
        auto *table = window.findChild<QTableView *>(QStringLiteral("containerTable"));
        const QAbstractItemModel *model = table->model();
        const int cpu = columnHeaded(model, QStringLiteral("CPU %")), memory = columnHeaded(model, QStringLiteral("Memory"));
        QVERIFY(cpu > 0 && memory == cpu + 1 && !table->isColumnHidden(cpu));
        const int row = rowNamed(model, QStringLiteral("burner"));
        QVERIFY(model->index(row, cpu).data().toString().endsWith(u'%'));
        QVERIFY(model->index(row, cpu).data(Qt::UserRole).toDouble() > 20);
        QVERIFY(model->index(rowNamed(model, QStringLiteral("filler")), memory).data().toString().endsWith(QStringLiteral("MiB")));

        // The Stats tab of the selected container: one repaint a frame.
        table->selectionModel()->setCurrentIndex(model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        auto *details = window.findChild<ContainerDetails *>();
        details->setCurrentIndex(ContainerDetails::Stats);
        StatsGraphs *graphs = details->stats();
        QCOMPARE(graphs->containerId(), burner);
        QVERIFY(QTest::qWaitFor([&] { return history->series(burner) && history->series(burner)->size() >= 3; }, 10000));
        QVERIFY2(graphs->summaryText().contains(QStringLiteral("memory ")) && graphs->summaryText().contains(QStringLiteral("/ 64MiB")),
                 qPrintable(graphs->summaryText()));
        QSignalSpy frames(history, &StatsHistory::updated);
        const int paintsBefore = graphs->paintCount();
        QTest::qWait(3500);
        const int paints = graphs->paintCount() - paintsBefore;
        QVERIFY2(paints >= 1 && paints <= frames.size() + 1, qPrintable(QStringLiteral("%1 paints for %2 frames").arg(paints).arg(frames.size())));
        QVERIFY(frames.size() <= 5); // once a second
        const QImage shot = graphs->grab().toImage();
        QDir().mkpath(QStringLiteral("screenshots"));
        QVERIFY(shot.save(QStringLiteral("screenshots/stats-graphs-under-load.png")));

        // A stopped container is forgotten: the history holds running ones only.
        QCOMPARE(cli(store, QStringLiteral("kill burner")).exitCode, 0);
        QVERIFY(QTest::qWaitFor([&] { return history->series(burner) == nullptr; }, 10000));
        QCOMPARE(history->containerCount(), 2);
        QCOMPARE(cli(store, QStringLiteral("rm -f burner filler idler")).exitCode, 0);
    }

    void statsRingsKeepTheLastPointsOnly()
    {
        StatsSeries series(5);
        for (int i = 0; i < 12; ++i)
            series.append({float(i), 0, 0, 0, 0, 0, 0});
        QCOMPARE(series.size(), 5);
        QCOMPARE(series.at(0).cpuPercent, 7.0f);
        QCOMPARE(series.last().cpuPercent, 11.0f);
        StatsHistory history(4);
        StatsFrameEntry entry;
        entry.id = QStringLiteral("a");
        for (int i = 0; i < 50; ++i)
            history.addFrame({entry});
        QCOMPARE(history.series(QStringLiteral("a"))->size(), 4);
        history.addFrame({});
        QVERIFY(history.series(QStringLiteral("a")) == nullptr && history.latest(QStringLiteral("a")) == nullptr);
    }

    void filesDroppedOnTheTreeGoInAndDraggedOutComeOut()
    {
        TempStore store;
        QCOMPARE(cli(store, QStringLiteral("image build-busybox")).exitCode, 0);
        const RunResult started = cli(store, QStringLiteral("run -d --name files busybox sleep 600"));
        QVERIFY2(started.exitCode == 0, started.err.constData());
        QTemporaryDir host(QDir::tempPath() + QStringLiteral("/cp-XXXXXX"));
        const QString small = writeFile(host.path(), QStringLiteral("hello.txt"), "hello from the host\n");
        QByteArray blob(48 << 20, Qt::Uninitialized);
        QRandomGenerator(7).fillRange(reinterpret_cast<quint32 *>(blob.data()), blob.size() / 4);
        const QString big = writeFile(host.path(), QStringLiteral("big.bin"), blob);
        MainWindow window(store.paths);
        QSignalSpy finished(&window, &MainWindow::operationFinished);
        QVERIFY(showFilled(window, &MainWindow::containersRefreshed));
        auto *details = window.findChild<ContainerDetails *>();
        details->setCurrentIndex(ContainerDetails::LayersAndFiles);
        LayerFileBrowser *files = details->files();
        QVERIFY(waitListed(files, QStringLiteral("/tmp")));
        QTreeView *tree = files->tree();
        const QModelIndex tmp = rowOfPath(tree->model(), QStringLiteral("/tmp"));
        QVERIFY(tmp.isValid());
        const QPoint onTmp = tree->visualRect(tmp).center();

        auto *panel = window.findChild<TransferPanel *>();
        QVERIFY(dropFiles(tree->viewport(), onTmp, {small, big}));
        QVERIFY(QTest::qWaitFor([&] { return panel->isActive() || !finished.isEmpty(); }, 10000));
        const bool progressShown = panel->isActive();
        QVERIFY(finished.wait(60000) || !finished.isEmpty());
        QVERIFY2(finished.last().at(0).toBool(), qPrintable(finished.last().at(1).toString()));
        QVERIFY(progressShown);
        QCOMPARE(cli(store, QStringLiteral("exec files cat /tmp/hello.txt")).out, QByteArray("hello from the host\n"));
        const QByteArray sum = QCryptographicHash::hash(blob, QCryptographicHash::Md5).toHex();
        QVERIFY(cli(store, QStringLiteral("exec files md5sum /tmp/big.bin")).out.startsWith(sum));
        QVERIFY(waitListed(files, QStringLiteral("/tmp/hello.txt"))); // the tree is listed again

        // A drop on a file's row lands in its directory; below the rows, in /.
        tree->expandAll();
        const QModelIndex hello = rowOfPath(tree->model(), QStringLiteral("/tmp/hello.txt"));
        QVERIFY(hello.isValid());
        finished.clear();
        const QString again = writeFile(host.path(), QStringLiteral("again.txt"), "again\n");
        QVERIFY(dropFiles(tree->viewport(), tree->visualRect(hello).center(), {again}));
        QVERIFY(finished.wait(20000) || !finished.isEmpty());
        QVERIFY(finished.last().at(0).toBool());
        QCOMPARE(cli(store, QStringLiteral("exec files cat /tmp/again.txt")).out, QByteArray("again\n"));

        // Dragged out: the drop target gets the file as the container has it.
        const QString id = idOf(store, QStringLiteral("files"));
        std::unique_ptr<QMimeData> dragged(window.findChild<ContainersPage *>()->copies()->dragOut(id, QStringLiteral("files"), QStringLiteral("/tmp/big.bin")));
        const QList<QUrl> urls = dragged->urls();
        QCOMPARE(urls.size(), 1);
        QFile out(urls.first().toLocalFile());
        QVERIFY(out.open(QIODevice::ReadOnly));
        QCOMPARE(QCryptographicHash::hash(out.readAll(), QCryptographicHash::Md5).toHex(), sum);
        QCOMPARE(cli(store, QStringLiteral("rm -f files")).exitCode, 0);
    }

private:
    QTemporaryDir m_cache;
};

QTEST_MAIN(TestResources)
#include "tst_resources.moc"
