#include "registry/platform.h"

#include <QStringList>
#include <QSysInfo>

namespace porthole {
namespace {

bool isKnownOs(const QString &text)
{
    static const QStringList systems = {QStringLiteral("linux"), QStringLiteral("windows"), QStringLiteral("darwin"),
                                        QStringLiteral("freebsd"), QStringLiteral("netbsd"), QStringLiteral("openbsd"),
                                        QStringLiteral("solaris"), QStringLiteral("illumos"), QStringLiteral("android")};
    return systems.contains(text);
}

int armVariantNumber(const QString &variant)
{
    return variant.startsWith(QLatin1Char('v')) ? variant.mid(1).toInt() : 0;
}

} // namespace

Result<Platform> Platform::parse(const QString &text)
{
    const QStringList parts = text.toLower().split(QLatin1Char('/'));
    Platform platform;
    for (const QString &part : parts)
        if (part.isEmpty())
            return fail(QStringLiteral("invalid platform \"%1\": use os/arch[/variant], e.g. linux/arm64").arg(text));
    if (parts.size() == 1) {
        if (isKnownOs(parts.first())) {
            platform.os = parts.first();
            platform.architecture = host().architecture;
        } else {
            platform.os = QStringLiteral("linux");
            platform.architecture = parts.first();
        }
    } else if (parts.size() <= 3) {
        platform.os = parts.at(0);
        platform.architecture = parts.at(1);
        platform.variant = parts.value(2);
    } else {
        return fail(QStringLiteral("invalid platform \"%1\": use os/arch[/variant], e.g. linux/arm64").arg(text));
    }
    return platform.normalized();
}

Platform Platform::host()
{
    const QString arch = QSysInfo::currentCpuArchitecture();
    Platform platform{QStringLiteral("linux"), arch, QString()};
    return platform.normalized();
}

Platform Platform::normalized() const
{
    Platform p{os.toLower(), architecture.toLower(), variant.toLower()};
    if (p.variant.size() == 1 && p.variant.at(0).isDigit())
        p.variant.prepend(QLatin1Char('v'));
    if (p.architecture == QLatin1String("x86_64") || p.architecture == QLatin1String("x86-64")) {
        p.architecture = QStringLiteral("amd64");
    } else if (p.architecture == QLatin1String("i386") || p.architecture == QLatin1String("i686")) {
        p.architecture = QStringLiteral("386");
    } else if (p.architecture == QLatin1String("aarch64")) {
        p.architecture = QStringLiteral("arm64");
    } else if (p.architecture == QLatin1String("armhf")) {
        p.architecture = QStringLiteral("arm");
        p.variant = QStringLiteral("v7");
    } else if (p.architecture == QLatin1String("armel")) {
        p.architecture = QStringLiteral("arm");
        p.variant = QStringLiteral("v6");
    }
    if ((p.architecture == QLatin1String("arm64") && p.variant == QLatin1String("v8"))
        || (p.architecture == QLatin1String("amd64") && p.variant == QLatin1String("v1")))
        p.variant.clear();
    if (p.architecture == QLatin1String("arm") && p.variant.isEmpty())
        p.variant = QStringLiteral("v7");
    return p;
}

QString Platform::toString() const
{
    QString text = os + QLatin1Char('/') + architecture;
    if (!variant.isEmpty())
        text += QLatin1Char('/') + variant;
    return text;
}

std::optional<int> platformDistance(const Platform &wanted, const Platform &entry)
{
    const Platform want = wanted.normalized();
    const Platform have = entry.normalized();
    if (want.os != have.os || want.architecture != have.architecture)
        return std::nullopt;
    if (want.variant == have.variant)
        return 0;
    if (want.architecture == QLatin1String("arm")) {
        const int difference = armVariantNumber(want.variant) - armVariantNumber(have.variant);
        if (difference > 0)
            return difference;
        return std::nullopt;
    }
    if (want.variant.isEmpty())
        return 1; // any variant of an architecture with one default
    return std::nullopt;
}

} // namespace porthole
