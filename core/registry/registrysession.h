#pragma once
// One registry as the client talks to it: https, or plain http where that
// is allowed (loopback, insecure), chosen by the /v2/ ping; the challenge
// it answered with; Bearer tokens per scope, reused until they expire, or
// Basic authentication. Safe to use from several threads at once.
#include "base/error.h"
#include "base/progress.h"
#include "registry/authfile.h"
#include "registry/authprotocol.h"
#include "registry/httpengine.h"
#include "registry/registriesconf.h"

#include <QMap>
#include <mutex>
#include <optional>

namespace porthole {

class CredentialStore;

class RegistrySession {
public:
    RegistrySession(HttpEngine &http, RegistryEndpoint endpoint, const CredentialStore *credentials);
    RegistrySession(const RegistrySession &) = delete;
    RegistrySession &operator=(const RegistrySession &) = delete;

    const RegistryEndpoint &endpoint() const { return m_endpoint; }
    // Replaces the stored credentials (login tries the ones it was given).
    void useCredentials(const Credentials &credentials);
    bool hasCredentials();

    // Chooses http or https and learns how the registry authenticates.
    Status ping(Progress &progress);
    // "scheme://host" + path, after ping.
    QUrl url(const QString &pathAndQuery) const;

    // A request with the authorization the scopes need. A 401 that asks
    // for more scope gets one more try with a new token.
    Result<HttpResponse> send(HttpRequest request, const QStringList &scopes, Progress &progress);
    Result<std::unique_ptr<HttpBodyStream>> open(HttpRequest request, const QStringList &scopes, Progress &progress);

    // Checks the credentials against the registry (login).
    Status verifyCredentials(Progress &progress);

private:
    Result<QByteArray> authorization(const QStringList &scopes, bool fresh, Progress &progress);
    Result<BearerToken> fetchToken(const QStringList &scopes, Progress &progress);
    Result<std::optional<Credentials>> credentials();
    Status pingScheme(const QString &scheme, Progress &progress, bool &decided);
    bool learnChallenge(const HttpResponse &response, QStringList &scopes);
    // send() and open(): the request with authorization, once more with a
    // fresh token when a 401 names a challenge or scope we had not met.
    template <typename Reply, typename Transfer, typename ResponseOf>
    Result<Reply> authorized(const HttpRequest &request, const QStringList &scopes, Progress &progress,
                             Transfer transfer, ResponseOf responseOf);

    HttpEngine &m_http;
    RegistryEndpoint m_endpoint;
    const CredentialStore *m_store;
    std::mutex m_mutex;
    bool m_pinged = false;
    QString m_scheme;
    std::optional<AuthChallenge> m_challenge;
    QMap<QString, BearerToken> m_tokens; // merged scopes joined by spaces -> token
    bool m_credentialsLoaded = false;
    std::optional<Credentials> m_credentials;
};

// "unauthorized: incorrect username or password" and the like for a
// registry's 401/403 reply.
QString authorizationFailureText(const HttpResponse &response, bool hadCredentials);

} // namespace porthole
