// The images page's registry actions, offscreen, against a docker-registry
// on 127.0.0.1: Pull… fills one progress row per layer and puts the image
// in the store; a missing tag answers in one line with what to do and
// keeps nothing; Cancel mid-layer keeps nothing; Push… sends a tag back
// (skopeo reads it with the digest the dialog shows); the page's buttons
// are where a user looks for them, Push… only with an image selected.
#include "gui/app/language.h"
#include "gui/app/sharedengine.h"
#include "gui/images/layerprogresslist.h"
#include "gui/images/pulldialog.h"
#include "gui/images/pushdialog.h"
#include "gui/images/registryactions.h"
#include "registry/transferprogress.h"
#include "registryfixture.h"
#include "tcprelay.h"
#include "testsupport.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStringListModel>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>

using namespace registrytest;
using testsupport::TempStore;

class TestRegistryWindow : public QObject {
    Q_OBJECT

    QTemporaryDir m_home; // credentials and registries.conf of this test, never the user's

    static ServedImage serve(const QString &dir, const QList<LayerSpec> &layers)
    {
        return serveImage(dir, layers);
    }

    static QString messageOf(const QDialog &dialog, const char *name)
    {
        return dialog.findChild<QLabel *>(QLatin1String(name))->text();
    }

private slots:
    void initTestCase()
    {
        REQUIRE_ROOT();
        isolateRegistrySettings(m_home.path());
    }

    void layerStatusesAreDockersWordsWithTheirTranslation()
    {
        QCOMPARE(LayerProgressList::shownStatus(porthole::layerstatus::downloading), QStringLiteral("Downloading"));
        QTranslator chinese;
        QVERIFY(loadTranslation(chinese, QStringLiteral("zh_CN")));
        QCoreApplication::installTranslator(&chinese);
        const auto back = qScopeGuard([&] { QCoreApplication::removeTranslator(&chinese); });
        QCOMPARE(LayerProgressList::shownStatus(porthole::layerstatus::downloading), QStringLiteral("Downloading · 下载中"));
        QCOMPARE(LayerProgressList::shownStatus(porthole::layerstatus::pullComplete), QStringLiteral("Pull complete · 拉取完成"));
        QCOMPARE(LayerProgressList::shownStatus(porthole::layerstatus::mountedFrom + QStringLiteral(" library/busybox")),
                 QStringLiteral("Mounted from library/busybox · 从 library/busybox 挂载"));
        QCOMPARE(LayerProgressList::shownStatus(QStringLiteral("Something new")), QStringLiteral("Something new"));
    }

    void pullShowsEachLayerAndKeepsTheImage()
    {
        QTemporaryDir work;
        ServedImage served = serve(work.path(), {{fileLayer("etc/one", "one\n"), QStringLiteral("gzip")},
                                            {fileLayer("etc/two", randomBytes(3 << 20, 5)), QStringLiteral("gzip")}});
        TempStore temp;
        SharedEngine engine(temp.paths);
        PullDialog dialog(engine);
        dialog.show();
        dialog.findChild<QLineEdit *>(QStringLiteral("pullName"))->setText(served.reference);
        QSignalSpy pulled(&dialog, &PullDialog::pulled);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("pullButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(pulled.count(), 1, 60000);
        QCOMPARE(pulled.first().first().toString(), served.reference);
        QCOMPARE(dialog.pulledReference(), served.reference);
        // The dialog stays to be read, as docker pull's output does: the
        // layers' last states and the digest, until Close.
        QVERIFY(dialog.isVisible());
        QCOMPARE(messageOf(dialog, "pullMessage"), QStringLiteral("Pulled %1 · digest %2").arg(served.reference, served.image.manifestDigest));
        auto *layers = dialog.findChild<LayerProgressList *>();
        QCOMPARE(layers->layerCount(), 2);
        for (const QString &digest : served.image.blobDigests)
            QCOMPARE(layers->statusOf(digest.mid(7, 12)), porthole::layerstatus::pullComplete);
        // Each row says which digest names it, and where the other one shows.
        const QList<QLabel *> labels = layers->findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.begin(), labels.end(), [&](QLabel *label) {
            return label->toolTip().startsWith(served.image.blobDigests.first().mid(7, 12)) && label->toolTip().contains(QStringLiteral("diff_id"));
        }));
        QCOMPARE(temp.open().image(served.reference)->id, served.image.imageId);
    }

    // Enter while the suggestions show, none picked, pulls what was typed
    // (it only hid the list, so a walk needed Enter twice).
    void enterWithSuggestionsShownPullsWhatWasTyped()
    {
        TempStore temp;
        SharedEngine engine(temp.paths);
        PullDialog dialog(engine);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("pullName"));
        name->setFocus();
        QTest::keyClicks(name, QStringLiteral("127.0.0.1:1/test/app:v"));
        auto *completer = name->completer();
        qobject_cast<QStringListModel *>(completer->model())->setStringList({QStringLiteral("127.0.0.1:1/test/app:v1"),
                                                                               QStringLiteral("127.0.0.1:1/test/app:v2")});
        completer->complete();
        QTRY_VERIFY(completer->popup()->isVisible());
        QVERIFY(!completer->popup()->currentIndex().isValid());
        QTest::keyClick(completer->popup(), Qt::Key_Return);
        QVERIFY(!completer->popup()->isVisible());
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("pullButton"))->isEnabled()); // pulling
        QCOMPARE(messageOf(dialog, "pullMessage"), QStringLiteral("Pulling 127.0.0.1:1/test/app:v…"));
        QTRY_VERIFY_WITH_TIMEOUT(dialog.findChild<QPushButton *>(QStringLiteral("pullButton"))->isEnabled(), 60000); // nothing listens there
    }

    void aMissingTagSaysWhatToDoAndKeepsNothing()
    {
        QTemporaryDir work;
        ServedImage served = serve(work.path(), {{fileLayer("etc/one", "one\n"), QStringLiteral("gzip")}});
        TempStore temp;
        SharedEngine engine(temp.paths);
        PullDialog dialog(engine);
        dialog.show();
        dialog.findChild<QLineEdit *>(QStringLiteral("pullName"))->setText(served.registry->host() + QStringLiteral("/test/app:nope"));
        auto *pullButton = dialog.findChild<QPushButton *>(QStringLiteral("pullButton"));
        QTest::mouseClick(pullButton, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(pullButton->isEnabled(), 60000);
        const QString message = messageOf(dialog, "pullMessage");
        QVERIFY2(message.contains(QStringLiteral("manifest unknown")) && message.contains(QStringLiteral("no image by that name and tag")),
                 qPrintable(message));
        QVERIFY(!message.contains(QLatin1Char('\n')));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("pullMessage"))->styleSheet().contains(QStringLiteral("color"))); // stands out
        QVERIFY(dialog.isVisible()); // the user corrects the name and tries again
        QVERIFY(temp.isEmpty());
    }

    void cancelMidLayerKeepsNothing()
    {
        QTemporaryDir work;
        ServedImage served = serve(work.path(), {{fileLayer("big", randomBytes(6 << 20, 23)), QString()}});
        TcpRelay relay(served.registry->port());
        relay.cutOnce(2 << 20, TcpRelay::Cut::Hold);
        TempStore temp;
        SharedEngine engine(temp.paths);
        PullDialog dialog(engine);
        dialog.show();
        dialog.findChild<QLineEdit *>(QStringLiteral("pullName"))->setText(QStringLiteral("127.0.0.1:%1/test/app:v1").arg(relay.port()));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("pullButton")), Qt::LeftButton);
        QVERIFY(relay.waitForCut());
        dialog.reject(); // Cancel, or Esc
        QVERIFY(dialog.isVisible()); // stays until the worker has cleaned up
        QTRY_COMPARE_WITH_TIMEOUT(messageOf(dialog, "pullMessage"), QStringLiteral("Cancelled: nothing was kept."), 60000);
        // The layer that was downloading says so, no longer "Downloading".
        QCOMPARE(dialog.findChild<LayerProgressList *>()->statusOf(served.image.blobDigests.first().mid(7, 12)), QStringLiteral("Cancelled"));
        QVERIFY2(temp.isEmpty(), qPrintable(temp.tmpEntries().join(QLatin1Char(' '))));
        dialog.reject();
        QVERIFY(!dialog.isVisible());
    }

    void pushSendsATagThatSkopeoReads()
    {
        QTemporaryDir work;
        ServedImage served = serve(work.path(), {{fileLayer("etc/one", "one\n"), QStringLiteral("gzip")}});
        TempStore temp;
        QCOMPARE(testsupport::runPorthole(temp, {QStringLiteral("pull"), QStringLiteral("-q"), served.reference}).exitCode, 0);
        const QString copy = served.registry->host() + QStringLiteral("/class/copy:v2");
        QVERIFY(temp.open().tag(served.reference, copy));
        SharedEngine engine(temp.paths);
        PushDialog dialog(engine, {copy, served.reference});
        dialog.show();
        QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("pushName"))->currentText(), copy);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("pushButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(messageOf(dialog, "pushMessage").startsWith(QStringLiteral("Pushed: digest sha256:")), 60000);
        const QString digest = messageOf(dialog, "pushMessage").section(QLatin1Char(' '), 2);
        // A push names layers by their content, as the Layers pane does.
        const QList<QLabel *> labels = dialog.findChild<LayerProgressList *>()->findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.begin(), labels.end(),
                            [](QLabel *label) { return label->toolTip().contains(QStringLiteral("as the Layers pane names it")); }));
        QByteArray output;
        QString error;
        QVERIFY2(runTool(QStringLiteral("skopeo"), {QStringLiteral("inspect"), QStringLiteral("--tls-verify=false"), QStringLiteral("docker://") + copy},
                         &error, &output),
                 qPrintable(error));
        QCOMPARE(QJsonDocument::fromJson(output).object().value(QStringLiteral("Digest")).toString(), digest);
    }

    void pageButtonsFollowTheSelection()
    {
        TempStore temp;
        SharedEngine engine(temp.paths);
        RegistryActions actions(engine);
        auto *push = actions.findChild<QPushButton *>(QStringLiteral("pushAction"));
        QVERIFY(actions.findChild<QPushButton *>(QStringLiteral("pullAction"))->isEnabled());
        QVERIFY(!push->isEnabled());
        QCOMPARE(push->toolTip(), QStringLiteral("porthole push NAME"));
        actions.setSelectedImage({QStringLiteral("busybox:latest")});
        QVERIFY(push->isEnabled());
        actions.setSelectedImage({});
        QVERIFY(!push->isEnabled());
        // Log in… starts with the chosen image's registry filled in.
        const auto loginShows = [&](const QStringList &names) {
            actions.setSelectedImage(names);
            QString server;
            QTimer::singleShot(0, &actions, [&] {
                auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
                if (!dialog)
                    return;
                server = dialog->findChild<QLineEdit *>(QStringLiteral("loginServer"))->text();
                dialog->reject();
            });
            actions.logIn();
            return server;
        };
        QCOMPARE(loginShows({QStringLiteral("127.0.0.1:5000/team/app:v1")}), QStringLiteral("127.0.0.1:5000"));
        QCOMPARE(loginShows({QStringLiteral("busybox:latest")}), QStringLiteral("docker.io"));
        QCOMPARE(loginShows({}), QString());
    }
};

QTEST_MAIN(TestRegistryWindow)
#include "tst_registrywindow.moc"
