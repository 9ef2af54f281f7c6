#pragma once
// containers-registries.conf(5), version 2 (TOML), the file podman, skopeo
// and buildah read: unqualified-search-registries, [[registry]] with prefix,
// location, insecure and blocked, and [[registry.mirror]] with location,
// insecure and pull-from-mirror. Resolves an image reference to the
// registries to ask, mirrors first.
#include "base/error.h"
#include "images/reference.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace porthole {

struct RegistryMirror {
    QString location;       // "mirror.example:5000" or "mirror.example/path"
    bool insecure = false;
    QString pullFromMirror; // "all" (default), "digest-only", "tag-only"
};

struct RegistryEntry {
    QString prefix;   // "docker.io", "example.com/team", "*.example.com"
    QString location; // where the prefix is really served; the prefix when empty
    bool insecure = false;
    bool blocked = false;
    QList<RegistryMirror> mirrors;
};

struct RegistriesConf {
    QString path; // the file read, "" when there was none
    QStringList unqualifiedSearchRegistries;
    QList<RegistryEntry> registries;

    // Parses the TOML text; errors name the file and line.
    static Result<RegistriesConf> parse(const QByteArray &text, const QString &path);
    // $PORTHOLE_REGISTRIES_CONF, else ~/.config/containers/registries.conf,
    // else /etc/containers/registries.conf; "" when none exists.
    static QString findPath();
    static Result<RegistriesConf> load();

    // The entry with the longest prefix matching "docker.io/library/busybox", or null.
    const RegistryEntry *entryFor(const QString &qualifiedName) const;
    // Whether a [[registry]] or mirror marks host[:port] insecure.
    bool isMarkedInsecure(const QString &host) const;
};

struct RegistryEndpoint {
    QString domain;     // the registry as named in references and credentials: "docker.io", "127.0.0.1:5000"
    QString host;       // host[:port] to contact: "registry-1.docker.io" for docker.io
    QString repository; // the repository's path there: "library/busybox"
    bool insecure = false; // marked insecure: TLS not verified, plain HTTP allowed
    bool mirror = false;
};

// Where to pull ref from, in order: its registry's mirrors, then its
// (possibly relocated) location. A blocked registry is an error.
Result<QList<RegistryEndpoint>> pullEndpoints(const RegistriesConf &conf, const Reference &ref);
// Where to push ref to: never a mirror.
Result<RegistryEndpoint> pushEndpoint(const RegistriesConf &conf, const Reference &ref);
// The endpoint of a registry itself (login, search, ping).
RegistryEndpoint registryEndpoint(const RegistriesConf &conf, const QString &domain);

// "registry-1.docker.io" for docker.io, the domain otherwise.
QString contactHost(const QString &domain);
// 127.0.0.0/8, ::1 and localhost: plain HTTP allowed, as Docker allows it.
bool isLoopbackHost(const QString &hostAndPort);
// The registries an unqualified name ("busybox") is looked for in, in
// order: unqualified-search-registries, else docker.io.
QStringList searchRegistries(const RegistriesConf &conf);

} // namespace porthole
