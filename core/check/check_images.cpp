// system check: images (config matches its id, every layer present and
// reproducing its diff_id), the tag index, layers and work directories.
// Damaged images are removed by the store's own garbage collection: their
// directories moved aside, then the collection an interrupted command would
// trigger (tags dropped, unused layers removed).
#include "check/storecheck.h"

#include "base/filelock.h"
#include "base/fsutil.h"
#include "base/sha256.h"
#include "base/tempwork.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace porthole {
namespace {

bool isDigestHex(const QString &name)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    return hex.match(name).hasMatch();
}

} // namespace

QString StoreChecker::imageName(const QString &hex) const
{
    auto index = ImageIndex::read(m_images.paths().indexFile());
    const QStringList tags = index ? index->tagsOf(QStringLiteral("sha256:") + hex) : QStringList();
    return tags.isEmpty() ? QStringLiteral("image %1").arg(hex.left(12))
                          : QStringLiteral("image %1 (%2)").arg(tags.join(QStringLiteral(", ")), hex.left(12));
}

void StoreChecker::checkImages()
{
    const QString dir = m_images.paths().imagesDir();
    for (const QString &hex : QDir(dir).entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden)) {
        auto bytes = readWholeFile(dir + QLatin1Char('/') + hex + QStringLiteral("/config.json"));
        if (!bytes) {
            m_damage[hex].append(QStringLiteral("its config is missing"));
            continue;
        }
        if (isDigestHex(hex) && Sha256::hexOf(*bytes) != hex)
            m_damage[hex].append(QStringLiteral("its config does not match its id (now sha256:%1)").arg(Sha256::hexOf(*bytes)));
        auto config = ImageConfig::parse(*bytes);
        if (!config) {
            m_damage[hex].append(QStringLiteral("its config cannot be read: %1").arg(config.error().message));
            continue;
        }
        for (const QString &diffId : std::as_const(config->diffIds)) {
            m_layerUsers[diffId.mid(7)].insert(hex);
            if (!m_images.layers().contains(diffId.mid(7)))
                m_damage[hex].append(QStringLiteral("its layer %1 is missing").arg(diffId.mid(7, 12)));
        }
    }
}

// Tags and digests pointing at images that are gone: the collection drops them.
void StoreChecker::checkIndex()
{
    auto index = ImageIndex::read(m_images.paths().indexFile());
    if (!index) {
        report({QStringLiteral("image index"), index.error().message, {}, false, false});
        return;
    }
    auto dangling = [&](const QString &name, const QString &imageId) {
        if (!QFileInfo::exists(m_images.paths().imagesDir() + QLatin1Char('/') + imageId.mid(7)))
            m_danglingTags.append({QStringLiteral("tag %1").arg(name),
                                   QStringLiteral("points at image %1, which is missing").arg(imageId.mid(7, 12)), {}, false, false});
    };
    for (auto it = index->references().cbegin(); it != index->references().cend(); ++it)
        dangling(it.key(), it->imageId);
    for (auto it = index->digests().cbegin(); it != index->digests().cend(); ++it)
        dangling(it.key(), it.value());
}

void StoreChecker::checkLayers()
{
    LayerStore &layers = m_images.layers();
    const QString dir = m_images.paths().layersDir();
    for (const QString &name : QDir(dir).entryList(QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)) {
        const QString path = dir + QLatin1Char('/') + name;
        if (name.startsWith(QLatin1String(".removing-"))) {
            CheckFinding finding{QStringLiteral("layers/%1").arg(name), QStringLiteral("left by a layer removal that was cut short")};
            m_options.repair ? repaired(finding, removeTree(path), QStringLiteral("removed")) : report(finding);
        } else if (!isDigestHex(name)) {
            CheckFinding finding{QStringLiteral("layers/%1").arg(name), QStringLiteral("not a layer of this store")};
            m_options.repair ? repaired(finding, removeTree(path), QStringLiteral("removed")) : report(finding);
        } else if (!layers.contains(name)) {
            CheckFinding finding{QStringLiteral("layer %1").arg(name.left(12)), QStringLiteral("incomplete (no layer.json), left by an interrupted command")};
            if (m_layerUsers.contains(name))
                for (const QString &image : m_layerUsers.value(name))
                    m_damage[image].append(QStringLiteral("its layer %1 is incomplete").arg(name.left(12)));
            else
                m_options.repair ? repaired(finding, layers.remove(name), QStringLiteral("removed")) : report(finding);
        } else {
            verifyLayer(name);
        }
    }
}

// A whole layer: its files must reproduce its diff_id; one no image uses is
// kept by an interrupted pull for the next one (a notice, removed by --repair).
void StoreChecker::verifyLayer(const QString &hex)
{
    LayerStore &layers = m_images.layers();
    const bool used = m_layerUsers.contains(hex);
    Status verified;
    if (!m_options.quick)
        verified = layers.streamTar(hex, [](const char *, qint64) -> Status { return {}; });
    const QString subject = QStringLiteral("layer %1").arg(hex.left(12));
    if (!verified && used) {
        for (const QString &image : m_layerUsers.value(hex))
            m_damage[image].append(QStringLiteral("its layer %1 is damaged: %2").arg(hex.left(12), verified.error().message));
        return;
    }
    CheckFinding finding{subject, verified ? QStringLiteral("used by no image (kept by an interrupted pull for the next one)")
                                           : verified.error().message};
    if (used)
        return;
    finding.notice = bool(verified);
    m_options.repair ? repaired(finding, layers.remove(hex), QStringLiteral("removed")) : report(finding);
}

bool StoreChecker::damagedImageMayGo(const QString &hex, QString &why)
{
    const QString id = QStringLiteral("sha256:") + hex;
    QStringList users;
    for (const ContainerRecord &record : std::as_const(m_records))
        if (record.config.imageId == id)
            users.append(record.config.name);
    if (users.isEmpty())
        return true;
    if (!m_options.force) {
        why = QStringLiteral("used by container %1: remove it, or repair with --force").arg(users.join(QStringLiteral(", ")));
        return false;
    }
    for (const QString &name : std::as_const(users))
        if (auto ok = m_containers.remove(name, true); !ok) {
            why = QStringLiteral("cannot remove container %1: %2").arg(name, ok.error().message);
            return false;
        }
    return true;
}

// The image directories moved into a work directory (gone with it), then
// the store's collection, as after an interrupted command.
Status StoreChecker::removeImages(const QStringList &hexes)
{
    const StorePaths &paths = m_images.paths();
    auto work = TempWork::create(paths.tmpDir());
    if (!work)
        return std::unexpected(work.error());
    for (const QString &hex : hexes) {
        const QString from = paths.imagesDir() + QLatin1Char('/') + hex;
        if (QFileInfo::exists(from) && !QDir().rename(from, work->subPath(hex)))
            return fail(QStringLiteral("cannot move %1 aside").arg(from));
    }
    if (auto ok = writeMarkerFile(paths.gcMarker(), QByteArray("check\n")); !ok)
        return ok;
    auto reopened = ImageStore::open(paths); // collects: tags dropped, unused layers removed
    if (!reopened)
        return std::unexpected(reopened.error());
    return {};
}

Status StoreChecker::settleImages()
{
    QStringList doomed;
    QList<CheckFinding> findings;
    for (auto it = m_damage.cbegin(); it != m_damage.cend(); ++it) {
        CheckFinding finding{imageName(it.key()), it.value().join(QStringLiteral("; "))};
        QString why;
        if (m_options.repair && damagedImageMayGo(it.key(), why)) {
            doomed.append(it.key());
            finding.repair = QStringLiteral("removed");
        } else if (m_options.repair) {
            finding.repair = why;
        }
        findings.append(finding);
    }
    Status removed;
    if (m_options.repair && (!doomed.isEmpty() || !m_danglingTags.isEmpty()))
        removed = removeImages(doomed);
    for (CheckFinding finding : std::as_const(findings) + m_danglingTags) {
        if (m_options.repair && (finding.repair == QLatin1String("removed") || finding.repair.isEmpty())) {
            finding.fixed = bool(removed);
            finding.repair = removed ? (finding.repair.isEmpty() ? QStringLiteral("dropped") : finding.repair) : removed.error().message;
        }
        report(finding);
    }
    return {};
}

// Work directories whose command is gone (their lock is free); the store
// removes them whenever it is opened, so any found here are new.
void StoreChecker::checkWorkDirectories()
{
    const QDir tmp(m_images.paths().tmpDir());
    for (const QString &name : tmp.entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)) {
        const QString lockPath = tmp.filePath(name + QStringLiteral(".lock"));
        const bool hadLock = QFileInfo::exists(lockPath);
        auto lock = FileLock::acquire(lockPath, FileLock::Mode::TryOnly);
        if (!lock)
            continue; // its command is still working
        CheckFinding finding{QStringLiteral("tmp/%1").arg(name), QStringLiteral("work directory of a command that was killed")};
        if (m_options.repair) {
            Status removed = removeTree(tmp.filePath(name));
            QFile::remove(lockPath);
            repaired(finding, removed, QStringLiteral("removed"));
        } else {
            if (!hadLock)
                QFile::remove(lockPath);
            report(finding);
        }
    }
}

} // namespace porthole
