#pragma once
// Errors returned by the engine: a message a user can act on, with context
// prepended at each layer (like crun's error.c), never an exception.
#include <QString>
#include <expected>

namespace porthole {

struct Error {
    QString message;
    int exitCode = 1; // the CLI's exit status for this error

    // Prefix this error with what the caller was doing: "loading x: <message>".
    Error withContext(const QString &context) const
    {
        return Error{context + QStringLiteral(": ") + message, exitCode};
    }
};

template <typename T>
using Result = std::expected<T, Error>;

using Status = std::expected<void, Error>;

inline std::unexpected<Error> fail(const QString &message, int exitCode = 1)
{
    return std::unexpected<Error>(Error{message, exitCode});
}

// errno as text, e.g. "No space left on device".
QString systemErrorText(int errnum);

} // namespace porthole
