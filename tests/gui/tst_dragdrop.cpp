// Drag and drop on the real widgets, offscreen, on a real engine: the seed's
// migration (export by drag, drop the tar back, import as busybox:test, run
// it, /tmp/test is there), "Migrate with settings" keeping CMD and ENV (and
// skopeo reading the archive), and bad files dropped changing nothing.
#include "gui/app/mainwindow.h"
#include "gui/images/imagespage.h"
#include "gui/transfers/dropdialog.h"
#include "gui/transfers/transfercontroller.h"
#include "gui/widgets/layerfilebrowser.h"
#include "testsupport.h"
#include "windowtesting.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDropEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QUrl>

using namespace testsupport;

namespace {

QString text(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes).trimmed();
}

// Drops files on the window as a file manager would.
void dropOn(QWidget &window, const QList<QUrl> &urls)
{
    QMimeData data;
    data.setUrls(urls);
    const QPoint centre = window.rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(centre, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    QVERIFY(drop.isAccepted());
}

QStringList storeImages(const TempStore &store)
{
    return text(runPorthole(store, {QStringLiteral("images"), QStringLiteral("--format"), QStringLiteral("{{.Repository}}:{{.Tag}}")}).out)
        .split(u'\n', Qt::SkipEmptyParts);
}

} // namespace

class TestDragDrop : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        REQUIRE_ROOT();
        // Drag-out files are staged under the cache: a private one.
        QVERIFY(m_cache.isValid());
        qputenv("XDG_CACHE_HOME", QFile::encodeName(m_cache.path()));
    }

    void seedMigrationByDragAndDrop()
    {
        TempStore store;
        QCOMPARE(runPorthole(store, {QStringLiteral("image"), QStringLiteral("build-busybox")}).exitCode, 0);
        const auto started = runPorthole(store, {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), QStringLiteral("busybox"),
                                             QStringLiteral("busybox"), QStringLiteral("sleep"), QStringLiteral("600")});
        QVERIFY2(started.exitCode == 0, started.err.constData());
        QCOMPARE(runPorthole(store, {QStringLiteral("exec"), QStringLiteral("busybox"), QStringLiteral("touch"), QStringLiteral("/tmp/test")}).exitCode, 0);
        MainWindow window(store.paths);
        QSignalSpy finished(&window, &MainWindow::operationFinished);
        QVERIFY(showFilled(window, &MainWindow::containersRefreshed));
        const QString id = window.selectedContainerIds().value(0);
        QCOMPARE(window.findChild<QComboBox *>(QStringLiteral("dragOutMode"))->currentIndex(), 0); // export filesystem

        // Drag out: the drop target asks for the URL, which waits for the export.
        std::unique_ptr<QMimeData> dragged(window.dragDataForContainer(id));
        const QList<QUrl> urls = dragged->urls();
        QCOMPARE(urls.size(), 1);
        const QString tar = urls.first().toLocalFile();
        QVERIFY(tar.endsWith(QStringLiteral("/busybox.tar")));
        QVERIFY(runProgram(QStringLiteral("tar"), {QStringLiteral("-tf"), tar}).out.contains("tmp/test"));
        QVERIFY(finished.wait(5000) || !finished.isEmpty());

        // Drop it back: previewed as a root filesystem, imported as busybox:test.
        QStringList previewed;
        window.askDropAction = [&](DropDialog &dialog) {
            if (!dialog.isImport())
                return false;
            auto *files = dialog.findChild<LayerFileBrowser *>();
            QSignalSpy loaded(files, &LayerFileBrowser::loaded);
            if (files->listedPaths().isEmpty())
                loaded.wait(5000);
            previewed = files->listedPaths();
            previewed.prepend(dialog.findChild<QLabel *>(QStringLiteral("dropSummary"))->text());
            dialog.findChild<QLineEdit *>(QStringLiteral("dropReference"))->setText(QStringLiteral("busybox:test"));
            return true;
        };
        finished.clear();
        dropOn(window, urls);
        QVERIFY(finished.wait(20000));
        QVERIFY2(finished.last().at(0).toBool(), qPrintable(finished.last().at(1).toString()));
        QVERIFY2(previewed.value(0).contains(QStringLiteral("root filesystem")), qPrintable(previewed.value(0)));
        QVERIFY(previewed.contains(QStringLiteral("/tmp/test")) && previewed.contains(QStringLiteral("/bin/busybox")));
        QVERIFY(storeImages(store).contains(QStringLiteral("busybox:test")));
        const RunResult run = runPorthole(store, {QStringLiteral("run"), QStringLiteral("--rm"), QStringLiteral("--network"), QStringLiteral("none"),
                                                  QStringLiteral("busybox:test"), QStringLiteral("ls"), QStringLiteral("/tmp")});
        QCOMPARE(text(run.out), QStringLiteral("test"));
    }

    void migrateWithSettingsKeepsThem()
    {
        TempStore store;
        QCOMPARE(runPorthole(store, {QStringLiteral("image"), QStringLiteral("build-busybox")}).exitCode, 0);
        QCOMPARE(runPorthole(store, {QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("Web"), QStringLiteral("-e"),
                                     QStringLiteral("GREETING=hello"), QStringLiteral("-w"), QStringLiteral("/srv"), QStringLiteral("-l"),
                                     QStringLiteral("tier=front"), QStringLiteral("-p"), QStringLiteral("8080:80"), QStringLiteral("busybox"),
                                     QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("echo $GREETING")}).exitCode, 0);
        MainWindow window(store.paths);
        QSignalSpy finished(&window, &MainWindow::operationFinished);
        QVERIFY(showFilled(window, &MainWindow::containersRefreshed));
        window.findChild<QComboBox *>(QStringLiteral("dragOutMode"))->setCurrentIndex(1); // migrate with settings
        std::unique_ptr<QMimeData> dragged(window.dragDataForContainer(window.selectedContainerIds().value(0)));
        const QString archive = dragged->urls().value(0).toLocalFile();
        QVERIFY2(QFileInfo(archive).size() > 0, qPrintable(window.findChild<QLabel *>(QStringLiteral("commandLine"))->text()));
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("commandLine"))->text(),
                 QStringLiteral("porthole commit Web web:migrated && porthole save -o %1 web:migrated").arg(archive));

        // skopeo reads it, with the settings in its config.
        const RunResult skopeo = runProgram(QStringLiteral("skopeo"), {QStringLiteral("inspect"), QStringLiteral("--config"),
                                                                       QStringLiteral("docker-archive:") + archive});
        QVERIFY2(skopeo.exitCode == 0, skopeo.err.constData());
        const QJsonObject config = QJsonDocument::fromJson(skopeo.out).object().value(QLatin1String("config")).toObject();
        QVERIFY(config.value(QLatin1String("Env")).toArray().contains(QStringLiteral("GREETING=hello")));
        QCOMPARE(config.value(QLatin1String("Cmd")).toArray().last().toString(), QStringLiteral("echo $GREETING"));
        QCOMPARE(config.value(QLatin1String("WorkingDir")).toString(), QStringLiteral("/srv"));
        QCOMPARE(config.value(QLatin1String("Labels")).toObject().value(QLatin1String("tier")).toString(), QStringLiteral("front"));
        QVERIFY(config.value(QLatin1String("ExposedPorts")).toObject().contains(QStringLiteral("80/tcp")));

        // Into another store by dropping it: previewed as an image archive, loaded.
        TempStore other;
        MainWindow second(other.paths);
        QSignalSpy secondFinished(&second, &MainWindow::operationFinished);
        second.show();
        QString summary;
        second.askDropAction = [&](DropDialog &dialog) {
            summary = dialog.findChild<QLabel *>(QStringLiteral("dropSummary"))->text();
            return !dialog.isImport();
        };
        dropOn(second, {QUrl::fromLocalFile(archive)});
        QVERIFY(secondFinished.wait(20000));
        QVERIFY2(secondFinished.last().at(0).toBool(), qPrintable(secondFinished.last().at(1).toString()));
        QVERIFY2(summary.contains(QStringLiteral("Docker image archive")) && summary.contains(QStringLiteral("web:migrated")), qPrintable(summary));
        const RunResult greeting = runPorthole(other, {QStringLiteral("run"), QStringLiteral("--rm"), QStringLiteral("--network"), QStringLiteral("none"),
                                                       QStringLiteral("web:migrated")});
        QCOMPARE(text(greeting.out), QStringLiteral("hello"));
    }

    void imageDraggedOutIsSaved()
    {
        TempStore store;
        QCOMPARE(runPorthole(store, {QStringLiteral("image"), QStringLiteral("build-busybox")}).exitCode, 0);
        const QString id = text(runPorthole(store, {QStringLiteral("images"), QStringLiteral("-q"), QStringLiteral("--no-trunc")}).out);
        MainWindow window(store.paths);
        QVERIFY(showFilled(window, &MainWindow::imagesRefreshed));
        QSignalSpy shown(window.findChild<TransferController *>(), &TransferController::commandShown);
        std::unique_ptr<QMimeData> dragged(window.dragDataForImage(id));
        const QString archive = dragged->urls().value(0).toLocalFile();
        const RunResult skopeo = runProgram(QStringLiteral("skopeo"), {QStringLiteral("inspect"), QStringLiteral("docker-archive:") + archive});
        QVERIFY2(skopeo.exitCode == 0, skopeo.err.constData());
        // Said, but not beside a container's diagram (a save is not about one).
        QCOMPARE(shown.size(), 1);
        QVERIFY(shown.first().at(0).toString().startsWith(QStringLiteral("porthole save -o ")));
        QCOMPARE(shown.first().at(1).toString(), QString());
        QVERIFY(!window.findChild<QLabel *>(QStringLiteral("commandLine"))->text().contains(QStringLiteral("porthole save")));
    }

    // Import… (issue 14): while the preview waits the status said "Reading
    // demo.tar…", after it only "2 images"; export and import did not show
    // their command line in the output pane.
    void importAndExportSayWhatTheyDo()
    {
        TempStore store;
        QCOMPARE(runPorthole(store, {QStringLiteral("image"), QStringLiteral("build-busybox")}).exitCode, 0);
        QCOMPARE(runPorthole(store, {QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("demo"), QStringLiteral("busybox")}).exitCode, 0);
        MainWindow window(store.paths);
        QSignalSpy finished(&window, &MainWindow::operationFinished);
        QVERIFY(showFilled(window, &MainWindow::containersRefreshed));
        QTemporaryDir dir;
        const QString tar = dir.filePath(QStringLiteral("demo.tar"));
        window.askExportPath = [&](const QString &) { return tar; };
        window.findChild<QAction *>(QStringLiteral("exportAction"))->trigger();
        QVERIFY(finished.wait(20000));
        QVERIFY2(finished.last().at(0).toBool(), qPrintable(finished.last().at(1).toString()));
        auto *output = window.findChild<QPlainTextEdit *>(QStringLiteral("commandOutput"));
        QVERIFY2(output->toPlainText().contains(QStringLiteral("$ porthole export -o ") + tar), qPrintable(output->toPlainText()));

        auto *status = window.findChild<QLabel *>(QStringLiteral("statusText"));
        QString waiting;
        window.askDropAction = [&](DropDialog &dialog) {
            waiting = status->text();
            dialog.findChild<QLineEdit *>(QStringLiteral("dropReference"))->setText(QStringLiteral("busybox:test"));
            return true;
        };
        window.findChild<TransferController *>()->askImportFile = [&] { return tar; };
        QSignalSpy images(window.findChild<ImagesPage *>(), &ImagesPage::refreshed);
        finished.clear();
        window.findChild<QAction *>(QStringLiteral("importAction"))->trigger();
        QVERIFY(finished.wait(20000));
        QVERIFY2(finished.last().at(0).toBool(), qPrintable(finished.last().at(1).toString()));
        QVERIFY2(!waiting.contains(QStringLiteral("Reading")) && waiting.contains(QStringLiteral("Import")), qPrintable(waiting));
        QVERIFY(images.wait(5000)); // the new image listed: the count does not cover the result
        QVERIFY2(status->text().contains(QStringLiteral("Imported demo.tar as busybox:test")), qPrintable(status->text()));
        QVERIFY2(output->toPlainText().contains(QStringLiteral("$ porthole import ") + tar + QStringLiteral(" busybox:test")),
                 qPrintable(output->toPlainText()));
    }

    void badDropsChangeNothing()
    {
        TempStore store;
        QTemporaryDir dir;
        QCOMPARE(runPorthole(store, {QStringLiteral("image"), QStringLiteral("build-busybox")}).exitCode, 0);
        QByteArray noise(300000, Qt::Uninitialized);
        for (qsizetype i = 0; i < noise.size(); ++i)
            noise[i] = char((i * 7919) % 251 ^ (i >> 9));
        const QByteArray good = compress(makeTar({{"etc/", 'd'}, {"etc/hostname", 'f', "box"}, {"bin/x", 'f', noise}}), QStringLiteral("gzip"));
        const struct {
            const char *name;
            QByteArray bytes;
            const char *message;
        } cases[] = {
            {"garbage.tar", QByteArray(5000, 'g'), "not a"},
            {"empty.tar", QByteArray(), "not a"},
            {"truncated.tar.gz", good.left(good.size() / 2), "truncated or corrupt"},
            {"hostile.tar", makeTar({{"../../escape", 'f', "boom"}}), "escape"},
        };
        MainWindow window(store.paths);
        QSignalSpy finished(&window, &MainWindow::operationFinished);
        window.askDropAction = [](DropDialog &) { return true; }; // the user accepts whatever the preview says
        window.show();
        const QStringList before = storeImages(store);
        for (const auto &bad : cases) {
            finished.clear();
            dropOn(window, {QUrl::fromLocalFile(writeFile(dir.path(), QString::fromLatin1(bad.name), bad.bytes))});
            QVERIFY2(finished.wait(10000), bad.name);
            QVERIFY2(!finished.last().at(0).toBool(), qPrintable(QString::fromLatin1(bad.name) + QStringLiteral(" was accepted: ") + finished.last().at(1).toString()));
            const QString message = finished.last().at(1).toString();
            QVERIFY2(message.contains(QString::fromLatin1(bad.message)) && !message.contains(u'\n'), qPrintable(QString::fromLatin1(bad.name) + QStringLiteral(": ") + message));
        }
        QCOMPARE(storeImages(store), before);
        QVERIFY(store.tmpEntries().isEmpty());
    }

    void explanationNamesBothPairs()
    {
        const QString why = DropDialog::explanation();
        QVERIFY(why.contains(QStringLiteral("export / import")) && why.contains(QStringLiteral("save / load")));
    }

private:
    QTemporaryDir m_cache;
};

QTEST_MAIN(TestDragDrop)
#include "tst_dragdrop.moc"
