// The engine's own verbs: version, events and the API service.
#include "api/apiservice.h"
#include "cli/commandcontext.h"
#include "cli/verbs.h"
#include "base/events.h"
#include "base/humanize.h"
#include "cli/gotemplate.h"

#include <QFileInfo>
#include <QThread>

namespace porthole {
namespace {

Status showVersion(const CommandContext &context)
{
    context.line(QStringLiteral("Porthole version %1").arg(QStringLiteral(PORTHOLE_VERSION)));
    context.line(QStringLiteral("Store:    %1").arg(context.store.paths().root));
    return {};
}

bool eventMatches(const Event &event, const QStringList &filters)
{
    QHash<QString, QStringList> byKey;
    for (const QString &filter : filters)
        byKey[filter.section(QLatin1Char('='), 0, 0)].append(filter.section(QLatin1Char('='), 1));
    auto allowed = [&](const QString &key, const QStringList &candidates) {
        if (!byKey.contains(key))
            return true;
        for (const QString &wanted : byKey.value(key))
            for (const QString &candidate : candidates)
                if (!candidate.isEmpty() && (candidate == wanted || (key == QLatin1String("container") && candidate.startsWith(wanted) && candidate.size() == 64)))
                    return true;
        return false;
    };
    const QString name = event.attributes.value(QLatin1String("name")).toString();
    return allowed(QStringLiteral("type"), {event.type}) && allowed(QStringLiteral("event"), {event.action})
           && allowed(QStringLiteral("container"), {event.id, name}) && allowed(QStringLiteral("image"), {event.attributes.value(QLatin1String("image")).toString()});
}

Status streamEvents(const CommandContext &c)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime since, until;
    if (c.command.isSet(QStringLiteral("since")) && !(since = parseTimeArgument(c.command.value(QStringLiteral("since")), now)).isValid())
        return fail(QStringLiteral("invalid value for \"since\": %1").arg(c.command.value(QStringLiteral("since"))));
    if (c.command.isSet(QStringLiteral("until")) && !(until = parseTimeArgument(c.command.value(QStringLiteral("until")), now)).isValid())
        return fail(QStringLiteral("invalid value for \"until\": %1").arg(c.command.value(QStringLiteral("until"))));
    for (const QString &filter : c.command.values(QStringLiteral("filter")))
        if (!QStringList{QStringLiteral("type"), QStringLiteral("event"), QStringLiteral("container"), QStringLiteral("image")}.contains(filter.section(QLatin1Char('='), 0, 0)) || !filter.contains(QLatin1Char('=')))
            return fail(QStringLiteral("invalid filter '%1'").arg(filter));
    // Without --since, only what happens from now on, as Docker does.
    qint64 offset = 0;
    if (!since.isValid())
        offset = QFileInfo(eventsJournalPath(c.store.paths().root)).size();
    for (;;) {
        auto events = readEvents(c.store.paths().root, offset);
        if (!events)
            return std::unexpected(events.error());
        for (const Event &event : std::as_const(*events)) {
            if ((since.isValid() && event.time < since) || (until.isValid() && event.time > until))
                continue;
            if (!eventMatches(event, c.command.values(QStringLiteral("filter"))))
                continue;
            if (c.command.isSet(QStringLiteral("format"))) {
                auto text = renderTemplate(c.command.value(QStringLiteral("format")), event.toJson());
                if (!text)
                    return std::unexpected(text.error());
                c.line(*text);
            } else {
                c.line(event.toText());
            }
        }
        if ((until.isValid() && QDateTime::currentDateTimeUtc() > until) || c.progress.isCancelled())
            return {};
        QThread::msleep(100);
    }
}

// Serves the Docker Engine API until stopped (SIGINT/SIGTERM) or idle for
// --time seconds (0: until stopped), as `podman system service`.
Status serveApi(const CommandContext &c)
{
    bool ok = false;
    const int idle = c.command.value(QStringLiteral("time"), QStringLiteral("5")).toInt(&ok);
    if (!ok || idle < 0)
        return fail(QStringLiteral("invalid argument \"%1\" for \"-t, --time\" flag: a number of seconds").arg(c.command.value(QStringLiteral("time"))), 125);
    api::ServiceOptions options{c.store.paths(), c.runtime, c.command.args.value(0), idle};
    return api::runService(options, c.progress, [&](const QString &uri) {
        if (c.io.err)
            c.io.err(QStringLiteral("API service listening on %1 (DOCKER_HOST=%1)\n").arg(uri));
    });
}

} // namespace

QList<CommandSpec> systemVerbs()
{
    return {
        Verb("version", "", "Show the Porthole version information", showVersion).args(0, 0),
        Verb("system service", "[OPTIONS] [URI]", "Serve the Docker Engine API (unix:///PATH or tcp://127.0.0.1:PORT)", serveApi)
            .args(0, 1).option("time", 't', "Seconds of inactivity before the service exits (0: never)"),
        Verb("events", "[OPTIONS]", "Get real time events from the engine", streamEvents).aliases({"system events"}).args(0, 0)
            .option("since", 0, "Show all events created since timestamp").option("until", 0, "Stream events until this timestamp")
            .option("filter", 'f', "Filter output based on conditions provided")
            .option("format", 0, "Format the output using the given Go template"),
    };
}

} // namespace porthole
