#include "registry/registriesconf.h"

#include "base/fsutil.h"

#include <QFileInfo>
#include <QHostAddress>
#include <QStandardPaths>

#define TOML_HEADER_ONLY 1
#define TOML_EXCEPTIONS 0
#define TOML_ENABLE_FORMATTERS 0
// toml++ 3.3 asserts in parse_key on a table header such as "[#" where the
// code after the assert refuses it cleanly (checked under ASan and UBSan);
// release builds leave its asserts out, builds with assertions (the sanitizer
// build) would abort on a user's file (found by the registriesconf fuzzer).
#define TOML_ASSERT(expr) static_cast<void>(0)
#include <toml++/toml.h>

namespace porthole {
namespace {

QString fromStd(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

std::unexpected<Error> typeError(const QString &path, const QString &key, const char *expected)
{
    return fail(QStringLiteral("%1: %2 must be %3").arg(path, key, QLatin1String(expected)));
}

// Reads an optional string or bool key of a table into out.
Status readString(const toml::table &table, const char *key, QString &out, const QString &path)
{
    const toml::node *node = table.get(key);
    if (!node)
        return {};
    if (!node->is_string())
        return typeError(path, QLatin1String(key), "a string");
    out = fromStd(node->as_string()->get());
    return {};
}

Status readBool(const toml::table &table, const char *key, bool &out, const QString &path)
{
    const toml::node *node = table.get(key);
    if (!node)
        return {};
    if (!node->is_boolean())
        return typeError(path, QLatin1String(key), "true or false");
    out = node->as_boolean()->get();
    return {};
}

Result<RegistryMirror> readMirror(const toml::node &node, const QString &path)
{
    if (!node.is_table())
        return fail(QStringLiteral("%1: each [[registry.mirror]] must be a table").arg(path));
    const toml::table &table = *node.as_table();
    RegistryMirror mirror;
    if (auto ok = readString(table, "location", mirror.location, path); !ok)
        return std::unexpected(ok.error());
    if (auto ok = readBool(table, "insecure", mirror.insecure, path); !ok)
        return std::unexpected(ok.error());
    if (auto ok = readString(table, "pull-from-mirror", mirror.pullFromMirror, path); !ok)
        return std::unexpected(ok.error());
    if (mirror.location.isEmpty())
        return fail(QStringLiteral("%1: a [[registry.mirror]] has no location").arg(path));
    if (mirror.pullFromMirror.isEmpty())
        mirror.pullFromMirror = QStringLiteral("all");
    if (!QStringList{QStringLiteral("all"), QStringLiteral("digest-only"), QStringLiteral("tag-only")}.contains(mirror.pullFromMirror))
        return fail(QStringLiteral("%1: pull-from-mirror must be all, digest-only or tag-only").arg(path));
    return mirror;
}

Result<RegistryEntry> readRegistry(const toml::node &node, const QString &path)
{
    if (!node.is_table())
        return fail(QStringLiteral("%1: each [[registry]] must be a table").arg(path));
    const toml::table &table = *node.as_table();
    RegistryEntry entry;
    for (auto [key, field] : {std::pair{"prefix", &entry.prefix}, std::pair{"location", &entry.location}})
        if (auto ok = readString(table, key, *field, path); !ok)
            return std::unexpected(ok.error());
    for (auto [key, field] : {std::pair{"insecure", &entry.insecure}, std::pair{"blocked", &entry.blocked}})
        if (auto ok = readBool(table, key, *field, path); !ok)
            return std::unexpected(ok.error());
    if (const toml::node *mirrors = table.get("mirror")) {
        if (!mirrors->is_array())
            return typeError(path, QStringLiteral("registry.mirror"), "an array of tables ([[registry.mirror]])");
        for (const toml::node &mirrorNode : *mirrors->as_array()) {
            auto mirror = readMirror(mirrorNode, path);
            if (!mirror)
                return std::unexpected(mirror.error());
            entry.mirrors.append(*mirror);
        }
    }
    if (entry.prefix.isEmpty())
        entry.prefix = entry.location;
    if (entry.prefix.isEmpty())
        return fail(QStringLiteral("%1: a [[registry]] has neither prefix nor location").arg(path));
    if (entry.location.isEmpty() && !entry.prefix.startsWith(QLatin1String("*.")))
        entry.location = entry.prefix;
    return entry;
}

Status readSearchRegistries(const toml::table &root, RegistriesConf &conf)
{
    const toml::node *node = root.get("unqualified-search-registries");
    if (!node)
        return {};
    if (!node->is_array())
        return typeError(conf.path, QStringLiteral("unqualified-search-registries"), "an array of strings");
    for (const toml::node &item : *node->as_array()) {
        if (!item.is_string())
            return typeError(conf.path, QStringLiteral("unqualified-search-registries"), "an array of strings");
        conf.unqualifiedSearchRegistries.append(fromStd(item.as_string()->get()));
    }
    return {};
}

// Whether prefix ("docker.io", "example.com/team", "*.example.com") covers name.
bool prefixMatches(const QString &prefix, const QString &name)
{
    if (prefix.startsWith(QLatin1String("*."))) {
        const QString host = name.section(QLatin1Char('/'), 0, 0).section(QLatin1Char(':'), 0, 0);
        return host.endsWith(prefix.mid(1));
    }
    return name == prefix || name.startsWith(prefix + QLatin1Char('/'));
}

// "host:5000/some/path" + "rest/of/name" -> an endpoint on host:5000.
RegistryEndpoint endpointAt(const QString &location, const QString &rest)
{
    RegistryEndpoint endpoint;
    endpoint.domain = location.section(QLatin1Char('/'), 0, 0);
    const QString base = location.section(QLatin1Char('/'), 1);
    endpoint.host = contactHost(endpoint.domain);
    endpoint.repository = base.isEmpty() ? rest : base + QLatin1Char('/') + rest;
    if (endpoint.domain == QLatin1String("docker.io") && !endpoint.repository.contains(QLatin1Char('/')))
        endpoint.repository.prepend(QStringLiteral("library/"));
    return endpoint;
}

// toml++ 3.3 (Debian 12) reaches __builtin_unreachable() when it asks
// whether some non-ASCII characters are whitespace (U+00E1..U+0499 but
// U+00A0, U+2FAE..U+33A7 but U+3000, U+FB26..U+FEFE), e.g. an "é" or U+FEFC
// where a key may start: undefined behaviour on a user's file (found by the
// registriesconf fuzzer). Everything a registries.conf names is ASCII (hosts,
// paths, short names), so the parser gets ASCII only: a leading BOM dropped,
// every other non-ASCII byte as '?' (in comments that changes nothing;
// elsewhere it was an error or a name no reference can match).
QByteArray asciiOnly(QByteArray text)
{
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3);
    for (char &c : text) {
        if (uchar(c) >= 0x80)
            c = '?';
    }
    return text;
}

} // namespace

Result<RegistriesConf> RegistriesConf::parse(const QByteArray &original, const QString &path)
{
    RegistriesConf conf;
    conf.path = path;
    const QByteArray text = asciiOnly(original);
    toml::parse_result parsed = toml::parse(std::string_view(text.constData(), size_t(text.size())));
    if (!parsed) {
        const toml::parse_error &error = parsed.error();
        return fail(QStringLiteral("%1:%2: %3").arg(path).arg(error.source().begin.line).arg(fromStd(error.description())));
    }
    const toml::table &root = parsed.table();
    if (auto ok = readSearchRegistries(root, conf); !ok)
        return std::unexpected(ok.error());
    if (const toml::node *registries = root.get("registry")) {
        if (!registries->is_array())
            return typeError(path, QStringLiteral("registry"), "an array of tables ([[registry]])");
        for (const toml::node &node : *registries->as_array()) {
            auto entry = readRegistry(node, path);
            if (!entry)
                return std::unexpected(entry.error());
            conf.registries.append(*entry);
        }
    }
    return conf;
}

QString RegistriesConf::findPath()
{
    const QString fromEnvironment = qEnvironmentVariable("PORTHOLE_REGISTRIES_CONF");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString user = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
                         + QStringLiteral("/containers/registries.conf");
    if (QFileInfo::exists(user))
        return user;
    const QString system = QStringLiteral("/etc/containers/registries.conf");
    return QFileInfo::exists(system) ? system : QString();
}

Result<RegistriesConf> RegistriesConf::load()
{
    const QString path = findPath();
    if (path.isEmpty())
        return RegistriesConf{};
    auto text = readWholeFile(path, 4 << 20);
    if (!text)
        return std::unexpected(text.error().withContext(QStringLiteral("registries configuration")));
    return parse(*text, path);
}

const RegistryEntry *RegistriesConf::entryFor(const QString &qualifiedName) const
{
    const RegistryEntry *best = nullptr;
    for (const RegistryEntry &entry : registries) {
        if (!prefixMatches(entry.prefix, qualifiedName))
            continue;
        // A plain prefix beats a wildcard; a longer prefix beats a shorter one.
        const bool wildcard = entry.prefix.startsWith(QLatin1String("*."));
        const bool bestWildcard = best && best->prefix.startsWith(QLatin1String("*."));
        if (!best || (bestWildcard && !wildcard) || (wildcard == bestWildcard && entry.prefix.size() > best->prefix.size()))
            best = &entry;
    }
    return best;
}

bool RegistriesConf::isMarkedInsecure(const QString &host) const
{
    for (const RegistryEntry &entry : registries) {
        if (entry.insecure && (entry.location.section(QLatin1Char('/'), 0, 0) == host || entry.prefix == host))
            return true;
        for (const RegistryMirror &mirror : entry.mirrors)
            if (mirror.insecure && mirror.location.section(QLatin1Char('/'), 0, 0) == host)
                return true;
    }
    return false;
}

Result<QList<RegistryEndpoint>> pullEndpoints(const RegistriesConf &conf, const Reference &ref)
{
    const QString name = ref.qualifiedName();
    const RegistryEntry *entry = conf.entryFor(name);
    if (!entry) {
        RegistryEndpoint endpoint = registryEndpoint(conf, ref.domain());
        endpoint.repository = ref.path();
        return QList<RegistryEndpoint>{endpoint};
    }
    if (entry->blocked)
        return fail(QStringLiteral("registry %1 is blocked in %2").arg(ref.domain(), conf.path));
    const QString rest = entry->prefix.startsWith(QLatin1String("*.")) ? name.section(QLatin1Char('/'), 1)
                                                                       : name.mid(entry->prefix.size() + 1);
    QList<RegistryEndpoint> endpoints;
    const bool byDigest = !ref.digest.isEmpty();
    for (const RegistryMirror &mirror : entry->mirrors) {
        if ((mirror.pullFromMirror == QLatin1String("digest-only") && !byDigest)
            || (mirror.pullFromMirror == QLatin1String("tag-only") && byDigest))
            continue;
        RegistryEndpoint endpoint = endpointAt(mirror.location, rest);
        endpoint.insecure = mirror.insecure || conf.isMarkedInsecure(endpoint.domain);
        endpoint.mirror = true;
        endpoints.append(endpoint);
    }
    const QString location = entry->location.isEmpty() ? name.section(QLatin1Char('/'), 0, 0) : entry->location;
    RegistryEndpoint primary = endpointAt(location, rest);
    primary.insecure = entry->insecure || conf.isMarkedInsecure(primary.domain);
    endpoints.append(primary);
    return endpoints;
}

Result<RegistryEndpoint> pushEndpoint(const RegistriesConf &conf, const Reference &ref)
{
    auto endpoints = pullEndpoints(conf, ref);
    if (!endpoints)
        return std::unexpected(endpoints.error());
    return endpoints->last();
}

RegistryEndpoint registryEndpoint(const RegistriesConf &conf, const QString &domain)
{
    RegistryEndpoint endpoint;
    endpoint.domain = domain;
    endpoint.host = contactHost(domain);
    endpoint.insecure = conf.isMarkedInsecure(domain);
    return endpoint;
}

QString contactHost(const QString &domain)
{
    if (domain == QLatin1String("docker.io") || domain == QLatin1String("index.docker.io"))
        return QStringLiteral("registry-1.docker.io");
    return domain;
}

bool isLoopbackHost(const QString &hostAndPort)
{
    QString host = hostAndPort;
    if (host.startsWith(QLatin1Char('['))) {
        host = host.mid(1, host.indexOf(QLatin1Char(']')) - 1);
    } else if (host.count(QLatin1Char(':')) == 1) {
        host = host.section(QLatin1Char(':'), 0, 0);
    }
    if (host == QLatin1String("localhost"))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QStringList searchRegistries(const RegistriesConf &conf)
{
    if (!conf.unqualifiedSearchRegistries.isEmpty())
        return conf.unqualifiedSearchRegistries;
    return {QStringLiteral("docker.io")};
}

} // namespace porthole
