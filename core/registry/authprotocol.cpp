#include "registry/authprotocol.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>

namespace porthole {
namespace {

bool isTokenChar(QChar c)
{
    static const QString separators = QStringLiteral("()<>@,;:\\\"/[]?={} \t");
    return c.unicode() > 32 && c.unicode() < 127 && !separators.contains(c);
}

// Reads a token, or a quoted string with its escapes, starting at pos.
QString readValue(const QString &text, qsizetype &pos)
{
    QString value;
    if (pos < text.size() && text.at(pos) == QLatin1Char('"')) {
        for (++pos; pos < text.size() && text.at(pos) != QLatin1Char('"'); ++pos) {
            if (text.at(pos) == QLatin1Char('\\') && pos + 1 < text.size())
                ++pos;
            value += text.at(pos);
        }
        ++pos; // the closing quote
        return value;
    }
    while (pos < text.size() && (isTokenChar(text.at(pos)) || text.at(pos) == QLatin1Char('/')))
        value += text.at(pos++);
    return value;
}

void skipSpaceAndCommas(const QString &text, qsizetype &pos)
{
    while (pos < text.size() && (text.at(pos).isSpace() || text.at(pos) == QLatin1Char(',')))
        ++pos;
}

QString readToken(const QString &text, qsizetype &pos)
{
    QString token;
    while (pos < text.size() && isTokenChar(text.at(pos)))
        token += text.at(pos++);
    return token;
}

void parseChallenges(const QString &text, QList<AuthChallenge> &out)
{
    qsizetype pos = 0;
    AuthChallenge *current = nullptr;
    while (true) {
        skipSpaceAndCommas(text, pos);
        if (pos >= text.size())
            return;
        const QString token = readToken(text, pos);
        if (token.isEmpty()) {
            ++pos; // stray character: skip it
            continue;
        }
        qsizetype look = pos;
        while (look < text.size() && text.at(look).isSpace())
            ++look;
        if (current && look < text.size() && text.at(look) == QLatin1Char('=')) {
            pos = look + 1;
            while (pos < text.size() && text.at(pos).isSpace())
                ++pos;
            current->params.insert(token.toLower(), readValue(text, pos));
            continue;
        }
        out.append(AuthChallenge{token.toLower(), {}});
        current = &out.last();
    }
}

} // namespace

QList<AuthChallenge> parseWwwAuthenticate(const QList<QByteArray> &headerValues)
{
    QList<AuthChallenge> challenges;
    for (const QByteArray &value : headerValues)
        parseChallenges(QString::fromLatin1(value), challenges);
    return challenges;
}

Result<BearerToken> parseTokenReply(const QByteArray &body, const QDateTime &now)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (!doc.isObject())
        return fail(QStringLiteral("the token service sent no token (not JSON: %1)").arg(error.errorString()));
    const QJsonObject json = doc.object();
    BearerToken token;
    token.token = json.value(QLatin1String("token")).toString();
    if (token.token.isEmpty())
        token.token = json.value(QLatin1String("access_token")).toString();
    if (token.token.isEmpty())
        return fail(QStringLiteral("the token service sent no token"));
    qint64 lifetime = json.value(QLatin1String("expires_in")).toInteger(60);
    if (lifetime < 60)
        lifetime = 60;
    QDateTime issued = QDateTime::fromString(json.value(QLatin1String("issued_at")).toString(), Qt::ISODateWithMs);
    if (!issued.isValid() || issued > now)
        issued = now;
    token.expiresAt = issued.toUTC().addSecs(lifetime);
    return token;
}

QString repositoryScope(const QString &repositoryPath, bool push)
{
    return QStringLiteral("repository:") + repositoryPath + (push ? QStringLiteral(":pull,push") : QStringLiteral(":pull"));
}

QStringList mergeScopes(const QStringList &scopes)
{
    QMap<QString, QSet<QString>> actions; // "repository:name" -> actions
    for (const QString &scope : scopes) {
        const qsizetype colon = scope.lastIndexOf(QLatin1Char(':'));
        if (colon <= 0)
            continue;
        for (const QString &action : scope.mid(colon + 1).split(QLatin1Char(','), Qt::SkipEmptyParts))
            actions[scope.left(colon)].insert(action);
    }
    QStringList merged;
    for (auto it = actions.begin(); it != actions.end(); ++it) {
        QStringList list(it->begin(), it->end());
        list.sort();
        merged.append(it.key() + QLatin1Char(':') + list.join(QLatin1Char(',')));
    }
    return merged;
}

bool scopesCover(const QStringList &granted, const QStringList &wanted)
{
    const QStringList have = mergeScopes(granted);
    for (const QString &scope : mergeScopes(wanted)) {
        const qsizetype colon = scope.lastIndexOf(QLatin1Char(':'));
        bool covered = false;
        for (const QString &g : have) {
            if (g.left(g.lastIndexOf(QLatin1Char(':'))) != scope.left(colon))
                continue;
            const QStringList grantedActions = g.mid(g.lastIndexOf(QLatin1Char(':')) + 1).split(QLatin1Char(','));
            covered = true;
            for (const QString &action : scope.mid(colon + 1).split(QLatin1Char(',')))
                covered = covered && grantedActions.contains(action);
        }
        if (!covered)
            return false;
    }
    return true;
}

} // namespace porthole
