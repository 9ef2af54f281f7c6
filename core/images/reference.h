#pragma once
// Image references as Docker writes them: "busybox", "busybox:1.36",
// "localhost:5000/team/app:v1". Stored and shown in familiar form
// ("busybox:latest" rather than "docker.io/library/busybox:latest").
#include "base/error.h"

#include <QString>

namespace porthole {

struct Reference {
    QString repository; // familiar form: "busybox", "team/app", "localhost:5000/app"
    QString tag;        // "latest" when none was given

    // Parses and validates a reference; a missing tag becomes "latest".
    static Result<Reference> parse(const QString &text);
    // True when text names a tag or repository rather than an image id.
    static bool looksLikeId(const QString &text);

    QString toString() const { return repository + QLatin1Char(':') + tag; }
    // "docker.io/library/busybox:latest", as containerd and Docker 25 archives name images.
    QString fullyQualified() const;
};

} // namespace porthole
