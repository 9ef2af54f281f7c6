#pragma once
// Extracts one layer tar (plain or gzip/bzip2/xz/zstd, detected by content)
// into a directory, streaming: computes the diff_id (sha256 of the
// uncompressed tar), records the tar-split, converts whiteouts to overlayfs
// form, and refuses anything that would escape the directory.
#include "base/bytesource.h"
#include "base/error.h"
#include "base/progress.h"

#include <QString>

namespace porthole {

struct ExtractedLayer {
    QString diffIdHex;      // sha256 of the uncompressed tar, hex
    qint64 tarSize = 0;     // length of the uncompressed tar
    qint64 contentSize = 0; // sum of regular file sizes
    qint64 entries = 0;
};

// targetDir receives: diff/ (the files) and tar-split (the record); it must
// not exist yet. On error the caller removes targetDir.
Result<ExtractedLayer> extractLayer(ByteSource &source, const QString &targetDir, Progress &progress);

} // namespace porthole
