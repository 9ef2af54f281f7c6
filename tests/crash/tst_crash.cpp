// The crash campaign (issue 20): the porthole CLI killed with SIGKILL at a
// random moment of import, load, save, commit, rm, network create/rm, start
// and pull (from a docker-registry on 127.0.0.1), 200 times. After each
// kill the store must be usable and whole: ps, images and system check
// --quick succeed, no layer, image or container directory is half made, no
// partial output file is visible; at the end every operation works again
// and a full system check finds nothing. The seed is printed (CRASH_SEED
// replays a campaign); CRASH_ITERATIONS and CRASH_SECONDS bound it.
#include "registryfixture.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <functional>
#include <signal.h>

using namespace testsupport;
using namespace registrytest;

namespace {

QString text(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes).trimmed();
}

int envNumber(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok ? value : fallback;
}

struct Operation {
    QString name;
    std::function<void(int)> prepare; // run whole before the command that is killed
    std::function<QStringList(int)> command;
    qint64 typicalMs = 0; // measured once, unkilled
};

} // namespace

class TestCrash : public QObject {
    Q_OBJECT

    QTemporaryDir m_home;
    QTemporaryDir m_files;
    std::unique_ptr<TempStore> m_store;
    ServedImage m_served;
    QList<Operation> m_operations;
    QStringList m_failures;

    RunResult cli(const QStringList &args, int timeoutMs = 120000) { return runPorthole(*m_store, args, {}, timeoutMs); }
    RunResult cli(const QString &line) { return cli(line.split(u' ', Qt::SkipEmptyParts)); }

    void must(const QStringList &args)
    {
        const RunResult result = cli(args);
        if (result.exitCode != 0)
            m_failures.append(QStringLiteral("%1 failed (%2): %3").arg(args.join(u' ')).arg(result.exitCode).arg(text(result.err)));
    }

    void defineOperations();
    qint64 runKilledAfter(const QStringList &args, qint64 delayMs);
    QStringList halfMadeThings() const;
    void verifyAfterKill(const QString &what);
    void tidy();

private slots:
    void initTestCase();
    void killAtRandomMoments();
    void everyOperationWorksAfterwards();
    void cleanupTestCase() { tidy(); }
};

void TestCrash::initTestCase()
{
    REQUIRE_ROOT();
    isolateRegistrySettings(m_home.path());
    m_store = std::make_unique<TempStore>();
    QCOMPARE(cli(QStringLiteral("image build-busybox")).exitCode, 0);
    // Layers big enough that the commands take a while to be killed in.
    QList<TarEntry> entries;
    for (int i = 0; i < 8; ++i)
        entries.append(TarEntry{"data/file" + QByteArray::number(i), 'f', randomBytes(512 * 1024, quint32(i))});
    writeFile(m_files.path(), QStringLiteral("import.tar"), makeTar(entries));
    // The archive load reads: an image the store no longer has.
    entries.first().data = randomBytes(512 * 1024, 99);
    QCOMPARE(cli({QStringLiteral("import"), writeFile(m_files.path(), QStringLiteral("load.tar"), makeTar(entries)), QStringLiteral("loadsrc:1")}).exitCode, 0);
    QCOMPARE(cli({QStringLiteral("save"), QStringLiteral("-o"), m_files.filePath(QStringLiteral("archive.tar")), QStringLiteral("loadsrc:1")}).exitCode, 0);
    QCOMPARE(cli(QStringLiteral("rmi loadsrc:1")).exitCode, 0);
    m_served = serveImage(m_files.filePath(QStringLiteral("served")),
                          {{fileLayer("etc/one", randomBytes(2 << 20, 1)), QStringLiteral("gzip")},
                           {fileLayer("etc/two", randomBytes(2 << 20, 2)), QStringLiteral("gzip")},
                           {fileLayer("etc/three", randomBytes(1 << 20, 3)), QString()}});
    QCOMPARE(cli({QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), QStringLiteral("base"), QStringLiteral("busybox"),
                  QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("while true; do date > /tmp/now; sleep 1; done")}).exitCode, 0);
    defineOperations();
    for (Operation &op : m_operations) { // each once, whole: what a kill can interrupt
        op.prepare(0);
        QElapsedTimer timer;
        timer.start();
        const RunResult whole = cli(op.command(0));
        QVERIFY2(whole.exitCode == 0, qPrintable(op.name + QStringLiteral(": ") + text(whole.err)));
        op.typicalMs = std::max<qint64>(timer.elapsed(), 20);
        qInfo("%s takes %lld ms", qPrintable(op.name), op.typicalMs);
    }
    tidy();
}

void TestCrash::defineOperations()
{
    const QString archive = m_files.filePath(QStringLiteral("archive.tar"));
    const QString importTar = m_files.filePath(QStringLiteral("import.tar"));
    const QString out = m_files.filePath(QStringLiteral("out"));
    QDir().mkpath(out);
    const QString pulled = m_served.reference;
    auto nothing = [](int) {};
    auto n = [](int i) { return QString::number(i); };
    m_operations = {
        {QStringLiteral("import"), nothing, [=, this](int i) { return QStringList{QStringLiteral("import"), importTar, QStringLiteral("crash/import:") + n(i)}; }},
        {QStringLiteral("load"), [this](int) { cli(QStringLiteral("rmi -f loadsrc:1")); },
         [=, this](int) { return QStringList{QStringLiteral("load"), QStringLiteral("-i"), archive}; }},
        {QStringLiteral("save"), nothing, [=, this](int i) { return QStringList{QStringLiteral("save"), QStringLiteral("-o"), out + QStringLiteral("/saved-") + n(i) + QStringLiteral(".tar"), QStringLiteral("busybox")}; }},
        {QStringLiteral("commit"), nothing, [=, this](int i) { return QStringList{QStringLiteral("commit"), QStringLiteral("base"), QStringLiteral("crash/commit:") + n(i)}; }},
        {QStringLiteral("rm"), [=, this](int i) { must({QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), QStringLiteral("rm") + n(i), QStringLiteral("busybox"), QStringLiteral("sleep"), QStringLiteral("1000")}); },
         [=, this](int i) { return QStringList{QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("rm") + n(i)}; }},
        {QStringLiteral("network create"), nothing, [=, this](int i) { return QStringList{QStringLiteral("network"), QStringLiteral("create"), QStringLiteral("net") + n(i)}; }},
        {QStringLiteral("network rm"), [=, this](int i) { must({QStringLiteral("network"), QStringLiteral("create"), QStringLiteral("gone") + n(i)}); },
         [=, this](int i) { return QStringList{QStringLiteral("network"), QStringLiteral("rm"), QStringLiteral("gone") + n(i)}; }},
        {QStringLiteral("start"), [=, this](int i) { must({QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("st") + n(i), QStringLiteral("busybox"), QStringLiteral("sleep"), QStringLiteral("1000")}); },
         [=, this](int i) { return QStringList{QStringLiteral("start"), QStringLiteral("st") + n(i)}; }},
        {QStringLiteral("pull"), [=, this](int) { cli({QStringLiteral("rmi"), QStringLiteral("-f"), pulled}); },
         [=, this](int) { return QStringList{QStringLiteral("pull"), QStringLiteral("-q"), pulled}; }},
    };
}

// Starts the command, kills it (SIGKILL, the CLI only: conmon and the
// container carry on, as after a real crash) after delayMs unless it ended.
qint64 TestCrash::runKilledAfter(const QStringList &args, qint64 delayMs)
{
    QProcess process;
    process.setProgram(QStringLiteral(PORTHOLE_BIN));
    process.setArguments(QStringList{QStringLiteral("--root"), m_store->paths.root, QStringLiteral("--runroot"), m_store->paths.runRoot} + args);
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardErrorFile(QProcess::nullDevice());
    process.start();
    if (!process.waitForStarted(10000))
        return -1;
    const qint64 pid = process.processId();
    if (!process.waitForFinished(int(delayMs))) {
        ::kill(pid_t(pid), SIGKILL);
        process.waitForFinished(30000);
        return delayMs;
    }
    return -1; // it finished first
}

// What a kill must never leave visible: a layer without its layer.json, an
// image without its config, a container without its record, an output file
// that is not whole (.partial).
QStringList TestCrash::halfMadeThings() const
{
    QStringList found;
    const porthole::StorePaths &paths = m_store->paths;
    for (const QString &hex : QDir(paths.layersDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        if (!QFileInfo::exists(paths.layersDir() + QLatin1Char('/') + hex + QStringLiteral("/layer.json")))
            found.append(QStringLiteral("layer ") + hex);
    for (const QString &hex : QDir(paths.imagesDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        if (!QFileInfo::exists(paths.imagesDir() + QLatin1Char('/') + hex + QStringLiteral("/config.json")))
            found.append(QStringLiteral("image ") + hex);
    const QString containers = paths.root + QStringLiteral("/containers");
    for (const QString &id : QDir(containers).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        if (!QFileInfo::exists(containers + QLatin1Char('/') + id + QStringLiteral("/config.json")))
            found.append(QStringLiteral("container ") + id);
    for (const QString &name : QDir(m_files.filePath(QStringLiteral("out"))).entryList(QDir::Files | QDir::Hidden))
        if (name.endsWith(QLatin1String(".partial")))
            found.append(QStringLiteral("file ") + name);
    return found;
}

void TestCrash::verifyAfterKill(const QString &what)
{
    auto failed = [&](const QString &why) {
        m_failures.append(what + QStringLiteral(": ") + why);
        qWarning("%s", qPrintable(m_failures.last()));
    };
    const RunResult ps = cli(QStringLiteral("ps -a")); // collects what killed commands left of containers
    if (ps.exitCode != 0)
        failed(QStringLiteral("ps -a: ") + text(ps.err));
    const RunResult images = cli(QStringLiteral("images"));
    if (images.exitCode != 0)
        failed(QStringLiteral("images: ") + text(images.err));
    for (const QString &thing : halfMadeThings())
        failed(QStringLiteral("half made: ") + thing);
    const RunResult check = cli(QStringLiteral("system check --quick"));
    if (check.exitCode != 0)
        failed(QStringLiteral("system check: ") + text(check.out) + QLatin1Char(' ') + text(check.err));
}

// Between rounds: what the operations made goes, by ordinary commands.
void TestCrash::tidy()
{
    if (!m_store)
        return;
    QStringList containers = text(cli(QStringLiteral("ps -aq")).out).split(u'\n', Qt::SkipEmptyParts);
    const QString base = text(cli(QStringLiteral("ps -aq --filter name=^base$")).out);
    containers.removeAll(base);
    if (!containers.isEmpty())
        must(QStringList{QStringLiteral("rm"), QStringLiteral("-f")} + containers);
    const QStringList images = text(cli({QStringLiteral("images"), QStringLiteral("--format"), QStringLiteral("{{.Repository}}:{{.Tag}}")}).out).split(u'\n', Qt::SkipEmptyParts);
    for (const QString &image : images)
        if (image.startsWith(QLatin1String("crash/")))
            must({QStringLiteral("rmi"), image});
    must({QStringLiteral("network"), QStringLiteral("prune"), QStringLiteral("-f")});
    QDir(m_files.filePath(QStringLiteral("out"))).removeRecursively();
    QDir().mkpath(m_files.filePath(QStringLiteral("out")));
}

void TestCrash::killAtRandomMoments()
{
    const int iterations = envNumber("CRASH_ITERATIONS", 200);
    const int seconds = envNumber("CRASH_SECONDS", 420);
    const quint32 seed = quint32(envNumber("CRASH_SEED", int(QRandomGenerator::global()->bounded(1 << 30))));
    qInfo("crash campaign seed %u (CRASH_SEED=%u replays it)", seed, seed);
    QRandomGenerator random(seed);
    QElapsedTimer clock;
    clock.start();
    int done = 0, killed = 0;
    for (; done < iterations && clock.elapsed() < seconds * 1000LL; ++done) {
        Operation &op = m_operations[int(random.bounded(quint32(m_operations.size())))];
        const qint64 delay = random.bounded(quint32(op.typicalMs + op.typicalMs / 4));
        const int i = done + 1;
        op.prepare(i);
        const qint64 at = runKilledAfter(op.command(i), delay);
        killed += at >= 0 ? 1 : 0;
        verifyAfterKill(QStringLiteral("iteration %1 (%2, killed at %3 ms)").arg(i).arg(op.name).arg(delay));
        if (i % 25 == 0)
            tidy();
    }
    qInfo("%d iterations (%d killed before they ended) in %lld s; %lld failures", done, killed, clock.elapsed() / 1000, qint64(m_failures.size()));
    QVERIFY2(m_failures.isEmpty(), qPrintable(m_failures.mid(0, 20).join(u'\n')));
    QVERIFY2(done >= std::min(iterations, 200) || seconds < 420, "the campaign did not finish its iterations in time");
}

void TestCrash::everyOperationWorksAfterwards()
{
    tidy();
    const int base = 100000;
    for (const Operation &op : std::as_const(m_operations)) {
        op.prepare(base);
        const RunResult whole = cli(op.command(base));
        QVERIFY2(whole.exitCode == 0, qPrintable(op.name + QStringLiteral(": ") + text(whole.err)));
    }
    const RunResult check = cli(QStringLiteral("system check"));
    QVERIFY2(check.exitCode == 0, qPrintable(text(check.out) + QLatin1Char('\n') + text(check.err)));
    QVERIFY2(m_failures.isEmpty(), qPrintable(m_failures.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
