#include "volumes/volumestore.h"

#include "base/fsutil.h"
#include "base/ids.h"
#include "base/tempwork.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <cerrno>
#include <fcntl.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>

namespace porthole {
namespace {

QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QJsonObject metadataJson(const VolumeInfo &volume)
{
    return {{QLatin1String("Name"), volume.name},
            {QLatin1String("Driver"), volume.driver},
            {QLatin1String("CreatedAt"), timeText(volume.createdAt)},
            {QLatin1String("Labels"), volume.labels},
            {QLatin1String("Options"), volume.options}};
}

// Mount flags and data of the local driver's "o" option: bind, rbind and ro
// become flags, the rest is handed to the file system.
void splitMountOptions(const QString &o, unsigned long &flags, QStringList &data)
{
    for (const QString &word : o.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (word == QLatin1String("bind"))
            flags |= MS_BIND;
        else if (word == QLatin1String("rbind"))
            flags |= MS_BIND | MS_REC;
        else if (word == QLatin1String("ro"))
            flags |= MS_RDONLY;
        else
            data.append(word);
    }
}

} // namespace

Status validateVolumeName(const QString &name)
{
    static const QRegularExpression valid(QStringLiteral("^[a-zA-Z0-9][a-zA-Z0-9_.-]+$"));
    if (!valid.match(name).hasMatch())
        return fail(QStringLiteral("create %1: \"%1\" includes invalid characters for a local volume name, only \"[a-zA-Z0-9][a-zA-Z0-9_.-]\" "
                                   "are allowed. If you intended to pass a host directory, use absolute path").arg(name), 125);
    return {};
}

Status validateVolumeOptions(const QString &name, const QJsonObject &options)
{
    for (auto it = options.begin(); it != options.end(); ++it)
        if (!QStringList{QStringLiteral("type"), QStringLiteral("device"), QStringLiteral("o")}.contains(it.key()))
            return fail(QStringLiteral("create %1: invalid option: \"%2\"").arg(name, it.key()));
    if (!options.isEmpty() && (options.value(QLatin1String("type")).toString().isEmpty() || options.value(QLatin1String("device")).toString().isEmpty()))
        return fail(QStringLiteral("create %1: missing required option: \"%2\"").arg(name, options.contains(QLatin1String("type")) ? QStringLiteral("device") : QStringLiteral("type")));
    return {};
}

QJsonObject VolumeInfo::inspectJson() const
{
    return {{QLatin1String("CreatedAt"), timeText(createdAt)},
            {QLatin1String("Driver"), driver},
            {QLatin1String("Labels"), labels.isEmpty() ? QJsonValue() : QJsonValue(labels)},
            {QLatin1String("Mountpoint"), mountpoint},
            {QLatin1String("Name"), name},
            {QLatin1String("Options"), options.isEmpty() ? QJsonValue() : QJsonValue(options)},
            {QLatin1String("Scope"), QStringLiteral("local")}};
}

Result<FileLock> VolumeStore::lock() const
{
    const QString locks = m_paths.runRoot + QStringLiteral("/locks");
    if (auto ok = makeDirectories(locks); !ok)
        return std::unexpected(ok.error());
    return FileLock::acquire(locks + QStringLiteral("/volumes.lock"));
}

Result<VolumeInfo> VolumeStore::read(const QString &name) const
{
    auto bytes = readWholeFile(dir(name) + QStringLiteral("/volume.json"), 1 << 20);
    if (!bytes)
        return fail(QStringLiteral("get %1: no such volume").arg(name));
    const QJsonObject json = QJsonDocument::fromJson(*bytes).object();
    VolumeInfo volume;
    volume.name = name;
    volume.driver = json.value(QLatin1String("Driver")).toString(QStringLiteral("local"));
    volume.createdAt = QDateTime::fromString(json.value(QLatin1String("CreatedAt")).toString(), Qt::ISODate);
    volume.labels = json.value(QLatin1String("Labels")).toObject();
    volume.options = json.value(QLatin1String("Options")).toObject();
    volume.mountpoint = dataDir(name);
    return volume;
}

Result<VolumeInfo> VolumeStore::find(const QString &name) const
{
    if (name.isEmpty() || name.contains(QLatin1Char('/')) || name.startsWith(QLatin1Char('.')))
        return fail(QStringLiteral("get %1: no such volume").arg(name));
    return read(name);
}

Result<QList<VolumeInfo>> VolumeStore::list() const
{
    QList<VolumeInfo> volumes;
    for (const QString &name : QDir(volumesDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        if (auto volume = read(name))
            volumes.append(*volume);
    return volumes;
}

Result<VolumeStore::Created> VolumeStore::create(const VolumeCreateRequest &request)
{
    VolumeInfo volume;
    volume.name = request.anonymous || request.name.isEmpty() ? randomHex(64) : request.name;
    if (auto ok = validateVolumeName(volume.name); !ok)
        return std::unexpected(ok.error());
    if (request.driver != QLatin1String("local"))
        return fail(QStringLiteral("create %1: error looking up volume plugin %2: plugin \"%2\" not found").arg(volume.name, request.driver));
    if (auto ok = validateVolumeOptions(volume.name, request.options); !ok)
        return std::unexpected(ok.error());
    if (auto existing = read(volume.name))
        return Created{*existing, false};
    volume.createdAt = QDateTime::currentDateTimeUtc();
    volume.labels = request.labels;
    if (request.anonymous || request.name.isEmpty())
        volume.labels.insert(kAnonymousVolumeLabel, QString());
    volume.options = request.options;
    volume.mountpoint = dataDir(volume.name);
    auto work = TempWork::create(m_paths.tmpDir());
    if (!work)
        return std::unexpected(work.error());
    const QString staged = work->subPath(QStringLiteral("volume"));
    Status made = makeDirectories(staged + QStringLiteral("/_data"));
    if (made)
        made = writeFileAtomically(staged + QStringLiteral("/volume.json"), QJsonDocument(metadataJson(volume)).toJson());
    if (made)
        made = makeDirectories(volumesDir());
    if (!made)
        return std::unexpected(made.error().withContext(QStringLiteral("create %1").arg(volume.name)));
    ::chmod(QFile::encodeName(staged + QStringLiteral("/_data")).constData(), 0755);
    auto placed = renameDirectoryIfAbsent(staged, dir(volume.name));
    if (!placed)
        return std::unexpected(placed.error());
    if (!*placed) // made meanwhile by another process
        if (auto existing = read(volume.name))
            return Created{*existing, false};
    return Created{volume, *placed};
}

Status VolumeStore::remove(const QString &name)
{
    auto volume = find(name);
    if (!volume)
        return std::unexpected(volume.error());
    (void)unmountDevice(*volume);
    if (auto ok = makeDirectories(m_paths.tmpDir()); !ok)
        return ok;
    const QString doomed = m_paths.tmpDir() + QStringLiteral("/removed-volume-") + randomHex(16);
    if (::rename(QFile::encodeName(dir(name)).constData(), QFile::encodeName(doomed).constData()) < 0)
        return fail(QStringLiteral("remove %1: %2").arg(name, systemErrorText(errno)));
    return removeTree(doomed);
}

qint64 VolumeStore::size(const QString &name) const
{
    return contentSize(dataDir(name));
}

bool VolumeStore::isEmpty(const QString &name) const
{
    return QDir(dataDir(name)).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
}

Status VolumeStore::exchangeData(const QString &name, const QString &staged)
{
    if (::renameat2(AT_FDCWD, QFile::encodeName(staged).constData(), AT_FDCWD, QFile::encodeName(dataDir(name)).constData(),
                    RENAME_EXCHANGE) < 0)
        return fail(QStringLiteral("cannot fill volume %1: %2").arg(name, systemErrorText(errno)));
    return {};
}

Status VolumeStore::mountDevice(const VolumeInfo &volume) const
{
    if (!hasDevice(volume) || isMountPoint(volume.mountpoint))
        return {};
    unsigned long flags = 0;
    QStringList data;
    splitMountOptions(volume.options.value(QLatin1String("o")).toString(), flags, data);
    const QByteArray device = volume.options.value(QLatin1String("device")).toString().toLocal8Bit();
    const QByteArray type = volume.options.value(QLatin1String("type")).toString().toLocal8Bit();
    const QByteArray options = data.join(QLatin1Char(',')).toLocal8Bit();
    if (::mount(device.constData(), QFile::encodeName(volume.mountpoint).constData(), type.constData(), flags,
                options.isEmpty() ? nullptr : options.constData()) < 0)
        return fail(QStringLiteral("error while mounting volume '%1': failed to mount local volume: mount %2:%3, flags: 0x%4, data: %5: %6")
                        .arg(volume.mountpoint, QString::fromLocal8Bit(device), volume.mountpoint).arg(flags, 0, 16)
                        .arg(QString::fromLocal8Bit(options), systemErrorText(errno)));
    return {};
}

Status VolumeStore::unmountDevice(const VolumeInfo &volume) const
{
    if (!hasDevice(volume) || !isMountPoint(volume.mountpoint))
        return {};
    if (::umount2(QFile::encodeName(volume.mountpoint).constData(), MNT_DETACH) < 0)
        return fail(QStringLiteral("error while unmounting volume %1: %2").arg(volume.name, systemErrorText(errno)));
    return {};
}

} // namespace porthole
