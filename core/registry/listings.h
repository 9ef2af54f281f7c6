#pragma once
// The lists registries answer with: a repository's tags (/v2/NAME/tags/list),
// the catalog (/v2/_catalog), and Docker Hub's search results.
#include "base/error.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace porthole {

Result<QStringList> parseTagList(const QByteArray &body);
Result<QStringList> parseCatalog(const QByteArray &body);

struct SearchResult {
    QString name; // "busybox", "team/app", "localhost:5000/app"
    QString description;
    int stars = 0;
    bool official = false;
    bool automated = false;
};

// Docker Hub's /v1/search reply: {"results":[{"name","description","star_count","is_official","is_automated"}]}.
Result<QList<SearchResult>> parseHubSearch(const QByteArray &body);

} // namespace porthole
