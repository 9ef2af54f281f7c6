#pragma once
// The one index of repositories and tags (repositories.json): reference ->
// image id. Read without a lock (it is only ever replaced atomically),
// changed only under the store lock.
#include "base/error.h"

#include <QDateTime>
#include <QMap>
#include <QString>

namespace porthole {

struct TagEntry {
    QString imageId; // "sha256:<hex>"
    QDateTime tagged;
};

class ImageIndex {
public:
    static Result<ImageIndex> read(const QString &path);
    Status write(const QString &path) const;

    QMap<QString, TagEntry> &references() { return m_references; }
    const QMap<QString, TagEntry> &references() const { return m_references; }
    QStringList tagsOf(const QString &imageId) const;

private:
    QMap<QString, TagEntry> m_references; // "busybox:latest" -> entry
};

} // namespace porthole
