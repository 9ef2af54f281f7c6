#pragma once
// What every registry operation of one command (or one window action)
// shares: registries.conf, the credentials, TLS settings, the HTTP engine
// and one session per registry (its scheme and tokens). Create it on the
// thread that will use it; its calls block that thread, never an event loop.
#include "base/error.h"
#include "registry/credentials.h"
#include "registry/httpengine.h"
#include "registry/registriesconf.h"
#include "registry/registrysession.h"
#include "registry/tlssettings.h"

#include <map>
#include <memory>
#include <mutex>

namespace porthole {

class RegistryContext {
public:
    // registries.conf from its usual places, credentials from
    // $REGISTRY_AUTH_FILE / ~/.config/porthole/auth.json and
    // ~/.docker/config.json, certs.d from /etc/docker and /etc/containers.
    static Result<std::unique_ptr<RegistryContext>> fromEnvironment();
    RegistryContext(RegistriesConf conf, CredentialStore credentials, TlsSettings tls);

    const RegistriesConf &conf() const { return m_conf; }
    const CredentialStore &credentials() const { return m_credentials; }
    HttpEngine &http() { return *m_http; }

    // The session of an endpoint's registry (shared by its repositories).
    RegistrySession &session(const RegistryEndpoint &endpoint);

private:
    RegistriesConf m_conf;
    CredentialStore m_credentials;
    TlsSettings m_tls;
    std::unique_ptr<HttpEngine> m_http;
    std::mutex m_mutex;
    std::map<QString, std::unique_ptr<RegistrySession>> m_sessions;
};

} // namespace porthole
