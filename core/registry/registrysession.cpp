#include "registry/registrysession.h"

#include "registry/credentials.h"
#include "registry/registryerrors.h"

#include <QUrlQuery>

namespace porthole {
namespace {

constexpr int kTokenMarginSeconds = 10;

QByteArray basicAuthorization(const Credentials &credentials)
{
    const QByteArray pair = credentials.username.toUtf8() + ':' + credentials.secret.toUtf8();
    return "Basic " + pair.toBase64();
}

// The challenge a client should answer: Bearer when offered, else Basic.
std::optional<AuthChallenge> preferredChallenge(const HttpResponse &response)
{
    const QList<AuthChallenge> challenges = parseWwwAuthenticate(response.headerValues("WWW-Authenticate"));
    for (const QString &scheme : {QStringLiteral("bearer"), QStringLiteral("basic")})
        for (const AuthChallenge &challenge : challenges)
            if (challenge.scheme == scheme)
                return challenge;
    return std::nullopt;
}

bool plainHttpAllowed(const RegistryEndpoint &endpoint)
{
    return endpoint.insecure || isLoopbackHost(endpoint.host);
}

} // namespace

QString authorizationFailureText(const HttpResponse &response, bool hadCredentials)
{
    if (hadCredentials && response.status == 401)
        return QStringLiteral("unauthorized: incorrect username or password");
    const QString text = registryErrorText(response.status, response.body);
    if (response.status == 401 && text.startsWith(QLatin1String("received unexpected")))
        return QStringLiteral("unauthorized: authentication required");
    return text;
}

RegistrySession::RegistrySession(HttpEngine &http, RegistryEndpoint endpoint, const CredentialStore *credentials)
    : m_http(http), m_endpoint(std::move(endpoint)), m_store(credentials)
{
}

void RegistrySession::useCredentials(const Credentials &credentials)
{
    std::lock_guard guard(m_mutex);
    m_credentials = credentials;
    m_credentialsLoaded = true;
    m_tokens.clear();
}

bool RegistrySession::hasCredentials()
{
    std::lock_guard guard(m_mutex);
    auto found = credentials();
    return found && found->has_value();
}

Result<std::optional<Credentials>> RegistrySession::credentials()
{
    if (!m_credentialsLoaded && m_store) {
        auto found = m_store->lookup(m_endpoint.domain);
        if (!found)
            return std::unexpected(found.error());
        m_credentials = *found;
    }
    m_credentialsLoaded = true;
    return m_credentials;
}

QUrl RegistrySession::url(const QString &pathAndQuery) const
{
    return QUrl(m_scheme + QStringLiteral("://") + m_endpoint.host + pathAndQuery);
}

Status RegistrySession::pingScheme(const QString &scheme, Progress &progress, bool &decided)
{
    HttpRequest request;
    request.url = QUrl(scheme + QStringLiteral("://") + m_endpoint.host + QStringLiteral("/v2/"));
    auto response = m_http.send(request, progress);
    decided = false;
    if (!response)
        return std::unexpected(response.error());
    // A TLS server asked in plain HTTP answers 400; that is not our registry's answer.
    if (scheme == QLatin1String("http") && response->status == 400 && response->body.contains("HTTPS"))
        return fail(describeRequest("GET", request.url) + QStringLiteral(": the registry speaks https"));
    decided = true;
    m_scheme = scheme;
    if (response->status == 401)
        m_challenge = preferredChallenge(*response);
    else if (response->status != 200)
        return fail(QStringLiteral("%1 does not look like a registry: GET /v2/ answered %2")
                        .arg(m_endpoint.host, httpStatusLine(response->status)));
    return {};
}

Status RegistrySession::ping(Progress &progress)
{
    std::lock_guard guard(m_mutex);
    if (m_pinged)
        return {};
    QStringList schemes{QStringLiteral("https")};
    if (plainHttpAllowed(m_endpoint))
        schemes.append(QStringLiteral("http"));
    std::optional<Error> firstError;
    for (const QString &scheme : schemes) {
        bool decided = false;
        auto ok = pingScheme(scheme, progress, decided);
        if (decided) {
            m_pinged = ok.has_value();
            return ok;
        }
        if (progress.isCancelled())
            return fail(QStringLiteral("cancelled"));
        if (!firstError)
            firstError = ok.error();
    }
    return std::unexpected(*firstError);
}

Result<BearerToken> RegistrySession::fetchToken(const QStringList &scopes, Progress &progress)
{
    const QUrl realm(m_challenge->param(QStringLiteral("realm")));
    if (!realm.isValid() || (realm.scheme() != QLatin1String("https") && realm.scheme() != QLatin1String("http")))
        return fail(QStringLiteral("the registry %1 names no usable token service (realm \"%2\")").arg(m_endpoint.host, realm.toString()));
    if (realm.scheme() == QLatin1String("http") && !isLoopbackHost(realm.authority()) && !m_endpoint.insecure)
        return fail(QStringLiteral("refusing to send credentials to the token service %1 over plain http").arg(realm.toString()));
    auto found = credentials();
    if (!found)
        return std::unexpected(found.error());
    QUrl url = realm;
    QUrlQuery query(realm);
    if (!m_challenge->param(QStringLiteral("service")).isEmpty())
        query.addQueryItem(QStringLiteral("service"), m_challenge->param(QStringLiteral("service")));
    for (const QString &scope : scopes)
        query.addQueryItem(QStringLiteral("scope"), scope);
    HttpRequest request;
    if (*found) {
        query.addQueryItem(QStringLiteral("account"), (*found)->username);
        request.headers.append({"Authorization", basicAuthorization(**found)});
    }
    url.setQuery(query);
    request.url = url;
    auto response = m_http.send(request, progress);
    if (!response)
        return std::unexpected(response.error());
    if (response->status == 401 || response->status == 403)
        return fail(authorizationFailureText(*response, found->has_value()));
    if (!response->isSuccess())
        return fail(QStringLiteral("getting a token from %1: %2").arg(realm.host(), registryErrorText(response->status, response->body)));
    return parseTokenReply(response->body, QDateTime::currentDateTimeUtc());
}

Result<QByteArray> RegistrySession::authorization(const QStringList &wanted, bool fresh, Progress &progress)
{
    std::lock_guard guard(m_mutex);
    if (!m_challenge)
        return QByteArray();
    auto found = credentials();
    if (!found)
        return std::unexpected(found.error());
    if (m_challenge->scheme == QLatin1String("basic"))
        return *found ? basicAuthorization(**found) : QByteArray();
    const QStringList scopes = mergeScopes(wanted);
    const QDateTime soon = QDateTime::currentDateTimeUtc().addSecs(kTokenMarginSeconds);
    for (auto it = m_tokens.begin(); it != m_tokens.end() && !fresh; ++it)
        if (it->expiresAt > soon && scopesCover(it.key().split(QLatin1Char(' '), Qt::SkipEmptyParts), scopes))
            return QByteArray("Bearer ") + it->token.toUtf8();
    auto token = fetchToken(scopes, progress);
    if (!token)
        return std::unexpected(token.error());
    m_tokens.insert(scopes.join(QLatin1Char(' ')), *token);
    return QByteArray("Bearer ") + token->token.toUtf8();
}

// After a 401: takes the scope the new challenge asks for; true when a new
// token is worth trying.
bool RegistrySession::learnChallenge(const HttpResponse &response, QStringList &scopes)
{
    const auto challenge = preferredChallenge(response);
    std::lock_guard guard(m_mutex);
    if (!challenge || challenge->scheme != QLatin1String("bearer") || !m_challenge || m_challenge->scheme != challenge->scheme)
        return false;
    const QString scope = challenge->param(QStringLiteral("scope"));
    if (!scope.isEmpty())
        scopes = mergeScopes(scopes + scope.split(QLatin1Char(' '), Qt::SkipEmptyParts));
    return true;
}

template <typename Reply, typename Transfer, typename ResponseOf>
Result<Reply> RegistrySession::authorized(const HttpRequest &request, const QStringList &scopes, Progress &progress,
                                          Transfer transfer, ResponseOf responseOf)
{
    if (auto ok = ping(progress); !ok)
        return std::unexpected(ok.error());
    QStringList wanted = scopes;
    for (bool fresh : {false, true}) {
        auto auth = authorization(wanted, fresh, progress);
        if (!auth)
            return std::unexpected(auth.error());
        HttpRequest attempt = request;
        if (!auth->isEmpty())
            attempt.headers.append({"Authorization", *auth});
        Result<Reply> reply = transfer(attempt);
        if (!reply || responseOf(*reply).status != 401 || fresh || !learnChallenge(responseOf(*reply), wanted))
            return reply;
    }
    Q_UNREACHABLE();
}

Result<HttpResponse> RegistrySession::send(HttpRequest request, const QStringList &scopes, Progress &progress)
{
    return authorized<HttpResponse>(
        request, scopes, progress, [&](const HttpRequest &attempt) { return m_http.send(attempt, progress); },
        [](const HttpResponse &response) -> const HttpResponse & { return response; });
}

Result<std::unique_ptr<HttpBodyStream>> RegistrySession::open(HttpRequest request, const QStringList &scopes, Progress &progress)
{
    return authorized<std::unique_ptr<HttpBodyStream>>(
        request, scopes, progress, [&](const HttpRequest &attempt) { return m_http.open(attempt, progress); },
        [](const std::unique_ptr<HttpBodyStream> &stream) -> const HttpResponse & { return stream->response(); });
}

Status RegistrySession::verifyCredentials(Progress &progress)
{
    if (auto ok = ping(progress); !ok)
        return ok;
    bool bearer = false;
    {
        std::lock_guard guard(m_mutex);
        if (!m_challenge)
            return {}; // the registry asks for no credentials
        bearer = m_challenge->scheme == QLatin1String("bearer");
        if (bearer) {
            auto token = fetchToken({}, progress);
            return token ? Status() : Status(std::unexpected(token.error()));
        }
    }
    HttpRequest request;
    request.url = url(QStringLiteral("/v2/"));
    auto auth = authorization({}, true, progress);
    if (!auth)
        return std::unexpected(auth.error());
    request.headers.append({"Authorization", *auth});
    auto response = m_http.send(request, progress);
    if (!response)
        return std::unexpected(response.error());
    if (response->status == 401 || response->status == 403)
        return fail(authorizationFailureText(*response, true));
    if (!response->isSuccess())
        return fail(registryErrorText(response->status, response->body));
    return {};
}

} // namespace porthole
