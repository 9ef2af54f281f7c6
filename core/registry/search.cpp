#include "registry/search.h"

#include "registry/httpheaders.h"
#include "registry/registryerrors.h"

#include <QUrlQuery>

namespace porthole {
namespace {

// "localhost:5000/busy" -> ("localhost:5000", "busy"); "busy" -> ("docker.io", "busy").
QPair<QString, QString> splitTerm(const QString &term)
{
    const qsizetype slash = term.indexOf(QLatin1Char('/'));
    if (slash > 0) {
        const QString first = term.left(slash);
        if (first.contains(QLatin1Char('.')) || first.contains(QLatin1Char(':')) || first == QLatin1String("localhost"))
            return {first == QLatin1String("index.docker.io") ? QStringLiteral("docker.io") : first, term.mid(slash + 1)};
    }
    return {QStringLiteral("docker.io"), term};
}

Result<QList<SearchResult>> searchHub(RegistryContext &context, const QString &query, int limit, Progress &progress)
{
    QUrl url(QStringLiteral("https://index.docker.io/v1/search"));
    QUrlQuery parameters;
    parameters.addQueryItem(QStringLiteral("q"), query);
    parameters.addQueryItem(QStringLiteral("n"), QString::number(limit));
    url.setQuery(parameters);
    HttpRequest request;
    request.url = url;
    auto response = context.http().send(request, progress);
    if (!response)
        return std::unexpected(response.error());
    if (!response->isSuccess())
        return fail(registryErrorText(response->status, response->body));
    auto results = parseHubSearch(response->body);
    if (results && results->size() > limit)
        results->resize(limit);
    return results;
}

Result<QList<SearchResult>> searchCatalog(RegistryContext &context, const QString &domain, const QString &query, int limit,
                                          Progress &progress)
{
    RegistrySession &session = context.session(registryEndpoint(context.conf(), domain));
    if (auto ok = session.ping(progress); !ok)
        return std::unexpected(ok.error());
    QList<SearchResult> results;
    for (QString next = QStringLiteral("/v2/_catalog?n=1000"); !next.isEmpty() && results.size() < limit;) {
        HttpRequest request;
        request.url = session.url(next);
        auto response = session.send(request, {QStringLiteral("registry:catalog:*")}, progress);
        if (!response)
            return std::unexpected(response.error());
        if (!response->isSuccess())
            return fail(QStringLiteral("searching %1: %2").arg(domain, registryErrorText(response->status, response->body)));
        auto names = parseCatalog(response->body);
        if (!names)
            return std::unexpected(names.error());
        for (const QString &name : std::as_const(*names))
            if (name.contains(query, Qt::CaseInsensitive) && results.size() < limit)
                results.append(SearchResult{domain + QLatin1Char('/') + name, QString(), 0, false, false});
        next = nextLink(response->header("Link"));
    }
    return results;
}

} // namespace

Result<QList<SearchResult>> searchRegistry(RegistryContext &context, const QString &term, int limit, Progress &progress)
{
    const auto [domain, query] = splitTerm(term);
    if (domain == QLatin1String("docker.io"))
        return searchHub(context, query, limit, progress);
    return searchCatalog(context, domain, query, limit, progress);
}

} // namespace porthole
