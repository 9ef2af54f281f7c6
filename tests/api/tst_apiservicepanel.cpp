// The window's Docker API line (gui/app/apiservicepanel): Start serves the
// API on the store's socket (a request is answered there), the
// DOCKER_HOST line is shown and copied, Stop ends the service and removes
// its socket. Offscreen, on a store of its own.
#include "gui/app/apiservicepanel.h"
#include "testsupport.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QLocalSocket>
#include <QPushButton>
#include <QTest>

using namespace testsupport;

namespace {

QPushButton *button(QWidget &panel, const QString &text)
{
    for (QPushButton *candidate : panel.findChildren<QPushButton *>())
        if (candidate->text() == text)
            return candidate;
    return nullptr;
}

QByteArray ping(const QString &socketPath)
{
    QLocalSocket socket;
    socket.connectToServer(socketPath);
    if (!socket.waitForConnected(5000))
        return {};
    socket.write("GET /_ping HTTP/1.1\r\nHost: docker\r\nConnection: close\r\n\r\n");
    QByteArray answer;
    while (socket.waitForReadyRead(2000))
        answer += socket.readAll();
    return answer;
}

} // namespace

class TestApiServicePanel : public QObject {
    Q_OBJECT
private slots:
    void startCopyStop()
    {
        REQUIRE_ROOT();
        TempStore store;
        const QString socket = store.paths.runRoot + QStringLiteral("/docker.sock");
        ApiServicePanel panel(store.paths);
        auto *line = panel.findChild<QLabel *>();
        QVERIFY(line);
        QCOMPARE(line->text(), QStringLiteral("Docker API: off"));
        QVERIFY(button(panel, QStringLiteral("Start")));
        button(panel, QStringLiteral("Start"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(panel.isListening(), 10000);
        QCOMPARE(line->text(), QStringLiteral("Docker API: export DOCKER_HOST=unix://") + socket);
        QVERIFY(ping(socket).endsWith("\r\n\r\nOK"));
        button(panel, QStringLiteral("Copy"))->click();
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("export DOCKER_HOST=unix://") + socket);
        QVERIFY(button(panel, QStringLiteral("Stop")));
        button(panel, QStringLiteral("Stop"))->click();
        QTRY_COMPARE_WITH_TIMEOUT(line->text(), QStringLiteral("Docker API: off"), 10000);
        QVERIFY(!QFile::exists(socket));
        QVERIFY(ping(socket).isEmpty());
        QVERIFY(button(panel, QStringLiteral("Start")));
    }
};

QTEST_MAIN(TestApiServicePanel)
#include "tst_apiservicepanel.moc"
