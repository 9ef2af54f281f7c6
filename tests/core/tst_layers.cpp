// Layer import through the store: formats, whiteouts, devices, exact tar
// bytes back (tar-split), hostile and broken tars, disk full, cancel.
#include "base/fsutil.h"
#include "images/imagestore.h"
#include "layers/layerbrowse.h"
#include "base/sha256.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/xattr.h>

using namespace porthole;
using namespace testsupport;

namespace {

class BufferSource : public ByteSource {
public:
    explicit BufferSource(QByteArray data, QString name = QStringLiteral("test.tar"))
        : m_data(std::move(data)), m_name(std::move(name)) {}
    Result<qint64> read(char *buffer, qint64 size) override
    {
        const qint64 n = std::min<qint64>(size, m_data.size() - m_position);
        memcpy(buffer, m_data.constData() + m_position, size_t(n));
        m_position += n;
        return n;
    }
    QString name() const override { return m_name; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
    QString m_name;
};

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    generator.fillRange(reinterpret_cast<quint32 *>(data.data()), size / 4);
    return data;
}

QList<TarEntry> sampleRootfs()
{
    return {{"./", 'd', {}, {}, 0755},
            {"./bin/", 'd', {}, {}, 0755},
            {"./bin/tool", 'f', "#!/bin/sh\necho tool\n", {}, 0755},
            {"./bin/alias", 'h', {}, "./bin/tool"},
            {"./etc/", 'd'},
            {"./etc/hostname", 'f', "sample\n"},
            {"./etc/link", 'l', {}, "/etc/hostname"},
            {"./tmp/", 'd', {}, {}, 01777}};
}

QByteArray layerBytes(ImageStore &store, const QString &diffId)
{
    QByteArray bytes;
    auto ok = store.layers().streamTar(diffId.mid(7), [&](const char *data, qint64 size) -> Status {
        bytes.append(data, size);
        return {};
    });
    if (!ok)
        qWarning("%s", qPrintable(ok.error().message));
    return bytes;
}

// Mounts a small tmpfs for the store root; unmounts however the test ends.
struct TmpfsMount {
    QString path;
    bool mounted = false;
    TmpfsMount(const QString &where, const char *options) : path(where)
    {
        QDir().mkpath(path);
        mounted = ::mount("tmpfs", QFile::encodeName(path).constData(), "tmpfs", 0, options) == 0;
    }
    ~TmpfsMount()
    {
        if (mounted)
            ::umount2(QFile::encodeName(path).constData(), MNT_DETACH);
    }
};

} // namespace

class TestLayers : public QObject {
    Q_OBJECT
private slots:
    // The file browser's merged view follows overlayfs: the upper file wins,
    // a whiteout hides a lower file, an opaque directory hides what was below
    // it, and a file replacing a directory hides its lower contents. Checked
    // against a real overlay mount of the same layers.
    void mergedViewMatchesOverlayfs()
    {
        REQUIRE_ROOT();
        QTemporaryDir dir;
        const QString lower = dir.path() + QStringLiteral("/lower"), upper = dir.path() + QStringLiteral("/upper");
        for (const QString &path : QStringList{lower + QStringLiteral("/etc/old"), lower + QStringLiteral("/opaque/below"), lower + QStringLiteral("/dir/inner"),
                                               upper + QStringLiteral("/etc"), upper + QStringLiteral("/opaque")})
            QVERIFY(QDir().mkpath(path));
        writeFile(lower + QStringLiteral("/etc"), QStringLiteral("hostname"), "lower");
        writeFile(lower + QStringLiteral("/etc"), QStringLiteral("gone"), "x");
        writeFile(lower + QStringLiteral("/opaque"), QStringLiteral("hidden"), "x");
        writeFile(lower + QStringLiteral("/dir/inner"), QStringLiteral("file"), "x");
        writeFile(upper + QStringLiteral("/etc"), QStringLiteral("hostname"), "upper!");
        writeFile(upper + QStringLiteral("/opaque"), QStringLiteral("new"), "x");
        writeFile(upper, QStringLiteral("dir"), "now a file");
        QCOMPARE(::mknod(QFile::encodeName(upper + QStringLiteral("/etc/gone")).constData(), S_IFCHR | 0000, makedev(0, 0)), 0);
        QCOMPARE(::lsetxattr(QFile::encodeName(upper + QStringLiteral("/opaque")).constData(), "trusted.overlay.opaque", "y", 1, 0), 0);

        const auto files = porthole::mergedLayerFiles({upper, lower});
        QVERIFY(files);
        QStringList listed;
        for (const porthole::LayerFile &file : *files) {
            listed.append(file.path);
            if (file.path == QLatin1String("/etc/hostname")) {
                QCOMPARE(file.layer, 0);
                QCOMPARE(file.size, qint64(6));
            }
        }
        const QStringList expected{QStringLiteral("/dir"), QStringLiteral("/etc"), QStringLiteral("/etc/hostname"), QStringLiteral("/etc/old"),
                                   QStringLiteral("/opaque"), QStringLiteral("/opaque/new")};
        QCOMPARE(listed, expected);

        // The kernel agrees.
        const QString work = dir.path() + QStringLiteral("/work"), merged = dir.path() + QStringLiteral("/merged");
        QVERIFY(QDir().mkpath(work) && QDir().mkpath(merged));
        const QByteArray options = QFile::encodeName(QStringLiteral("lowerdir=%1,upperdir=%2,workdir=%3").arg(lower, upper, work));
        QCOMPARE(::mount("overlay", QFile::encodeName(merged).constData(), "overlay", 0, options.constData()), 0);
        QStringList seen;
        QDirIterator it(merged, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext())
            seen.append(it.next().mid(merged.size()));
        ::umount2(QFile::encodeName(merged).constData(), MNT_DETACH);
        std::sort(seen.begin(), seen.end());
        QCOMPARE(seen, expected);

        const auto single = porthole::singleLayerFiles(upper);
        QVERIFY(single);
        bool sawWhiteout = false;
        for (const porthole::LayerFile &file : *single)
            sawWhiteout = sawWhiteout || (file.path == QLatin1String("/etc/gone") && file.kind == 'w');
        QVERIFY(sawWhiteout);
    }

    void importsEveryCompression_data()
    {
        QTest::addColumn<QString>("filter");
        for (const char *filter : {"", "gzip", "bzip2", "xz", "zstd"})
            QTest::newRow(*filter ? filter : "plain") << QString::fromLatin1(filter);
    }
    void importsEveryCompression()
    {
        REQUIRE_ROOT();
        QFETCH(QString, filter);
        TempStore temp;
        ImageStore store = temp.open();
        const QByteArray tar = makeTar(sampleRootfs());
        const QByteArray input = filter.isEmpty() ? tar : compress(tar, filter);
        QVERIFY(input != tar || filter.isEmpty());
        BufferSource source(input);
        Progress progress;
        auto id = store.importRootfs(source, {QStringLiteral("sample:1"), {}, {}}, progress);
        QVERIFY2(id.has_value(), id ? "" : qPrintable(id.error().message));
        auto image = store.image(QStringLiteral("sample:1"));
        QVERIFY(image.has_value());
        QCOMPARE(image->id, *id);
        QCOMPARE(image->config.diffIds, QStringList{QStringLiteral("sha256:") + Sha256::hexOf(tar)});
        const QString diff = store.layer(image->config.diffIds.first())->diffPath;
        QCOMPARE(readWholeFile(diff + QStringLiteral("/etc/hostname")).value(), QByteArray("sample\n"));
        struct stat tool, alias, tmp;
        QCOMPARE(::stat(QFile::encodeName(diff + QStringLiteral("/bin/tool")).constData(), &tool), 0);
        QCOMPARE(::stat(QFile::encodeName(diff + QStringLiteral("/bin/alias")).constData(), &alias), 0);
        QCOMPARE(tool.st_ino, alias.st_ino);
        QCOMPARE(tool.st_mode & 07777, mode_t(0755));
        QCOMPARE(::stat(QFile::encodeName(diff + QStringLiteral("/tmp")).constData(), &tmp), 0);
        QCOMPARE(tmp.st_mode & 07777, mode_t(01777));
        QCOMPARE(QFileInfo(diff + QStringLiteral("/etc/link")).symLinkTarget(), QStringLiteral("/etc/hostname"));
        QCOMPARE(layerBytes(store, image->config.diffIds.first()), tar);
        QVERIFY(temp.tmpEntries().isEmpty());
    }

    void whiteoutsBecomeOverlayFormAndBack()
    {
        REQUIRE_ROOT();
        TempStore temp;
        ImageStore store = temp.open();
        const QByteArray tar = makeTar({{"dir/", 'd'},
                                        {"dir/.wh.gone", 'f'},
                                        {"opq/", 'd'},
                                        {"opq/.wh..wh..opq", 'f'},
                                        {"opq/new", 'f', "fresh"},
                                        {".wh.rootgone", 'f'}});
        BufferSource source(tar);
        Progress progress;
        auto id = store.importRootfs(source, {}, progress);
        QVERIFY2(id.has_value(), id ? "" : qPrintable(id.error().message));
        const QString diff = store.layer(QStringLiteral("sha256:") + Sha256::hexOf(tar))->diffPath;
        for (const QString &name : {QStringLiteral("/dir/gone"), QStringLiteral("/rootgone")}) {
            struct stat info;
            QCOMPARE(::lstat(QFile::encodeName(diff + name).constData(), &info), 0);
            QVERIFY(S_ISCHR(info.st_mode));
            QCOMPARE(info.st_rdev, makedev(0, 0));
        }
        QVERIFY(!QFileInfo::exists(diff + QStringLiteral("/dir/.wh.gone")));
        QVERIFY(!QFileInfo::exists(diff + QStringLiteral("/opq/.wh..wh..opq")));
        char value[8] = {};
        QCOMPARE(::lgetxattr(QFile::encodeName(diff + QStringLiteral("/opq")).constData(), "trusted.overlay.opaque", value, sizeof value), ssize_t(1));
        QCOMPARE(value[0], 'y');
        // And back: save streams the very bytes that were imported.
        QCOMPARE(layerBytes(store, QStringLiteral("sha256:") + Sha256::hexOf(tar)), tar);
    }

    void devicesAndSetuidStayInsideTheLayer()
    {
        REQUIRE_ROOT();
        TempStore temp;
        ImageStore store = temp.open();
        TarEntry null{"dev/null", 'c'};
        null.devMajor = 1;
        null.devMinor = 3;
        null.mode = 0666;
        const QByteArray tar = makeTar({{"dev/", 'd'}, null, {"bin/", 'd'}, {"bin/su", 'f', "binary", {}, 04755}, {"fifo", 'p'}});
        BufferSource source(tar);
        Progress progress;
        QVERIFY(store.importRootfs(source, {}, progress).has_value());
        const QString diff = store.layer(QStringLiteral("sha256:") + Sha256::hexOf(tar))->diffPath;
        struct stat info;
        QCOMPARE(::lstat(QFile::encodeName(diff + QStringLiteral("/dev/null")).constData(), &info), 0);
        QVERIFY(S_ISCHR(info.st_mode));
        QCOMPARE(info.st_rdev, makedev(1, 3));
        QCOMPARE(::lstat(QFile::encodeName(diff + QStringLiteral("/bin/su")).constData(), &info), 0);
        QCOMPARE(info.st_mode & 07777, mode_t(04755));
        QCOMPARE(::lstat(QFile::encodeName(diff + QStringLiteral("/fifo")).constData(), &info), 0);
        QVERIFY(S_ISFIFO(info.st_mode));
    }

    void exactBytesForGnuTarLongNamesSparseAndTrailingData()
    {
        REQUIRE_ROOT();
        QTemporaryDir tree;
        const QString longDir = tree.path() + QStringLiteral("/") + QString(120, QLatin1Char('d'));
        QDir().mkpath(longDir);
        writeFile(longDir, QString(150, QLatin1Char('f')), "long name");
        writeFile(tree.path(), QStringLiteral("big"), randomBytes(5 << 20, 7));
        QFile sparse(tree.path() + QStringLiteral("/sparse"));
        QVERIFY(sparse.open(QIODevice::WriteOnly));
        sparse.seek(3 << 20);
        sparse.write("end");
        sparse.close();
        for (int i = 0; i < 300; ++i)
            writeFile(tree.path(), QStringLiteral("small%1").arg(i), QByteArray(i, 'x'));
        QTemporaryDir out;
        for (const QString &format : {QStringLiteral("gnu"), QStringLiteral("posix")}) {
            const QString tarPath = out.path() + QStringLiteral("/") + format + QStringLiteral(".tar");
            auto run = runProgram(QStringLiteral("tar"), {QStringLiteral("--format=") + format, QStringLiteral("-S"),
                                                          QStringLiteral("-C"), tree.path(), QStringLiteral("-cf"), tarPath, QStringLiteral(".")});
            QCOMPARE(run.exitCode, 0);
            QByteArray tar = readWholeFile(tarPath, qint64(1) << 30).value();
            tar.append(QByteArray(2048, '\0')).append("trailing junk after the end");
            TempStore temp;
            ImageStore store = temp.open();
            BufferSource source(tar);
            Progress progress;
            auto id = store.importRootfs(source, {}, progress);
            QVERIFY2(id.has_value(), id ? "" : qPrintable(id.error().message));
            const QString diffId = QStringLiteral("sha256:") + Sha256::hexOf(tar);
            QCOMPARE(store.image(*id)->config.diffIds.first(), diffId);
            const QByteArray back = layerBytes(store, diffId);
            QCOMPARE(back.size(), tar.size());
            QVERIFY(back == tar);
            const QString diff = store.layer(diffId)->diffPath;
            QCOMPARE(QFileInfo(diff + QStringLiteral("/sparse")).size(), qint64((3 << 20) + 3));
            QCOMPARE(readWholeFile(diff + QStringLiteral("/big"), 64 << 20).value(), randomBytes(5 << 20, 7));
        }
    }

    void hostileAndBrokenTarsChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("expectedError");
        const QByteArray good = makeTar(sampleRootfs());
        const QString outside = QStringLiteral("/tmp/porthole-escape-test");
        QTest::newRow("absolute name") << makeTar({{"/tmp/porthole-escape-test", 'f', "x"}}) << "absolute name";
        QTest::newRow("dot dot") << makeTar({{"../porthole-escape-test", 'f', "x"}}) << "escapes the layer";
        QTest::newRow("nested dot dot") << makeTar({{"a/../../porthole-escape-test", 'f', "x"}}) << "escapes the layer";
        QTest::newRow("write through symlink") << makeTar({{"link", 'l', {}, "/tmp"}, {"link/porthole-escape-test", 'f', "x"}})
                                               << "through the symbolic link";
        QTest::newRow("write through relative symlink") << makeTar({{"up", 'l', {}, "../../../../../../tmp"}, {"up/porthole-escape-test", 'f', "x"}})
                                                        << "through the symbolic link";
        QTest::newRow("hard link absolute") << makeTar({{"passwd", 'h', {}, "/etc/passwd"}}) << "absolute name";
        QTest::newRow("hard link dot dot") << makeTar({{"passwd", 'h', {}, "../../../../etc/passwd"}}) << "escapes the layer";
        QTest::newRow("hard link through symlink") << makeTar({{"etc", 'l', {}, "/etc"}, {"passwd", 'h', {}, "etc/passwd"}})
                                                   << "through the symbolic link";
        QTest::newRow("hard link to nothing") << makeTar({{"passwd", 'h', {}, "missing"}}) << "not an earlier entry";
        QTest::newRow("duplicate") << makeTar({{"a", 'f', "1"}, {"a", 'f', "2"}}) << "duplicate tar entry a";
        QTest::newRow("duplicate whiteout") << makeTar({{"a", 'f', "1"}, {".wh.a", 'f'}}) << "duplicate tar entry a";
        QTest::newRow("not a tar") << randomBytes(100000, 3) << "not a tar archive";
        QTest::newRow("empty") << QByteArray() << "empty";
        QTest::newRow("truncated") << good.left(1000) << "";
        QByteArray text;
        for (int i = 0; i < 20000; ++i)
            text += QByteArray::number(i) + '\n';
        QByteArray corruptGzip = compress(makeTar({{"text", 'f', text}}), QStringLiteral("gzip"));
        for (int i = 2000; i < 2100; ++i)
            corruptGzip[i] = char(corruptGzip[i] ^ 0x5a);
        QTest::newRow("corrupt gzip") << corruptGzip << "";
        // Random content is stored, not compressed: only the CRC can tell.
        QByteArray storedGzip = compress(makeTar({{"big", 'f', randomBytes(200000, 9)}}), QStringLiteral("gzip"));
        for (int i = 2000; i < 2100; ++i)
            storedGzip[i] = char(storedGzip[i] ^ 0x5a);
        QTest::newRow("corrupt stored gzip") << storedGzip << "gzip CRC mismatch";
        QTest::newRow("truncated zstd") << compress(good, QStringLiteral("zstd")).left(60) << "";
        QTest::newRow("gzip of garbage") << compress(randomBytes(5000, 4), QStringLiteral("gzip")) << "not a tar archive";
        Q_UNUSED(outside);
    }
    void hostileAndBrokenTarsChangeNothing()
    {
        REQUIRE_ROOT();
        QFETCH(QByteArray, input);
        QFETCH(QString, expectedError);
        QFile::remove(QStringLiteral("/tmp/porthole-escape-test"));
        TempStore temp;
        ImageStore store = temp.open();
        BufferSource source(input);
        Progress progress;
        auto id = store.importRootfs(source, {QStringLiteral("hostile:1"), {}, {}}, progress);
        QVERIFY(!id.has_value());
        QVERIFY2(id.error().message.contains(expectedError), qPrintable(id.error().message));
        QVERIFY2(!id.error().message.contains(QLatin1Char('\n')), qPrintable(id.error().message));
        QVERIFY2(temp.isEmpty(), qPrintable(temp.layerDirs().join(u',') + temp.tmpEntries().join(u',')));
        QVERIFY(!store.image(QStringLiteral("hostile:1")).has_value());
        QVERIFY(!QFileInfo::exists(QStringLiteral("/tmp/porthole-escape-test")));
        QCOMPARE(readWholeFile(QStringLiteral("/etc/passwd")).has_value(), true);
    }

    void diskFullLeavesNothing()
    {
        REQUIRE_ROOT();
        QTemporaryDir dir;
        TmpfsMount mount(dir.path() + QStringLiteral("/small"), "size=1m");
        QVERIFY(mount.mounted);
        TempStore temp;
        temp.paths.root = mount.path;
        ImageStore store = temp.open();
        BufferSource source(makeTar({{"big", 'f', randomBytes(4 << 20, 11)}}));
        Progress progress;
        auto id = store.importRootfs(source, {QStringLiteral("full:1"), {}, {}}, progress);
        QVERIFY(!id.has_value());
        QVERIFY2(id.error().message.contains(QStringLiteral("No space left on device")), qPrintable(id.error().message));
        QVERIFY(temp.isEmpty());
    }

    void cancelLeavesNothing()
    {
        REQUIRE_ROOT();
        TempStore temp;
        ImageStore store = temp.open();
        QList<TarEntry> entries;
        for (int i = 0; i < 50; ++i)
            entries.append({QByteArray("file") + QByteArray::number(i), 'f', randomBytes(200000, quint32(i))});
        BufferSource source(makeTar(entries));
        Progress *self = nullptr;
        Progress progress([&](qint64 bytes, qint64) {
            if (bytes > (1 << 20))
                self->cancel();
        });
        self = &progress;
        auto id = store.importRootfs(source, {}, progress);
        QVERIFY(!id.has_value());
        QCOMPARE(id.error().message, QStringLiteral("cancelled"));
        QVERIFY(temp.isEmpty());
    }

    void sharedLayerStoredOnceAndRemovedLast()
    {
        REQUIRE_ROOT();
        TempStore temp;
        ImageStore store = temp.open();
        const QByteArray tar = makeTar(sampleRootfs());
        Progress progress;
        BufferSource first(tar);
        auto a = store.importRootfs(first, {QStringLiteral("one:1"), {QStringLiteral("CMD [\"a\"]")}, {}}, progress);
        BufferSource second(tar);
        auto b = store.importRootfs(second, {QStringLiteral("two:1"), {QStringLiteral("CMD [\"b\"]")}, {}}, progress);
        QVERIFY(a.has_value() && b.has_value());
        QVERIFY(*a != *b);
        QCOMPARE(temp.layerDirs().size(), 1);
        QCOMPARE(temp.imageDirs().size(), 2);
        auto removed = store.remove(QStringLiteral("one:1"), false);
        QVERIFY(removed.has_value());
        QCOMPARE(removed->size(), 2); // Untagged + Deleted image; the layer stays
        QCOMPARE(temp.layerDirs().size(), 1);
        removed = store.remove(QStringLiteral("two:1"), false);
        QVERIFY(removed.has_value());
        QCOMPARE(removed->last(), QStringLiteral("Deleted: sha256:") + Sha256::hexOf(tar));
        QVERIFY(temp.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLayers)
#include "tst_layers.moc"
