// pull, push, login, logout and search, with Docker's texts: the pull and
// push progress redrawn in place on a terminal (one line per layer), plain
// status lines otherwise.
#include "cli/commands_registry.h"

#include "registry/pull.h"

#include <QHash>

namespace porthole {
namespace {

FlagSpec boolFlag(const QString &name, QChar shorthand, const QString &help)
{
    return FlagSpec{name, shorthand, false, help};
}

FlagSpec valueFlag(const QString &name, QChar shorthand, const QString &help)
{
    return FlagSpec{name, shorthand, true, help};
}

// Docker's progress display: one line per layer. On a terminal each update
// rewrites its layer's line (cursor up, clear, write, cursor down); other
// output gets one line per status change and no byte counts.
class LayerLines {
public:
    LayerLines(const CommandContext &c, bool terminal) : m_c(c), m_terminal(terminal) {}

    void message(const QString &line)
    {
        m_ids.clear(); // lines printed since no longer move with the layers
        m_last.clear();
        m_c.line(line);
    }

    void update(const LayerProgress &update)
    {
        if (!m_terminal) {
            // Byte counts are for terminals: Docker prints status changes only.
            const bool progressOnly = update.status == layerstatus::downloading || update.status == layerstatus::extracting
                                      || update.status == layerstatus::pushing;
            if (!progressOnly && m_last.value(update.id) != update.status)
                m_c.line(progressLine(update, false));
            m_last.insert(update.id, update.status);
            return;
        }
        qsizetype index = m_ids.indexOf(update.id);
        if (index < 0) {
            m_ids.append(update.id);
            m_c.out(QStringLiteral("\n"));
            index = m_ids.size() - 1;
        }
        const qsizetype up = m_ids.size() - index;
        m_c.out(QStringLiteral("\x1b[%1A\r\x1b[2K%2\r\x1b[%1B").arg(up).arg(progressLine(update, true)));
    }

    TransferObserver observer()
    {
        return TransferObserver{[this](const QString &line) { message(line); },
                                [this](const LayerProgress &progress) { update(progress); }};
    }

private:
    const CommandContext &m_c;
    bool m_terminal;
    QStringList m_ids;
    QHash<QString, QString> m_last;
};

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
    LayerLines lines(c, c.io.outputIsTerminal);
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

} // namespace

QList<CommandSpec> registryCommandSpecs()
{
    const QChar none;
    return {
        {QStringLiteral("image pull"), {QStringLiteral("pull")}, QStringLiteral("[OPTIONS] NAME[:TAG|@DIGEST]"),
         QStringLiteral("Download an image from a registry"),
         {boolFlag(QStringLiteral("all-tags"), QLatin1Char('a'), QStringLiteral("Download all tagged images in the repository")),
          boolFlag(QStringLiteral("quiet"), QLatin1Char('q'), QStringLiteral("Suppress verbose output")),
          valueFlag(QStringLiteral("platform"), none, QStringLiteral("Set platform if server is multi-platform capable")),
          boolFlag(QStringLiteral("disable-content-trust"), none, QStringLiteral("Skip image verification (default true)"))},
         1, 1},
    };
}

CommandHandler registryCommandHandler(const QString &path)
{
    static const QHash<QString, CommandHandler> handlers = {
        {QStringLiteral("image pull"), pullImages},
    };
    return handlers.value(path);
}

} // namespace porthole
