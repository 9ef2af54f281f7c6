#include "layers/layerextractor.h"

#include "base/archive.h"

#include "base/fsutil.h"
#include "base/crc32.h"
#include "layers/layerpaths.h"
#include "layers/layerwriter.h"
#include "layers/overlayxattrs.h"
#include "base/parallelhash.h"
#include "layers/tarsplit.h"

#include <QDir>
#include <QFile>
#include <archive.h>
#include <archive_entry.h>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <utility>
#include <optional>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/xattr.h>
#include <unistd.h>

namespace porthole {
namespace {

const QByteArray kWhiteoutPrefix = ".wh.";
const QByteArray kOpaqueMarker = ".wh..wh..opq";
const qint64 kMaxMetadataEntry = 64 << 20; // an entry kept whole in the record


// Feeds libarchive from a ByteSource.
struct SourceFeed {
    ByteSource *source;
    Progress *progress;
    QByteArray buffer = QByteArray(1 << 20, Qt::Uninitialized);
    Error error;
    bool failed = false;
    qint64 total = 0;
    QByteArray tail; // the last 8 bytes read: a gzip member's trailer
    QByteArray pending; // bytes peeked before libarchive started, delivered first

    static la_ssize_t read(struct archive *, void *self, const void **block)
    {
        auto feed = static_cast<SourceFeed *>(self);
        if (!feed->pending.isEmpty()) {
            feed->buffer = std::exchange(feed->pending, QByteArray());
            feed->total += feed->buffer.size();
            feed->tail = feed->buffer.right(8);
            *block = feed->buffer.constData();
            return la_ssize_t(feed->buffer.size());
        }
        if (feed->buffer.size() != (1 << 20))
            feed->buffer = QByteArray(1 << 20, Qt::Uninitialized);
        if (feed->progress->isCancelled()) {
            feed->failed = true;
            feed->error = Error{QStringLiteral("cancelled")};
            return -1;
        }
        auto n = feed->source->read(feed->buffer.data(), feed->buffer.size());
        if (!n) {
            feed->failed = true;
            feed->error = n.error();
            return -1;
        }
        feed->progress->advance(*n);
        feed->total += *n;
        if (*n >= 8)
            feed->tail = QByteArray(feed->buffer.constData() + *n - 8, 8);
        else
            feed->tail = QByteArray(feed->tail + QByteArray(feed->buffer.constData(), *n)).right(8);
        *block = feed->buffer.constData();
        return la_ssize_t(*n);
    }
};

// Feeds the tar reader with the decompressed stream, hashing and recording
// every byte on the way.
struct DecompressedFeed {
    struct archive *decompressor;
    ParallelSha256 *hash;
    std::optional<Crc32> crc; // for gzip input
    TarSplitRecorder *recorder;
    qint64 length = 0;
    bool ended = false;
    QString error;

    static la_ssize_t read(struct archive *, void *self, const void **block)
    {
        auto feed = static_cast<DecompressedFeed *>(self);
        return feed->next(block);
    }

    la_ssize_t next(const void **block)
    {
        if (ended)
            return 0;
        recorder->retire(); // the decompressor reuses its buffer
        size_t size = 0;
        la_int64_t offset = 0;
        const int rc = archive_read_data_block(decompressor, block, &size, &offset);
        if (rc == ARCHIVE_EOF) {
            ended = true;
            return 0;
        }
        if (rc != ARCHIVE_OK) {
            error = archiveErrorText(decompressor);
            return -1;
        }
        hash->addData(*block, size);
        if (crc)
            crc->addData(*block, size);
        recorder->append(static_cast<const char *>(*block), qint64(size));
        length += qint64(size);
        return la_ssize_t(size);
    }
};

// Feeds the tar reader straight from an uncompressed source. Each block is
// read into a buffer of the hasher's pool (or taken whole from a source that
// hands out chunks) and handed to the hasher when libarchive asks for the
// next one (it is done with a block by then), so the bytes are never copied.
struct DirectFeed {
    ByteSource *source;
    Progress *progress;
    ParallelSha256 *hash;
    TarSplitRecorder *recorder;
    QByteArray pending;
    char *held = nullptr;
    size_t heldSize = 0;
    QByteArray heldChunk; // from a source that hands out chunks
    qint64 length = 0;
    bool ended = false;
    bool failed = false;
    Error error;

    static la_ssize_t read(struct archive *, void *self, const void **block)
    {
        return static_cast<DirectFeed *>(self)->next(block);
    }

    void release()
    {
        if (!held && heldChunk.isEmpty())
            return;
        recorder->retire(); // the hasher reuses the buffer once done with it
        if (!heldChunk.isEmpty())
            hash->submitShared(std::exchange(heldChunk, QByteArray()));
        if (!held)
            return;
        hash->submitBuffer(held, heldSize);
        held = nullptr;
        heldSize = 0;
    }

    // The next block into *block; its size (0 at the end) or -1.
    Result<qint64> fill(const void **block)
    {
        if (!pending.isEmpty() || !source->handsOutChunks()) {
            held = hash->takeBuffer();
            heldSize = 0;
            *block = held;
            if (!pending.isEmpty()) {
                heldSize = size_t(pending.size());
                std::memcpy(held, pending.constData(), heldSize);
                pending.clear();
                return qint64(heldSize);
            }
            auto n = source->read(held, qint64(ParallelSha256::kBufferSize));
            heldSize = n ? size_t(*n) : 0;
            return n;
        }
        auto chunk = source->readChunk();
        if (!chunk)
            return std::unexpected(chunk.error());
        heldChunk = std::move(*chunk);
        *block = heldChunk.constData();
        return qint64(heldChunk.size());
    }

    la_ssize_t next(const void **block)
    {
        release();
        if (ended)
            return 0;
        if (progress->isCancelled()) {
            failed = true;
            error = Error{QStringLiteral("cancelled")};
            return -1;
        }
        auto filled = fill(block);
        if (!filled) {
            failed = true;
            error = filled.error();
            return -1;
        }
        if (*filled == 0) {
            ended = true;
            return 0;
        }
        progress->advance(*filled);
        recorder->append(static_cast<const char *>(*block), *filled);
        length += *filled;
        return la_ssize_t(*filled);
    }
};

bool looksCompressed(const QByteArray &head)
{
    static const QByteArray magics[] = {QByteArray("\x1f\x8b"), QByteArray("\x1f\x9d"), QByteArray("BZh"),
                                        QByteArray("\xfd" "7zXZ\0", 6), QByteArray("\x28\xb5\x2f\xfd"),
                                        QByteArray("\x5d\0\0", 3), QByteArray("\x04\x22\x4d\x18"), QByteArray("LZIP")};
    for (const QByteArray &magic : magics)
        if (head.startsWith(magic))
            return true;
    return false;
}

class Extraction {
public:
    Extraction(ByteSource &source, const QString &targetDir, Progress &progress)
        : m_source(source), m_targetDir(targetDir), m_progress(progress)
    {
    }
    Result<ExtractedLayer> run();

private:
    Status openReaders();
    Status extractEntries();
    Status extractEntry(struct archive_entry *entry);
    Status copyData(const QByteArray &path);
    Status drainRemainder();
    Status checkGzipTrailer() const;
    Error readError(struct archive *reader, const QString &what) const;
    Result<QByteArray> peek();
    la_ssize_t nextStreamBlock(const void **block) { return m_direct ? m_directFeed.next(block) : m_feed.next(block); }
    qint64 streamLength() const { return m_direct ? m_directFeed.length : m_feed.length; }

    ByteSource &m_source;
    QString m_targetDir;
    Progress &m_progress;
    QByteArray m_root; // canonical path of diff/
    ArchiveReader m_decompressor;
    ArchiveReader m_tar;
    std::optional<LayerWriter> m_writer;
    ParallelSha256 m_hash;
    bool m_direct = false; // uncompressed input: no decompressor in between
    SourceFeed m_sourceFeed{};
    DecompressedFeed m_feed{};
    DirectFeed m_directFeed{};
    TarSplitRecorder m_recorder;
    LayerPathGuard m_guard;
    QList<QByteArray> m_opaqueDirs;
    ExtractedLayer m_result;
};

Error Extraction::readError(struct archive *reader, const QString &what) const
{
    if (m_sourceFeed.failed)
        return m_sourceFeed.error;
    if (m_directFeed.failed)
        return m_directFeed.error;
    if (!m_feed.error.isEmpty())
        return Error{QStringLiteral("corrupt compressed data in %1: %2").arg(m_source.name(), m_feed.error)};
    return Error{QStringLiteral("%1 in %2: %3").arg(what, m_source.name(), archiveErrorText(reader))};
}

// The first bytes of the source, to tell compressed input from a plain tar.
Result<QByteArray> Extraction::peek()
{
    QByteArray head(512, Qt::Uninitialized);
    qsizetype got = 0;
    while (got < head.size()) {
        auto n = m_source.read(head.data() + got, head.size() - got);
        if (!n)
            return std::unexpected(n.error());
        if (*n == 0)
            break;
        got += *n;
    }
    head.truncate(got);
    return head;
}

Status Extraction::openReaders()
{
    auto head = peek();
    if (!head)
        return std::unexpected(head.error());
    if (head->isEmpty())
        return fail(QStringLiteral("%1 is empty, not a tar archive").arg(m_source.name()));
    m_tar.reset(archive_read_new());
    archive_read_support_format_tar(m_tar.get());
    if (!looksCompressed(*head)) {
        m_direct = true;
        m_directFeed = DirectFeed{&m_source, &m_progress, &m_hash, &m_recorder, *head};
        if (archive_read_open(m_tar.get(), &m_directFeed, nullptr, &DirectFeed::read, nullptr) != ARCHIVE_OK)
            return std::unexpected(readError(m_tar.get(), QStringLiteral("not a tar archive")));
    } else {
        m_sourceFeed.source = &m_source;
        m_sourceFeed.progress = &m_progress;
        m_sourceFeed.pending = *head;
        m_decompressor.reset(archive_read_new());
        archive_read_support_filter_all(m_decompressor.get());
        archive_read_support_format_raw(m_decompressor.get());
        if (archive_read_open(m_decompressor.get(), &m_sourceFeed, nullptr, &SourceFeed::read, nullptr) != ARCHIVE_OK)
            return std::unexpected(readError(m_decompressor.get(), QStringLiteral("cannot read data")));
        struct archive_entry *raw = nullptr;
        if (archive_read_next_header(m_decompressor.get(), &raw) != ARCHIVE_OK)
            return std::unexpected(readError(m_decompressor.get(), QStringLiteral("cannot read data")));
        if (archive_filter_code(m_decompressor.get(), 0) == ARCHIVE_FILTER_GZIP)
            m_feed.crc.emplace();
        m_feed.decompressor = m_decompressor.get();
        m_feed.hash = &m_hash;
        m_feed.recorder = &m_recorder;
        if (archive_read_open(m_tar.get(), &m_feed, nullptr, &DecompressedFeed::read, nullptr) != ARCHIVE_OK)
            return std::unexpected(readError(m_tar.get(), QStringLiteral("not a tar archive")));
    }

    return {};
}

Status Extraction::copyData(const QByteArray &path)
{
    for (;;) {
        const void *block = nullptr;
        size_t size = 0;
        la_int64_t offset = 0;
        const int rc = archive_read_data_block(m_tar.get(), &block, &size, &offset);
        if (rc == ARCHIVE_EOF)
            return {};
        if (rc != ARCHIVE_OK)
            return std::unexpected(readError(m_tar.get(), QStringLiteral("cannot read %1").arg(QString::fromLocal8Bit(path))));
        if (auto ok = m_writer->write(block, size, offset); !ok)
            return ok;
    }
}

Status Extraction::extractEntry(struct archive_entry *entry)
{
    auto name = LayerPathGuard::normalize(QByteArray(archive_entry_pathname(entry)));
    if (!name)
        return std::unexpected(name.error());
    const QByteArray path = *name;
    const mode_t type = archive_entry_filetype(entry);
    const qsizetype slash = path.lastIndexOf('/');
    const QByteArray parent = slash < 0 ? QByteArray() : path.left(slash);
    const QByteArray base = slash < 0 ? path : path.mid(slash + 1);

    const bool plainFile = type == AE_IFREG && !archive_entry_hardlink(entry)
                           && archive_entry_sparse_count(entry) == 0 && !base.startsWith(kWhiteoutPrefix);
    const qint64 payload = plainFile ? archive_entry_size(entry) : 0;
    const qint64 headerStart = archive_read_header_position(m_tar.get());
    const qint64 payloadStart = archive_filter_bytes(m_tar.get(), 0);
    if (auto ok = m_recorder.beginEntry(headerStart, payloadStart, payload, path); !ok)
        return ok;
    if (!plainFile && archive_entry_size(entry) > kMaxMetadataEntry)
        return fail(QStringLiteral("tar entry %1: sparse or special entries over 64 MiB are not supported")
                        .arg(QString::fromLocal8Bit(path)));

    if (base == kOpaqueMarker) {
        if (auto ok = m_guard.claim(path, false, false); !ok)
            return ok;
        m_opaqueDirs.append(parent);
        return {};
    }
    if (base.startsWith(kWhiteoutPrefix)) {
        const QByteArray hidden = (parent.isEmpty() ? QByteArray() : parent + '/') + base.mid(kWhiteoutPrefix.size());
        if (auto ok = m_guard.claim(hidden, false, false); !ok)
            return ok;
        return m_writer->whiteout(hidden);
    }

    if (auto ok = m_guard.claim(path, type == AE_IFLNK, type == AE_IFDIR); !ok)
        return ok;
    QByteArray linkTarget;
    if (const char *link = archive_entry_hardlink(entry)) {
        auto target = LayerPathGuard::normalize(QByteArray(link));
        if (!target)
            return std::unexpected(target.error());
        if (auto ok = m_guard.checkHardLinkTarget(*target); !ok)
            return ok;
        linkTarget = *target;
    }
    dropOverlayXattrs(entry);
    if (auto ok = m_writer->begin(entry, path, linkTarget); !ok)
        return ok;
    if (type == AE_IFREG) {
        m_result.contentSize += archive_entry_size(entry);
        if (auto ok = copyData(path); !ok)
            return ok;
    }
    return m_writer->finishEntry();
}

Status Extraction::extractEntries()
{
    for (;;) {
        if (m_progress.isCancelled())
            return fail(QStringLiteral("cancelled"));
        struct archive_entry *entry = nullptr;
        const int rc = archive_read_next_header(m_tar.get(), &entry);
        if (rc == ARCHIVE_EOF)
            return {};
        if (rc != ARCHIVE_OK && rc != ARCHIVE_WARN) {
            if (m_result.entries == 0 && m_feed.error.isEmpty() && !m_sourceFeed.failed && !m_directFeed.failed)
                return fail(QStringLiteral("%1 is not a tar archive (%2)").arg(m_source.name(), archiveErrorText(m_tar.get())));
            return std::unexpected(readError(m_tar.get(), QStringLiteral("damaged tar data")));
        }
        if (auto ok = extractEntry(entry); !ok)
            return ok;
        ++m_result.entries;
        m_progress.advance(0, 1);
    }
}

// Reads what follows the tar's end marker, so the diff_id covers the whole stream.
Status Extraction::drainRemainder()
{
    const void *block = nullptr;
    for (;;) {
        const la_ssize_t n = nextStreamBlock(&block);
        if (n == 0)
            return {};
        if (n < 0)
            return std::unexpected(readError(m_direct ? m_tar.get() : m_decompressor.get(), QStringLiteral("cannot read data")));
        if (streamLength() > (qint64(1) << 40))
            return fail(QStringLiteral("too much data after the end of the tar archive"));
        if (m_recorder.retainedBytes() > kMaxMetadataEntry)
            return fail(QStringLiteral("%1: more than 64 MiB of data after the end of the tar archive").arg(m_source.name()));
    }
}

// libarchive does not check a gzip member's CRC. The trailer read last is
// the last member's: when its length field matches the whole output (one
// member, the usual case), its CRC must match too.
Status Extraction::checkGzipTrailer() const
{
    if (!m_feed.crc || m_sourceFeed.tail.size() != 8)
        return {};
    const auto *t = reinterpret_cast<const uint8_t *>(m_sourceFeed.tail.constData());
    const uint32_t storedCrc = uint32_t(t[0]) | uint32_t(t[1]) << 8 | uint32_t(t[2]) << 16 | uint32_t(t[3]) << 24;
    const uint32_t storedSize = uint32_t(t[4]) | uint32_t(t[5]) << 8 | uint32_t(t[6]) << 16 | uint32_t(t[7]) << 24;
    if (storedSize == uint32_t(m_feed.length) && storedCrc != m_feed.crc->value())
        return fail(QStringLiteral("corrupt compressed data in %1: gzip CRC mismatch").arg(m_source.name()));
    return {};
}

Result<ExtractedLayer> Extraction::run()
{
    if (auto ok = makeDirectories(m_targetDir + QStringLiteral("/diff")); !ok)
        return std::unexpected(ok.error());
    char *canonical = ::realpath(QFile::encodeName(m_targetDir + QStringLiteral("/diff")).constData(), nullptr);
    if (!canonical)
        return fail(QStringLiteral("cannot resolve %1: %2").arg(m_targetDir, systemErrorText(errno)));
    m_root = QByteArray(canonical);
    std::free(canonical);

    auto writer = LayerWriter::open(m_root);
    if (!writer)
        return std::unexpected(writer.error());
    m_writer.emplace(std::move(*writer));
    if (auto ok = m_recorder.open(m_targetDir + QStringLiteral("/tar-split")); !ok)
        return std::unexpected(ok.error());
    if (auto ok = openReaders(); !ok)
        return std::unexpected(ok.error());
    if (auto ok = extractEntries(); !ok)
        return std::unexpected(ok.error());
    for (const QByteArray &dir : std::as_const(m_opaqueDirs))
        if (auto ok = m_writer->markOpaque(dir); !ok)
            return std::unexpected(ok.error());
    if (auto ok = m_writer->close(); !ok)
        return std::unexpected(ok.error());
    if (auto ok = drainRemainder(); !ok)
        return std::unexpected(ok.error());
    if (auto ok = checkGzipTrailer(); !ok)
        return std::unexpected(ok.error());
    if (auto ok = m_recorder.finish(); !ok)
        return std::unexpected(ok.error());
    m_directFeed.release();
    m_result.diffIdHex = m_hash.hexResult();
    m_result.tarSize = streamLength();
    m_progress.finish();
    return m_result;
}

} // namespace

Result<ExtractedLayer> extractLayer(ByteSource &source, const QString &targetDir, Progress &progress)
{
    Extraction extraction(source, targetDir, progress);
    return extraction.run();
}

} // namespace porthole
