// Auth files: Docker's config.json and podman's auth.json (auths,
// credHelpers, credsStore), and the credentials found in them.
#include "fuzzsupport.h"
#include "registry/authfile.h"

using namespace porthole;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    auto file = AuthFile::parse(fuzz::bytes(data, size), QStringLiteral("/root/.docker/config.json"));
    if (!file)
        return 0;
    static const QStringList domains{QStringLiteral("docker.io"), QStringLiteral("quay.io"),
                                     QStringLiteral("localhost:5000"), QStringLiteral("registry.example.com")};
    for (const QString &domain : domains) {
        file->keyFor(domain);
        file->credentials(domain);
        file->helperFor(domain);
    }
    for (auto it = file->json().constBegin(); it != file->json().constEnd(); ++it)
        authKeyDomain(it.key());
    AuthFile copy = *file;
    copy.setCredentials(authKeyFor(QStringLiteral("docker.io")), Credentials{QStringLiteral("me"), QStringLiteral("secret")});
    copy.remove(QStringLiteral("quay.io"));
    return 0;
}
