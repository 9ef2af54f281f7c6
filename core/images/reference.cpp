#include "images/reference.h"

#include <QRegularExpression>

namespace porthole {
namespace {

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

bool isDomain(const QString &component)
{
    return component.contains(QLatin1Char('.')) || component.contains(QLatin1Char(':'))
           || component == QLatin1String("localhost");
}

} // namespace

Result<Reference> Reference::parse(const QString &text)
{
    const QString invalid = QStringLiteral("invalid reference format");
    if (text.isEmpty() || text.contains(QLatin1Char('@')) || text.size() > 255)
        return fail(invalid + (QRegularExpression(QStringLiteral("@sha256:[0-9a-f]{64}$")).match(text).hasMatch() // a well-formed one
                                   ? QStringLiteral(": digests are not supported here")
                                   : QString()));
    Reference ref;
    QString name = text;
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon > text.lastIndexOf(QLatin1Char('/'))) {
        ref.tag = text.mid(colon + 1);
        name = text.left(colon);
        if (!tagPattern().match(ref.tag).hasMatch())
            return fail(invalid);
    } else {
        ref.tag = QStringLiteral("latest");
    }
    QStringList parts = name.split(QLatin1Char('/'));
    QString domain;
    if (parts.size() > 1 && isDomain(parts.first()))
        domain = parts.takeFirst();
    if (parts.isEmpty())
        return fail(invalid);
    for (const QString &part : std::as_const(parts)) {
        if (part != part.toLower())
            return fail(QStringLiteral("invalid reference format: repository name must be lowercase")); // Docker's words
        if (!componentPattern().match(part).hasMatch())
            return fail(invalid);
    }
    if (domain == QLatin1String("docker.io") || domain == QLatin1String("index.docker.io")) {
        domain.clear();
        if (parts.size() == 2 && parts.first() == QLatin1String("library"))
            parts.removeFirst();
    }
    ref.repository = (domain.isEmpty() ? QString() : domain + QLatin1Char('/')) + parts.join(QLatin1Char('/'));
    return ref;
}

bool Reference::looksLikeId(const QString &text)
{
    static const QRegularExpression hex(QStringLiteral("^(sha256:)?[0-9a-f]{1,64}$"));
    return hex.match(text).hasMatch();
}

QString Reference::fullyQualified() const
{
    const QString first = repository.section(QLatin1Char('/'), 0, 0);
    if (repository.contains(QLatin1Char('/')) && isDomain(first))
        return toString();
    if (repository.contains(QLatin1Char('/')))
        return QStringLiteral("docker.io/") + toString();
    return QStringLiteral("docker.io/library/") + toString();
}

} // namespace porthole
