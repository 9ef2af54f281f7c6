#pragma once
// X-Registry-Auth: the credentials the docker client sends with a pull or
// a push (base64url of {"username", "password", "serveraddress"} or an
// "identitytoken" after `docker login`). They serve that one request: held
// in memory, never logged, never written to disk.
#include "base/error.h"
#include "registry/authfile.h"

#include <QByteArray>
#include <optional>

namespace porthole::api {

struct RegistryAuth {
    QString server; // serveraddress ("" when the client named none)
    Credentials credentials;
};

// None for an absent or empty header ("{}", what the client sends when it
// has no login); an error (400) for one that is not base64url of a JSON object.
Result<std::optional<RegistryAuth>> decodeRegistryAuth(const QByteArray &header);

} // namespace porthole::api
