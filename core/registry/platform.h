#pragma once
// Platforms as OCI indexes name them ("linux/amd64", "linux/arm/v7"), the
// host's, and which entry of a manifest list suits a wanted one.
#include "base/error.h"

#include <QList>
#include <QString>
#include <optional>

namespace porthole {

struct Platform {
    QString os;           // "linux"
    QString architecture; // "amd64", "arm64", "arm", "386", ...
    QString variant;      // "v7" for arm; "" where the architecture has one default

    // "os/arch[/variant]", or just "arch" (os linux) or "os" (host architecture);
    // aliases as containerd knows them (x86_64, aarch64, armhf, ...).
    static Result<Platform> parse(const QString &text);
    static Platform host();

    // Aliases resolved, default variants dropped (arm64/v8 -> arm64; arm -> arm/v7).
    Platform normalized() const;
    QString toString() const; // "linux/arm64", "linux/arm/v7"
    bool operator==(const Platform &other) const = default;
};

// How well an entry's platform suits the wanted one: 0 exact, more for a
// compatible older variant (arm/v6 on arm/v7), nullopt when it cannot run.
std::optional<int> platformDistance(const Platform &wanted, const Platform &entry);

} // namespace porthole
