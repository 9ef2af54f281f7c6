// A registry's authentication: WWW-Authenticate challenges (one header value
// per line of the input before a NUL) and the token service's JSON reply
// (after the NUL).
#include "fuzzsupport.h"
#include "registry/authprotocol.h"

#include <QDateTime>

using namespace porthole;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto [headers, reply] = fuzz::splitAtNul(fuzz::bytes(data, size));
    const QList<AuthChallenge> challenges = parseWwwAuthenticate(headers.split('\n'));
    QStringList scopes;
    for (const AuthChallenge &challenge : challenges) {
        challenge.param(QStringLiteral("realm"));
        scopes += challenge.param(QStringLiteral("scope")).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }
    const QStringList merged = mergeScopes(scopes + QStringList{repositoryScope(QStringLiteral("library/busybox"), true)});
    scopesCover(merged, scopes);
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1767225600, Qt::UTC);
    (void)parseTokenReply(reply.isEmpty() ? headers : reply, now);
    return 0;
}
