#include "network/firewallrules.h"

#include "base/shellwords.h"

#include <QProcess>
#include <QStandardPaths>

namespace porthole {
namespace {

const QStringList kIsolationChains{QStringLiteral("CNI-ISOLATION-STAGE-1"), QStringLiteral("CNI-ISOLATION-STAGE-2")};

Result<QString> runIptables(const QString &iptables, const QStringList &args)
{
    QProcess process;
    process.start(iptables, QStringList{QStringLiteral("-w")} + args);
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return fail(QStringLiteral("iptables %1: %2").arg(args.join(QLatin1Char(' ')),
                                                          QString::fromLocal8Bit(process.readAllStandardError()).trimmed()));
    return QString::fromLocal8Bit(process.readAllStandardOutput());
}

} // namespace

QStringList isolationRulesFor(const QString &listing, const QString &bridge)
{
    QStringList rules;
    for (const QString &line : listing.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        auto words = splitShellWords(line);
        if (!words || words->size() < 2 || words->at(0) != QLatin1String("-A") || !kIsolationChains.contains(words->at(1)))
            continue;
        for (qsizetype i = 2; i + 1 < words->size(); ++i)
            if ((words->at(i) == QLatin1String("-i") || words->at(i) == QLatin1String("-o")) && words->at(i + 1) == bridge) {
                rules.append(line);
                break;
            }
    }
    return rules;
}

Status removeIsolationRules(const QString &bridge)
{
    const QString iptables = QStandardPaths::findExecutable(QStringLiteral("iptables"), {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
    if (iptables.isEmpty() || bridge.isEmpty())
        return {};
    auto listing = runIptables(iptables, {QStringLiteral("-t"), QStringLiteral("filter"), QStringLiteral("-S")});
    if (!listing)
        return std::unexpected(listing.error());
    for (const QString &rule : isolationRulesFor(*listing, bridge)) {
        QStringList words = splitShellWords(rule).value_or(QStringList());
        words[0] = QStringLiteral("-D");
        if (auto ok = runIptables(iptables, QStringList{QStringLiteral("-t"), QStringLiteral("filter")} + words); !ok)
            return std::unexpected(ok.error());
    }
    return {};
}

} // namespace porthole
