// The image verbs: images, image inspect, history, tag, rmi, import, save,
// load, image build-busybox. Each parses nothing itself (cmdline.cpp did),
// makes one store call and prints Docker's output.
#include "cli/commandcontext.h"
#include "cli/verbs.h"
#include "containers/containerengine.h"
#include "cli/gotemplate.h"
#include "base/humanize.h"
#include "images/imageinspect.h"
#include "images/reference.h"
#include "images/starterimage.h"
#include "registry/urlsource.h"
#include "cli/tabwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace porthole {
namespace {

// tag and history name a missing image as Docker's daemon does: with the
// tag it looked for ("No such image: nosuch:latest").
Error withLatest(Error error, const QString &name)
{
    if (error.message == QStringLiteral("No such image: ") + name && !Reference::looksLikeId(name)
        && name.lastIndexOf(QLatin1Char(':')) <= name.lastIndexOf(QLatin1Char('/')))
        error.message += QStringLiteral(":latest");
    return error;
}

QString ago(const QDateTime &time)
{
    if (!time.isValid())
        return QStringLiteral("N/A");
    return humanDuration(time.msecsTo(QDateTime::currentDateTimeUtc())) + QStringLiteral(" ago");
}

// The names an image is listed under: its tags, then "repo <none>" for a
// repository it has only a digest in (pulled by digest), else "<none> <none>".
QList<QPair<QString, QString>> listedNames(const ImageInfo &image)
{
    QList<QPair<QString, QString>> names;
    for (const QString &tag : image.repoTags)
        names.append({tag.section(QLatin1Char(':'), 0, -2), tag.section(QLatin1Char(':'), -1)});
    for (const QString &repoDigest : image.repoDigests) {
        const QString repository = repoDigest.section(QLatin1Char('@'), 0, 0);
        if (std::none_of(names.begin(), names.end(), [&](const auto &name) { return name.first == repository; }))
            names.append({repository, QStringLiteral("<none>")});
    }
    if (names.isEmpty())
        names.append({QStringLiteral("<none>"), QStringLiteral("<none>")});
    return names;
}

Status listImages(const CommandContext &c)
{
    auto images = c.store.images();
    if (!images)
        return std::unexpected(images.error());
    const bool noTrunc = c.command.isSet(QStringLiteral("no-trunc"));
    const bool digests = c.command.isSet(QStringLiteral("digests"));
    QString repoFilter, tagFilter;
    if (!c.command.args.isEmpty()) {
        repoFilter = c.command.args.first();
        if (repoFilter.lastIndexOf(QLatin1Char(':')) > repoFilter.lastIndexOf(QLatin1Char('/'))) {
            tagFilter = repoFilter.section(QLatin1Char(':'), -1);
            repoFilter = repoFilter.section(QLatin1Char(':'), 0, -2);
        }
        if (auto ref = Reference::parse(repoFilter))
            repoFilter = ref->repository;
    }
    QList<QStringList> rows;
    QList<QJsonObject> objects; // for --format
    QStringList ids;
    for (const ImageInfo &image : std::as_const(*images)) {
        const QString id = noTrunc ? image.id : image.shortId();
        const QList<QPair<QString, QString>> names = listedNames(image);
        for (const auto &[repository, tag] : names) {
            if (!repoFilter.isEmpty() && (repository != repoFilter || (!tagFilter.isEmpty() && tag != tagFilter)))
                continue;
            if (!ids.contains(id))
                ids.append(id);
            const QString digest = repository == QLatin1String("<none>") ? QString() : image.digestIn(repository);
            if (c.command.isSet(QStringLiteral("format"))) {
                const QJsonObject data{{QLatin1String("Repository"), repository}, {QLatin1String("Tag"), tag},
                                       {QLatin1String("Digest"), digest.isEmpty() ? QStringLiteral("<none>") : digest},
                                       {QLatin1String("ID"), id}, {QLatin1String("CreatedSince"), ago(image.config.created)},
                                       {QLatin1String("CreatedAt"), goTimeText(image.config.created)},
                                       {QLatin1String("Size"), humanSize(image.size)}};
                objects.append(data);
                continue;
            }
            QStringList row{repository, tag, id, ago(image.config.created), humanSize(image.size)};
            if (digests)
                row.insert(2, digest.isEmpty() ? QStringLiteral("<none>") : digest);
            rows.append(row);
        }
    }
    if (c.command.isSet(QStringLiteral("format")))
        return printTemplated(c, c.command.value(QStringLiteral("format")), objects,
                              {{QStringLiteral("ID"), QStringLiteral("IMAGE ID")}, {QStringLiteral("CreatedSince"), QStringLiteral("CREATED")},
                               {QStringLiteral("CreatedAt"), QStringLiteral("CREATED AT")}});
    if (c.command.isSet(QStringLiteral("quiet"))) {
        for (const QString &id : std::as_const(ids))
            c.line(id);
        return {};
    }
    QStringList header{QStringLiteral("REPOSITORY"), QStringLiteral("TAG"), QStringLiteral("IMAGE ID"), QStringLiteral("CREATED"), QStringLiteral("SIZE")};
    if (digests)
        header.insert(2, QStringLiteral("DIGEST"));
    c.out(formatTable(header, rows));
    return {};
}

Status inspectImages(const CommandContext &c)
{
    const QString type = c.command.value(QStringLiteral("type"));
    if (!type.isEmpty() && type != QLatin1String("image") && type != QLatin1String("container"))
        return fail(QStringLiteral("\"%1\" is not a valid value for --type").arg(type));
    const bool containersToo = c.command.spec->path == QLatin1String("inspect") && type != QLatin1String("image");
    // Docker's words for what it did not find: by the kind it looked for.
    const QString missing = type == QLatin1String("container") ? QStringLiteral("No such container: %1")
                            : containersToo                    ? QStringLiteral("No such object: %1")
                                                               : QStringLiteral("No such image: %1");
    QJsonArray all;
    QStringList notFound;
    ContainerEngine engine(c.store, c.runtime);
    for (const QString &name : c.command.args) {
        if (containersToo) {
            if (auto record = engine.find(name)) {
                all.append(engine.inspect(*record));
                continue;
            }
        }
        auto image = type == QLatin1String("container") ? Result<ImageInfo>(fail(QString())) : c.store.image(name);
        if (!image)
            notFound.append(missing.arg(name));
        else
            all.append(inspectImage(c.store, *image));
    }
    return printInspected(c, all, notFound);
}

Status showHistory(const CommandContext &c)
{
    auto image = c.store.image(c.command.args.first());
    if (!image)
        return std::unexpected(withLatest(image.error(), c.command.args.first()));
    const bool noTrunc = c.command.isSet(QStringLiteral("no-trunc"));
    const bool human = !c.command.isExplicitlyFalse(QStringLiteral("human")); // --human=false
    const QJsonArray history = image->config.history;
    int layerIndex = 0;
    QList<QStringList> rows;
    for (const auto &value : history) {
        const QJsonObject entry = value.toObject();
        qint64 size = 0;
        if (!entry.value(QLatin1String("empty_layer")).toBool() && layerIndex < image->config.diffIds.size()) {
            if (auto layer = c.store.layer(image->config.diffIds.at(layerIndex)))
                size = layer->size;
            ++layerIndex;
        }
        const QDateTime created = QDateTime::fromString(entry.value(QLatin1String("created")).toString(), Qt::ISODateWithMs);
        QString createdBy = entry.value(QLatin1String("created_by")).toString();
        if (!noTrunc && createdBy.size() > 45)
            createdBy = createdBy.left(44) + QChar(0x2026);
        rows.prepend({QStringLiteral("<missing>"), human ? ago(created) : created.toString(Qt::ISODate), createdBy,
                      human ? humanSize(size) : QString::number(size), entry.value(QLatin1String("comment")).toString(), goTimeText(created)});
    }
    if (!rows.isEmpty())
        rows.first()[0] = noTrunc ? image->id : image->shortId();
    if (c.command.isSet(QStringLiteral("format"))) {
        QList<QJsonObject> objects;
        for (const QStringList &row : std::as_const(rows))
            objects.append({{QLatin1String("ID"), row.at(0)}, {QLatin1String("CreatedSince"), row.at(1)}, {QLatin1String("CreatedAt"), row.at(5)},
                            {QLatin1String("CreatedBy"), row.at(2)}, {QLatin1String("Size"), row.at(3)}, {QLatin1String("Comment"), row.at(4)}});
        return printTemplated(c, c.command.value(QStringLiteral("format")), objects,
                              {{QStringLiteral("ID"), QStringLiteral("IMAGE")}, {QStringLiteral("CreatedSince"), QStringLiteral("CREATED")},
                               {QStringLiteral("CreatedAt"), QStringLiteral("CREATED AT")}, {QStringLiteral("CreatedBy"), QStringLiteral("CREATED BY")}});
    }
    for (QStringList &row : rows)
        row.removeLast();
    if (c.command.isSet(QStringLiteral("quiet"))) {
        for (const QStringList &row : std::as_const(rows))
            c.line(row.first());
        return {};
    }
    c.out(formatTable({QStringLiteral("IMAGE"), QStringLiteral("CREATED"), QStringLiteral("CREATED BY"),
                       QStringLiteral("SIZE"), QStringLiteral("COMMENT")},
                      rows));
    return {};
}

Status tagImage(const CommandContext &c)
{
    // Docker's client checks the new name before asking its daemon.
    const QString &target = c.command.args.at(1);
    if (auto ref = Reference::parse(target); !ref)
        return fail(QStringLiteral("Error parsing reference: \"%1\" is not a valid repository/tag: %2").arg(target, ref.error().message));
    if (auto ok = c.store.tag(c.command.args.at(0), c.command.args.at(1)); !ok)
        return std::unexpected(withLatest(ok.error(), c.command.args.at(0)));
    return {};
}

Status removeImages(const CommandContext &c)
{
    bool anyFailed = false;
    for (const QString &name : c.command.args) {
        ContainerEngine engine(c.store, c.runtime);
        auto lines = engine.removeImage(name, c.command.isSet(QStringLiteral("force")));
        if (!lines) {
            // Like Docker: report each failure and go on with the others.
            if (c.io.err)
                c.io.err(QStringLiteral("Error: ") + lines.error().message + QLatin1Char('\n'));
            anyFailed = true;
            continue;
        }
        for (const QString &line : std::as_const(*lines))
            c.line(line);
    }
    if (anyFailed)
        return fail(QString()); // each failure was reported above
    return {};
}

Status importImage(const CommandContext &c)
{
    const QString file = c.command.args.at(0);
    ImportOptions options;
    options.reference = c.command.args.value(1);
    options.changes = c.command.values(QStringLiteral("change"));
    options.message = c.command.value(QStringLiteral("message"));
    std::unique_ptr<ByteSource> source;
    std::unique_ptr<RegistryContext> registries; // outlives a URL's source
    if (file.startsWith(QLatin1String("http://")) || file.startsWith(QLatin1String("https://"))) { // the seed's `import URL`
        auto context = RegistryContext::fromEnvironment();
        if (!context)
            return std::unexpected(context.error());
        registries = std::move(*context);
        auto opened = openUrl(*registries, file, c.progress);
        if (!opened)
            return std::unexpected(opened.error());
        source = std::move(*opened);
    } else if (file == QLatin1String("-")) {
        if (c.io.inputFd < 0)
            return fail(QStringLiteral("import from standard input is not available here"));
        source = std::make_unique<FdSource>(c.io.inputFd, QStringLiteral("-"), false);
    } else {
        auto opened = FdSource::openFile(file);
        if (!opened)
            return std::unexpected(opened.error());
        source = std::move(*opened);
    }
    auto id = c.store.importRootfs(*source, options, c.progress);
    if (!id)
        return std::unexpected(id.error());
    c.line(*id);
    return {};
}

Status saveImages(const CommandContext &c)
{
    const QString output = c.command.value(QStringLiteral("output"));
    if (!output.isEmpty() && output != QLatin1String("-"))
        return c.store.saveToFile(c.command.args, output, c.progress);
    if (c.io.outputFd < 0)
        return fail(QStringLiteral("choose a file to save to with -o"));
    if (c.io.outputIsTerminal)
        return fail(QStringLiteral("cowardly refusing to save to a terminal. Use the -o flag or redirect"));
    return c.store.save(c.command.args, c.io.outputFd, c.progress);
}

Status loadImages(const CommandContext &c)
{
    const QString input = c.command.value(QStringLiteral("input"));
    std::unique_ptr<ByteSource> source;
    if (input.isEmpty() || input == QLatin1String("-")) {
        if (c.io.inputFd < 0 || c.io.inputIsTerminal)
            return fail(QStringLiteral("requested load from stdin, but stdin is empty"));
        source = std::make_unique<FdSource>(c.io.inputFd, QStringLiteral("-"), false);
    } else {
        auto opened = FdSource::openFile(input);
        if (!opened)
            return std::unexpected(opened.error());
        source = std::move(*opened);
    }
    auto lines = c.store.load(*source, c.progress);
    if (!lines)
        return std::unexpected(lines.error());
    for (const QString &line : std::as_const(*lines)) // -q quiets the progress only, as Docker's
        c.line(line);
    return {};
}

Status buildBusybox(const CommandContext &c)
{
    const QString reference = c.command.args.value(0, QStringLiteral("busybox:latest"));
    auto id = buildStarterImage(c.store, reference, c.progress);
    if (!id)
        return std::unexpected(id.error());
    c.line(*id);
    return {};
}

} // namespace

QList<CommandSpec> imageVerbs()
{
    return {
        Verb("image ls", "[OPTIONS] [REPOSITORY[:TAG]]", "List images", listImages).aliases({"images", "image list"}).args(0, 1)
            .flag("quiet", 'q', "Only show image IDs").flag("no-trunc", 0, "Don't truncate output").flag("all", 'a', "Show all images")
            .flag("digests", 0, "Show digests")
            .option("format", 0, "Format output using a Go template"),
        Verb("image inspect", "[OPTIONS] IMAGE [IMAGE...]", "Display detailed information on one or more images", inspectImages).args(1)
            .option("format", 'f', "Format output using a Go template"),
        Verb("inspect", "[OPTIONS] NAME|ID [NAME|ID...]", "Return low-level information on images", inspectImages).args(1)
            .option("format", 'f', "Format output using a Go template").option("type", 0, "Return JSON for specified type"),
        Verb("image history", "[OPTIONS] IMAGE", "Show the history of an image", showHistory).aliases({"history"}).args(1, 1)
            .flag("quiet", 'q', "Only show image IDs").flag("no-trunc", 0, "Don't truncate output")
            .flag("human", 'H', "Print sizes and dates in human readable format").option("format", 0, "Pretty-print images using a Go template"),
        Verb("image tag", "SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]", "Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE", tagImage)
            .aliases({"tag"}).args(2, 2),
        Verb("image rm", "[OPTIONS] IMAGE [IMAGE...]", "Remove one or more images", removeImages).aliases({"rmi", "image remove"}).args(1)
            .flag("force", 'f', "Force removal of the image"),
        Verb("image import", "[OPTIONS] file|- [REPOSITORY[:TAG]]", "Import the contents from a tarball to create a filesystem image", importImage)
            .aliases({"import"}).args(1, 2)
            .option("change", 'c', "Apply Dockerfile instruction to the created image").option("message", 'm', "Set commit message for imported image"),
        Verb("image save", "[OPTIONS] IMAGE [IMAGE...]", "Save one or more images to a tar archive (streamed to STDOUT by default)", saveImages)
            .aliases({"save"}).args(1).option("output", 'o', "Write to a file, instead of STDOUT"),
        Verb("image load", "[OPTIONS]", "Load an image from a tar archive or STDIN", loadImages).aliases({"load"}).args(0, 0)
            .option("input", 'i', "Read from tar archive file, instead of STDIN").flag("quiet", 'q', "Suppress the load output"),
        Verb("image build-busybox", "[REPOSITORY[:TAG]]", "Build busybox:latest offline from this machine's static busybox", buildBusybox).args(0, 1),
    };
}

} // namespace porthole
