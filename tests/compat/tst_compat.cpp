// The differential suite with Docker as the oracle (issue 19): every command
// line of commands.txt runs once through Docker (Debian's dockerd, started
// here on a private socket and data root, its busybox the very image
// `porthole save` writes) and once through porthole on a store of its own.
// Each scenario starts fresh (a new store; a daemon emptied of all but
// busybox); in each, `docker` is a command that calls one engine or the
// other, in a scratch directory per engine. Exit codes, stdout and stderr
// must be equal after normalising ids, times, sizes, error prefixes and
// help hints, or the line is listed in differences.txt with its reason; a
// listed line that no longer differs fails too, so the list stays honest.
// Prints "N passed, N failed" and every difference. Needs root (with
// CI=true a missing root or docker.io fails instead of skipping).
// Cleanup: the daemon dies with the test (PDEATHSIG), its containerd and
// shims are killed and its mounts (netns included) detached at the end;
// what a killed run left is swept at the next start; porthole's stores are
// TempStores (and sweep_test_stores after a crash).
//   PORTHOLE_COMPAT_ONLY=tour,errors  runs only those scenarios
#include "compattable.h"
#include "dockeroracle.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <cstdio>
#include <memory>

using namespace testsupport;
using namespace compat;

namespace {

const int scenarioTimeoutMs = 120000;

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

void writeText(const QString &path, const QString &text, bool executable = false)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0)
        qFatal("cannot write %s", qPrintable(path));
    if (executable)
        file.setPermissions(file.permissions() | QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther);
}

QString quoted(const QString &text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("'\\''")) + QLatin1Char('\'');
}

void print(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

// One engine's side of a scenario: a directory with bin/docker (the
// engine), work/ (the lines' current directory) and out/ (what each line did).
struct Side {
    QString dir;
    void prepare(const QString &dockerCommand) const
    {
        for (const char *sub : {"/bin", "/work", "/out"})
            QDir().mkpath(dir + QLatin1String(sub));
        writeText(dir + QStringLiteral("/bin/docker"), QStringLiteral("#!/bin/sh\nexec %1 \"$@\"\n").arg(dockerCommand), true);
    }
    // Each line in the same shell (variables carry over), its streams in files.
    QString script(const Scenario &scenario) const
    {
        QString text = QStringLiteral("export PATH=%1/bin:\"$PATH\" HOME=%1/work TERM=xterm LANG=C.UTF-8 LC_ALL=C.UTF-8\n"
                                      "cd %1/work || exit 99\n")
                           .arg(quoted(dir));
        for (int i = 0; i < scenario.lines.size(); ++i) {
            const QString out = quoted(dir + QStringLiteral("/out/%1").arg(i));
            text += QStringLiteral("{ %1\n} >%2.out 2>%2.err </dev/null; echo $? >%2.rc\n").arg(scenario.lines.at(i), out);
        }
        return text;
    }
    Outcome outcome(int line) const
    {
        const QString base = dir + QStringLiteral("/out/%1").arg(line);
        Outcome outcome;
        const QString rc = readText(base + QStringLiteral(".rc")).trimmed();
        if (rc.isEmpty())
            return Outcome{-1, QString(), QStringLiteral("(did not run: the scenario timed out)")};
        outcome.exitCode = rc.toInt();
        outcome.out = readText(base + QStringLiteral(".out"));
        outcome.err = readText(base + QStringLiteral(".err"));
        return outcome;
    }
};

struct Tally {
    int equal = 0;
    int listed = 0;
    int failed = 0;
    QString failures;
    QString listedReport;
};

} // namespace

class TestCompat : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void commandsMatchDocker_data();
    void commandsMatchDocker();
    void listIsHonestAndReport();
    void cleanupTestCase();

private:
    bool resetDocker();
    void freshStore(const TempStore &store);
    void compareScenario(const Scenario &scenario, const Side &docker, const Side &porthole, Tally &tally);
    const Listed *listedFor(const QString &scenario, const QString &command) const;

    QList<Scenario> m_scenarios;
    QList<Listed> m_listed;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Dockerd> m_dockerd;
    std::unique_ptr<TempStore> m_template;
    QString m_busyboxId;
    Tally m_tally;
    QSet<QString> m_ran;
};

void TestCompat::initTestCase()
{
    REQUIRE_ROOT();
    if (!QFileInfo::exists(QStringLiteral("/usr/sbin/dockerd")) || !QFileInfo::exists(QStringLiteral("/usr/bin/docker")))
        SKIP_OUTSIDE_CI("docker.io is not installed (installer/setup.sh installs it)");
    QString error;
    m_scenarios = parseScenarios(readText(QStringLiteral(COMPAT_DIR "/commands.txt")), &error);
    QVERIFY2(error.isEmpty() && !m_scenarios.isEmpty(), qPrintable(error));
    m_listed = parseDifferences(readText(QStringLiteral(COMPAT_DIR "/differences.txt")), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    if (const int swept = sweepStaleRuns(QDir::tempPath()))
        print(QStringLiteral("swept what %1 killed run(s) left behind\n").arg(swept));
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/tst_compat-docker-XXXXXX"));
    QVERIFY(m_dir->isValid());
    m_dockerd = std::make_unique<Dockerd>(m_dir->path());
    QVERIFY2(m_dockerd->start(&error), qPrintable(error));

    // Docker's busybox is Porthole's: the same image, by the same id.
    m_template = std::make_unique<TempStore>();
    const RunResult built = runPorthole(*m_template, {QStringLiteral("image"), QStringLiteral("build-busybox")});
    QVERIFY2(built.exitCode == 0, built.err.constData());
    const QString tar = m_dir->path() + QStringLiteral("/busybox.tar");
    const RunResult saved = runPorthole(*m_template, {QStringLiteral("save"), QStringLiteral("-o"), tar, QStringLiteral("busybox")});
    QVERIFY2(saved.exitCode == 0, saved.err.constData());
    const RunResult loaded = runProgram(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), m_dockerd->client() + QStringLiteral(" load -q -i ") + quoted(tar)});
    QVERIFY2(loaded.exitCode == 0, loaded.err.constData());
    const RunResult id = runPorthole(*m_template, {QStringLiteral("image"), QStringLiteral("inspect"), QStringLiteral("-f"), QStringLiteral("{{.Id}}"),
                                                   QStringLiteral("busybox")});
    m_busyboxId = QString::fromUtf8(id.out).trimmed();
    QVERIFY(m_busyboxId.startsWith(QLatin1String("sha256:")));
}

void TestCompat::cleanupTestCase()
{
    if (m_dockerd) {
        resetDocker();
        m_dockerd->stop();
    }
    m_dockerd.reset();
    m_template.reset();
    m_dir.reset();
}

// Every container, network and image but busybox goes; busybox comes back
// if a scenario removed or replaced it.
bool TestCompat::resetDocker()
{
    const QString script = QStringLiteral(
                               "docker() { %1 \"$@\"; }\n"
                               "ids=$(docker ps -aq); [ -z \"$ids\" ] || docker rm -f $ids >/dev/null\n"
                               "docker network ls -q --filter type=custom | xargs -r %1 network rm >/dev/null\n"
                               "docker images --format '{{.Repository}}:{{.Tag}}' | grep -v -x -e busybox:latest -e '<none>:<none>'"
                               " | xargs -r %1 rmi -f >/dev/null\n"
                               "docker images -aq --no-trunc | sort -u | grep -v -x %2 | xargs -r %1 rmi -f >/dev/null 2>&1\n"
                               "[ \"$(docker image inspect -f '{{.Id}}' busybox 2>/dev/null)\" = %2 ] || docker load -q -i %3 >/dev/null\n"
                               "[ \"$(docker ps -aq; docker images -q | grep -v -x %4)\" = '' ]\n")
                               .arg(m_dockerd->client(), m_busyboxId, quoted(m_dir->path() + QStringLiteral("/busybox.tar")),
                                    m_busyboxId.mid(7, 12));
    const RunResult reset = runProgram(QStringLiteral("/bin/bash"), {QStringLiteral("-c"), script}, {}, 120000);
    if (reset.exitCode != 0)
        qWarning("resetting Docker failed: %s", reset.err.constData());
    return reset.exitCode == 0;
}

// A new store with busybox, as the template's: its layers copied, not rebuilt.
void TestCompat::freshStore(const TempStore &store)
{
    const RunResult copied = runProgram(QStringLiteral("cp"), {QStringLiteral("-a"), m_template->paths.root, store.paths.root});
    if (copied.exitCode != 0)
        qFatal("cannot copy the template store: %s", copied.err.constData());
}

const Listed *TestCompat::listedFor(const QString &scenario, const QString &command) const
{
    for (const Listed &listed : m_listed)
        if ((listed.scenario == scenario || listed.scenario == QLatin1String("*")) && listed.command == command)
            return &listed;
    return nullptr;
}

void TestCompat::compareScenario(const Scenario &scenario, const Side &docker, const Side &porthole, Tally &tally)
{
    Normaliser dockerNormaliser(docker.dir + QStringLiteral("/work"));
    Normaliser portholeNormaliser(porthole.dir + QStringLiteral("/work"));
    for (int i = 0; i < scenario.lines.size(); ++i) {
        const QString &line = scenario.lines.at(i);
        const Outcome expected = dockerNormaliser.normalise(docker.outcome(i));
        const Outcome actual = portholeNormaliser.normalise(porthole.outcome(i));
        const Listed *listed = listedFor(scenario.name, line);
        const QString where = QStringLiteral("[%1] %2\n").arg(scenario.name, line);
        const QString both = QStringLiteral("    docker:\n") + describe(expected) + QStringLiteral("    porthole:\n") + describe(actual);
        if (expected.exitCode == -1 || actual.exitCode == -1) {
            ++tally.failed; // a line that did not run (the scenario timed out) never passes
            tally.failures += QStringLiteral("DID NOT RUN ") + where + both;
        } else if (expected == actual && !listed) {
            ++tally.equal;
        } else if (expected == actual) {
            ++tally.failed;
            tally.failures += QStringLiteral("LISTED BUT EQUAL ") + where + QStringLiteral("    (listed: %1)\n").arg(listed->reason) + both;
        } else if (listed) {
            ++tally.listed;
            tally.listedReport += QStringLiteral("listed ") + where + QStringLiteral("    because: %1\n").arg(listed->reason) + both;
        } else {
            ++tally.failed;
            tally.failures += QStringLiteral("DIFFERS ") + where + both;
        }
    }
}

void TestCompat::commandsMatchDocker_data()
{
    QTest::addColumn<int>("index");
    const QStringList only = qEnvironmentVariable("PORTHOLE_COMPAT_ONLY").split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (int i = 0; i < m_scenarios.size(); ++i)
        if (only.isEmpty() || only.contains(m_scenarios.at(i).name))
            QTest::newRow(qPrintable(m_scenarios.at(i).name)) << i;
}

// One scenario: a fresh store and an emptied daemon, both engines at once
// (or one after the other), then each line compared.
void TestCompat::commandsMatchDocker()
{
    QFETCH(int, index);
    const Scenario &scenario = m_scenarios.at(index);
    QElapsedTimer timer;
    timer.start();
    QVERIFY2(resetDocker(), "Docker could not be emptied between scenarios");
    TempStore store;
    freshStore(store);
    const Side docker{m_dir->path() + QStringLiteral("/scenario-%1").arg(index)};
    const Side porthole{store.dir() + QStringLiteral("/side")};
    docker.prepare(m_dockerd->client());
    porthole.prepare(QStringLiteral("%1 --root %2 --runroot %3").arg(quoted(QStringLiteral(PORTHOLE_BIN)), quoted(store.paths.root),
                                                                     quoted(store.paths.runRoot)));
    writeText(docker.dir + QStringLiteral("/script"), docker.script(scenario));
    writeText(porthole.dir + QStringLiteral("/script"), porthole.script(scenario));
    Script dockerRun(docker.dir + QStringLiteral("/script"));
    Script portholeRun(porthole.dir + QStringLiteral("/script"));
    dockerRun.start();
    ScriptRun dockerEnd;
    if (scenario.alone)
        dockerEnd = dockerRun.wait(scenarioTimeoutMs);
    portholeRun.start();
    if (!scenario.alone)
        dockerEnd = dockerRun.wait(scenarioTimeoutMs);
    const ScriptRun portholeEnd = portholeRun.wait(scenarioTimeoutMs);
    if (dockerEnd.timedOut || portholeEnd.timedOut)
        print(QStringLiteral("scenario %1 timed out on %2\n").arg(scenario.name, dockerEnd.timedOut ? QStringLiteral("docker") : QStringLiteral("porthole")));
    const int failedBefore = m_tally.failed;
    compareScenario(scenario, docker, porthole, m_tally);
    for (const QString &line : scenario.lines)
        m_ran.insert(scenario.name + QLatin1Char('\n') + line);
    print(QStringLiteral("scenario %1: %2 lines in %3 s\n").arg(scenario.name).arg(scenario.lines.size()).arg(timer.elapsed() / 1000.0, 0, 'f', 1));
    QVERIFY2(m_tally.failed == failedBefore, "command lines differ from Docker's without being listed (see the report at the end)");
}

// A listed difference whose line is no longer in the table is stale too;
// then the report: every listed difference, every failure, the counts.
void TestCompat::listIsHonestAndReport()
{
    const bool all = qEnvironmentVariable("PORTHOLE_COMPAT_ONLY").isEmpty();
    const int failedBefore = m_tally.failed;
    for (const Listed &listed : std::as_const(m_listed)) {
        bool found = false;
        for (const QString &key : std::as_const(m_ran))
            found = found || ((listed.scenario == QLatin1String("*") || key.startsWith(listed.scenario + QLatin1Char('\n')))
                              && key.endsWith(QLatin1Char('\n') + listed.command));
        if (!found && all) {
            ++m_tally.failed;
            m_tally.failures += QStringLiteral("LISTED BUT NOT IN THE TABLE [%1] %2\n").arg(listed.scenario, listed.command);
        }
    }
    print(m_tally.listedReport + m_tally.failures);
    print(QStringLiteral("%1 command lines equal, %2 listed differences, %3 failed\n").arg(m_tally.equal).arg(m_tally.listed).arg(m_tally.failed));
    print(QStringLiteral("%1 passed, %2 failed\n").arg(m_tally.equal + m_tally.listed).arg(m_tally.failed));
    QVERIFY2(m_tally.failed == failedBefore, "differences.txt lists lines that are no longer in commands.txt");
}

QTEST_GUILESS_MAIN(TestCompat)
#include "tst_compat.moc"
