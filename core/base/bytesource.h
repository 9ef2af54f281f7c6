#pragma once
// Byte streams the engine reads from (files, stdin, archive entries) and
// writes to, so that every tar path can stream without holding data in memory.
#include "base/error.h"
#include "base/sha256.h"

#include <QByteArray>
#include <QString>
#include <functional>

struct archive;

namespace porthole {

class ByteSource {
public:
    virtual ~ByteSource() = default;
    // Reads up to size bytes; 0 means end of stream.
    virtual Result<qint64> read(char *buffer, qint64 size) = 0;
    // How the source is named in messages and history ("-" for stdin).
    virtual QString name() const = 0;
    // A source that holds its data in chunks already hands them out whole,
    // without a copy; an empty chunk means the end.
    virtual bool handsOutChunks() const { return false; }
    virtual Result<QByteArray> readChunk() { return fail(QStringLiteral("%1 hands out no chunks").arg(name())); }
};

// A file descriptor (file, pipe or stdin). Owns the descriptor when asked to.
class FdSource : public ByteSource {
public:
    FdSource(int fd, QString name, bool owned) : m_fd(fd), m_name(std::move(name)), m_owned(owned) {}
    ~FdSource() override;
    static Result<std::unique_ptr<FdSource>> openFile(const QString &path);
    Result<qint64> read(char *buffer, qint64 size) override;
    QString name() const override { return m_name; }
    qint64 sizeIfKnown() const; // -1 for pipes

private:
    int m_fd;
    QString m_name;
    bool m_owned;
};

// The data of the current entry of a libarchive reader, with bytes already
// peeked at pushed back in front. Also hashes what it hands out, so a blob's
// digest can be checked against its name.
class ArchiveEntrySource : public ByteSource {
public:
    ArchiveEntrySource(struct archive *reader, QByteArray peeked, QString name)
        : m_reader(reader), m_peeked(std::move(peeked)), m_name(std::move(name))
    {
        m_hash.addData(m_peeked);
    }
    Result<qint64> read(char *buffer, qint64 size) override;
    QString name() const override { return m_name; }
    QString hexDigest() { return m_hash.hexResult(); }
    qint64 bytesRead() const { return m_total; }

private:
    struct archive *m_reader;
    QByteArray m_peeked;
    qsizetype m_peekedUsed = 0;
    QString m_name;
    Sha256 m_hash;
    qint64 m_total = 0;
};

// Where streamed output goes: returns an error to stop the producer.
using ByteSink = std::function<Status(const char *data, qint64 size)>;

// Writes all bytes to a file descriptor.
Status writeAllToFd(int fd, const char *data, qint64 size);

} // namespace porthole
