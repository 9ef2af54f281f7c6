// The concurrency run (issue 20): 50 porthole processes at once doing mixed
// operations (start, stop, restart, kill, pause, unpause, exec, ps, inspect,
// rename) on 20 containers for 60 s. No command may hang (a deadlock), and
// every error line must be one of the lifecycle refusals Docker gives for
// an action the container's state does not allow at that moment. At the end
// ps -a lists the 20 containers, each in the state the runtime says, and
// system check finds nothing. The window is open through the whole run and
// its list ends equal to ps -a. CONCURRENCY_SECONDS shortens the run.
#include "containers/lifecycle.h"
#include "gui/containers/containerlistmodel.h"
#include "testsupport.h"
#include "windowtesting.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTableView>
#include <QTimer>

using namespace testsupport;

namespace {

constexpr int Containers = 20;
constexpr int Processes = 50;
constexpr int HangMs = 60000; // no single command may take this long

QString text(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes).trimmed();
}

// Docker's refusals of an action the container's state forbids right now.
bool isLifecycleRefusal(const QString &line)
{
    static const QRegularExpression allowed(QStringLiteral(
        "(is not running|is already paused|is not paused|cannot start a paused container, try unpause instead"
        "|is paused, unpause the container before|You cannot remove a (running|paused) container"
        "|Renaming a container with the same name as its current name|is already in use by container"
        "|^Error: failed to (start|stop|kill|pause|unpause|restart) containers?: |^Error: failed to rename container named )"));
    return allowed.match(line).hasMatch();
}

} // namespace

class TestConcurrency : public QObject {
    Q_OBJECT

    std::unique_ptr<TempStore> m_store;
    QStringList m_ids;
    QRandomGenerator m_random;
    QStringList m_unexpected;
    QHash<QString, int> m_counts; // verb -> commands run

    QStringList nextCommand()
    {
        const QString id = m_ids.at(int(m_random.bounded(quint32(m_ids.size()))));
        const QString shortName = QStringLiteral("c%1").arg(m_ids.indexOf(id));
        switch (m_random.bounded(12)) {
        case 0: case 1: return {QStringLiteral("start"), id};
        case 2: return {QStringLiteral("stop"), QStringLiteral("-t"), QStringLiteral("1"), id};
        case 3: return {QStringLiteral("pause"), id};
        case 4: return {QStringLiteral("unpause"), id};
        case 5: return {QStringLiteral("exec"), id, QStringLiteral("true")};
        case 6: return {QStringLiteral("ps"), QStringLiteral("-a")};
        case 7: return {QStringLiteral("inspect"), id};
        case 8: return {QStringLiteral("rename"), id, m_random.bounded(2) ? shortName + QStringLiteral("-renamed") : shortName};
        case 9: return {QStringLiteral("restart"), QStringLiteral("-t"), QStringLiteral("1"), id};
        case 10: return {QStringLiteral("kill"), id};
        default: return {QStringLiteral("ps"), QStringLiteral("-a"), QStringLiteral("--format"), QStringLiteral("{{.Names}} {{.Status}}")};
        }
    }

    void launch(QProcess *process)
    {
        const QStringList command = nextCommand();
        ++m_counts[command.first()];
        process->setProperty("command", command.join(u' '));
        process->setArguments(QStringList{QStringLiteral("--root"), m_store->paths.root, QStringLiteral("--runroot"), m_store->paths.runRoot} + command);
        process->setProperty("started", QDateTime::currentMSecsSinceEpoch());
        process->start();
    }

    void classify(QProcess *process)
    {
        const QString command = process->property("command").toString();
        if (process->exitStatus() != QProcess::NormalExit) {
            m_unexpected.append(command + QStringLiteral(": crashed"));
            return;
        }
        for (const QString &line : text(process->readAllStandardError()).split(u'\n', Qt::SkipEmptyParts))
            if (!isLifecycleRefusal(line)) {
                m_unexpected.append(command + QStringLiteral(": ") + line);
                qWarning("%s", qPrintable(m_unexpected.last()));
            }
    }

    void runMixed(int seconds);

private slots:
    void initTestCase();
    void fiftyProcessesOnTwentyContainers();
    void cleanupTestCase()
    {
        if (m_store && !m_ids.isEmpty())
            runPorthole(*m_store, QStringList{QStringLiteral("rm"), QStringLiteral("-f")} + m_ids, {}, 120000);
    }
};

void TestConcurrency::initTestCase()
{
    REQUIRE_ROOT();
    m_store = std::make_unique<TempStore>();
    QCOMPARE(runPorthole(*m_store, {QStringLiteral("image"), QStringLiteral("build-busybox")}).exitCode, 0);
    for (int i = 0; i < Containers; ++i) {
        const QStringList how = i % 2 ? QStringList{QStringLiteral("create")} : QStringList{QStringLiteral("run"), QStringLiteral("-d")};
        const RunResult made = runPorthole(*m_store, how + QStringList{QStringLiteral("--name"), QStringLiteral("c%1").arg(i), QStringLiteral("busybox"),
                                                      QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("trap 'exit 0' TERM; while :; do sleep 1; done")});
        QVERIFY2(made.exitCode == 0, made.err.constData());
        m_ids.append(text(made.out).left(64));
    }
    const quint32 seed = quint32(QRandomGenerator::global()->generate());
    qInfo("concurrency run seed %u", seed);
    m_random.seed(seed);
}

// Keeps 50 commands running at once until the time is up; a command that
// outlives HangMs is a deadlock.
void TestConcurrency::runMixed(int seconds)
{
    QElapsedTimer clock;
    clock.start();
    QList<QProcess *> processes;
    QEventLoop loop;
    int running = 0;
    for (int i = 0; i < Processes; ++i) {
        auto *process = new QProcess(this);
        process->setProgram(QStringLiteral(PORTHOLE_BIN));
        process->setStandardOutputFile(QProcess::nullDevice());
        connect(process, &QProcess::finished, this, [&, process] {
            classify(process);
            if (clock.elapsed() < seconds * 1000LL) {
                launch(process);
            } else if (--running == 0) {
                loop.quit();
            }
        });
        processes.append(process);
        ++running;
        launch(process);
    }
    QTimer watchdog;
    connect(&watchdog, &QTimer::timeout, this, [&] {
        for (QProcess *process : std::as_const(processes))
            if (process->state() != QProcess::NotRunning
                && QDateTime::currentMSecsSinceEpoch() - process->property("started").toLongLong() > HangMs) {
                m_unexpected.append(process->property("command").toString() + QStringLiteral(": hung for a minute (deadlock?)"));
                process->kill();
            }
    });
    watchdog.start(1000);
    loop.exec();
    qDeleteAll(processes);
}

void TestConcurrency::fiftyProcessesOnTwentyContainers()
{
    bool ok = false;
    const int seconds = qEnvironmentVariableIntValue("CONCURRENCY_SECONDS", &ok);
    MainWindow window(m_store->paths); // open and following the containers through the whole run
    QVERIFY(showFilled(window, &MainWindow::containersRefreshed));
    QElapsedTimer clock;
    clock.start();
    runMixed(ok ? seconds : 60);
    int total = 0;
    QStringList counts;
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it) {
        total += it.value();
        counts.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value()));
    }
    qInfo("%d commands in %lld s (%s); %lld unexpected error lines", total, clock.elapsed() / 1000, qPrintable(counts.join(QStringLiteral(", "))),
          qint64(m_unexpected.size()));
    QVERIFY2(m_unexpected.isEmpty(), qPrintable(m_unexpected.mid(0, 30).join(u'\n')));
    // ps -a: the 20 containers, each in the state the runtime reports.
    const RunResult ps = runPorthole(*m_store, {QStringLiteral("ps"), QStringLiteral("-a"), QStringLiteral("--no-trunc"), QStringLiteral("--format"), QStringLiteral("{{.ID}} {{.State}}")});
    QCOMPARE(ps.exitCode, 0);
    const QStringList rows = text(ps.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), Containers);
    for (const QString &row : rows) {
        const QString id = row.section(u' ', 0, 0), state = row.section(u' ', 1, 1);
        QVERIFY2(m_ids.contains(id), qPrintable(row));
        const RunResult runc = runProgram(QStringLiteral("runc"), {QStringLiteral("--root"), m_store->paths.runRoot + QStringLiteral("/runc"), QStringLiteral("state"), id});
        const QString runtimeState = runc.exitCode == 0 ? text(runc.out).section(QStringLiteral("\"status\": \""), 1).section(u'"', 0, 0) : QStringLiteral("none");
        if (state == QLatin1String("running") || state == QLatin1String("paused"))
            QVERIFY2(runtimeState == state, qPrintable(row + QStringLiteral(", runc: ") + runtimeState));
        else
            QVERIFY2(runtimeState == QLatin1String("none"), qPrintable(row + QStringLiteral(", runc: ") + runtimeState));
    }
    // The window's list: the same names in the same states as ps -a, once it has caught up.
    const RunResult named = runPorthole(*m_store, {QStringLiteral("ps"), QStringLiteral("-a"), QStringLiteral("--format"), QStringLiteral("{{.Names}} {{.State}}")});
    QStringList expected = text(named.out).split(u'\n', Qt::SkipEmptyParts);
    expected.sort();
    const QAbstractItemModel *listed = window.findChild<QTableView *>(QStringLiteral("containerTable"))->model();
    const auto windowRows = [listed] {
        QStringList rows;
        for (int row = 0; row < listed->rowCount(); ++row)
            rows.append(listed->index(row, ContainerListModel::Name).data().toString() + QLatin1Char(' ')
                        + porthole::stateName(porthole::ContainerState(listed->index(row, ContainerListModel::Status).data(Qt::UserRole).toInt())));
        rows.sort();
        return rows;
    };
    QTRY_COMPARE_WITH_TIMEOUT(windowRows(), expected, 10000);
    const RunResult check = runPorthole(*m_store, {QStringLiteral("system"), QStringLiteral("check")});
    QVERIFY2(check.exitCode == 0, qPrintable(text(check.out) + QLatin1Char('\n') + text(check.err)));
}

QTEST_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
