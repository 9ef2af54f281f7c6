#include "registry/authfile.h"

#include "base/bytesource.h"
#include "base/fsutil.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QUrl>
#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace porthole {
namespace {

bool isDockerHub(const QString &domain)
{
    return domain == QLatin1String("docker.io") || domain == QLatin1String("index.docker.io")
           || domain == QLatin1String("registry-1.docker.io");
}

// Writes data to path through a private temporary file of mode 0600.
Status writePrivateFile(const QString &path, const QByteArray &data)
{
    if (auto ok = makeDirectories(QFileInfo(path).absolutePath()); !ok)
        return ok;
    const QByteArray target = QFile::encodeName(path);
    const QByteArray temp = target + ".tmp-" + QByteArray::number(qint64(::getpid()));
    const int fd = ::open(temp.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0)
        return fail(QStringLiteral("cannot write %1: %2").arg(path, systemErrorText(errno)));
    Status written = writeAllToFd(fd, data.constData(), data.size());
    const bool synced = written && ::fsync(fd) == 0;
    ::close(fd);
    if (!synced || ::rename(temp.constData(), target.constData()) < 0) {
        const int saved = errno;
        ::unlink(temp.constData());
        return fail(QStringLiteral("cannot write %1: %2").arg(path, written ? systemErrorText(saved) : written.error().message));
    }
    return {};
}

} // namespace

QString authKeyFor(const QString &domain)
{
    return isDockerHub(domain) ? QStringLiteral("https://index.docker.io/v1/") : domain;
}

QString authKeyDomain(const QString &key)
{
    QString host = key;
    if (host.contains(QLatin1String("://")))
        host = host.section(QLatin1String("://"), 1);
    host = host.section(QLatin1Char('/'), 0, 0);
    return isDockerHub(host) ? QStringLiteral("docker.io") : host;
}

Result<AuthFile> AuthFile::parse(const QByteArray &bytes, const QString &path)
{
    AuthFile file;
    if (bytes.trimmed().isEmpty())
        return file;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (!doc.isObject())
        return fail(QStringLiteral("the credentials file %1 is damaged: %2").arg(path, error.errorString()));
    file.m_root = doc.object();
    return file;
}

Result<AuthFile> AuthFile::read(const QString &path)
{
    if (!QFileInfo::exists(path))
        return AuthFile{};
    auto bytes = readWholeFile(path, 4 << 20);
    if (!bytes)
        return std::unexpected(bytes.error());
    return parse(*bytes, path);
}

Status AuthFile::write(const QString &path) const
{
    return writePrivateFile(path, QJsonDocument(m_root).toJson(QJsonDocument::Indented));
}

QString AuthFile::keyFor(const QString &domain) const
{
    const QJsonObject auths = m_root.value(QLatin1String("auths")).toObject();
    const QString wanted = authKeyDomain(domain);
    if (auths.contains(authKeyFor(wanted)))
        return authKeyFor(wanted);
    for (auto it = auths.begin(); it != auths.end(); ++it)
        if (authKeyDomain(it.key()) == wanted)
            return it.key();
    return {};
}

std::optional<Credentials> AuthFile::credentials(const QString &domain) const
{
    const QString key = keyFor(domain);
    if (key.isEmpty())
        return std::nullopt;
    const QJsonObject entry = m_root.value(QLatin1String("auths")).toObject().value(key).toObject();
    const QByteArray decoded = QByteArray::fromBase64(entry.value(QLatin1String("auth")).toString().toLatin1());
    const qsizetype colon = decoded.indexOf(':');
    Credentials credentials;
    if (colon > 0) {
        credentials.username = QString::fromUtf8(decoded.left(colon));
        credentials.secret = QString::fromUtf8(decoded.mid(colon + 1));
    }
    const QString identityToken = entry.value(QLatin1String("identitytoken")).toString();
    if (!identityToken.isEmpty()) {
        credentials.username = QStringLiteral("<token>");
        credentials.secret = identityToken;
    }
    if (credentials.secret.isEmpty())
        return std::nullopt;
    return credentials;
}

QString AuthFile::helperFor(const QString &domain) const
{
    const QJsonObject helpers = m_root.value(QLatin1String("credHelpers")).toObject();
    const QString wanted = authKeyDomain(domain);
    for (auto it = helpers.begin(); it != helpers.end(); ++it)
        if (authKeyDomain(it.key()) == wanted)
            return it.value().toString();
    return m_root.value(QLatin1String("credsStore")).toString();
}

void AuthFile::setCredentials(const QString &key, const Credentials &credentials)
{
    QJsonObject auths = m_root.value(QLatin1String("auths")).toObject();
    const QByteArray pair = credentials.username.toUtf8() + ':' + credentials.secret.toUtf8();
    auths.insert(key, QJsonObject{{QLatin1String("auth"), QString::fromLatin1(pair.toBase64())}});
    m_root.insert(QLatin1String("auths"), auths);
}

void AuthFile::setHelperEntry(const QString &key)
{
    QJsonObject auths = m_root.value(QLatin1String("auths")).toObject();
    auths.insert(key, QJsonObject());
    m_root.insert(QLatin1String("auths"), auths);
}

bool AuthFile::remove(const QString &domain)
{
    QJsonObject auths = m_root.value(QLatin1String("auths")).toObject();
    bool removed = false;
    for (QString key = keyFor(domain); !key.isEmpty(); key = keyFor(domain)) {
        auths.remove(key);
        m_root.insert(QLatin1String("auths"), auths);
        removed = true;
    }
    return removed;
}

} // namespace porthole
