#include "images/reference.h"

#include "images/imageconfig.h"

#include <QRegularExpression>

namespace porthole {
namespace {

const QString kDockerHub = QStringLiteral("docker.io");

const QRegularExpression &componentPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("^[a-z0-9]+(?:(?:[._]|__|[-]+)[a-z0-9]+)*$"));
    return pattern;
}

const QRegularExpression &tagPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$"));
    return pattern;
}

// A host name or address with an optional port, as Docker accepts it.
const QRegularExpression &domainPattern()
{
    static const QRegularExpression pattern(QStringLiteral(
        "^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*"
        "|\\[[0-9A-Fa-f:.]+\\])(?::[0-9]+)?$"));
    return pattern;
}

// Docker's rule: the first component names a registry when it has a dot
// or a port, is "localhost", or has capitals (which no repository has).
bool isDomain(const QString &component)
{
    return component.contains(QLatin1Char('.')) || component.contains(QLatin1Char(':'))
           || component == QLatin1String("localhost") || component != component.toLower();
}

// Splits "name" into domain and path; docker.io when no registry is named.
void splitDomain(const QString &name, QString &domain, QString &path)
{
    const qsizetype slash = name.indexOf(QLatin1Char('/'));
    if (slash < 0 || !isDomain(name.left(slash))) {
        domain = kDockerHub;
        path = name;
    } else {
        domain = name.left(slash);
        path = name.mid(slash + 1);
    }
    if (domain == QLatin1String("index.docker.io"))
        domain = kDockerHub;
    if (domain == kDockerHub && !path.contains(QLatin1Char('/')))
        path = QStringLiteral("library/") + path;
}

QString familiarRepository(const QString &domain, const QString &path)
{
    if (domain != kDockerHub)
        return domain + QLatin1Char('/') + path;
    if (path.startsWith(QLatin1String("library/")) && path.count(QLatin1Char('/')) == 1)
        return path.mid(8);
    // A Hub path whose first component reads as a registry keeps docker.io/
    // in front ("docker.io/quay.io/x"): without it the name would point at
    // that other registry the next time it is split.
    const qsizetype slash = path.indexOf(QLatin1Char('/'));
    if (slash > 0 && isDomain(path.left(slash)))
        return kDockerHub + QLatin1Char('/') + path;
    return path;
}

Status checkName(const QString &name, const QString &domain, const QString &path)
{
    const QString invalid = QStringLiteral("invalid reference format");
    if (name.isEmpty() || path.isEmpty())
        return fail(invalid);
    if (name.size() > 255)
        return fail(QStringLiteral("invalid reference format: repository name must not be more than 255 characters"));
    if (!domainPattern().match(domain).hasMatch())
        return fail(invalid);
    const QStringList parts = path.split(QLatin1Char('/'));
    for (const QString &part : parts) {
        if (part != part.toLower())
            return fail(QStringLiteral("invalid reference format: repository name must be lowercase")); // Docker's words
        if (!componentPattern().match(part).hasMatch())
            return fail(invalid);
    }
    return {};
}

// NAME[:TAG][@DIGEST] into its parts, checked; the tag is left as given.
Result<Reference> parseParts(const QString &text)
{
    const QString invalid = QStringLiteral("invalid reference format");
    if (text.isEmpty() || text.size() > 255 + 1 + 128 + 72)
        return fail(invalid);
    Reference ref;
    QString name = text;
    const qsizetype at = text.indexOf(QLatin1Char('@'));
    if (at >= 0) {
        ref.digest = text.mid(at + 1);
        name = text.left(at);
        if (!isValidDigest(ref.digest))
            return fail(ref.digest.startsWith(QLatin1String("sha256:")) || !ref.digest.contains(QLatin1Char(':'))
                            ? invalid
                            : QStringLiteral("unsupported digest algorithm"));
    }
    const qsizetype colon = name.lastIndexOf(QLatin1Char(':'));
    if (colon > name.lastIndexOf(QLatin1Char('/'))) {
        ref.tag = name.mid(colon + 1);
        name = name.left(colon);
        if (!tagPattern().match(ref.tag).hasMatch())
            return fail(invalid);
    }
    QString domain, path;
    splitDomain(name, domain, path);
    if (auto ok = checkName(name, domain, path); !ok)
        return std::unexpected(ok.error());
    ref.repository = familiarRepository(domain, path);
    return ref;
}

} // namespace

Result<Reference> Reference::parse(const QString &text)
{
    if (text.contains(QLatin1Char('@'))) // a well-formed digest is refused here; a malformed one is just invalid, as Docker says
        return fail(QRegularExpression(QStringLiteral("@sha256:[0-9a-f]{64}$")).match(text).hasMatch()
                        ? QStringLiteral("invalid reference format: digests are not supported here")
                        : QStringLiteral("invalid reference format"));
    auto ref = parseParts(text);
    if (ref && ref->tag.isEmpty())
        ref->tag = QStringLiteral("latest");
    return ref;
}

Result<Reference> Reference::parseNamed(const QString &text)
{
    static const QRegularExpression fullId(QStringLiteral("^[a-f0-9]{64}$"));
    if (fullId.match(text).hasMatch())
        return fail(QStringLiteral("invalid repository name (%1), cannot specify 64-byte hexadecimal strings").arg(text));
    auto ref = parseParts(text);
    if (ref && ref->tag.isEmpty() && ref->digest.isEmpty())
        ref->tag = QStringLiteral("latest");
    return ref;
}

bool Reference::looksLikeId(const QString &text)
{
    static const QRegularExpression hex(QStringLiteral("^(sha256:)?[0-9a-f]{1,64}$"));
    return hex.match(text).hasMatch();
}

QString Reference::domain() const
{
    QString domain, path;
    splitDomain(repository, domain, path);
    return domain;
}

QString Reference::path() const
{
    QString domain, path;
    splitDomain(repository, domain, path);
    return path;
}

QString Reference::familiar() const
{
    QString text = repository;
    if (!tag.isEmpty())
        text += QLatin1Char(':') + tag;
    if (!digest.isEmpty())
        text += QLatin1Char('@') + digest;
    return text;
}

QString Reference::fullyQualified() const
{
    QString text = qualifiedName();
    if (!tag.isEmpty())
        text += QLatin1Char(':') + tag;
    if (!digest.isEmpty())
        text += QLatin1Char('@') + digest;
    return text;
}

} // namespace porthole
