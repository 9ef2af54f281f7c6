// The layer writer alone, with no path guard above it: every entry of a tar
// goes to LayerWriter with its name and hard-link target as the archive
// spells them (only leading and trailing slashes dropped), "..", links and all. The
// writer resolves through openat2(RESOLVE_IN_ROOT) from the layer's
// descriptor, so whatever the names say, nothing may change outside the
// layer's directory: the rest of the machine is read-only (confine.h, an
// escape shows as EROFS), and the directories around the layer inside the
// scratch must keep their entries, owner, mode and times.
#include "confine.h"
#include "fuzzsupport.h"
#include "base/fsutil.h"
#include "layers/layerwriter.h"

#include <archive.h>
#include <archive_entry.h>
#include <sys/stat.h>

using namespace porthole;

namespace {

QString g_scratch;

struct Around {
    struct stat layer;
    struct stat scratch;
};

QByteArray statLine(const struct stat &info)
{
    return QByteArray::number(info.st_mode, 8) + ' ' + QByteArray::number(info.st_uid) + ':' + QByteArray::number(info.st_gid) + ' '
           + QByteArray::number(qint64(info.st_mtim.tv_sec)) + '.' + QByteArray::number(qint64(info.st_mtim.tv_nsec)) + ' '
           + QByteArray::number(qint64(info.st_ctim.tv_sec)) + '.' + QByteArray::number(qint64(info.st_ctim.tv_nsec));
}

QByteArray aroundNow(const QString &layer)
{
    struct stat a{}, b{};
    if (::lstat(QFile::encodeName(layer).constData(), &a) != 0 || ::lstat(QFile::encodeName(g_scratch).constData(), &b) != 0)
        fuzz::violated("the layer's directory or the scratch is gone");
    return statLine(a) + " | " + statLine(b);
}

QByteArray relative(const char *name)
{
    QByteArray path(name ? name : "");
    while (path.startsWith('/'))
        path.remove(0, 1);
    while (path.endsWith('/')) // a directory's name in a tar
        path.chop(1);
    return path;
}

void check(const Status &status)
{
    if (!status && fuzz::escapedScratch(status.error().message))
        fuzz::violated("the layer writer wrote outside the layer:", status.error().message);
}

void writeEntries(struct archive *reader, LayerWriter &writer)
{
    QList<QByteArray> opaque;
    struct archive_entry *entry = nullptr;
    for (int count = 0; count < 4096 && archive_read_next_header(reader, &entry) == ARCHIVE_OK; ++count) {
        const QByteArray path = relative(archive_entry_pathname(entry));
        const qsizetype slash = path.lastIndexOf('/');
        const QByteArray base = path.mid(slash + 1);
        const QByteArray parent = slash < 0 ? QByteArray() : path.left(slash);
        if (base == ".wh..wh..opq") {
            opaque.append(parent);
            continue;
        }
        if (base.startsWith(".wh.")) {
            check(writer.whiteout((parent.isEmpty() ? QByteArray() : parent + '/') + base.mid(4)));
            continue;
        }
        const char *link = archive_entry_hardlink(entry);
        Status begun = writer.begin(entry, path, link ? relative(link) : QByteArray());
        check(begun);
        if (begun && archive_entry_filetype(entry) == AE_IFREG) {
            const void *block = nullptr;
            size_t size = 0;
            la_int64_t offset = 0;
            while (archive_read_data_block(reader, &block, &size, &offset) == ARCHIVE_OK)
                if (Status wrote = writer.write(block, size, offset); !wrote) {
                    check(wrote);
                    break;
                }
        }
        check(writer.finishEntry());
    }
    for (const QByteArray &dir : std::as_const(opaque))
        check(writer.markOpaque(dir));
    check(writer.close());
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    g_scratch = fuzz::confinedScratch("layerwriter", *argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString layer = g_scratch + QStringLiteral("/layer");
    const QString diff = layer + QStringLiteral("/diff");
    if (auto made = makeDirectories(diff); !made)
        fuzz::violated("cannot make the layer's directory:", made.error().message);
    const QByteArray before = aroundNow(layer);

    struct archive *reader = archive_read_new();
    archive_read_support_format_tar(reader);
    if (archive_read_open_memory(reader, data, size) == ARCHIVE_OK) {
        auto writer = LayerWriter::open(QFile::encodeName(diff));
        if (!writer)
            fuzz::violated("cannot open the layer writer:", writer.error().message);
        writeEntries(reader, *writer);
    }
    archive_read_free(reader);

    const QStringList beside = fuzz::scratchEntries(g_scratch);
    if (beside != QStringList{QStringLiteral("layer")})
        fuzz::violated("the writer left files beside the layer:", beside.join(QLatin1Char(' ')));
    const QStringList inLayer = fuzz::scratchEntries(layer);
    if (inLayer != QStringList{QStringLiteral("diff")})
        fuzz::violated("the writer left files beside diff/:", inLayer.join(QLatin1Char(' ')));
    if (const QByteArray after = aroundNow(layer); after != before)
        fuzz::violated("the writer changed the directories around the layer:", QString::fromLatin1(before + " -> " + after));
    if (auto removed = removeTree(layer); !removed || QFileInfo::exists(layer))
        fuzz::violated("the layer cannot be removed:", removed ? QString() : removed.error().message);
    return 0;
}
