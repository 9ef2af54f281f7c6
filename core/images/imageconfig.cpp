#include "images/imageconfig.h"

#include "base/sha256.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSysInfo>

namespace porthole {

bool isValidDigest(const QString &digest)
{
    static const QRegularExpression pattern(QStringLiteral("^sha256:[0-9a-f]{64}$"));
    return pattern.match(digest).hasMatch();
}

QStringList chainIds(const QStringList &diffIds)
{
    QStringList chain;
    for (const QString &diffId : diffIds) {
        if (chain.isEmpty())
            chain.append(diffId);
        else
            chain.append(QStringLiteral("sha256:") + Sha256::hexOf((chain.last() + QLatin1Char(' ') + diffId).toUtf8()));
    }
    return chain;
}

QString ociArchitecture()
{
    const QString arch = QSysInfo::currentCpuArchitecture();
    if (arch == QLatin1String("x86_64"))
        return QStringLiteral("amd64");
    if (arch == QLatin1String("i386"))
        return QStringLiteral("386");
    return arch; // arm64, riscv64, ppc64le, s390x match already
}

QString rfc3339(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

Result<ImageConfig> ImageConfig::parse(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (!doc.isObject())
        return fail(QStringLiteral("invalid image config: %1").arg(error.error != QJsonParseError::NoError ? error.errorString() : QStringLiteral("not a JSON object")));
    ImageConfig parsed;
    parsed.root = doc.object();
    parsed.config = parsed.root.value(QLatin1String("config")).toObject();
    parsed.history = parsed.root.value(QLatin1String("history")).toArray();
    parsed.created = QDateTime::fromString(parsed.root.value(QLatin1String("created")).toString(), Qt::ISODateWithMs);
    const QJsonObject rootfs = parsed.root.value(QLatin1String("rootfs")).toObject();
    if (rootfs.value(QLatin1String("type")).toString() != QLatin1String("layers"))
        return fail(QStringLiteral("invalid image config: rootfs type must be \"layers\""));
    for (const auto &value : rootfs.value(QLatin1String("diff_ids")).toArray()) {
        const QString digest = value.toString();
        if (!isValidDigest(digest))
            return fail(QStringLiteral("invalid image config: bad diff_id %1").arg(digest));
        parsed.diffIds.append(digest);
    }
    return parsed;
}

QByteArray importConfig(const QString &diffIdHex, const QJsonObject &containerConfig,
                        const QString &comment, const QDateTime &created)
{
    QJsonObject root;
    root.insert(QLatin1String("architecture"), ociArchitecture());
    root.insert(QLatin1String("os"), QStringLiteral("linux"));
    root.insert(QLatin1String("created"), rfc3339(created));
    root.insert(QLatin1String("config"), containerConfig);
    root.insert(QLatin1String("rootfs"),
                QJsonObject{{QLatin1String("type"), QStringLiteral("layers")},
                            {QLatin1String("diff_ids"), QJsonArray{QString(QStringLiteral("sha256:") + diffIdHex)}}});
    root.insert(QLatin1String("history"),
                QJsonArray{QJsonObject{{QLatin1String("created"), rfc3339(created)},
                                       {QLatin1String("comment"), comment}}});
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QByteArray derivedConfig(const ImageConfig &parent, const QString &diffIdHex,
                         const QJsonObject &containerConfig, const QJsonObject &historyEntry,
                         const QDateTime &created)
{
    QJsonObject root = parent.root;
    root.insert(QLatin1String("created"), rfc3339(created));
    root.insert(QLatin1String("config"), containerConfig);
    QJsonArray diffIds;
    for (const QString &id : parent.diffIds)
        diffIds.append(id);
    diffIds.append(QString(QStringLiteral("sha256:") + diffIdHex));
    root.insert(QLatin1String("rootfs"), QJsonObject{{QLatin1String("type"), QStringLiteral("layers")},
                                                     {QLatin1String("diff_ids"), diffIds}});
    QJsonArray history = parent.history;
    history.append(historyEntry);
    root.insert(QLatin1String("history"), history);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

} // namespace porthole
