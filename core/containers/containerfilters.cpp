#include "containers/containerfilters.h"

#include <QHash>
#include <algorithm>
#include <QRegularExpression>

namespace porthole {

namespace {

const QStringList &filterKeys()
{
    static const QStringList keys{QStringLiteral("status"), QStringLiteral("name"),  QStringLiteral("id"),     QStringLiteral("ancestor"),
                                  QStringLiteral("label"),  QStringLiteral("exited"), QStringLiteral("network")};
    return keys;
}

Result<QHash<QString, QStringList>> filtersByKey(const QStringList &filters)
{
    QHash<QString, QStringList> byKey;
    for (const QString &filter : filters) {
        const QString key = filter.section(QLatin1Char('='), 0, 0);
        if (!filter.contains(QLatin1Char('='))) // Docker's words for each
            return fail(QStringLiteral("bad format of filter (expected name=value)"));
        if (!filterKeys().contains(key))
            return fail(QStringLiteral("Invalid filter '%1'").arg(key));
        const QString value = filter.section(QLatin1Char('='), 1);
        bool numeric = false;
        value.toInt(&numeric);
        if ((key == QLatin1String("status") && !validContainerStatuses().contains(value)) || (key == QLatin1String("exited") && !numeric))
            return fail(QStringLiteral("Invalid filter '%1'").arg(filter)); // Docker's text for a bad value
        byKey[key].append(value);
    }
    return byKey;
}

bool matchesAncestor(const ContainerConfig &config, const QString &wanted)
{
    const QString image = config.image.contains(QLatin1Char(':')) ? config.image : config.image + QStringLiteral(":latest");
    const QString tagged = wanted.contains(QLatin1Char(':')) || wanted.startsWith(QLatin1String("sha256")) ? wanted : wanted + QStringLiteral(":latest");
    return image == tagged || config.imageId.startsWith(wanted) || config.imageId.mid(7).startsWith(wanted);
}

bool matchesLabel(const ContainerConfig &config, const QString &wanted)
{
    const QString key = wanted.section(QLatin1Char('='), 0, 0);
    return config.labels.contains(key)
           && (!wanted.contains(QLatin1Char('=')) || config.labels.value(key).toString() == wanted.section(QLatin1Char('='), 1));
}

} // namespace

QStringList validContainerStatuses()
{
    return {QStringLiteral("created"), QStringLiteral("restarting"), QStringLiteral("running"), QStringLiteral("removing"),
            QStringLiteral("paused"), QStringLiteral("exited"), QStringLiteral("dead")};
}

Result<bool> matchesContainerFilters(const ContainerRecord &record, const QStringList &filters)
{
    auto byKey = filtersByKey(filters);
    if (!byKey)
        return std::unexpected(byKey.error());
    auto any = [&](const QString &key, auto predicate) {
        if (!byKey->contains(key))
            return true;
        for (const QString &value : byKey->value(key))
            if (predicate(value))
                return true;
        return false;
    };
    const ContainerConfig &config = record.config;
    const QStringList labels = byKey->value(QStringLiteral("label"));
    const QString status = record.state.state == ContainerState::Exited ? QStringLiteral("exited") : stateName(record.state.state);
    const bool exited = record.state.state == ContainerState::Exited;
    return any(QStringLiteral("status"), [&](const QString &v) { return v == status; })
           && any(QStringLiteral("exited"), [&](const QString &v) { return exited && record.state.exitCode == v.toInt(); })
           && any(QStringLiteral("name"), [&](const QString &v) { return config.name.contains(QRegularExpression(v)); })
           && any(QStringLiteral("id"), [&](const QString &v) { return config.id.startsWith(v); })
           && any(QStringLiteral("ancestor"), [&](const QString &v) { return matchesAncestor(config, v); })
           && std::all_of(labels.cbegin(), labels.cend(), [&](const QString &v) { return matchesLabel(config, v); }) // every one, as Docker
           && any(QStringLiteral("network"), [&](const QString &v) {
                  return config.networkMode == v || (!v.isEmpty() && record.state.network.networkId.startsWith(v));
              });
}

} // namespace porthole
