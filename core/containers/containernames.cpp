#include "containers/containernames.h"

#include "base/ids.h"

#include <QRandomGenerator>
#include <QRegularExpression>

namespace porthole {

QString generateContainerName()
{
    static const char *const adjectives[] = {
        "admiring", "bold", "brave", "busy", "calm", "clever", "cool", "dazzling", "eager", "elegant",
        "epic", "festive", "focused", "gentle", "happy", "hopeful", "jolly", "keen", "kind", "lucid",
        "magical", "modest", "nifty", "optimistic", "peaceful", "quirky", "relaxed", "serene", "sharp",
        "stoic", "sweet", "tender", "trusting", "upbeat", "vibrant", "wizardly", "youthful", "zealous"};
    static const char *const nouns[] = {
        "babbage", "bohr", "curie", "darwin", "dijkstra", "einstein", "euler", "fermat", "feynman",
        "galileo", "gauss", "hopper", "hypatia", "kepler", "knuth", "lamport", "lovelace", "mendel",
        "newton", "noether", "pascal", "ritchie", "shannon", "thompson", "torvalds", "turing", "wozniak",
        "zuse", "shen", "zhang", "li", "wu", "yang", "tu"};
    auto *generator = QRandomGenerator::global();
    return QLatin1String(adjectives[generator->bounded(int(std::size(adjectives)))]) + QLatin1Char('_')
           + QLatin1String(nouns[generator->bounded(int(std::size(nouns)))]);
}

Status validateContainerName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^/?[a-zA-Z0-9][a-zA-Z0-9_.-]+$"));
    if (!pattern.match(name).hasMatch())
        return fail(QStringLiteral("Invalid container name (%1), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed").arg(name));
    return {};
}

} // namespace porthole
