#pragma once
// What a container mounts, as `run -v` and `--mount` say it: a host
// directory (bind), a volume of the store (named, or anonymous: made for
// the container, from an image's VOLUME or `-v /path`), or a tmpfs. Parsed
// with Docker's syntax and texts; kept in the container's record.
#include "base/error.h"

#include <QJsonObject>
#include <QString>

namespace porthole {

struct MountSpec {
    enum class Type { Bind, Volume, Tmpfs };
    Type type = Type::Bind;
    QString source;      // bind: the host path; volume: its name; tmpfs: ""
    QString destination; // absolute, clean
    bool readOnly = false;
    bool noCopy = false;        // volume: the image's content is not copied in
    bool anonymous = false;     // volume: made for this container (rm -v removes it)
    bool fromMountFlag = false; // --mount (HostConfig.Mounts) rather than -v (HostConfig.Binds)
    QJsonObject volumeLabels;   // --mount volume-label=K=V, for a volume made on first use
    QJsonObject volumeOptions;  // --mount volume-opt=K=V
    qint64 tmpfsSize = 0;       // bytes; 0: the kernel's default (half the memory)
    int tmpfsMode = -1;         // -1: 1777

    QString typeName() const; // "bind", "volume", "tmpfs"
    // "SOURCE:DESTINATION[:ro]", as HostConfig.Binds lists it.
    QString bindText() const;
    QJsonObject toJson() const;
    // Also reads records written before volumes ({Source, Destination, RW}).
    static MountSpec fromJson(const QJsonObject &json);
};

// -v [SOURCE:]DESTINATION[:OPTIONS]: an absolute (or ./relative) SOURCE is a
// host directory, a name a volume, none an anonymous volume; OPTIONS ro,
// rw, nocopy, z, Z and the propagation modes. Errors exit 125.
Result<MountSpec> parseVolumeFlag(const QString &text);
// --mount type=bind|volume|tmpfs,source=...,target=...[,readonly][,...]
Result<MountSpec> parseMountFlag(const QString &text);

// A size as Docker's RAMInBytes reads it: "64m", "1g", "512k", "100".
Result<qint64> parseRamSize(const QString &text);

} // namespace porthole
