// registries.conf (containers-registries.conf(5), TOML) as podman keeps it,
// and where it sends pulls and pushes of a few references.
#include "fuzzsupport.h"
#include "images/reference.h"
#include "registry/registriesconf.h"

using namespace porthole;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    auto conf = RegistriesConf::parse(fuzz::bytes(data, size), QStringLiteral("/etc/containers/registries.conf"));
    if (!conf)
        return 0;
    static const QStringList names{QStringLiteral("busybox"), QStringLiteral("quay.io/team/app:1.0"),
                                   QStringLiteral("localhost:5000/x@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"),
                                   QStringLiteral("registry.example.com/a/b/c")};
    for (const QString &name : names) {
        auto ref = Reference::parse(name);
        if (!ref)
            continue;
        (void)pullEndpoints(*conf, *ref);
        (void)pushEndpoint(*conf, *ref);
        conf->entryFor(ref->qualifiedName());
        conf->isMarkedInsecure(ref->domain());
        registryEndpoint(*conf, ref->domain());
    }
    searchRegistries(*conf);
    return 0;
}
