#include "gui/app/dockerwords.h"

#include <QRegularExpression>

namespace {

// A refusal as the engine words it (context may come before it) and what
// it says in the window's language; %1 is the captured name.
struct KnownRefusal {
    const char *pattern;
    QString (*say)(const QString &name);
};

const KnownRefusal kRefusals[] = {
    {"Container (\\S+) is not running", [](const QString &n) { return DockerWords::tr("The container %1 is not running.").arg(n); }},
    {"Container (\\S+) is already paused", [](const QString &n) { return DockerWords::tr("The container %1 is already paused.").arg(n); }},
    {"Container (\\S+) is not paused", [](const QString &n) { return DockerWords::tr("The container %1 is not paused.").arg(n); }},
    {"Container (\\S+) is paused, unpause the container before",
     [](const QString &n) { return DockerWords::tr("The container %1 is paused: unpause it first.").arg(n); }},
    {"You cannot remove a running container (\\S+)\\.",
     [](const QString &n) { return DockerWords::tr("The container %1 is running: stop it before removing it, or force remove it (rm -f).").arg(n); }},
    {"You cannot remove a paused container (\\S+)\\.",
     [](const QString &n) { return DockerWords::tr("The container %1 is paused: unpause and stop it before removing it, or force remove it (rm -f).").arg(n); }},
    {"cannot start a paused container()", [](const QString &) { return DockerWords::tr("A paused container cannot be started: unpause it."); }},
    {"container (\\S+) is dead and cannot be started",
     [](const QString &n) { return DockerWords::tr("The container %1 is dead and cannot be started.").arg(n); }},
    {"container (\\S+) is marked for removal", [](const QString &n) { return DockerWords::tr("The container %1 is being removed.").arg(n); }},
    {"No such container: (\\S+)", [](const QString &n) { return DockerWords::tr("There is no container %1.").arg(n); }},
    {"No such image: (\\S+)", [](const QString &n) { return DockerWords::tr("There is no image %1.").arg(n); }},
    {"The container name \"/?([^\"]+)\" is already in use",
     [](const QString &n) { return DockerWords::tr("The name %1 is taken by another container: choose another or remove that one.").arg(n); }},
    {"container (\\S+) is using its referenced image",
     [](const QString &n) { return DockerWords::tr("The container %1 uses this image: remove the container first, or force (rmi -f).").arg(n); }},
};

} // namespace

QString DockerWords::said(const QString &message)
{
    for (const KnownRefusal &refusal : kRefusals) {
        const QRegularExpressionMatch match = QRegularExpression(QString::fromLatin1(refusal.pattern)).match(message);
        if (match.hasMatch())
            return refusal.say(match.captured(1));
    }
    return {};
}

QString DockerWords::inWindowLanguage(const QString &message)
{
    const QString translated = said(message);
    const bool english = tr("There is no container %1.") == QLatin1String("There is no container %1.");
    if (translated.isEmpty() || english)
        return message;
    return tr("%1 (Docker: %2)").arg(translated, message);
}
