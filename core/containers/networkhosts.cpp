#include "containers/networkhosts.h"

#include "layers/rootfs.h"
#include "network/networkconfig.h"

#include <QSet>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace porthole {

QStringList aliasesOn(const ContainerConfig &config, const QString &network)
{
    if (config.networkMode == network)
        return config.networkAliases;
    for (const NetworkEndpointConfig &endpoint : config.extraNetworks)
        if (endpoint.network == network)
            return endpoint.aliases;
    return {};
}

QString requestedAddressOn(const ContainerConfig &config, const QString &network)
{
    if (config.networkMode == network)
        return config.ipv4Address;
    for (const NetworkEndpointConfig &endpoint : config.extraNetworks)
        if (endpoint.network == network)
            return endpoint.ipv4Address;
    return {};
}

QByteArray networkHostsFile(const ContainerRecord &self, const QList<ContainerRecord> &records)
{
    const QList<NetworkAttachment> own = self.state.network.attachments();
    QString ownAddress;
    for (const NetworkAttachment &attachment : own)
        if (ownAddress.isEmpty())
            ownAddress = attachment.address;
    QByteArray hosts = containerHosts(self.config.hostname, self.config.name, ownAddress);
    QSet<QString> listed{self.config.name, self.config.hostname, QStringLiteral("localhost")};
    for (const NetworkAttachment &shared : own) {
        if (shared.address.isEmpty() || shared.network == kDefaultNetwork) // Docker's default bridge has no names
            continue;
        for (const ContainerRecord &peer : records) {
            const NetworkAttachment *there = peer.state.network.on(shared.networkId);
            if (peer.config.id == self.config.id || !there || there->address.isEmpty())
                continue;
            QStringList names;
            for (const QString &name : QStringList{peer.config.name} + aliasesOn(peer.config, shared.network) + QStringList{peer.shortId()})
                if (!name.isEmpty() && !listed.contains(name)) {
                    listed.insert(name);
                    names.append(name);
                }
            if (!names.isEmpty())
                hosts += there->address.toUtf8() + '\t' + names.join(QLatin1Char(' ')).toUtf8() + '\n';
        }
    }
    return hosts;
}

Status rewriteInPlace(const QString &path, const QByteArray &data)
{
    const int fd = ::open(path.toLocal8Bit().constData(), O_WRONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0)
        return fail(QStringLiteral("cannot open %1: %2").arg(path, systemErrorText(errno)));
    struct stat st{};
    QByteArray padded = data;
    if (::fstat(fd, &st) == 0 && st.st_size > padded.size())
        padded.append(QByteArray(st.st_size - padded.size(), '\n'));
    const bool written = ::pwrite(fd, padded.constData(), size_t(padded.size()), 0) == padded.size()
                         && ::ftruncate(fd, data.size()) == 0;
    const int error = errno;
    ::close(fd);
    if (!written)
        return fail(QStringLiteral("cannot write %1: %2").arg(path, systemErrorText(error)));
    return {};
}

} // namespace porthole
