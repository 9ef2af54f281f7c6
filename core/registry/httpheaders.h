#pragma once
// HTTP header values the registry client reads and writes: byte ranges
// (Range, Content-Range and the registry's upload "Range: 0-N"), and the
// Link header that pages tag lists and catalogs.
#include <QByteArray>
#include <QString>
#include <optional>

namespace porthole {

struct ContentRange {
    qint64 start = 0;
    qint64 end = 0;     // inclusive
    qint64 total = -1;  // -1 when "*"
};

// "bytes 100-199/200" or "bytes 100-199/*".
std::optional<ContentRange> parseContentRange(const QByteArray &value);

// "bytes=100-": the rest of a body from offset on.
QByteArray rangeFrom(qint64 offset);

// The registry's upload progress, "0-1023": the bytes it holds (1024 here).
// "0-0" with nothing uploaded yet is ambiguous; callers track their own count.
std::optional<qint64> parseUploadRange(const QByteArray &value);

// The target of rel="next" in a Link header ("</v2/_catalog?last=b&n=2>; rel=\"next\""), or "".
QString nextLink(const QByteArray &linkHeader);

} // namespace porthole
