// cp through the real porthole binary (real containers, needs root): round
// trips that keep owners, modes, symlinks, hard links and a 100 MB file, in
// running and stopped containers; owners without -a; Docker's rules for
// where a copy lands; tar streams both ways; -L; hostile paths (".." and
// absolute symlinks inside the container, a tar whose symlink points at
// "/") that stay inside the container; a killed copy leaves no half file.
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <csignal>
#include <sys/stat.h>
#include <unistd.h>

using namespace testsupport;

namespace {

QString text(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes).trimmed();
}


RunResult cli(const TempStore &store, const QStringList &args, const QByteArray &input = {})
{
    return runPorthole(store, args, input, 300000);
}

RunResult execShell(const TempStore &store, const QString &container, const QString &script)
{
    return cli(store, {QStringLiteral("exec"), container, QStringLiteral("sh"), QStringLiteral("-c"), script});
}

void chownPath(const QString &path, uid_t uid, gid_t gid)
{
    QVERIFY(::lchown(QFile::encodeName(path).constData(), uid, gid) == 0);
}

void chmodPath(const QString &path, mode_t mode)
{
    QVERIFY(::chmod(QFile::encodeName(path).constData(), mode) == 0);
}

// A tree with what a copy must keep: owners, modes (setuid too), symlinks
// relative and absolute, a hard link, an empty directory and a 100 MB file.
void makeTree(const QString &root)
{
    QVERIFY(QDir().mkpath(root + QStringLiteral("/dir/deeper")));
    QVERIFY(QDir().mkpath(root + QStringLiteral("/empty")));
    writeFile(root, QStringLiteral("file.txt"), "owned\n");
    writeFile(root, QStringLiteral("exec.sh"), "#!/bin/sh\necho run\n");
    writeFile(root, QStringLiteral("setuid"), "s\n");
    writeFile(root + QStringLiteral("/dir"), QStringLiteral("nested.txt"), "nested\n");
    QVERIFY(QFile::link(QStringLiteral("file.txt"), root + QStringLiteral("/rel")));
    QVERIFY(QFile::link(QStringLiteral("/etc/passwd"), root + QStringLiteral("/abs")));
    QVERIFY(::link(QFile::encodeName(root + QStringLiteral("/file.txt")).constData(), QFile::encodeName(root + QStringLiteral("/hard")).constData()) == 0);
    QFile big(root + QStringLiteral("/big.bin"));
    QVERIFY(big.open(QIODevice::WriteOnly));
    QByteArray block(1 << 20, Qt::Uninitialized);
    for (int i = 0; i < 100; ++i) {
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(block.data()), block.size() / 4);
        QCOMPARE(big.write(block), block.size());
    }
    big.close();
    chownPath(root + QStringLiteral("/file.txt"), 1234, 5678);
    chmodPath(root + QStringLiteral("/file.txt"), 0640);
    chmodPath(root + QStringLiteral("/exec.sh"), 0755);
    chmodPath(root + QStringLiteral("/setuid"), 04755);
    chownPath(root + QStringLiteral("/dir"), 42, 43);
    chmodPath(root + QStringLiteral("/dir"), 0750);
    chownPath(root + QStringLiteral("/rel"), 7, 8);
}

QString readLinkText(const QString &path)
{
    QByteArray target(4096, '\0');
    const ssize_t n = ::readlink(QFile::encodeName(path).constData(), target.data(), size_t(target.size()));
    return n < 0 ? QString() : QString::fromUtf8(target.left(n));
}

// Each entry: path, type, mode, owner, size, link target, content digest,
// and which entries are one file (hard links).
QStringList describe(const QString &root)
{
    QStringList lines;
    QHash<ino_t, QString> firstName;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        struct stat info;
        ::lstat(QFile::encodeName(path).constData(), &info);
        const QString name = path.mid(root.size());
        QString line = QStringLiteral("%1 %2 %3 %4:%5").arg(name).arg(info.st_mode, 0, 8).arg(S_ISDIR(info.st_mode) ? 0 : info.st_size).arg(info.st_uid).arg(info.st_gid);
        if (S_ISLNK(info.st_mode))
            line += QStringLiteral(" -> ") + readLinkText(path);
        if (S_ISREG(info.st_mode)) {
            QFile file(path);
            file.open(QIODevice::ReadOnly);
            QCryptographicHash hash(QCryptographicHash::Sha256);
            hash.addData(&file);
            line += QLatin1Char(' ') + QString::fromLatin1(hash.result().toHex().left(16));
            if (info.st_nlink > 1)
                line += QStringLiteral(" same-as ") + firstName.value(info.st_ino, name);
            firstName.insert(info.st_ino, firstName.value(info.st_ino, name));
        }
        lines.append(line);
    }
    lines.sort();
    return lines;
}

} // namespace

class TestCopy : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { REQUIRE_ROOT(); }

    void roundTripKeepsEverything_data()
    {
        QTest::addColumn<bool>("running");
        QTest::newRow("running container") << true;
        QTest::newRow("stopped container") << false;
    }

    void roundTripKeepsEverything()
    {
        QFETCH(bool, running);
        TempStore store;
        QCOMPARE(cli(store, {QStringLiteral("image"), QStringLiteral("build-busybox")}).exitCode, 0);
        QCOMPARE(cli(store, {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), QStringLiteral("box"), QStringLiteral("busybox"),
                             QStringLiteral("sleep"), QStringLiteral("600")}).exitCode, 0);
        if (!running)
            QCOMPARE(cli(store, {QStringLiteral("stop"), QStringLiteral("-t"), QStringLiteral("0"), QStringLiteral("box")}).exitCode, 0);
        QTemporaryDir work;
        const QString tree = work.path() + QStringLiteral("/tree");
        makeTree(tree);
        const RunResult in = cli(store, {QStringLiteral("cp"), QStringLiteral("-a"), tree, QStringLiteral("box:/tmp/")});
        QVERIFY2(in.exitCode == 0, in.err.constData());
        QVERIFY(QDir().mkpath(work.path() + QStringLiteral("/out")));
        const RunResult out = cli(store, {QStringLiteral("cp"), QStringLiteral("-a"), QStringLiteral("box:/tmp/tree"), work.path() + QStringLiteral("/out")});
        QVERIFY2(out.exitCode == 0, out.err.constData());
        QCOMPARE(describe(work.path() + QStringLiteral("/out/tree")), describe(tree));
        QCOMPARE(readLinkText(work.path() + QStringLiteral("/out/tree/abs")), QStringLiteral("/etc/passwd"));
        if (running) // as the container sees them
            QCOMPARE(text(execShell(store, QStringLiteral("box"), QStringLiteral("stat -c '%u %g %a' /tmp/tree/file.txt /tmp/tree/dir /tmp/tree/setuid")).out),
                     QStringLiteral("1234 5678 640\n42 43 750\n0 0 4755"));
        // Without -a the container's root owns what comes in; the host's user what goes out.
        QCOMPARE(cli(store, {QStringLiteral("cp"), tree + QStringLiteral("/file.txt"), QStringLiteral("box:/plain.txt")}).exitCode, 0);
        QCOMPARE(cli(store, {QStringLiteral("cp"), QStringLiteral("box:/tmp/tree/dir"), work.path() + QStringLiteral("/plaindir")}).exitCode, 0);
        QCOMPARE(QFileInfo(work.path() + QStringLiteral("/plaindir")).ownerId(), uint(::getuid()));
        QCOMPARE(cli(store, {QStringLiteral("cp"), QStringLiteral("box:/plain.txt"), work.path() + QStringLiteral("/plain.txt")}).exitCode, 0);
        QCOMPARE(QFileInfo(work.path() + QStringLiteral("/plain.txt")).ownerId(), 0u);
        QCOMPARE(QFileInfo(work.path() + QStringLiteral("/plain.txt")).permissions() & QFileDevice::ReadOther, QFileDevice::Permissions());
        QVERIFY(store.tmpEntries().isEmpty());
    }

    void dockerRulesForWhereACopyLands()
    {
        TempStore store;
        QCOMPARE(cli(store, {QStringLiteral("image"), QStringLiteral("build-busybox")}).exitCode, 0);
        QCOMPARE(cli(store, {QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("box"), QStringLiteral("busybox")}).exitCode, 0);
        QTemporaryDir work;
        QVERIFY(QDir().mkpath(work.path() + QStringLiteral("/src/inner")));
        writeFile(work.path() + QStringLiteral("/src"), QStringLiteral("a.txt"), "a\n");
        writeFile(work.path() + QStringLiteral("/src/inner"), QStringLiteral("b.txt"), "b\n");
        auto cp = [&](const QString &from, const QString &to) { return cli(store, {QStringLiteral("cp"), from, to}); };
        const QString src = work.path() + QStringLiteral("/src");
        QCOMPARE(cp(src + QStringLiteral("/a.txt"), QStringLiteral("box:/tmp")).exitCode, 0);          // into an existing directory
        QCOMPARE(cp(src + QStringLiteral("/a.txt"), QStringLiteral("box:/tmp/renamed")).exitCode, 0);  // under a new name
        QCOMPARE(cp(src, QStringLiteral("box:/copy")).exitCode, 0);                                     // a directory under a new name
        QCOMPARE(cp(src, QStringLiteral("box:/tmp")).exitCode, 0);                                      // a directory into one
        QCOMPARE(cp(src + QStringLiteral("/."), QStringLiteral("box:/etc")).exitCode, 0);              // its contents into one
        QVERIFY(QDir().mkpath(work.path() + QStringLiteral("/back")));
        QCOMPARE(cp(QStringLiteral("box:/"), work.path() + QStringLiteral("/back")).exitCode, 0);      // everything out
        const QString back = work.path() + QStringLiteral("/back");
        for (const QString &expected : {QStringLiteral("/tmp/a.txt"), QStringLiteral("/tmp/renamed"), QStringLiteral("/copy/a.txt"), QStringLiteral("/copy/inner/b.txt"),
                                        QStringLiteral("/tmp/src/inner/b.txt"), QStringLiteral("/etc/a.txt"), QStringLiteral("/etc/inner/b.txt"), QStringLiteral("/etc/passwd")})
            QVERIFY2(QFileInfo(back + expected).isFile(), qPrintable(expected));
        QCOMPARE(text(cp(src, QStringLiteral("box:/tmp/a.txt")).err), QStringLiteral("Error: cannot copy directory"));
        QCOMPARE(text(cp(src + QStringLiteral("/a.txt"), QStringLiteral("box:/no/such/dir/x")).err), QStringLiteral("Error: Could not find the file /no/such/dir in container box"));
        QCOMPARE(text(cp(QStringLiteral("box:/nope"), work.path()).err), QStringLiteral("Error: Could not find the file /nope in container box"));
        QCOMPARE(text(cp(work.path() + QStringLiteral("/nope"), QStringLiteral("box:/")).err),
                 QStringLiteral("Error: lstat %1/nope: no such file or directory").arg(work.path()));
        QCOMPARE(text(cp(QStringLiteral("box:/a"), QStringLiteral("box:/b")).err), QStringLiteral("Error: copying between containers is not supported"));
        QCOMPARE(text(cp(QStringLiteral("/a"), QStringLiteral("/b")).err), QStringLiteral("Error: must specify at least one container source"));
        QCOMPARE(text(cp(QStringLiteral("nobox:/a"), QStringLiteral("/tmp")).err), QStringLiteral("Error: No such container: nobox"));
    }

    void tarStreamsAndFollowingLinks()
    {
        TempStore store;
        QCOMPARE(cli(store, {QStringLiteral("image"), QStringLiteral("build-busybox")}).exitCode, 0);
        QCOMPARE(cli(store, {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), QStringLiteral("box"), QStringLiteral("--hostname"),
                             QStringLiteral("streamed"), QStringLiteral("busybox"), QStringLiteral("sleep"), QStringLiteral("600")}).exitCode, 0);
        const RunResult out = cli(store, {QStringLiteral("cp"), QStringLiteral("box:/etc/hostname"), QStringLiteral("-")});
        QCOMPARE(out.exitCode, 0);
        QTemporaryDir work;
        writeFile(work.path(), QStringLiteral("out.tar"), out.out);
        QCOMPARE(text(runProgram(QStringLiteral("tar"), {QStringLiteral("-tf"), work.path() + QStringLiteral("/out.tar")}).out), QStringLiteral("hostname"));
        QCOMPARE(text(runProgram(QStringLiteral("tar"), {QStringLiteral("-xOf"), work.path() + QStringLiteral("/out.tar")}).out), QStringLiteral("streamed"));
        const QByteArray tar = makeTar({{"in/", 'd', {}, {}, 0755}, {"in/x.txt", 'f', "from a tar\n", {}, 0600}});
        QCOMPARE(cli(store, {QStringLiteral("cp"), QStringLiteral("-"), QStringLiteral("box:/tmp")}, tar).exitCode, 0);
        QCOMPARE(text(execShell(store, QStringLiteral("box"), QStringLiteral("cat /tmp/in/x.txt; stat -c %a /tmp/in/x.txt")).out), QStringLiteral("from a tar\n600"));
        QCOMPARE(text(cli(store, {QStringLiteral("cp"), QStringLiteral("-"), QStringLiteral("box:/etc/hostname")}, tar).err),
                 QStringLiteral("Error: destination \"box:/etc/hostname\" must be a directory"));
        // -L: the link's target, under the link's name; without it, the link itself.
        QCOMPARE(execShell(store, QStringLiteral("box"), QStringLiteral("ln -s /etc/hostname /tmp/ln")).exitCode, 0);
        QCOMPARE(cli(store, {QStringLiteral("cp"), QStringLiteral("box:/tmp/ln"), work.path() + QStringLiteral("/plain")}).exitCode, 0);
        QCOMPARE(readLinkText(work.path() + QStringLiteral("/plain")), QStringLiteral("/etc/hostname"));
        QCOMPARE(cli(store, {QStringLiteral("cp"), QStringLiteral("-L"), QStringLiteral("box:/tmp/ln"), work.path() + QStringLiteral("/followed")}).exitCode, 0);
        QVERIFY(!QFileInfo(work.path() + QStringLiteral("/followed")).isSymLink());
        QFile followed(work.path() + QStringLiteral("/followed"));
        QVERIFY(followed.open(QIODevice::ReadOnly));
        QCOMPARE(text(followed.readAll()), QStringLiteral("streamed"));
    }

    void hostilePathsStayInside_data()
    {
        QTest::addColumn<bool>("running");
        QTest::newRow("running container") << true;
        QTest::newRow("stopped container") << false;
    }

    void hostilePathsStayInside()
    {
        QFETCH(bool, running);
        TempStore store;
        QCOMPARE(cli(store, {QStringLiteral("image"), QStringLiteral("build-busybox")}).exitCode, 0);
        // Links inside the container that point at "/", at /etc, and climb with "..".
        QCOMPARE(cli(store, {QStringLiteral("run"), QStringLiteral("-d"), QStringLiteral("--name"), QStringLiteral("box"), QStringLiteral("busybox"),
                             QStringLiteral("sh"), QStringLiteral("-c"),
                             QStringLiteral("ln -s / /up; ln -s /etc /abs; ln -s ../../../../../../../etc /rel; sleep 600")}).exitCode, 0);
        QTRY_VERIFY(execShell(store, QStringLiteral("box"), QStringLiteral("test -L /rel")).exitCode == 0);
        if (!running)
            QCOMPARE(cli(store, {QStringLiteral("stop"), QStringLiteral("-t"), QStringLiteral("0"), QStringLiteral("box")}).exitCode, 0);
        QTemporaryDir work;
        const QString marker = QStringLiteral("porthole-escape-") + QString::number(QRandomGenerator::global()->generate());
        const QString payload = writeFile(work.path(), QStringLiteral("payload"), "payload\n");
        for (const QString &target : QStringList{QStringLiteral("box:/abs/") + marker + QStringLiteral("-1"), QStringLiteral("box:/rel/") + marker + QStringLiteral("-2"),
                                      QStringLiteral("box:../../../../../etc/") + marker + QStringLiteral("-3"), QStringLiteral("box:/up/up/etc/") + marker + QStringLiteral("-4")})
            QVERIFY2(cli(store, {QStringLiteral("cp"), payload, target}).exitCode == 0, qPrintable(target));
        // A tar whose first entry is a symlink to "/" and whose next goes through it.
        const QByteArray tar = makeTar({{"link", 'l', {}, "/"}, {QByteArray("link/etc/" + marker.toUtf8() + "-5"), 'f', "through a link\n"}});
        QCOMPARE(cli(store, {QStringLiteral("cp"), QStringLiteral("-"), QStringLiteral("box:/tmp")}, tar).exitCode, 0);
        const QByteArray climbing = makeTar({{QByteArray("../../" + marker.toUtf8() + "-6"), 'f', "climbing\n"}});
        QCOMPARE(text(cli(store, {QStringLiteral("cp"), QStringLiteral("-"), QStringLiteral("box:/tmp")}, climbing).err),
                 QStringLiteral("Error: invalid tar entry ../../%1-6: it leaves the destination directory").arg(marker));
        for (int i = 1; i <= 6; ++i) {
            QVERIFY2(!QFileInfo::exists(QStringLiteral("/etc/%1-%2").arg(marker).arg(i)), "a copy reached the host's /etc");
            QVERIFY2(!QFileInfo::exists(QStringLiteral("/%1-%2").arg(marker).arg(i)), "a copy reached the host's /");
        }
        // What landed, landed in the container's /etc.
        QVERIFY(QDir().mkpath(work.path() + QStringLiteral("/etc-out")));
        QCOMPARE(cli(store, {QStringLiteral("cp"), QStringLiteral("box:/abs/."), work.path() + QStringLiteral("/etc-out")}).exitCode, 0);
        for (int i = 1; i <= 5; ++i)
            QVERIFY2(QFileInfo::exists(work.path() + QStringLiteral("/etc-out/%1-%2").arg(marker).arg(i)), qPrintable(QString::number(i)));
        // Reading through the links reads the container's files, not the host's.
        QCOMPARE(cli(store, {QStringLiteral("cp"), QStringLiteral("box:/rel/passwd"), work.path() + QStringLiteral("/passwd")}).exitCode, 0);
        QFile copied(work.path() + QStringLiteral("/passwd")), host(QStringLiteral("/etc/passwd"));
        QVERIFY(copied.open(QIODevice::ReadOnly) && host.open(QIODevice::ReadOnly));
        const QByteArray inside = copied.readAll();
        QVERIFY(inside != host.readAll());
        QVERIFY(inside.startsWith("root:"));
    }

    void killedCopyLeavesNoHalfFile()
    {
        TempStore store;
        QCOMPARE(cli(store, {QStringLiteral("image"), QStringLiteral("build-busybox")}).exitCode, 0);
        QCOMPARE(cli(store, {QStringLiteral("create"), QStringLiteral("--name"), QStringLiteral("box"), QStringLiteral("busybox")}).exitCode, 0);
        QTemporaryDir work;
        QFile big(work.path() + QStringLiteral("/big"));
        QVERIFY(big.open(QIODevice::WriteOnly));
        const QByteArray block(1 << 20, 'x');
        for (int i = 0; i < 200; ++i)
            big.write(block);
        big.close();
        QProcess copy;
        copy.start(QStringLiteral(PORTHOLE_BIN), {QStringLiteral("--root"), store.paths.root, QStringLiteral("--runroot"), store.paths.runRoot,
                                                  QStringLiteral("cp"), big.fileName(), QStringLiteral("box:/big")});
        QVERIFY(copy.waitForStarted());
        QTest::qWait(150);
        ::kill(pid_t(copy.processId()), SIGKILL);
        copy.waitForFinished();
        // Whenever the kill came: the file is whole or absent, and no hidden part of it is left.
        QVERIFY(QDir().mkpath(work.path() + QStringLiteral("/out")));
        QCOMPARE(cli(store, {QStringLiteral("cp"), QStringLiteral("box:/"), work.path() + QStringLiteral("/out")}).exitCode, 0);
        const QFileInfo landed(work.path() + QStringLiteral("/out/big"));
        QVERIFY2(!landed.exists() || landed.size() == 200LL << 20, qPrintable(QString::number(landed.size())));
        QCOMPARE(QDir(work.path() + QStringLiteral("/out")).entryList({QStringLiteral(".porthole-cp-*")}, QDir::AllEntries | QDir::Hidden), QStringList());
        QCOMPARE(cli(store, {QStringLiteral("start"), QStringLiteral("box")}).exitCode, 0); // no mount of the copy is left behind
    }
};

QTEST_GUILESS_MAIN(TestCopy)
#include "tst_copy.moc"
