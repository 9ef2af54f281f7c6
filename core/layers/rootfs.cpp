#include "layers/rootfs.h"

#include "base/fsutil.h"

#include <QFile>
#include <QRegularExpression>
#include <cerrno>
#include <sys/mount.h>

namespace porthole {

Status mountOverlay(const QStringList &lowerDirs, const QString &upperDir, const QString &workDir,
                    const QString &mergedDir)
{
    if (lowerDirs.isEmpty())
        return fail(QStringLiteral("an image without layers cannot be mounted"));
    QStringList topFirst;
    for (auto it = lowerDirs.crbegin(); it != lowerDirs.crend(); ++it)
        topFirst.append(*it);
    const QByteArray options = QFile::encodeName(QStringLiteral("lowerdir=") + topFirst.join(QLatin1Char(':'))
                                                 + QStringLiteral(",upperdir=") + upperDir + QStringLiteral(",workdir=") + workDir);
    if (options.size() >= 4096)
        return fail(QStringLiteral("the image has too many layers to mount (%1 bytes of overlay options)").arg(options.size()));
    if (::mount("overlay", QFile::encodeName(mergedDir).constData(), "overlay", 0, options.constData()) < 0)
        return fail(QStringLiteral("cannot mount the container's root filesystem: %1").arg(systemErrorText(errno)));
    return {};
}

Status unmountOverlay(const QString &mergedDir)
{
    if (::umount2(QFile::encodeName(mergedDir).constData(), MNT_DETACH) < 0 && errno != EINVAL && errno != ENOENT)
        return fail(QStringLiteral("cannot unmount %1: %2").arg(mergedDir, systemErrorText(errno)));
    return {};
}

QString containerResolvConf(const QString &hostResolvConf)
{
    QStringList lines;
    bool haveServer = false;
    for (const QString &line : hostResolvConf.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("nameserver"))) {
            const QString address = trimmed.section(QRegularExpression(QStringLiteral("\\s+")), 1, 1);
            if (address.startsWith(QLatin1String("127.")) || address == QLatin1String("::1"))
                continue;
            haveServer = true;
        }
        lines.append(line);
    }
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    if (!haveServer)
        lines << QStringLiteral("nameserver 8.8.8.8") << QStringLiteral("nameserver 8.8.4.4");
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QByteArray containerHosts(const QString &hostname, const QString &name, const QString &address)
{
    QByteArray hosts = "127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n"
                       "fe00::0\tip6-localnet\nff00::0\tip6-mcastprefix\nff02::1\tip6-allnodes\nff02::2\tip6-allrouters\n";
    hosts += (address.isEmpty() ? QByteArray("127.0.1.1") : address.toUtf8()) + '\t' + hostname.toUtf8();
    if (name != hostname)
        hosts += ' ' + name.toUtf8();
    return hosts + '\n';
}

Status writeEtcFiles(const QString &dir, const EtcFilesInput &input)
{
    if (auto ok = replaceFile(dir + QStringLiteral("/hostname"), input.hostname.toUtf8() + '\n'); !ok)
        return ok;
    const QByteArray hosts = input.hostNetwork
                                 ? readWholeFile(QStringLiteral("/etc/hosts")).value_or(QByteArray("127.0.0.1\tlocalhost\n"))
                                 : containerHosts(input.hostname, input.name, input.address);
    if (auto ok = replaceFile(dir + QStringLiteral("/hosts"), hosts); !ok)
        return ok;
    auto host = readWholeFile(QStringLiteral("/etc/resolv.conf"));
    const QString hostText = host ? QString::fromUtf8(*host) : QString();
    // With the host's network, its own resolver on 127.0.0.x is reachable.
    return replaceFile(dir + QStringLiteral("/resolv.conf"),
                       input.hostNetwork ? hostText.toUtf8() : containerResolvConf(hostText).toUtf8());
}

} // namespace porthole
