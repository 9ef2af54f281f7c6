#include "runtime/runtimeerrors.h"

#include <QRegularExpression>
#include <QStringList>

namespace porthole {
namespace {

// The message of a logrus line: msg="…" with Go's escapes, or the line.
QString logMessage(const QString &line)
{
    static const QRegularExpression msg(QStringLiteral("msg=\"((?:[^\"\\\\]|\\\\.)*)\""));
    const auto match = msg.match(line);
    if (!match.hasMatch())
        return line.trimmed();
    QString text = match.captured(1);
    text.replace(QLatin1String("\\\""), QLatin1String("\""));
    text.replace(QLatin1String("\\\\"), QLatin1String("\\"));
    return text;
}

QString withoutPrefixes(QString text)
{
    for (const QString &prefix : {QStringLiteral("OCI runtime create failed: "), QStringLiteral("runc create failed: "),
                                  QStringLiteral("runc run failed: "), QStringLiteral("unable to start container process: "),
                                  QStringLiteral("exec failed: ")})
        if (text.startsWith(prefix))
            text = text.mid(prefix.size());
    return text;
}

} // namespace

Error runtimeFailure(const QString &runtimeOutput)
{
    QString last;
    for (const QString &line : runtimeOutput.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        last = line; // the last line is the one that says why
    QString message = withoutPrefixes(withoutPrefixes(logMessage(last)));
    if (message.isEmpty())
        return Error{QStringLiteral("the OCI runtime could not create the container"), 125};
    if (message.startsWith(QLatin1String("exec: \""))) {
        const bool missing = message.contains(QLatin1String("no such file or directory")) || message.contains(QLatin1String("not found in $PATH"));
        return Error{message, missing ? 127 : 126};
    }
    return Error{message, 125};
}

bool isTransientFreezeFailure(const QString &runtimeMessage)
{
    // runc's v1 freezer (and crun's) give up with this after their own
    // retries while a process forks or is exec'd into the cgroup.
    return runtimeMessage.trimmed().endsWith(QLatin1String("unable to freeze"));
}

} // namespace porthole
