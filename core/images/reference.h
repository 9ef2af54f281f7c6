#pragma once
// Image references as Docker writes them: "busybox", "busybox:1.36",
// "localhost:5000/team/app:v1", "alpine@sha256:…". Stored and shown in
// familiar form ("busybox:latest" rather than "docker.io/library/busybox:latest");
// domain() and path() give the normalised parts a registry is asked for.
#include "base/error.h"

#include <QString>

namespace porthole {

struct Reference {
    QString repository; // familiar form: "busybox", "team/app", "localhost:5000/app"
    QString tag;        // "latest" when neither a tag nor a digest was given
    QString digest;     // "sha256:<64 hex>", or empty

    // Parses and validates a tag reference (no digest); a missing tag becomes "latest".
    static Result<Reference> parse(const QString &text);
    // Docker's whole grammar: NAME[:TAG][@DIGEST]. Without a digest a missing
    // tag becomes "latest"; with one the tag stays as given (often empty).
    static Result<Reference> parseNamed(const QString &text);
    // True when text names a tag or repository rather than an image id.
    static bool looksLikeId(const QString &text);

    QString domain() const; // "docker.io", "localhost:5000", "quay.io"
    QString path() const;   // "library/busybox", "team/app"
    // "docker.io/library/busybox": the name registries.conf prefixes match.
    QString qualifiedName() const { return domain() + QLatin1Char('/') + path(); }

    QString toString() const { return repository + QLatin1Char(':') + tag; }
    // "busybox@sha256:…", the RepoDigests form.
    QString digestReference() const { return repository + QLatin1Char('@') + digest; }
    // What the user would write: "busybox:latest", "busybox@sha256:…", "busybox:1@sha256:…".
    QString familiar() const;
    // "docker.io/library/busybox:latest", as containerd and Docker 25 archives name images.
    QString fullyQualified() const;
};

} // namespace porthole
