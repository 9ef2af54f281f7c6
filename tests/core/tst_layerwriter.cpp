// The layer writer on its own, below the path guard: links planted in the
// layer cannot lead a write outside it (the kernel resolves every path
// inside), and what a tar says of an entry — owner, setuid, times, extended
// attributes, POSIX ACLs, a directory's mode after its contents — is kept.
#include "layers/layerwriter.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtEndian>
#include <archive.h>
#include <archive_entry.h>
#include <memory>
#include <sys/stat.h>
#include <sys/xattr.h>

using namespace porthole;

namespace {

struct EntryFree {
    void operator()(struct archive_entry *entry) const { archive_entry_free(entry); }
};
using Entry = std::unique_ptr<struct archive_entry, EntryFree>;

Entry entryOf(mode_t type, mode_t perm, la_int64_t size = 0)
{
    Entry entry(archive_entry_new());
    archive_entry_set_filetype(entry.get(), type);
    archive_entry_set_perm(entry.get(), perm);
    archive_entry_set_size(entry.get(), size);
    archive_entry_set_uid(entry.get(), 0);
    archive_entry_set_gid(entry.get(), 0);
    return entry;
}

Entry symlinkTo(const char *target)
{
    Entry entry = entryOf(AE_IFLNK, 0777);
    archive_entry_set_symlink(entry.get(), target);
    return entry;
}

// One whole entry through the writer: begin, its data, finish.
Status put(LayerWriter &writer, struct archive_entry *entry, const QByteArray &path, const QByteArray &data = {},
           const QByteArray &hardLink = {})
{
    if (auto ok = writer.begin(entry, path, hardLink); !ok)
        return ok;
    if (!data.isEmpty())
        if (auto ok = writer.write(data.constData(), size_t(data.size()), 0); !ok)
            return ok;
    return writer.finishEntry();
}

QStringList entriesUnder(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
}

} // namespace

class TestLayerWriter : public QObject {
    Q_OBJECT
private slots:
    // Absolute and relative symlinks to a directory outside, planted in the
    // layer: writing through them, or hard-linking through them to a file
    // outside, never touches the outside (no guard above the writer here).
    void linksInTheLayerCannotLeadOutside()
    {
        QTemporaryDir outside, layer;
        QVERIFY(outside.isValid() && layer.isValid());
        testsupport::writeFile(outside.path(), QStringLiteral("secret"), "keep");
        const QByteArray out = QFile::encodeName(outside.path());
        QByteArray up = "..";
        for (int i = 0; i < 12; ++i)
            up += "/..";
        auto writer = LayerWriter::open(QFile::encodeName(layer.path()));
        QVERIFY2(writer, writer ? "" : qPrintable(writer.error().message));
        QVERIFY(put(*writer, symlinkTo(out.constData()).get(), "abs"));
        QVERIFY(put(*writer, symlinkTo(QByteArray(up + out).constData()).get(), "rel"));
        for (const QByteArray &via : {QByteArray("abs"), QByteArray("rel")}) {
            (void)put(*writer, entryOf(AE_IFREG, 0644, 4).get(), via + "/planted", "evil");
            (void)put(*writer, entryOf(AE_IFDIR, 0755).get(), via + "/dir");
            (void)put(*writer, entryOf(AE_IFREG, 0644).get(), via + "/made/below");
            (void)put(*writer, entryOf(AE_IFREG, 0644).get(), via + "-hard", {}, via + "/secret");
            (void)writer->whiteout(via + "/secret");
        }
        QVERIFY(writer->close());
        QCOMPARE(entriesUnder(outside.path()), QStringList{QStringLiteral("secret")});
        struct stat info;
        QCOMPARE(::stat(QFile::encodeName(outside.path() + QStringLiteral("/secret")).constData(), &info), 0);
        QCOMPARE(info.st_nlink, nlink_t(1));
        QVERIFY(S_ISREG(info.st_mode));
    }

    // A name whose last component is ".." or "." (which the path guard above
    // the writer never lets through) is refused: as a directory it would
    // otherwise name the directory above the layer to chown, chmod and set
    // attributes on (found by the layerwriter fuzzer).
    void dotDotNamesStayInside()
    {
        QTemporaryDir scratch;
        QVERIFY(scratch.isValid());
        const QString above = scratch.filePath(QStringLiteral("layer"));
        const QString root = above + QStringLiteral("/diff");
        QVERIFY(QDir().mkpath(root));
        struct stat before;
        QCOMPARE(::stat(QFile::encodeName(above).constData(), &before), 0);
        auto writer = LayerWriter::open(QFile::encodeName(root));
        QVERIFY2(writer, writer ? "" : qPrintable(writer.error().message));
        QVERIFY(put(*writer, entryOf(AE_IFDIR, 0755).get(), "a"));
        for (const QByteArray &name : {QByteArray(".."), QByteArray("a/.."), QByteArray("a/../.."), QByteArray("a/.")}) {
            Entry dir = entryOf(AE_IFDIR, 0700);
            archive_entry_set_uid(dir.get(), 1234);
            archive_entry_set_gid(dir.get(), 1234);
            archive_entry_xattr_add_entry(dir.get(), "user.escaped", "y", 1);
            const Status written = put(*writer, dir.get(), name);
            QVERIFY2(!written && written.error().message.contains(QLatin1String(name)), name.constData());
        }
        QVERIFY(writer->close());
        struct stat after;
        QCOMPARE(::stat(QFile::encodeName(above).constData(), &after), 0);
        QCOMPARE(after.st_uid, before.st_uid);
        QCOMPARE(after.st_mode, before.st_mode);
        QCOMPARE(::getxattr(QFile::encodeName(above).constData(), "user.escaped", nullptr, 0), ssize_t(-1));
        for (const QString &dir : {root, QString(root + QStringLiteral("/a"))}) {
            QCOMPARE(::stat(QFile::encodeName(dir).constData(), &after), 0);
            QVERIFY2(after.st_uid != 1234, qPrintable(dir));
            QCOMPARE(::getxattr(QFile::encodeName(dir).constData(), "user.escaped", nullptr, 0), ssize_t(-1));
        }
        QCOMPARE(entriesUnder(above), QStringList{QStringLiteral("diff")});
    }

    // Owners, setuid, times, a directory's mode after its contents, and
    // extended attributes and ACLs as the kernel's attributes.
    void keepsWhatTheTarSays()
    {
        REQUIRE_ROOT();
        QTemporaryDir layer;
        auto writer = LayerWriter::open(QFile::encodeName(layer.path()));
        QVERIFY(writer);
        Entry dir = entryOf(AE_IFDIR, 0555);
        archive_entry_set_mtime(dir.get(), 1000000000, 0);
        QVERIFY(put(*writer, dir.get(), "ro"));
        Entry file = entryOf(AE_IFREG, 04755, 6);
        archive_entry_set_uid(file.get(), 1000);
        archive_entry_set_gid(file.get(), 1001);
        archive_entry_set_mtime(file.get(), 1234567890, 5);
        archive_entry_xattr_add_entry(file.get(), "user.note", "hi", 2);
        archive_entry_acl_add_entry(file.get(), ARCHIVE_ENTRY_ACL_TYPE_ACCESS, ARCHIVE_ENTRY_ACL_READ,
                                    ARCHIVE_ENTRY_ACL_USER, 4242, "someone");
        archive_entry_acl_add_entry(file.get(), ARCHIVE_ENTRY_ACL_TYPE_ACCESS,
                                    ARCHIVE_ENTRY_ACL_READ | ARCHIVE_ENTRY_ACL_EXECUTE, ARCHIVE_ENTRY_ACL_MASK, -1, nullptr);
        auto ok = put(*writer, file.get(), "ro/tool", "binary");
        QVERIFY2(ok, ok ? "" : qPrintable(ok.error().message));
        QVERIFY(writer->close());

        const QByteArray tool = QFile::encodeName(layer.path() + QStringLiteral("/ro/tool"));
        struct stat info;
        QCOMPARE(::lstat(tool.constData(), &info), 0);
        QCOMPARE(info.st_uid, uid_t(1000));
        QCOMPARE(info.st_gid, gid_t(1001));
        QCOMPARE(info.st_mode & 07000, mode_t(04000));
        QCOMPARE(info.st_mtim.tv_sec, time_t(1234567890));
        char note[8] = {};
        QCOMPARE(::lgetxattr(tool.constData(), "user.note", note, sizeof note), ssize_t(2));
        QCOMPARE(QByteArray(note), QByteArray("hi"));
        char acl[128] = {};
        const ssize_t aclSize = ::lgetxattr(tool.constData(), "system.posix_acl_access", acl, sizeof acl);
        QVERIFY(aclSize > 4);
        bool named = false;
        for (ssize_t at = 4; at + 8 <= aclSize; at += 8)
            named = named || (qFromLittleEndian<quint16>(acl + at) == 0x02 && qFromLittleEndian<quint32>(acl + at + 4) == 4242);
        QVERIFY(named);
        QCOMPARE(::lstat(QFile::encodeName(layer.path() + QStringLiteral("/ro")).constData(), &info), 0);
        QCOMPARE(info.st_mode & 07777, mode_t(0555));
        QCOMPARE(info.st_mtim.tv_sec, time_t(1000000000));
    }

    // A path whose parents the tar does not list gets them (as tar does).
    void makesMissingParents()
    {
        QTemporaryDir layer;
        auto writer = LayerWriter::open(QFile::encodeName(layer.path()));
        QVERIFY(writer);
        Entry file = entryOf(AE_IFREG, 0644, 2);
        archive_entry_set_uid(file.get(), ::geteuid());
        archive_entry_set_gid(file.get(), ::getegid());
        QVERIFY(put(*writer, file.get(), "a/b/c/file", "ok"));
        QVERIFY(writer->close());
        QFile made(layer.path() + QStringLiteral("/a/b/c/file"));
        QVERIFY(made.open(QIODevice::ReadOnly));
        QCOMPARE(made.readAll(), QByteArray("ok"));
    }
};

QTEST_GUILESS_MAIN(TestLayerWriter)
#include "tst_layerwriter.moc"
