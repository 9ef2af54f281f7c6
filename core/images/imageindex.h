#pragma once
// The one index of repositories and tags (repositories.json): reference ->
// image id, and the digests images had in registries (RepoDigests:
// "busybox@sha256:…" -> image id). Read without a lock (it is only ever
// replaced atomically), changed only under the store lock. Files written
// before digests existed load with none.
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

    QMap<QString, QString> &digests() { return m_digests; }
    const QMap<QString, QString> &digests() const { return m_digests; }
    QStringList digestsOf(const QString &imageId) const;
    // Drops the digests of repository (familiar name) held by imageId.
    QStringList removeDigestsOf(const QString &imageId, const QString &repository);

private:
    QMap<QString, TagEntry> m_references; // "busybox:latest" -> entry
    QMap<QString, QString> m_digests;     // "busybox@sha256:<manifest>" -> "sha256:<image id>"
};

} // namespace porthole
