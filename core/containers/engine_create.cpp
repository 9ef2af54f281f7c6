// create and rename: a container record from a request and the image's
// config, with a name reserved atomically.
#include "containers/containerengine.h"
#include "runtime/usernamespace.h"

#include "base/fsutil.h"
#include "base/ids.h"
#include "containers/containernames.h"
#include "images/reference.h"
#include "registry/pull.h"
#include "runtime/rootcheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSysInfo>
#include <cerrno>
#include <unistd.h>
#include <algorithm>

namespace porthole {
namespace {

QStringList jsonStrings(const QJsonValue &value)
{
    QStringList list;
    for (const auto &item : value.toArray())
        list.append(item.toString());
    return list;
}

} // namespace

namespace {

// The container's process and settings: the request over the image's config.
ContainerConfig configFromRequest(const CreateRequest &request, const ImageInfo &image)
{
    const QJsonObject imageConfig = image.config.config;
    ContainerConfig config;
    config.image = request.image;
    config.imageId = image.id;
    config.entrypoint = request.entrypointSet ? (request.entrypoint.isEmpty() ? QStringList() : QStringList{request.entrypoint})
                                              : jsonStrings(imageConfig.value(QLatin1String("Entrypoint")));
    config.cmd = !request.command.isEmpty() ? request.command
                 : request.entrypointSet   ? QStringList()
                                           : jsonStrings(imageConfig.value(QLatin1String("Cmd")));
    // Docker's merge: the user's variables first, then the image's that they do not set.
    config.env = request.env;
    for (const QString &entry : jsonStrings(imageConfig.value(QLatin1String("Env")))) {
        const QString key = entry.section(QLatin1Char('='), 0, 0);
        if (!std::any_of(request.env.begin(), request.env.end(), [&](const QString &e) { return e.section(QLatin1Char('='), 0, 0) == key; }))
            config.env.append(entry);
    }
    config.workingDir = !request.workingDir.isEmpty() ? request.workingDir : imageConfig.value(QLatin1String("WorkingDir")).toString();
    config.user = !request.user.isEmpty() ? request.user : imageConfig.value(QLatin1String("User")).toString();
    config.tty = request.tty;
    config.openStdin = request.interactive;
    config.autoRemove = request.autoRemove;
    config.labels = imageConfig.value(QLatin1String("Labels")).toObject();
    for (auto it = request.labels.begin(); it != request.labels.end(); ++it)
        config.labels.insert(it.key(), it.value());
    config.stopSignal = !request.stopSignal.isEmpty() ? request.stopSignal : imageConfig.value(QLatin1String("StopSignal")).toString();
    config.stopTimeout = request.stopTimeout >= 0 ? request.stopTimeout : 10;
    config.memory = request.memory;
    config.pidsLimit = request.pidsLimit;
    config.volumes = request.volumes;
    config.init = request.init;
    config.ports = request.ports;
    return config;
}

// An anonymous volume for each VOLUME of the image that no -v or --mount covers.
void addImageVolumes(const ImageInfo &image, ContainerConfig &config)
{
    const QJsonObject volumes = image.config.config.value(QLatin1String("Volumes")).toObject();
    for (auto it = volumes.begin(); it != volumes.end(); ++it) {
        const QString path = QDir::cleanPath(it.key());
        if (!path.startsWith(QLatin1Char('/'))
            || std::any_of(config.volumes.begin(), config.volumes.end(), [&](const MountSpec &m) { return m.destination == path; }))
            continue;
        MountSpec spec;
        spec.type = MountSpec::Type::Volume;
        spec.anonymous = true;
        spec.destination = path;
        config.volumes.append(spec);
    }
}

// --restart: no, on-failure[:N], always, unless-stopped (Docker's texts).
Status applyRestartPolicy(const CreateRequest &request, ContainerConfig &config)
{
    const QString policy = request.restart.section(QLatin1Char(':'), 0, 0);
    const QString retries = request.restart.section(QLatin1Char(':'), 1);
    if (!QStringList{QStringLiteral("no"), QStringLiteral("on-failure"), QStringLiteral("always"), QStringLiteral("unless-stopped")}.contains(policy))
        return fail(QStringLiteral("invalid restart policy '%1'").arg(request.restart), 125);
    bool ok = true;
    config.restartRetries = retries.isEmpty() ? 0 : retries.toInt(&ok);
    if (!ok || config.restartRetries < 0 || (!retries.isEmpty() && policy != QLatin1String("on-failure")))
        return fail(QStringLiteral("invalid restart policy '%1': maximum retry count only for on-failure").arg(request.restart), 125);
    config.restartPolicy = policy;
    if (request.autoRemove && policy != QLatin1String("no"))
        return fail(QStringLiteral("Conflicting options: --restart and --rm"), 125);
    return {};
}

// Two mounts on one path: Docker refuses.
Status checkMountPoints(const QList<MountSpec> &volumes)
{
    QSet<QString> destinations;
    for (const MountSpec &mount : volumes) {
        if (destinations.contains(mount.destination))
            return fail(QStringLiteral("Duplicate mount point: %1").arg(mount.destination), 125);
        destinations.insert(mount.destination);
    }
    return {};
}

} // namespace

// --network: the default bridge, host, none, or a network by name.
Status ContainerEngine::chooseNetwork(const CreateRequest &request, ContainerConfig &config)
{
    if (request.network.isEmpty() || request.network == QLatin1String("bridge") || request.network == kDefaultNetwork) {
        auto network = m_networks.ensureDefault();
        if (!network)
            return std::unexpected(network.error());
        config.networkMode = network->name;
    } else if (request.network == QLatin1String("host")) {
        config.networkMode = request.network;
        if (!config.ports.isEmpty() && m_warn) // the host's own ports are the container's
            m_warn(QStringLiteral("WARNING: Published ports are discarded when using host network mode"));
        config.ports.clear();
        if (request.hostname.isEmpty())
            config.hostname = QSysInfo::machineHostName();
    } else if (isSpecialNetworkMode(request.network)) {
        config.networkMode = request.network;
        if (!request.ports.isEmpty())
            return fail(QStringLiteral("conflicting options: port publishing and network mode %1").arg(request.network), 125);
    } else {
        auto network = m_networks.find(request.network);
        if (!network)
            return std::unexpected(Error{network.error().message, 125});
        config.networkMode = network->name;
        config.networkAliases = request.networkAliases;
        return {};
    }
    if (!request.networkAliases.isEmpty()) // Docker's words
        return fail(QStringLiteral("network-scoped alias is supported only for containers in user defined networks"), 125);
    return {};
}

// Writes the record under a name: the requested one, or a generated one
// (another when it is taken).
Result<ContainerRecord> ContainerEngine::storeNewContainer(const CreateRequest &request, const ContainerConfig &config)
{
    ContainerRecord record{config, {}};
    for (int attempt = 0;; ++attempt) {
        record.config.name = request.name.isEmpty() ? generateContainerName() : request.name;
        auto created = m_store.create(record);
        if (created)
            return record;
        if (!request.name.isEmpty() || attempt > 20 || !created.error().message.startsWith(QLatin1String("Conflict.")))
            return std::unexpected(created.error());
    }
}

// --pull: "missing" pulls only an absent image (Docker's default, the
// seed's first step), "always" asks the registry each time, "never" only
// looks in the store.
Result<ImageInfo> ContainerEngine::findOrPullImage(const CreateRequest &request, Progress &progress)
{
    const QString &policy = request.pull;
    if (policy != QLatin1String("always") && policy != QLatin1String("missing") && policy != QLatin1String("never"))
        return fail(QStringLiteral("invalid pull option: '%1': must be one of \"always\", \"missing\" or \"never\"").arg(policy), 125);
    auto local = m_images.image(request.image);
    if (local && policy != QLatin1String("always"))
        return local;
    auto reference = Reference::parseNamed(request.image);
    if (!reference)
        return std::unexpected(Error{reference.error().message, 125});
    const QString name = reference->toString();
    if (policy == QLatin1String("never"))
        return fail(QStringLiteral("No such image: %1").arg(name), 125);
    if (!local && m_warn)
        m_warn(QStringLiteral("Unable to find image '%1' locally").arg(name));
    reportStep(RunStep::FindImage, QCoreApplication::translate("porthole::ContainerEngine", "pulling %1").arg(name), QString());
    PullRequest pull{request.image, std::nullopt};
    if (!request.platform.isEmpty()) {
        auto platform = Platform::parse(request.platform);
        if (!platform)
            return std::unexpected(Error{platform.error().message, 125});
        pull.platform = *platform;
    }
    auto context = RegistryContext::fromEnvironment();
    if (!context)
        return std::unexpected(Error{context.error().message, 125});
    auto pulled = pullImage(**context, m_images, pull, m_pullObserver, progress);
    if (!pulled)
        return std::unexpected(Error{pulled.error().message, 125});
    return m_images.image(pulled->imageId);
}

Result<ContainerRecord> ContainerEngine::create(const CreateRequest &request, Progress &progress)
{
    if (auto ok = refuseInsideChroot(); !ok)
        return std::unexpected(ok.error());
    if (!request.name.isEmpty())
        if (auto ok = validateContainerName(request.name); !ok)
            return std::unexpected(ok.error());
    if (!Reference::looksLikeId(request.image))
        if (auto reference = Reference::parse(request.image); !reference) // Docker's "invalid reference format…"
            return std::unexpected(Error{reference.error().message, 125});
    auto image = findOrPullImage(request, progress);
    if (!image)
        return std::unexpected(image.error());
    reportStep(RunStep::FindImage, QStringLiteral("%1 → %2").arg(request.image, image->id.mid(7, 12)), QString());
    ContainerConfig config = configFromRequest(request, *image);
    if (auto ok = refuseRootlessLimits(config.memory, config.pidsLimit); !ok)
        return std::unexpected(ok.error());
    if (config.processArgs().isEmpty())
        return fail(QStringLiteral("No command specified"), 125);
    if (auto ok = checkMountPoints(config.volumes); !ok)
        return std::unexpected(ok.error());
    addImageVolumes(*image, config);
    config.id = newContainerId();
    if (auto ok = applyRestartPolicy(request, config); !ok)
        return std::unexpected(ok.error());
    config.hostname = !request.hostname.isEmpty() ? request.hostname : config.id.left(12);
    if (auto ok = chooseNetwork(request, config); !ok)
        return std::unexpected(ok.error());
    config.created = QDateTime::currentDateTimeUtc();
    QStringList madeVolumes;
    const Status volumes = makeVolumes(config, madeVolumes);
    auto record = volumes ? storeNewContainer(request, config) : Result<ContainerRecord>(std::unexpected(volumes.error()));
    if (!record) {
        for (const QString &name : std::as_const(madeVolumes))
            if (m_volumes.remove(name))
                emitVolumeEvent(QStringLiteral("destroy"), name);
        return record;
    }
    emitEvent(*record, QStringLiteral("create"));
    reportStep(RunStep::CreateContainer, QStringLiteral("%1 (%2)").arg(record->config.name, record->shortId()), record->config.id);
    return record;
}

Status ContainerEngine::rename(const QString &nameOrId, const QString &newName)
{
    const QString name = newName.startsWith(QLatin1Char('/')) ? newName.mid(1) : newName;
    if (auto ok = validateContainerName(name); !ok)
        return ok;
    auto locked = lockContainer(nameOrId);
    if (!locked)
        return std::unexpected(locked.error());
    ContainerRecord *record = &locked->record;
    if (record->config.name == name)
        return fail(QStringLiteral("Renaming a container with the same name as its current name"));
    const QString oldName = record->config.name;
    const QByteArray newLink = QFile::encodeName(m_store.namesDir() + QLatin1Char('/') + name);
    if (::symlink(record->config.id.toLatin1().constData(), newLink.constData()) < 0) {
        if (errno == EEXIST)
            return fail(QStringLiteral("Conflict. The container name \"/%1\" is already in use by container \"%2\". "
                                       "You have to remove (or rename) that container to be able to reuse that name.")
                            .arg(name, QFileInfo(QFile::decodeName(newLink)).symLinkTarget().section(QLatin1Char('/'), -1)));
        return fail(QStringLiteral("cannot rename: %1").arg(systemErrorText(errno)));
    }
    record->config.name = name;
    if (auto ok = writeFileAtomically(m_store.dir(record->config.id) + QStringLiteral("/config.json"),
                                      QJsonDocument(record->config.toJson()).toJson());
        !ok) {
        ::unlink(newLink.constData());
        return ok;
    }
    ::unlink(QFile::encodeName(m_store.namesDir() + QLatin1Char('/') + oldName).constData());
    emitEvent(*record, QStringLiteral("rename"), {{QLatin1String("oldName"), QString(QLatin1Char('/') + oldName)}});
    return {};
}

} // namespace porthole
