#pragma once
// Volumes on disk: volumes/<name>/{_data/, volume.json}. A volume appears
// whole (made in the store's tmp/ and renamed into place) and goes whole
// (renamed into tmp/ first); its data outlives every container. Which
// containers use a volume is the container engine's to know: it checks
// under lock() before a removal.
#include "base/error.h"
#include "base/filelock.h"
#include "base/storepaths.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace porthole {

// The label Docker puts on a volume made for one container.
inline constexpr QLatin1String kAnonymousVolumeLabel("com.docker.volume.anonymous");

struct VolumeInfo {
    QString name;
    QString driver = QStringLiteral("local");
    QDateTime createdAt;
    QJsonObject labels;
    QJsonObject options; // the local driver's: type, device, o
    QString mountpoint;  // .../volumes/<name>/_data

    bool isAnonymous() const { return labels.contains(kAnonymousVolumeLabel); }
    // `volume inspect`, as Docker shapes it.
    QJsonObject inspectJson() const;
};

struct VolumeCreateRequest {
    QString name; // "" for an anonymous volume (64 hex digits)
    QString driver = QStringLiteral("local");
    QJsonObject labels;
    QJsonObject options;
    bool anonymous = false;
};

// ^[a-zA-Z0-9][a-zA-Z0-9_.-]+$, with Docker's text.
Status validateVolumeName(const QString &name);

class VolumeStore {
public:
    explicit VolumeStore(StorePaths paths) : m_paths(std::move(paths)) {}

    QString volumesDir() const { return m_paths.root + QStringLiteral("/volumes"); }
    QString dir(const QString &name) const { return volumesDir() + QLatin1Char('/') + name; }
    QString dataDir(const QString &name) const { return dir(name) + QStringLiteral("/_data"); }

    // A new volume, or the existing one of that name (created false).
    struct Created {
        VolumeInfo volume;
        bool created = false;
    };
    Result<Created> create(const VolumeCreateRequest &request);
    // "get NAME: no such volume" otherwise.
    Result<VolumeInfo> find(const QString &name) const;
    Result<QList<VolumeInfo>> list() const;
    // Removes the volume and its data (call under lock(), after checking users).
    Status remove(const QString &name);
    // Serialises making, removing and the use checks of volumes across processes.
    Result<FileLock> lock() const;

    // Bytes of its data.
    qint64 size(const QString &name) const;
    // Whether its data directory holds nothing.
    bool isEmpty(const QString &name) const;
    // Puts a directory made elsewhere on the same file system (staged in the
    // store's tmp/) in place of the volume's empty data, atomically; the old
    // empty directory is left at staged's path. For copy-up.
    Status exchangeData(const QString &name, const QString &staged);

    // Driver options: the device mounted at _data (tmpfs, a disk, a bind),
    // while containers use it. No-ops for plain volumes.
    Status mountDevice(const VolumeInfo &volume) const;
    Status unmountDevice(const VolumeInfo &volume) const;
    bool hasDevice(const VolumeInfo &volume) const { return !volume.options.isEmpty(); }

private:
    Result<VolumeInfo> read(const QString &name) const;
    StorePaths m_paths;
};

// Checks -o options of the local driver (type, device, o).
Status validateVolumeOptions(const QString &name, const QJsonObject &options);

} // namespace porthole
