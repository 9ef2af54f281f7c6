// pull, push, login, logout and search, with Docker's texts: the pull and
// push progress redrawn in place on a terminal (one line per layer), plain
// status lines otherwise.

#include "cli/commandcontext.h"
#include "cli/gotemplate.h"
#include "cli/layerlines.h"
#include "cli/tabwriter.h"
#include "cli/verbs.h"
#include "registry/login.h"
#include "registry/pull.h"
#include "registry/push.h"
#include "registry/search.h"

#include <QHash>
#include <QJsonObject>
#include <termios.h>
#include <unistd.h>

namespace porthole {
namespace {

Result<std::unique_ptr<RegistryContext>> openRegistries()
{
    auto context = RegistryContext::fromEnvironment();
    if (!context)
        return std::unexpected(context.error());
    return context;
}

Status pullImages(const CommandContext &c)
{
    PullRequest request{c.command.args.first(), std::nullopt};
    if (c.command.isSet(QStringLiteral("platform"))) {
        auto platform = Platform::parse(c.command.value(QStringLiteral("platform")));
        if (!platform)
            return std::unexpected(platform.error());
        request.platform = *platform;
    }
    auto context = openRegistries();
    if (!context)
        return std::unexpected(context.error());
    const bool quiet = c.command.isSet(QStringLiteral("quiet"));
    LayerLines lines([&c](const QString &text) { c.out(text); }, c.io.outputIsTerminal);
    const TransferObserver observer = quiet ? TransferObserver{} : lines.observer();
    if (c.command.isSet(QStringLiteral("all-tags"))) {
        auto results = pullAllTags(**context, c.store, request, observer, c.progress);
        if (!results)
            return std::unexpected(results.error());
        if (!results->isEmpty())
            c.line(results->first().fullyQualified.section(QLatin1Char(':'), 0, -2));
        return {};
    }
    auto result = pullImage(**context, c.store, request, observer, c.progress);
    if (!result)
        return std::unexpected(result.error());
    c.line(result->fullyQualified);
    return {};
}


Status pushImages(const CommandContext &c)
{
    auto context = openRegistries();
    if (!context)
        return std::unexpected(context.error());
    const bool quiet = c.command.isSet(QStringLiteral("quiet"));
    LayerLines lines([&c](const QString &text) { c.out(text); }, c.io.outputIsTerminal);
    const TransferObserver observer = quiet ? TransferObserver{} : lines.observer();
    PushRequest request{c.command.args.first(), c.command.isSet(QStringLiteral("all-tags"))};
    auto results = pushImage(**context, c.store, request, observer, c.progress);
    if (!results)
        return std::unexpected(results.error());
    if (quiet)
        for (const PushResult &result : std::as_const(*results))
            c.line(result.reference);
    return {};
}

// One line from the input descriptor, without its line ending; echo off for secrets.
Result<QString> readLine(int fd, bool secret)
{
    termios saved{};
    const bool terminal = isatty(fd) && tcgetattr(fd, &saved) == 0;
    if (secret && terminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(fd, TCSAFLUSH, &quiet);
    }
    QByteArray line;
    char ch = 0;
    while (::read(fd, &ch, 1) == 1 && ch != '\n')
        line.append(ch);
    if (secret && terminal)
        tcsetattr(fd, TCSAFLUSH, &saved);
    if (line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

Result<QString> readAllInput(int fd)
{
    QByteArray data;
    char buffer[4096];
    for (ssize_t n; (n = ::read(fd, buffer, sizeof buffer)) != 0;) {
        if (n < 0)
            return fail(QStringLiteral("cannot read the password from standard input"));
        data.append(buffer, n);
    }
    while (data.endsWith('\n') || data.endsWith('\r'))
        data.chop(1);
    return QString::fromUtf8(data);
}

// Docker's rules for -u, -p, --password-stdin and the prompts.
Result<Credentials> credentialsFromCommand(const CommandContext &c)
{
    Credentials credentials{c.command.value(QStringLiteral("username")), c.command.value(QStringLiteral("password"))};
    if (c.command.isSet(QStringLiteral("password-stdin"))) {
        if (c.command.isSet(QStringLiteral("password")))
            return fail(QStringLiteral("--password and --password-stdin are mutually exclusive"));
        if (credentials.username.isEmpty())
            return fail(QStringLiteral("Must provide --username with --password-stdin"));
        auto secret = readAllInput(c.io.inputFd);
        if (!secret)
            return std::unexpected(secret.error());
        credentials.secret = *secret;
    } else if (c.command.isSet(QStringLiteral("password")) && c.io.err) {
        c.io.err(QStringLiteral("WARNING! Using --password via the CLI is insecure. Use --password-stdin.\n"));
    }
    const bool needPrompt = credentials.username.isEmpty() || credentials.secret.isEmpty();
    if (needPrompt && (c.io.inputFd < 0 || !c.io.inputIsTerminal))
        return fail(QStringLiteral("Cannot perform an interactive login from a non TTY device"));
    if (credentials.username.isEmpty()) {
        c.out(QStringLiteral("Username: "));
        credentials.username = readLine(c.io.inputFd, false).value_or(QString()).trimmed();
    }
    if (credentials.secret.isEmpty()) {
        c.out(QStringLiteral("Password: "));
        credentials.secret = readLine(c.io.inputFd, true).value_or(QString());
        c.out(QStringLiteral("\n"));
    }
    return credentials;
}

Status logIn(const CommandContext &c)
{
    auto context = openRegistries();
    if (!context)
        return std::unexpected(context.error());
    const QString server = c.command.args.value(0);
    const bool given = c.command.isSet(QStringLiteral("username")) || c.command.isSet(QStringLiteral("password"))
                       || c.command.isSet(QStringLiteral("password-stdin"));
    if (!given) { // Docker tries what it already has first
        auto stored = (*context)->credentials().lookup(registryDomainOf(server));
        if (stored && *stored && loginToRegistry(**context, server, **stored, c.progress)) {
            c.line(QStringLiteral("Authenticating with existing credentials..."));
            c.line(QStringLiteral("Login Succeeded"));
            return {};
        }
    }
    auto credentials = credentialsFromCommand(c);
    if (!credentials)
        return std::unexpected(credentials.error());
    if (auto ok = loginToRegistry(**context, server, *credentials, c.progress); !ok)
        return ok;
    c.line(QStringLiteral("Login Succeeded"));
    return {};
}

Status logOut(const CommandContext &c)
{
    auto context = openRegistries();
    if (!context)
        return std::unexpected(context.error());
    const QString server = c.command.args.value(0);
    const QString shown = server.isEmpty() ? authKeyFor(QStringLiteral("docker.io")) : registryDomainOf(server);
    auto outcome = logoutFromRegistry(**context, server);
    if (!outcome)
        return std::unexpected(outcome.error());
    switch (*outcome) {
    case LogoutOutcome::Removed:
        c.line(QStringLiteral("Removing login credentials for %1").arg(shown));
        return {};
    case LogoutOutcome::NotLoggedIn:
        c.line(QStringLiteral("Not logged in to %1").arg(shown));
        return {};
    case LogoutOutcome::OnlyDockerHasThem:
        return fail(QStringLiteral("Not logged into %1 with current tool. Existing credentials were established via docker login. "
                                   "Please use docker logout instead.").arg(shown));
    }
    return {};
}

struct SearchFilter {
    int minimumStars = 0;
    std::optional<bool> official;
    std::optional<bool> automated;
};

Result<SearchFilter> parseSearchFilters(const QStringList &filters)
{
    SearchFilter filter;
    for (const QString &text : filters) {
        const QString key = text.section(QLatin1Char('='), 0, 0);
        const QString value = text.section(QLatin1Char('='), 1);
        bool ok = true;
        if (key == QLatin1String("stars"))
            filter.minimumStars = value.toInt(&ok);
        else if (key == QLatin1String("is-official") || key == QLatin1String("is-automated"))
            (key == QLatin1String("is-official") ? filter.official : filter.automated) = value == QLatin1String("true");
        else
            return fail(QStringLiteral("invalid filter '%1'").arg(key));
        if (!ok || (key != QLatin1String("stars") && value != QLatin1String("true") && value != QLatin1String("false")))
            return fail(QStringLiteral("invalid filter '%1'").arg(text));
    }
    return filter;
}

Status printSearchResults(const CommandContext &c, const QList<SearchResult> &results)
{
    const bool noTrunc = c.command.isSet(QStringLiteral("no-trunc"));
    QList<QStringList> rows;
    for (const SearchResult &result : results) {
        if (c.command.isSet(QStringLiteral("format"))) {
            const QJsonObject data{{QLatin1String("Name"), result.name}, {QLatin1String("Description"), result.description},
                                   {QLatin1String("StarCount"), result.stars}, {QLatin1String("IsOfficial"), result.official},
                                   {QLatin1String("IsAutomated"), result.automated}};
            auto text = renderTemplate(c.command.value(QStringLiteral("format")), data);
            if (!text)
                return std::unexpected(text.error());
            c.line(*text);
            continue;
        }
        QString description = result.description.simplified();
        if (!noTrunc && description.size() > 45)
            description = description.left(44) + QChar(0x2026);
        rows.append({result.name, description, QString::number(result.stars), result.official ? QStringLiteral("[OK]") : QString()});
    }
    if (!c.command.isSet(QStringLiteral("format")))
        c.out(formatTable({QStringLiteral("NAME"), QStringLiteral("DESCRIPTION"), QStringLiteral("STARS"), QStringLiteral("OFFICIAL")}, rows));
    return {};
}

Status searchImages(const CommandContext &c)
{
    bool ok = true;
    const int limit = c.command.value(QStringLiteral("limit"), QStringLiteral("25")).toInt(&ok);
    if (!ok || limit < 1 || limit > 100)
        return fail(QStringLiteral("limit %1 is outside the range of [1, 100]").arg(c.command.value(QStringLiteral("limit"))));
    auto filter = parseSearchFilters(c.command.values(QStringLiteral("filter")));
    if (!filter)
        return std::unexpected(filter.error());
    auto context = openRegistries();
    if (!context)
        return std::unexpected(context.error());
    auto results = searchRegistry(**context, c.command.args.first(), limit, c.progress);
    if (!results)
        return std::unexpected(results.error());
    results->removeIf([&](const SearchResult &r) {
        return r.stars < filter->minimumStars || (filter->official && r.official != *filter->official)
               || (filter->automated && r.automated != *filter->automated);
    });
    return printSearchResults(c, *results);
}

} // namespace

QList<CommandSpec> registryVerbs()
{
    return {
        Verb("image pull", "[OPTIONS] NAME[:TAG|@DIGEST]", "Download an image from a registry", pullImages).aliases({"pull"}).args(1, 1)
            .flag("all-tags", 'a', "Download all tagged images in the repository").flag("quiet", 'q', "Suppress verbose output")
            .option("platform", 0, "Set platform if server is multi-platform capable"),
        Verb("image push", "[OPTIONS] NAME[:TAG]", "Upload an image to a registry", pushImages).aliases({"push"}).args(1, 1)
            .flag("all-tags", 'a', "Push all tags of an image to the repository").flag("quiet", 'q', "Suppress verbose output"),
        Verb("login", "[OPTIONS] [SERVER]", "Log in to a registry (Docker Hub when no server is given)", logIn).args(0, 1)
            .option("username", 'u', "Username").option("password", 'p', "Password")
            .flag("password-stdin", 0, "Take the password from stdin"),
        Verb("logout", "[SERVER]", "Log out from a registry (Docker Hub when no server is given)", logOut).args(0, 1),
        Verb("search", "[OPTIONS] TERM", "Search Docker Hub for images", searchImages).args(1, 1)
            .option("filter", 'f', "Filter output based on conditions provided").option("format", 0, "Pretty-print search using a Go template")
            .option("limit", 0, "Max number of search results (default 25)").flag("no-trunc", 0, "Don't truncate output"),
    };
}

} // namespace porthole
